#include "models/domain/rules.h"

#include <QSet>

#include <algorithm>

namespace Domain {
namespace {

bool isClosed(Status status)
{
    return status == Status::Completed || status == Status::Cancelled;
}

Rag worse(Rag a, Rag b)
{
    return std::max(a, b); // the enum is ordered none < green < amber < red
}

// A date past by today: an end counts by the last day of its interval ("høsten 2012" is past
// from 2013-01-01).
bool isPast(const PlanDate &end, QDate today)
{
    return end.isValid() && end.last() < today;
}

bool isUndated(const Measure &measure)
{
    return measure.plannedStart.isNull() && measure.plannedEnd.isNull() &&
           measure.actualStart.isNull() && measure.actualEnd.isNull();
}

} // namespace

bool isOverdue(const Measure &measure, QDate today)
{
    return !isClosed(measure.status) && isPast(measure.plannedEnd, today);
}

bool isOverdue(const Activity &activity, QDate today)
{
    return !activity.done && isPast(activity.due, today);
}

bool isOverdue(const Milestone &milestone, QDate today)
{
    return !milestone.done && isPast(milestone.date, today);
}

bool isOverdue(const Project &project, QDate today)
{
    return !isClosed(project.status) && project.end.isValid() && project.end < today;
}

std::optional<int> expectedProgress(const Measure &measure, QDate today)
{
    if (!measure.plannedStart.isValid() || !measure.plannedEnd.isValid())
        return std::nullopt;
    // The planned period runs from the first day of its start to the last day of its end.
    const QDate start = measure.plannedStart.first();
    const QDate end = measure.plannedEnd.last();
    if (today <= start)
        return 0;
    if (today >= end)
        return 100;
    const qint64 total = start.daysTo(end);
    const qint64 elapsed = start.daysTo(today);
    return int(elapsed * 100 / total);
}

MeasureRating rateMeasure(const Measure &measure, QDate today)
{
    switch (measure.status) {
    case Status::Cancelled:
        return {Rag::None, MeasureRule::Cancelled};
    case Status::Completed:
        return {Rag::Green, MeasureRule::Completed};
    default:
        break;
    }
    if (isOverdue(measure, today))
        return {Rag::Red, MeasureRule::Overdue};
    if (measure.status == Status::Postponed)
        return {Rag::Amber, MeasureRule::Postponed};
    if (measure.status == Status::Planned && measure.plannedStart.isValid() &&
        measure.plannedStart.first() < today) {
        return {Rag::Amber, MeasureRule::NotStarted};
    }
    const std::optional<int> expected = expectedProgress(measure, today);
    if (measure.status == Status::InProgress && expected && measure.progress &&
        *measure.progress + BehindScheduleMargin < *expected) {
        return {Rag::Amber, MeasureRule::BehindSchedule};
    }
    const bool activityOverdue =
        std::any_of(measure.activities.cbegin(), measure.activities.cend(),
                    [today](const Activity &activity) { return isOverdue(activity, today); });
    if (activityOverdue)
        return {Rag::Amber, MeasureRule::ActivityOverdue};
    // Nothing says how it goes: no progress assessed, no date to measure it by.
    if (!measure.progress && isUndated(measure))
        return {Rag::None, MeasureRule::NothingToRate};
    return {Rag::Green, MeasureRule::OnTrack};
}

Rag ragOf(const Measure &measure, QDate today)
{
    return rateMeasure(measure, today).rag;
}

Rag combineRag(const QVector<Rag> &ratings)
{
    int rated = 0;
    int red = 0;
    Rag worst = Rag::None;
    for (Rag rating : ratings) {
        if (rating == Rag::None)
            continue;
        ++rated;
        if (rating == Rag::Red)
            ++red;
        worst = worse(worst, rating);
    }
    if (rated == 0)
        return Rag::None;
    if (red * 3 >= rated)
        return Rag::Red;
    return worst == Rag::Green ? Rag::Green : Rag::Amber;
}

Rollup rollUp(const QVector<const Measure *> &measures, QDate today)
{
    Rollup rollup;
    QVector<Rag> ratings;
    int assessed = 0;
    int progressSum = 0;
    for (const Measure *measure : measures) {
        if (measure->status == Status::Cancelled)
            continue;
        ++rollup.measureCount;
        ratings.append(ragOf(*measure, today));
        if (ratings.last() == Rag::None)
            ++rollup.notRated;
        const std::optional<int> progress =
            measure->status == Status::Completed ? std::optional<int>(100) : measure->progress;
        if (progress) {
            ++assessed;
            progressSum += *progress;
        }
    }
    rollup.rag = combineRag(ratings);
    if (assessed > 0)
        rollup.progress = (progressSum + assessed / 2) / assessed;
    return rollup;
}

QHash<QUuid, Rollup> rollUpGoals(const QVector<Goal> &goals, const QVector<Measure> &measures,
                                 QDate today)
{
    // Each goal collects the measures linked directly to it; then every goal hands its set up
    // the chain of its ancestors. Sets keep a measure linked at two levels from counting twice.
    QHash<QUuid, QUuid> parentOf;
    for (const Goal &goal : goals)
        parentOf.insert(goal.uuid, goal.parentUuid);

    QHash<QUuid, QSet<const Measure *>> linked;
    for (const Measure &measure : measures) {
        for (const QUuid &goalUuid : measure.goalUuids) {
            // Walk up at most goals.size() steps, so a (forbidden) cycle cannot hang us.
            QUuid current = goalUuid;
            for (qsizetype step = 0; !current.isNull() && step <= goals.size(); ++step) {
                if (!parentOf.contains(current))
                    break;
                linked[current].insert(&measure);
                current = parentOf.value(current);
            }
        }
    }

    QHash<QUuid, Rollup> result;
    for (const Goal &goal : goals) {
        const QSet<const Measure *> set = linked.value(goal.uuid);
        QVector<const Measure *> ordered(set.cbegin(), set.cend());
        result.insert(goal.uuid, rollUp(ordered, today));
    }
    return result;
}

Rollup rollUpProject(const Project &project, const QVector<Measure> &measures, QDate today)
{
    QVector<const Measure *> all;
    all.reserve(measures.size());
    for (const Measure &measure : measures)
        all.append(&measure);
    Rollup rollup = rollUp(all, today);
    rollup.rag = rateProject(project, rollup.rag, today).rag;
    return rollup;
}

ProjectRating rateProject(const Project &project, Rag measures, QDate today)
{
    switch (project.status) {
    case Status::Completed:
        return {Rag::Green, ProjectRule::Completed};
    case Status::Cancelled:
        return {Rag::None, ProjectRule::Cancelled};
    default:
        break;
    }
    if (isOverdue(project, today))
        return {Rag::Red, ProjectRule::Overdue};
    if (measures < Rag::Amber) {
        if (project.status == Status::Postponed)
            return {Rag::Amber, ProjectRule::Postponed};
        if (project.status == Status::Planned && project.start.isValid() && project.start < today)
            return {Rag::Amber, ProjectRule::NotStarted};
    }
    return {measures, ProjectRule::Measures};
}

} // namespace Domain
