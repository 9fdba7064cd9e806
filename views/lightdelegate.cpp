#include "views/lightdelegate.h"

#include <QPainter>
#include <QPixmap>
#include <QWidget>

namespace Views {

void LightDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.userType() != QMetaType::QColor)
        return;
    const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : 1.0;
    option->icon = dot(decoration.value<QColor>(), option->decorationSize, ratio);
}

QIcon LightDelegate::dot(const QColor &color, const QSize &size, qreal pixelRatio) const
{
    const QString key = QStringLiteral("%1 %2x%3 %4")
                            .arg(color.name(QColor::HexArgb), QString::number(size.width()),
                                 QString::number(size.height()), QString::number(pixelRatio));
    if (const auto found = m_dots.constFind(key); found != m_dots.cend())
        return found.value();
    QPixmap pixmap(size * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color.darker(160), 1.0));
        painter.setBrush(color);
        const qreal side = qMin(size.width(), size.height()) - 2.0;
        painter.drawEllipse(
            QRectF((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side));
    }
    QIcon icon;
    // The same dot when the row is selected: the light keeps its colour.
    for (QIcon::Mode mode : {QIcon::Normal, QIcon::Selected, QIcon::Active})
        icon.addPixmap(pixmap, mode);
    m_dots.insert(key, icon);
    return icon;
}

} // namespace Views
