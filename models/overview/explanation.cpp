#include "models/overview/explanation.h"

namespace Overview {
namespace {

QString dayText(QDate date)
{
    return Domain::PlanDate::day(date).toText();
}

} // namespace

QString Explanation::ofMeasure(const Domain::Measure &measure, const Domain::MeasureRating &rating,
                               QDate day)
{
    switch (rating.rule) {
    case Domain::MeasureRule::Cancelled:
        return tr("cancelled");
    case Domain::MeasureRule::Completed:
        return tr("completed");
    case Domain::MeasureRule::Overdue:
        return tr("overdue: the planned end (%1) has passed").arg(measure.plannedEnd.toText());
    case Domain::MeasureRule::Postponed:
        return tr("postponed");
    case Domain::MeasureRule::NotStarted:
        return tr("still planned, but its planned start (%1) has passed")
            .arg(measure.plannedStart.toText());
    case Domain::MeasureRule::BehindSchedule:
        return tr("behind schedule: %1 % done where %2 % was expected by now")
            .arg(measure.progress.value_or(0))
            .arg(Domain::expectedProgress(measure, day).value_or(0));
    case Domain::MeasureRule::ActivityOverdue:
        for (const Domain::Activity &activity : measure.activities) {
            if (Domain::isOverdue(activity, day)) {
                return tr("an activity is overdue: \"%1\" (due %2)")
                    .arg(activity.title, activity.due.toText());
            }
        }
        break;
    case Domain::MeasureRule::NothingToRate:
        return tr("no progress assessed and no dates");
    case Domain::MeasureRule::OnTrack:
        return tr("on track");
    }
    return {};
}

QStringList Explanation::ofMeasures(const ProjectFigures &figures, const QVector<QUuid> &measures,
                                    Domain::Rag combined)
{
    int rated = 0;
    int red = 0;
    int notRated = 0;
    int counted = 0;
    QHash<int, int> byRule;
    for (const QUuid &uuid : measures) {
        const ProjectFigures::Measure *standing = figures.measure(uuid);
        if (!standing || standing->rating.rule == Domain::MeasureRule::Cancelled)
            continue;
        ++counted;
        byRule[int(standing->rating.rule)] += 1;
        if (standing->rating.rag == Domain::Rag::None) {
            ++notRated;
            continue;
        }
        ++rated;
        if (standing->rating.rag == Domain::Rag::Red)
            ++red;
    }
    const auto count = [&byRule](Domain::MeasureRule rule) { return byRule.value(int(rule)); };

    QStringList reasons;
    if (counted == 0)
        return {tr("no measures to rate")};
    if (rated == 0)
        return {tr("none of its %n measure(s) can be rated yet", nullptr, counted)};
    if (combined == Domain::Rag::Red)
        reasons.append(
            tr("%1 of %n rated measure(s) red (a third or more)", nullptr, rated).arg(red));
    if (int n = count(Domain::MeasureRule::Overdue))
        reasons.append(tr("%n measure(s) overdue", nullptr, n));
    if (int n = count(Domain::MeasureRule::Postponed))
        reasons.append(tr("%n measure(s) postponed", nullptr, n));
    if (int n = count(Domain::MeasureRule::NotStarted))
        reasons.append(tr("%n measure(s) not started after the planned start", nullptr, n));
    if (int n = count(Domain::MeasureRule::BehindSchedule))
        reasons.append(tr("%n measure(s) behind schedule", nullptr, n));
    if (int n = count(Domain::MeasureRule::ActivityOverdue))
        reasons.append(tr("%n measure(s) with an overdue activity", nullptr, n));
    if (combined == Domain::Rag::Green)
        reasons.append(tr("all %n rated measure(s) on track or completed", nullptr, rated));
    if (notRated > 0)
        reasons.append(tr("%n measure(s) not rated", nullptr, notRated));
    return reasons;
}

QStringList Explanation::ofProject(const ProjectFigures &figures)
{
    QVector<QUuid> all;
    for (const ProjectFigures::Measure &standing : figures.measures)
        all.append(standing.uuid);
    const Domain::Project &project = figures.project;
    switch (figures.rating.rule) {
    case Domain::ProjectRule::Completed:
        return {tr("the project is completed")};
    case Domain::ProjectRule::Cancelled:
        return {tr("the project is cancelled")};
    case Domain::ProjectRule::Overdue:
        return QStringList{tr("the project's planned end (%1) has passed, and it is not "
                              "completed")
                               .arg(dayText(project.end))} +
               ofMeasures(figures, all, Domain::Rag::None);
    case Domain::ProjectRule::Postponed:
        return QStringList{tr("the project is postponed")} +
               ofMeasures(figures, all, Domain::Rag::None);
    case Domain::ProjectRule::NotStarted:
        return QStringList{tr("the project is still planned after its start (%1)")
                               .arg(dayText(project.start))} +
               ofMeasures(figures, all, Domain::Rag::None);
    case Domain::ProjectRule::Measures:
        break;
    }
    return ofMeasures(figures, all, figures.rollup.rag);
}

QStringList Explanation::ofGoal(const ProjectFigures &figures, const ProjectFigures::Goal &goal)
{
    return ofMeasures(figures, goal.measures, goal.rollup.rag);
}

QStringList Explanation::attention(const ProjectFigures &figures)
{
    QStringList items;
    if (!figures.decisionsNeeded.isEmpty())
        items.append(tr("%n decision(s) needed", nullptr, int(figures.decisionsNeeded.size())));
    if (!figures.deviations.isEmpty())
        items.append(tr("%n deviation(s)", nullptr, int(figures.deviations.size())));
    if (!figures.overdueMilestones.isEmpty()) {
        items.append(tr("%n milestone(s) overdue", nullptr, int(figures.overdueMilestones.size())));
    }
    return items;
}

QString Explanation::summary(const ProjectFigures &figures)
{
    return (ofProject(figures) + attention(figures)).join(QStringLiteral("; "));
}

QString Explanation::phase(const ProjectFigures &figures)
{
    switch (figures.phase) {
    case ProjectFigures::Phase::Undated:
        return tr("the project's period is not known");
    case ProjectFigures::Phase::BeforeStart:
        return tr("before the project's start (%1)").arg(dayText(figures.project.start));
    case ProjectFigures::Phase::Running:
        return tr("while the project runs (%1 – %2)")
            .arg(dayText(figures.project.start), dayText(figures.project.end));
    case ProjectFigures::Phase::AfterEnd:
        return tr("after the project's end (%1)").arg(dayText(figures.project.end));
    }
    return {};
}

} // namespace Overview
