#pragma once

#include <QImage>
#include <QSizeF>

class QPainter;

namespace Report {

// A picture in a report, painted on demand: as vectors where the report is painted (the PDF,
// the print preview, printing), as an image where it is a file of its own (HTML, Markdown,
// ODT). Immutable once made, so that the blocks of a report can share it.
class Figure
{
public:
    virtual ~Figure() = default;

    // In logical pixels (1/96 inch at 100 %).
    virtual QSizeF size() const = 0;
    // Paints it at the painter's origin, size() large.
    virtual void paint(QPainter &painter) const = 0;

    // An image of it, pixelRatio image pixels per logical pixel, on white.
    QImage image(double pixelRatio) const;
};

} // namespace Report
