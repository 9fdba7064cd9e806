#include "views/chartgeometry.h"

#include <QtGlobal>

#include <cmath>

namespace Views {

QRectF ChartGeometry::row(const QRectF &plot, int index, int count)
{
    if (count <= 0 || index < 0 || index >= count)
        return {};
    const double height = plot.height() / count;
    return QRectF(plot.left(), plot.top() + index * height, plot.width(), height);
}

int ChartGeometry::rowAt(const QRectF &plot, int count, double y)
{
    if (count <= 0 || y < plot.top() || y >= plot.bottom())
        return -1;
    return qBound(0, int(std::floor((y - plot.top()) / (plot.height() / count))), count - 1);
}

QRectF ChartGeometry::bar(const QRectF &plot, int index, int count, double value, double maximum)
{
    const QRectF band = row(plot, index, count);
    if (band.isNull() || maximum <= 0 || value <= 0)
        return {};
    const double gap = band.height() / 6; // a third of the row free: a sixth above and below
    const double length = plot.width() * qMin(value, maximum) / maximum;
    return QRectF(band.left(), band.top() + gap, length, band.height() - 2 * gap);
}

double ChartGeometry::x(QDate date, QDate first, QDate last, const QRectF &plot)
{
    const qint64 span = first.daysTo(last);
    if (span <= 0)
        return plot.center().x();
    return plot.left() + plot.width() * double(first.daysTo(date)) / double(span);
}

double ChartGeometry::y(double percent, const QRectF &plot)
{
    return plot.bottom() - plot.height() * qBound(0.0, percent, 100.0) / 100.0;
}

} // namespace Views
