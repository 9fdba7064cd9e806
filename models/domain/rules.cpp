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

} // namespace

bool isOverdue(const Measure &measure, QDate today)
{
    return !isClosed(measure.status) && measure.plannedEnd.isValid() && measure.plannedEnd < today;
}

bool isOverdue(const Activity &activity, QDate today)
{
    return !activity.done && activity.due.isValid() && activity.due < today;
}

bool isOverdue(const Milestone &milestone, QDate today)
{
    return !milestone.done && milestone.date.isValid() && milestone.date < today;
}

bool isOverdue(const Project &project, QDate today)
{
    return !isClosed(project.status) && project.end.isValid() && project.end < today;
}

std::optional<int> expectedProgress(const Measure &measure, QDate today)
{
    if (!measure.plannedStart.isValid() || !measure.plannedEnd.isValid())
        return std::nullopt;
    if (today <= measure.plannedStart)
        return 0;
    if (today >= measure.plannedEnd)
        return 100;
    const qint64 total = measure.plannedStart.daysTo(measure.plannedEnd);
    const qint64 elapsed = measure.plannedStart.daysTo(today);
    return int(elapsed * 100 / total);
}

Rag ragOf(const Measure &measure, QDate today)
{
    switch (measure.status) {
    case Status::Cancelled:
        return Rag::None;
    case Status::Completed:
        return Rag::Green;
    default:
        break;
    }
    if (isOverdue(measure, today))
        return Rag::Red;
    if (measure.status == Status::Postponed)
        return Rag::Amber;
    if (measure.status == Status::Planned && measure.plannedStart.isValid() &&
        measure.plannedStart < today) {
        return Rag::Amber;
    }
    const std::optional<int> expected = expectedProgress(measure, today);
    if (measure.status == Status::InProgress && expected && measure.progress &&
        *measure.progress + BehindScheduleMargin < *expected) {
        return Rag::Amber;
    }
    const bool activityOverdue =
        std::any_of(measure.activities.cbegin(), measure.activities.cend(),
                    [today](const Activity &activity) { return isOverdue(activity, today); });
    return activityOverdue ? Rag::Amber : Rag::Green;
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

    switch (project.status) {
    case Status::Completed:
        rollup.rag = Rag::Green;
        return rollup;
    case Status::Cancelled:
        rollup.rag = Rag::None;
        return rollup;
    default:
        break;
    }
    if (isOverdue(project, today))
        rollup.rag = Rag::Red;
    else if (project.status == Status::Postponed ||
             (project.status == Status::Planned && project.start.isValid() &&
              project.start < today))
        rollup.rag = worse(rollup.rag, Rag::Amber);
    else if (rollup.rag == Rag::None)
        rollup.rag = Rag::Green;
    return rollup;
}

} // namespace Domain
