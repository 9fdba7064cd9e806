#pragma once

#include "models/timeline/chartsheet.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QVector>

#include <memory>
#include <utility>

class QPagedPaintDevice;
class QPainter;

namespace Timeline {

// A chart on paper: split into pages that each repeat the title, the axis of their stretch of
// time and the label column of their rows, with the legend at the foot of each and the undated
// list at the end; or, on request, fitted to one page. Text keeps its size on every page:
// fitting to one page narrows the days first (the scale, not the text), and shrinks the whole
// page only when its rows are too many for its height.
//
// Pages run down the rows first, then across time: the rows of page 1 continue on page 2
// when they do not fit, and the next stretch of time starts again at the first row. A row is
// never cut, and a group's header never ends a page without its first measure.
class ChartPages
{
    Q_DECLARE_TR_FUNCTIONS(Timeline::ChartPages)

public:
    // page: the printable area in logical pixels (1/96 inch).
    ChartPages(const Chart &chart, QDate first, QDate last, double pixelsPerDay, QSizeF page,
               bool onePage, const Style &style = Style::forPaper());

    int count() const;
    // How much the pages are shrunk to fit (1: not at all).
    double shrink() const { return m_shrink; }
    const ChartSheet &sheet() const { return *m_sheet; }

    // Page index (from 0), drawn at the painter's origin in logical pixels.
    void paint(QPainter &painter, int index) const;

    // Prints every page on device (a QPdfWriter, a QPrinter) at its resolution, in the
    // orientation and margins it has.
    static void print(const Chart &chart, QDate first, QDate last, double pixelsPerDay,
                      bool onePage, QPagedPaintDevice &device);

    // The rows that fit in `available` height, page by page: (first, last) each, in order,
    // never splitting a row, never ending one with a group header while its group goes on.
    // A row taller than available gets a page of its own. No rows: no bands.
    static QVector<std::pair<int, int>> rowBands(const RowLayout &layout, double available);
    // [left, right) stretches of at most sliceWidth that cover [0, width); one when width is 0.
    static QVector<std::pair<double, double>> slices(double width, double sliceWidth);

private:
    double footerHeight() const;
    double tileRowsRoom() const;

    QSizeF m_page; // in the sheet's logical pixels, after shrinking
    double m_shrink = 1;
    std::unique_ptr<ChartSheet> m_sheet;
    QVector<std::pair<int, int>> m_bands;
    QVector<std::pair<double, double>> m_slices;
    bool m_undatedPageOfItsOwn = false;
};

} // namespace Timeline
