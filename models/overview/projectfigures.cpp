#include "models/overview/projectfigures.h"

#include "models/overview/explanation.h"
#include "models/overview/localday.h"
#include "models/overview/rowhorizon.h"

#include <QSet>

#include <algorithm>

namespace Overview {
namespace {

bool isClosed(Domain::Status status)
{
    return status == Domain::Status::Completed || status == Domain::Status::Cancelled;
}

ProjectFigures::Phase phaseOf(const Domain::Project &project, QDate day)
{
    if (!project.start.isValid() || !project.end.isValid())
        return ProjectFigures::Phase::Undated;
    if (day < project.start)
        return ProjectFigures::Phase::BeforeStart;
    if (day > project.end)
        return ProjectFigures::Phase::AfterEnd;
    return ProjectFigures::Phase::Running;
}

// Goals in pre-order with their depth, and the measures that serve each of them (linked to it
// or to one of its sub-goals), in the project's order.
QVector<ProjectFigures::Goal> goalsOf(const Domain::ProjectBundle &bundle,
                                      const QHash<QUuid, Domain::Rollup> &rollups)
{
    QHash<QUuid, int> depthOf;
    QHash<QUuid, QUuid> parentOf;
    QVector<ProjectFigures::Goal> goals;
    for (const Domain::Goal &goal : bundle.goals) {
        ProjectFigures::Goal figures;
        figures.uuid = goal.uuid;
        figures.parent = goal.parentUuid;
        figures.depth = goal.parentUuid.isNull() ? 0 : depthOf.value(goal.parentUuid) + 1;
        figures.text = goal.text;
        figures.rollup = rollups.value(goal.uuid);
        depthOf.insert(goal.uuid, figures.depth);
        parentOf.insert(goal.uuid, goal.parentUuid);
        goals.append(figures);
    }
    QHash<QUuid, int> indexOf;
    for (int i = 0; i < goals.size(); ++i)
        indexOf.insert(goals.at(i).uuid, i);
    for (const Domain::Measure &measure : bundle.measures) {
        QSet<int> served;
        for (const QUuid &linked : measure.goalUuids) {
            // Up the chain of parents, at most as many steps as there are goals.
            QUuid current = linked;
            for (qsizetype step = 0; !current.isNull() && step <= goals.size(); ++step) {
                const auto found = indexOf.constFind(current);
                if (found == indexOf.cend())
                    break;
                served.insert(found.value());
                current = parentOf.value(current);
            }
        }
        for (int index : std::as_const(served))
            goals[index].measures.append(measure.uuid);
    }
    return goals;
}

// The organisations a project involves: its participants in their order, then those only its
// measures name, in the order they are first named.
QVector<ProjectFigures::Organisation> organisationsOf(const Domain::ProjectBundle &bundle,
                                                      const QHash<QUuid, QString> &names,
                                                      const QSet<QUuid> &overdue)
{
    QVector<ProjectFigures::Organisation> organisations;
    QHash<QUuid, int> indexOf;
    const auto entry = [&](const QUuid &uuid) -> ProjectFigures::Organisation & {
        const auto found = indexOf.constFind(uuid);
        if (found != indexOf.cend())
            return organisations[found.value()];
        indexOf.insert(uuid, int(organisations.size()));
        organisations.append({uuid, names.value(uuid), {}, {}, {}});
        return organisations.last();
    };
    for (const Domain::Participant &participant : bundle.participants)
        entry(participant.organisationUuid);
    for (const Domain::Measure &measure : bundle.measures) {
        for (const QUuid &uuid : measure.responsibleOrganisationUuids) {
            ProjectFigures::Organisation &organisation = entry(uuid);
            organisation.responsible.append(measure.uuid);
            if (overdue.contains(measure.uuid))
                organisation.overdue.append(measure.uuid);
        }
        for (const QUuid &uuid : measure.participatingOrganisationUuids)
            entry(uuid).participating.append(measure.uuid);
    }
    return organisations;
}

// Open decisions and deviations: those flagged in the latest update about their subject (a
// measure, or the project as a whole when the update names none). A later update without the
// flag closes it.
void openFlags(const QVector<Domain::StatusUpdate> &log, ProjectFigures &figures)
{
    QHash<QUuid, const Domain::StatusUpdate *> latest;
    for (const Domain::StatusUpdate &update : log)
        latest.insert(update.measureUuid, &update); // the log is in time order
    QVector<const Domain::StatusUpdate *> open(latest.cbegin(), latest.cend());
    std::sort(open.begin(), open.end(),
              [](const Domain::StatusUpdate *a, const Domain::StatusUpdate *b) {
                  return a->recordedAt != b->recordedAt ? a->recordedAt > b->recordedAt
                                                        : a->uuid < b->uuid;
              });
    for (const Domain::StatusUpdate *update : std::as_const(open)) {
        if (update->decisionNeeded)
            figures.decisionsNeeded.append(*update);
        if (update->deviation)
            figures.deviations.append(*update);
    }
}

QVector<ProjectFigures::ProgressPoint> progressOf(const QVector<Domain::StatusUpdate> &log)
{
    QHash<QUuid, int> progressOf;
    QVector<ProjectFigures::ProgressPoint> points;
    for (const Domain::StatusUpdate &update : log) {
        if (update.measureUuid.isNull())
            continue;
        bool changed = false;
        if (update.newStatus == Domain::Status::Cancelled) {
            changed = progressOf.remove(update.measureUuid) > 0;
        } else if (update.newStatus == Domain::Status::Completed) {
            progressOf.insert(update.measureUuid, 100);
            changed = true;
        } else if (update.newProgress) {
            progressOf.insert(update.measureUuid, *update.newProgress);
            changed = true;
        }
        if (!changed)
            continue;
        int sum = 0;
        for (int progress : std::as_const(progressOf))
            sum += progress;
        const int count = int(progressOf.size());
        const ProjectFigures::ProgressPoint point{LocalDay::of(update.recordedAt),
                                                  count > 0 ? (sum + count / 2) / count : 0};
        if (!points.isEmpty() && points.last().date == point.date)
            points.last() = point;
        else
            points.append(point);
    }
    return points;
}

// Open milestones, the planned ends of open measures and open activities, with a date.
QVector<Deadline> deadlinesOf(const Domain::ProjectBundle &bundle)
{
    QVector<Deadline> deadlines;
    for (const Domain::Milestone &milestone : bundle.milestones) {
        if (!milestone.done && milestone.date.isValid()) {
            deadlines.append({Deadline::Kind::Milestone, milestone.date, milestone.title,
                              milestone.uuid, milestone.measureUuid});
        }
    }
    for (const Domain::Measure &measure : bundle.measures) {
        if (isClosed(measure.status))
            continue;
        if (measure.plannedEnd.isValid()) {
            deadlines.append({Deadline::Kind::Measure, measure.plannedEnd, measure.title,
                              measure.uuid, measure.uuid});
        }
        for (const Domain::Activity &activity : measure.activities) {
            if (!activity.done && activity.due.isValid()) {
                deadlines.append({Deadline::Kind::Activity, activity.due, activity.title,
                                  activity.uuid, measure.uuid});
            }
        }
    }
    // Soonest first; of one day, milestones before measures before activities, the more
    // precise date first, and otherwise in the project's order (the sort is stable).
    std::stable_sort(deadlines.begin(), deadlines.end(), [](const Deadline &a, const Deadline &b) {
        if (a.by() != b.by())
            return a.by() < b.by();
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.date.precision() < b.date.precision();
    });
    return deadlines;
}

} // namespace

bool ProjectFigures::Measure::isStale(QDate day, int days) const
{
    const bool started = !plannedStart.isValid() || plannedStart.first() <= day;
    // The last update is from the day `days` ago or earlier.
    return !isClosed(status) && started &&
           (!lastUpdate.isValid() || lastUpdate <= LocalDay::end(day.addDays(-days)));
}

ProjectFigures ProjectFigures::of(const Domain::ProjectBundle &bundle,
                                  const QHash<QUuid, QString> &organisationNames,
                                  const Settings &settings)
{
    const QDate day = settings.day;
    ProjectFigures figures;
    figures.project = bundle.project;
    figures.day = day;
    figures.staleDays = settings.staleDays;
    figures.phase = phaseOf(bundle.project, day);
    figures.rowUntil = RowHorizon::of(bundle, day);

    // The status log up to the end of the day, in time order.
    const QDateTime end = LocalDay::end(day);
    QVector<Domain::StatusUpdate> log;
    for (const Domain::StatusUpdate &update : bundle.statusUpdates) {
        if (update.recordedAt <= end)
            log.append(update);
    }
    std::stable_sort(log.begin(), log.end(),
                     [](const Domain::StatusUpdate &a, const Domain::StatusUpdate &b) {
                         return a.recordedAt < b.recordedAt;
                     });
    QHash<QUuid, QDateTime> lastUpdateOf;
    for (const Domain::StatusUpdate &update : std::as_const(log)) {
        lastUpdateOf.insert(update.measureUuid, update.recordedAt);
        figures.lastUpdate = update.recordedAt;
    }

    // The measures, one by one.
    QSet<QUuid> overdue;
    for (const Domain::Measure &measure : bundle.measures) {
        Measure standing;
        standing.uuid = measure.uuid;
        standing.title = measure.title;
        standing.status = measure.status;
        standing.progress = measure.progress;
        standing.plannedStart = measure.plannedStart;
        standing.plannedEnd = measure.plannedEnd;
        standing.rating = Domain::rateMeasure(measure, day);
        standing.reason = Explanation::ofMeasure(measure, standing.rating, day);
        standing.overdue = Domain::isOverdue(measure, day);
        standing.lastUpdate = lastUpdateOf.value(measure.uuid);
        standing.stale = standing.isStale(day, settings.staleDays);
        figures.byStatus[size_t(measure.status)].append(measure.uuid);
        figures.byRag[size_t(standing.rating.rag)].append(measure.uuid);
        if (standing.overdue) {
            figures.overdue.append(measure.uuid);
            overdue.insert(measure.uuid);
        }
        if (standing.stale)
            figures.stale.append(measure.uuid);
        if (standing.rating.rag == Domain::Rag::None &&
            measure.status != Domain::Status::Cancelled) {
            figures.notRated.append(measure.uuid);
        }
        figures.measures.append(standing);
    }

    // The light of the project, by the domain's rules.
    figures.rollup = Domain::rollUpProject(bundle.project, bundle.measures, day);
    QVector<const Domain::Measure *> all;
    for (const Domain::Measure &measure : bundle.measures)
        all.append(&measure);
    figures.rating = Domain::rateProject(bundle.project, Domain::rollUp(all, day).rag, day);
    figures.goals = goalsOf(bundle, Domain::rollUpGoals(bundle.goals, bundle.measures, day));

    // What is due.
    const QDate far = day.addDays(Settings::FarDays);
    for (const Deadline &deadline : deadlinesOf(bundle)) {
        if (deadline.by() >= day && !figures.nextDeadline)
            figures.nextDeadline = deadline;
        if (deadline.kind != Deadline::Kind::Milestone)
            continue;
        if (deadline.by() < day)
            figures.overdueMilestones.append(deadline);
        else if (deadline.by() <= far)
            figures.upcomingMilestones.append(deadline);
    }

    openFlags(log, figures);
    figures.progressOverTime = progressOf(log);

    figures.topRisks = bundle.risks;
    std::stable_sort(figures.topRisks.begin(), figures.topRisks.end(),
                     [](const Domain::Risk &a, const Domain::Risk &b) {
                         const int scoreA = a.likelihood * a.impact;
                         const int scoreB = b.likelihood * b.impact;
                         return scoreA != scoreB ? scoreA > scoreB : a.impact > b.impact;
                     });
    if (figures.topRisks.size() > Settings::TopRiskCount)
        figures.topRisks.resize(Settings::TopRiskCount);

    figures.organisations = organisationsOf(bundle, organisationNames, overdue);
    return figures;
}

const ProjectFigures::Measure *ProjectFigures::measure(const QUuid &uuid) const
{
    for (const Measure &standing : measures) {
        if (standing.uuid == uuid)
            return &standing;
    }
    return nullptr;
}

QVector<Deadline> ProjectFigures::milestonesWithin(int days) const
{
    QVector<Deadline> within;
    const QDate last = day.addDays(days);
    for (const Deadline &milestone : upcomingMilestones) {
        if (milestone.by() <= last)
            within.append(milestone);
    }
    return within;
}

QVector<QUuid> ProjectFigures::measuresOf(const QVector<Domain::StatusUpdate> &updates) const
{
    QSet<QUuid> named;
    for (const Domain::StatusUpdate &update : updates)
        named.insert(update.measureUuid);
    QVector<QUuid> result;
    for (const Measure &standing : measures) {
        if (named.contains(standing.uuid))
            result.append(standing.uuid);
    }
    return result;
}

} // namespace Overview
