#pragma once

#include <QDate>
#include <QRectF>
#include <QVector>

namespace Views {

// Where the overview's charts put things, apart from their painting so that it can be tested:
// rows of horizontal bars, dates along a time axis and percentages up a value axis. All in the
// widget's logical coordinates (device-independent pixels): QPainter scales them to the screen,
// so charts stay sharp on a high-density display.
class ChartGeometry
{
public:
    // The bar of row index of count rows that share plot's height, its length value/maximum of
    // plot's width; a third of each row is left free between bars. An empty rectangle when
    // maximum is not positive or the value is not.
    static QRectF bar(const QRectF &plot, int index, int count, double value, double maximum);
    // The row of index of count rows that share plot's height (the bar's band, label included).
    static QRectF row(const QRectF &plot, int index, int count);
    // The row of count rows that holds y, or -1.
    static int rowAt(const QRectF &plot, int count, double y);

    // Where a date lies between first (plot's left edge) and last (its right edge); the middle
    // when first and last are the same day.
    static double x(QDate date, QDate first, QDate last, const QRectF &plot);
    // Where a percentage lies: 0 on plot's bottom edge, 100 on its top, clamped to 0–100.
    static double y(double percent, const QRectF &plot);
};

} // namespace Views
