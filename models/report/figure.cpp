#include "models/report/figure.h"

#include <QPainter>

#include <cmath>

namespace Report {

QImage Figure::image(double pixelRatio) const
{
    const QSizeF pixels = size() * pixelRatio;
    QImage image(QSize(int(std::ceil(pixels.width())), int(std::ceil(pixels.height()))),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(pixelRatio, pixelRatio);
    paint(painter);
    return image;
}

} // namespace Report
