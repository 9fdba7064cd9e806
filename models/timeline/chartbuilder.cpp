#include "models/timeline/chartbuilder.h"

#include "models/domain/rules.h"
#include "models/projectdata.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Timeline {
namespace {

ChartMilestone chartMilestone(const Domain::Milestone &milestone, QDate today)
{
    return ChartMilestone{milestone.uuid, milestone.title, milestone.date, milestone.done,
                          Domain::isOverdue(milestone, today)};
}

// The date a measure's row sorts by: the first of its dates that is known, planned before
// actual, start before end.
Domain::PlanDate sortDate(const ChartMeasure &measure)
{
    for (const Domain::PlanDate *date :
         {&measure.plannedStart, &measure.actualStart, &measure.plannedEnd, &measure.actualEnd}) {
        if (date->isValid())
            return *date;
    }
    return measure.milestones.isEmpty() ? Domain::PlanDate() : measure.milestones.first().date;
}

void sortByStart(const Chart &chart, QVector<int> &members)
{
    std::stable_sort(members.begin(), members.end(), [&chart](int a, int b) {
        const Domain::PlanDate left = sortDate(chart.measures.at(a));
        const Domain::PlanDate right = sortDate(chart.measures.at(b));
        if (left.isNull() != right.isNull())
            return right.isNull();
        return left < right;
    });
}

void widen(Chart &chart, QDate first, QDate last)
{
    if (first.isValid() && (!chart.first.isValid() || first < chart.first))
        chart.first = first;
    if (last.isValid() && (!chart.last.isValid() || last > chart.last))
        chart.last = last;
}

void widen(Chart &chart, const Domain::PlanDate &date)
{
    widen(chart, date.first(), date.last());
}

QVector<ChartGroup> byGoal(const Models::ProjectData &data, const QVector<int> &dated)
{
    QVector<ChartGroup> groups;
    QHash<QUuid, int> depth;
    for (const Domain::Goal &goal : data.goals()) {
        const int level = goal.isMainGoal() ? 0 : depth.value(goal.parentUuid) + 1;
        depth.insert(goal.uuid, level);
        ChartGroup group{goal.text, level, {}};
        for (const int index : dated) {
            if (data.measures().at(index).goalUuids.contains(goal.uuid))
                group.members.append(index);
        }
        groups.append(group);
    }
    ChartGroup none{ChartBuilder::tr("Serving no goal"), 0, {}};
    for (const int index : dated) {
        if (data.measures().at(index).goalUuids.isEmpty())
            none.members.append(index);
    }
    groups.append(none);
    return groups;
}

QVector<ChartGroup> byOrganisation(const Models::ProjectData &data, const QVector<int> &dated)
{
    QVector<QUuid> organisations; // in the order first met, then sorted by name
    for (const int index : dated) {
        for (const QUuid &uuid : data.measures().at(index).responsibleOrganisationUuids) {
            if (!organisations.contains(uuid))
                organisations.append(uuid);
        }
    }
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(
        organisations.begin(), organisations.end(), [&](const QUuid &a, const QUuid &b) {
            return collator.compare(data.organisationName(a), data.organisationName(b)) < 0;
        });
    QVector<ChartGroup> groups;
    for (const QUuid &organisation : organisations) {
        ChartGroup group{data.organisationName(organisation), 0, {}};
        for (const int index : dated) {
            if (data.measures().at(index).responsibleOrganisationUuids.contains(organisation))
                group.members.append(index);
        }
        groups.append(group);
    }
    ChartGroup none{ChartBuilder::tr("No responsible organisation given"), 0, {}};
    for (const int index : dated) {
        if (data.measures().at(index).responsibleOrganisationUuids.isEmpty())
            none.members.append(index);
    }
    groups.append(none);
    return groups;
}

} // namespace

Chart ChartBuilder::build(const Models::ProjectData &data, Grouping grouping, QDate today)
{
    Chart chart;
    chart.grouping = grouping;
    chart.today = today;
    if (!data.isLoaded())
        return chart;
    const Domain::Project &project = data.project();
    chart.project = project.uuid;
    chart.title = project.name;
    chart.projectStart = project.start;
    chart.projectEnd = project.end;
    widen(chart, project.start, project.end);

    QHash<QUuid, int> measureIndex;
    for (const Domain::Measure &measure : data.measures()) {
        measureIndex.insert(measure.uuid, int(chart.measures.size()));
        chart.measures.append(ChartMeasure{measure.uuid,
                                           measure.title,
                                           measure.status,
                                           Domain::ragOf(measure, today),
                                           measure.progress,
                                           measure.plannedStart,
                                           measure.plannedEnd,
                                           measure.actualStart,
                                           measure.actualEnd,
                                           {},
                                           measure.version});
        for (const Domain::PlanDate *date :
             {&measure.plannedStart, &measure.plannedEnd, &measure.actualStart, &measure.actualEnd})
            widen(chart, *date);
    }
    for (const Domain::Milestone &milestone : data.milestones()) {
        const ChartMilestone shown = chartMilestone(milestone, today);
        if (milestone.date.isNull()) {
            chart.undatedMilestones.append(shown);
            continue;
        }
        widen(chart, milestone.date);
        const int owner = measureIndex.value(milestone.measureUuid, -1);
        if (owner >= 0)
            chart.measures[owner].milestones.append(shown);
        else
            chart.projectMilestones.append(shown);
    }

    QVector<int> dated;
    for (int i = 0; i < chart.measures.size(); ++i) {
        if (chart.measures.at(i).isDated())
            dated.append(i);
        else
            chart.undatedMeasures.append(i);
    }
    sortByStart(chart, dated);
    const QVector<ChartGroup> groups =
        grouping == Grouping::Goal ? byGoal(data, dated) : byOrganisation(data, dated);
    for (const ChartGroup &group : groups) {
        if (!group.members.isEmpty())
            chart.groups.append(group);
    }
    return chart;
}

std::pair<QDate, QDate> ChartBuilder::defaultRange(const Chart &chart)
{
    const QDate first = chart.first.isValid() ? chart.first : chart.today.addMonths(-6);
    const QDate last = chart.last.isValid() ? chart.last : chart.today.addMonths(6);
    const QDate before = first.addMonths(-1);
    const QDate after = last.addMonths(1);
    return {QDate(before.year(), before.month(), 1),
            QDate(after.year(), after.month(), after.daysInMonth())};
}

} // namespace Timeline
