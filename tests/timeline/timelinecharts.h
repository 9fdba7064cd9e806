#pragma once

#include "models/timeline/chart.h"

// Small charts made by hand for the geometry tests: no database, no rules.
namespace TimelineCharts {

inline Domain::PlanDate date(const char *code)
{
    return *code ? Domain::PlanDate::fromCode(QString::fromLatin1(code)).value()
                 : Domain::PlanDate();
}

inline Timeline::ChartMeasure measure(const char *title, const char *start, const char *end)
{
    Timeline::ChartMeasure shown;
    shown.uuid = QUuid::createUuidV5(QUuid(), QString::fromUtf8(title));
    shown.title = QString::fromUtf8(title);
    shown.plannedStart = date(start);
    shown.plannedEnd = date(end);
    return shown;
}

inline Timeline::ChartMilestone milestone(const char *title, const char *when)
{
    return Timeline::ChartMilestone{QUuid::createUuidV5(QUuid(), QString::fromUtf8(title)),
                                    QString::fromUtf8(title), date(when), false, false};
}

// Two groups: "A" with measures 0 and 1, "B" with 1 and 2 (measure 1 serves both); measure 3
// is undated; one project milestone.
inline Timeline::Chart twoGroups()
{
    Timeline::Chart chart;
    chart.measures = {measure("Dager", "2012-03-01", "2012-03-31"),
                      measure("Halvår", "2012-H2", "2013-H1"), measure("Åpen", "2012-06-01", ""),
                      measure("Udatert", "", "")};
    chart.measures[2].milestones = {milestone("Delrapport", "2012-09-15")};
    chart.groups = {Timeline::ChartGroup{QStringLiteral("A"), 0, {0, 1}},
                    Timeline::ChartGroup{QStringLiteral("B"), 0, {1, 2}}};
    chart.projectMilestones = {milestone("Opplæring", "2012-H2")};
    chart.undatedMeasures = {3};
    return chart;
}

} // namespace TimelineCharts
