#pragma once

#include "models/timeline/chart.h"
#include "models/timeline/chartgeometry.h"
#include "models/timeline/chartpainter.h"
#include "models/timeline/datescale.h"
#include "models/timeline/rowlayout.h"
#include "models/timeline/style.h"

#include <QCoreApplication>
#include <QDate>
#include <QSizeF>

class QPainter;

namespace Timeline {

// A chart laid out for a stretch of days at a scale, to be painted whole (an image, a figure
// in a report) or in tiles (printed pages). In logical pixels from its top left:
//
//   title           the project's name; its period, the grouping and the day it is drawn for
//   axis + labels   the column of measure titles beside the axis, then beside the rows
//   legend          what colours, outlines, fading and diamonds mean
//   undated         the measures and milestones without a date, listed
//
// Refers to the chart, which must outlive it. The report generator can paint one into its own
// document: size() says how much room it takes, paint() draws it there.
class ChartSheet
{
    Q_DECLARE_TR_FUNCTIONS(Timeline::ChartSheet)

public:
    ChartSheet(const Chart &chart, QDate first, QDate last, double pixelsPerDay,
               const Style &style);
    ChartSheet(const ChartSheet &) = delete;
    ChartSheet &operator=(const ChartSheet &) = delete;

    const Style &style() const { return m_style; }
    const RowLayout &layout() const { return m_layout; }
    const ChartPainter &painter() const { return m_painter; }
    double bodyWidth() const { return m_bodyWidth; }
    double width() const { return m_style.labelWidth + m_bodyWidth; }
    double titleHeight() const;
    // The height of the rows first..last, at least one row's (an empty chart says so in it).
    double rowsHeight(int first, int last) const;
    QSizeF size() const;

    void paint(QPainter &painter) const;
    // The title block, width wide, at the painter's origin.
    void paintTitle(QPainter &painter, double width) const;
    // The axis, the label column and the rows first..last between chart x left and right, at
    // the painter's origin; returns the height it took.
    double paintTile(QPainter &painter, int first, int last, double left, double right) const;

private:
    const Chart &m_chart;
    Style m_style;
    Zoom m_zoom;
    DateScale m_scale;
    double m_bodyWidth;
    RowLayout m_layout;
    ChartGeometry m_geometry;
    ChartPainter m_painter;
};

} // namespace Timeline
