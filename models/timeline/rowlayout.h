#pragma once

#include "models/timeline/chart.h"

#include <QVector>

#include <utility>

namespace Timeline {

// Row <-> y: the rows of a chart from the top, y = 0 at the top of the first. First a row of
// the project's own milestones (when it has dated ones), then each group: a header row and a
// row for each of its measures (a measure in two groups has two rows). Rows are contiguous and
// never overlap, so finding the row at a y is a binary search and a paint visits only the rows
// in view, however many there are.
class RowLayout
{
public:
    enum class Kind { ProjectMilestones, GroupHeader, Measure };

    struct Row
    {
        Kind kind = Kind::Measure;
        int group = -1;   // index into Chart::groups; -1 for ProjectMilestones
        int measure = -1; // index into Chart::measures, for Measure rows
        double top = 0;
        double height = 0;

        double bottom() const { return top + height; }
    };

    struct Metrics
    {
        double rowHeight = 30;
        double headerHeight = 26;
    };

    RowLayout() = default;
    RowLayout(const Chart &chart, Metrics metrics);

    const QVector<Row> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows.at(index); }
    double height() const { return m_rows.isEmpty() ? 0 : m_rows.constLast().bottom(); }

    // The row that holds y (top included, bottom excluded); -1 above the first or below the
    // last.
    int rowAt(double y) const;
    // The first and last row that [top, bottom) touches, clamped to the rows; (0, -1) when
    // none does.
    std::pair<int, int> rowsBetween(double top, double bottom) const;
    // The rows that show the measure, top first; empty when it has none (undated).
    QVector<int> rowsOf(int measure) const;

private:
    QVector<Row> m_rows;
};

} // namespace Timeline
