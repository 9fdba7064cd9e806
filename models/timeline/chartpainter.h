#pragma once

#include "models/timeline/chartgeometry.h"
#include "models/timeline/reschedule.h"
#include "models/timeline/style.h"
#include "models/timeline/zoom.h"

#include <QCoreApplication>
#include <QRectF>
#include <QUuid>

#include <optional>

class QPainter;

namespace Timeline {

// Paints a chart, part by part, in the chart's own coordinates, so that the widget (which
// scrolls), an image (all of it) and a printed page (a slice of time and rows, with the labels
// repeated) share one drawing:
// - the axis: x as the DateScale gives it, y from 0 to Style::axisHeight;
// - the body: x as the DateScale gives it, y as the RowLayout gives it;
// - the label column: x from 0 to Style::labelWidth, y as the RowLayout gives it;
// - the group headers' titles, over the label column and the body together;
// - the legend and the list of what is undated, in a rectangle of their own.
// Each paints only what lies in the bounds it is given (rows outside them are never visited),
// and leaves translating and clipping to the caller. Never changes the chart.
class ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(Timeline::ChartPainter)

public:
    // What the user is doing: the selected measure or milestone, and a drag in progress (the
    // dates it would give; the stored ones are drawn faded behind).
    struct Highlight
    {
        QUuid measure;
        QUuid milestone;
        std::optional<Period> preview;
        std::optional<Domain::PlanDate> milestonePreview;
    };

    ChartPainter(const ChartGeometry &geometry, const Style &style, Zoom zoom);

    void paintAxis(QPainter &painter, double left, double right) const;
    void paintBody(QPainter &painter, const QRectF &visible, const Highlight &highlight) const;
    void paintLabels(QPainter &painter, double top, double bottom,
                     const Highlight &highlight) const;
    void paintHeaderTitles(QPainter &painter, double top, double bottom, double width) const;

    // The legend, wrapped to the width of area; its height for a width.
    void paintLegend(QPainter &painter, const QRectF &area) const;
    double legendHeight(double width) const;
    // The measures and milestones that have no date, listed; 0 high when there are none.
    void paintUndated(QPainter &painter, const QRectF &area) const;
    double undatedHeight() const;

private:
    void paintGrid(QPainter &painter, const QRectF &visible) const;
    void paintMeasureRow(QPainter &painter, int row, const Highlight &highlight) const;
    void paintBar(QPainter &painter, const QRectF &band, const Span &span, const QColor &fill,
                  const QColor &outline, std::optional<int> progress, bool hatched) const;
    void paintMilestone(QPainter &painter, int row, const ChartMilestone &milestone,
                        const Domain::PlanDate &date, bool selected, bool withTitle) const;
    double flowLegend(QPainter *painter, const QRectF &area) const;

    const ChartGeometry &m_geometry;
    const Style &m_style;
    Zoom m_zoom;
};

} // namespace Timeline
