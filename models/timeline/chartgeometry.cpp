#include "models/timeline/chartgeometry.h"

#include <algorithm>
#include <cmath>

namespace Timeline {

ChartGeometry::ChartGeometry(const Chart &chart, const RowLayout &layout, const DateScale &scale,
                             Metrics metrics)
    : m_chart(&chart)
    , m_layout(&layout)
    , m_scale(scale)
    , m_metrics(metrics)
{}

Span ChartGeometry::span(const Domain::PlanDate &start, const Domain::PlanDate &end) const
{
    return spanOf(m_scale, start, end, m_metrics.openLength);
}

QRectF ChartGeometry::plannedRect(int row, const Span &span) const
{
    const double top = m_layout->row(row).top + m_metrics.plannedTop;
    return QRectF(span.outerStart, top, span.width(), m_metrics.plannedHeight);
}

QRectF ChartGeometry::actualRect(int row, const Span &span) const
{
    const double top = m_layout->row(row).top + m_metrics.actualTop;
    return QRectF(span.outerStart, top, span.width(), m_metrics.actualHeight);
}

QRectF ChartGeometry::milestoneRect(int row, const Domain::PlanDate &date) const
{
    const RowLayout::Row &place = m_layout->row(row);
    const double size = m_metrics.milestoneSize;
    const double centreY = place.top + place.height / 2;
    return QRectF(markOf(m_scale, date).centre - size / 2, centreY - size / 2, size, size);
}

Hit ChartGeometry::hitMilestone(int row, const QVector<ChartMilestone> &milestones,
                                QPointF point) const
{
    // The diamond drawn last is on top: look from the end.
    for (auto it = milestones.crbegin(); it != milestones.crend(); ++it) {
        if (milestoneRect(row, it->date).adjusted(-2, -2, 2, 2).contains(point)) {
            Hit hit{Hit::Part::Milestone, row, m_layout->row(row).measure, it->uuid, it->date};
            return hit;
        }
    }
    return {};
}

Hit ChartGeometry::hitTest(QPointF point) const
{
    const int row = m_layout->rowAt(point.y());
    if (row < 0)
        return {};
    const RowLayout::Row &place = m_layout->row(row);
    switch (place.kind) {
    case RowLayout::Kind::GroupHeader:
        return Hit{Hit::Part::Header, row, -1, {}, {}};
    case RowLayout::Kind::ProjectMilestones: {
        const Hit hit = hitMilestone(row, m_chart->projectMilestones, point);
        return hit.part == Hit::Part::None ? Hit{Hit::Part::Row, row, -1, {}, {}} : hit;
    }
    case RowLayout::Kind::Measure:
        break;
    }

    const ChartMeasure &measure = m_chart->measures.at(place.measure);
    if (const Hit hit = hitMilestone(row, measure.milestones, point); hit.part != Hit::Part::None)
        return hit;
    Hit hit{Hit::Part::Row, row, place.measure, {}, {}};
    const double y = point.y() - place.top;
    const double x = point.x();
    const double slack = 2; // a pixel or two around a thin bar still counts
    if (measure.hasPlannedPeriod() && y >= m_metrics.plannedTop - slack &&
        y < m_metrics.plannedTop + m_metrics.plannedHeight + slack) {
        const Span bar = span(measure.plannedStart, measure.plannedEnd);
        // The reach of an end: grab pixels either side of its edge, but never more than a
        // third of the bar inwards, so that a short bar can still be moved whole.
        const double inward = std::min(m_metrics.grab, bar.width() / 3);
        const bool startReach =
            !bar.openStart && x >= bar.outerStart - m_metrics.grab && x < bar.outerStart + inward;
        const bool endReach =
            !bar.openEnd && x <= bar.outerEnd + m_metrics.grab && x > bar.outerEnd - inward;
        if (startReach && endReach)
            hit.part = std::abs(x - bar.outerStart) <= std::abs(x - bar.outerEnd) ? Hit::Part::Start
                                                                                  : Hit::Part::End;
        else if (startReach)
            hit.part = Hit::Part::Start;
        else if (endReach)
            hit.part = Hit::Part::End;
        else if (x >= bar.outerStart && x <= bar.outerEnd)
            hit.part = Hit::Part::Bar;
        return hit;
    }
    if (measure.hasActualPeriod() && y >= m_metrics.actualTop - slack &&
        y < m_metrics.actualTop + m_metrics.actualHeight + slack) {
        const Span bar = span(measure.actualStart, measure.actualEnd);
        if (x >= bar.outerStart && x <= bar.outerEnd)
            hit.part = Hit::Part::Actual;
    }
    return hit;
}

} // namespace Timeline
