#pragma once

#include "models/timeline/chart.h"
#include "models/timeline/datescale.h"
#include "models/timeline/rowlayout.h"
#include "models/timeline/span.h"

#include <QPointF>
#include <QRectF>
#include <QUuid>

namespace Timeline {

// What lies under a point of the chart's body: the one place where painting and the mouse
// agree on where a bar, its ends and a milestone are.
struct Hit
{
    enum class Part {
        None,      // outside every row
        Header,    // a group's header row
        Row,       // a measure's row, beside its bars
        Bar,       // the planned bar, away from its ends: moves the bar whole
        Start,     // within reach of the planned bar's start: moves the start
        End,       // within reach of its end: moves the end
        Actual,    // the bar of the actual period: selects, never moves (it records what was)
        Milestone, // a milestone's diamond: moves its date
    };

    Part part = Part::None;
    int row = -1;
    int measure = -1; // index into Chart::measures; -1 outside measure rows
    QUuid milestone;  // with Part::Milestone
    Domain::PlanDate milestoneDate;
};

// The bars and diamonds of a chart on its body: x from the DateScale, y from the RowLayout, the
// parts of a row from Metrics. Refers to the chart, the layout and the scale, which outlive it;
// cheap to make, so that a zoom or a new chart makes a new one.
class ChartGeometry
{
public:
    // Places inside a row (rowHeight of RowLayout::Metrics), in logical pixels.
    struct Metrics
    {
        double plannedTop = 5;
        double plannedHeight = 13;
        double actualTop = 20;
        double actualHeight = 5;
        double milestoneSize = 14; // the diamond's width and height
        double grab = 6;           // how near an end a press takes that end
        double openLength = 40;    // how far a bar with an unknown end fades out
    };

    ChartGeometry(const Chart &chart, const RowLayout &layout, const DateScale &scale,
                  Metrics metrics);

    const Chart &chart() const { return *m_chart; }
    const RowLayout &layout() const { return *m_layout; }
    const DateScale &scale() const { return m_scale; }
    const Metrics &metrics() const { return m_metrics; }

    Span span(const Domain::PlanDate &start, const Domain::PlanDate &end) const;
    // The band of a row the planned or actual bar of a span takes.
    QRectF plannedRect(int row, const Span &span) const;
    QRectF actualRect(int row, const Span &span) const;
    // The box of a diamond for a date in a row.
    QRectF milestoneRect(int row, const Domain::PlanDate &date) const;

    Hit hitTest(QPointF point) const;

private:
    Hit hitMilestone(int row, const QVector<ChartMilestone> &milestones, QPointF point) const;

    const Chart *m_chart;
    const RowLayout *m_layout;
    DateScale m_scale;
    Metrics m_metrics;
};

} // namespace Timeline
