#include "models/timeline/rowlayout.h"

#include <algorithm>
#include <cmath>

namespace Timeline {

RowLayout::RowLayout(const Chart &chart, Metrics metrics)
{
    double top = 0;
    const auto add = [&](Kind kind, int group, int measure, double height) {
        m_rows.append(Row{kind, group, measure, top, height});
        top += height;
    };
    if (!chart.projectMilestones.isEmpty())
        add(Kind::ProjectMilestones, -1, -1, metrics.rowHeight);
    for (int group = 0; group < chart.groups.size(); ++group) {
        add(Kind::GroupHeader, group, -1, metrics.headerHeight);
        for (const int measure : chart.groups.at(group).members)
            add(Kind::Measure, group, measure, metrics.rowHeight);
    }
}

int RowLayout::rowAt(double y) const
{
    if (m_rows.isEmpty() || y < 0 || y >= height())
        return -1;
    // The last row whose top is at or above y.
    const auto after =
        std::upper_bound(m_rows.cbegin(), m_rows.cend(), y,
                         [](double value, const Row &row) { return value < row.top; });
    return int(after - m_rows.cbegin()) - 1;
}

std::pair<int, int> RowLayout::rowsBetween(double top, double bottom) const
{
    if (m_rows.isEmpty() || bottom <= 0 || top >= height() || bottom <= top)
        return {0, -1};
    const int first = top < 0 ? 0 : rowAt(top);
    const int last = bottom >= height() ? count() - 1 : rowAt(std::nextafter(bottom, top));
    return {first, last};
}

QVector<int> RowLayout::rowsOf(int measure) const
{
    QVector<int> found;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind == Kind::Measure && m_rows.at(i).measure == measure)
            found.append(i);
    }
    return found;
}

} // namespace Timeline
