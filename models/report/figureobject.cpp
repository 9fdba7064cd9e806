#include "models/report/figureobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace Report {

FigureObject::FigureObject(QObject *parent)
    : QObject(parent)
{}

QTextCharFormat FigureObject::place(QTextDocument &document, std::shared_ptr<const Figure> figure,
                                    double widthPixels)
{
    auto *handler = document.findChild<FigureObject *>(QString(), Qt::FindDirectChildrenOnly);
    if (!handler) {
        handler = new FigureObject(&document);
        document.documentLayout()->registerHandler(Type, handler);
    }
    handler->m_figures.append(std::move(figure));
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(FigureIndex, int(handler->m_figures.size() - 1));
    format.setProperty(WidthProperty, widthPixels);
    return format;
}

QSizeF FigureObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const auto &figure = m_figures.value(format.property(FigureIndex).toInt());
    if (!figure)
        return {};
    const QSizeF size = figure->size();
    const double width = format.doubleProperty(WidthProperty);
    QSizeF placed(width, size.width() > 0 ? width * size.height() / size.width() : 0);
    // As QTextDocument sizes its images: in the pixels of the device laid out for (a printer).
    if (const QPaintDevice *device = document->documentLayout()->paintDevice())
        placed *= double(device->logicalDpiY()) / 96.0;
    return placed;
}

void FigureObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                              const QTextFormat &format)
{
    const auto &figure = m_figures.value(format.property(FigureIndex).toInt());
    if (!figure || figure->size().width() <= 0)
        return;
    painter->save();
    painter->translate(rect.topLeft());
    const double scale = rect.width() / figure->size().width();
    painter->scale(scale, scale);
    painter->setClipRect(QRectF(QPointF(), figure->size()));
    figure->paint(*painter);
    painter->restore();
}

} // namespace Report
