#pragma once

#include "models/timeline/chart.h"

#include <QCoreApplication>
#include <QDate>

namespace Models {
class ProjectData;
}

namespace Timeline {

// Builds the Chart of the loaded project: the measures with their traffic lights on `today`,
// grouped as asked, each group's measures in the order of their start (the sharpest commitment
// first, undated starts last, stored order among equals), and what has no date at all set
// apart. Reads the ProjectData only while it runs.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Timeline::ChartBuilder)

public:
    static Chart build(const Models::ProjectData &data, Grouping grouping, QDate today);

    // The stretch of days a chart shows when nobody chose one: everything dated, from the start
    // of the month before the first day to the end of the month after the last, so that
    // nothing touches the edges; around today when nothing is dated.
    static std::pair<QDate, QDate> defaultRange(const Chart &chart);
};

} // namespace Timeline
