#include "models/overview/rowhorizon.h"

#include "models/domain/rules.h"
#include "models/overview/localday.h"

namespace Overview {
namespace {

// The first day after `day` on which a measure in progress falls behind schedule, when it is
// not behind on `day` already: expected progress only grows with the day, so the first such day
// is found by halving the days to its planned end (after which it is overdue anyway).
QDate behindFrom(const Domain::Measure &measure, QDate day)
{
    if (measure.status != Domain::Status::InProgress || !measure.progress ||
        !measure.plannedStart.isValid() || !measure.plannedEnd.isValid()) {
        return {};
    }
    const auto behind = [&measure](QDate on) {
        const std::optional<int> expected = Domain::expectedProgress(measure, on);
        return expected && *measure.progress + Domain::BehindScheduleMargin < *expected;
    };
    QDate last = measure.plannedEnd.last();
    if (behind(day) || last <= day || !behind(last))
        return {};
    QDate first = day.addDays(1); // behind(last), and the answer lies in [first, last]
    while (first < last) {
        const QDate middle = first.addDays(first.daysTo(last) / 2);
        if (behind(middle))
            last = middle;
        else
            first = middle.addDays(1);
    }
    return first;
}

class Horizon
{
public:
    explicit Horizon(QDate day)
        : m_day(day)
    {}

    void take(QDate date)
    {
        if (date.isValid() && date > m_day)
            m_until = RowHorizon::earlier(m_until, date);
    }
    // The day after each end of a planned date: a date counts as passed from then.
    void take(const Domain::PlanDate &date)
    {
        if (date.isValid()) {
            take(date.first().addDays(1));
            take(date.last().addDays(1));
        }
    }
    QDate until() const { return m_until; }

private:
    QDate m_day;
    QDate m_until;
};

} // namespace

QDate RowHorizon::of(const Domain::ProjectBundle &bundle, QDate day)
{
    Horizon horizon(day);
    if (bundle.project.start.isValid())
        horizon.take(bundle.project.start.addDays(1));
    if (bundle.project.end.isValid())
        horizon.take(bundle.project.end.addDays(1));
    for (const Domain::Measure &measure : bundle.measures) {
        horizon.take(measure.plannedStart);
        horizon.take(measure.plannedEnd);
        horizon.take(measure.actualStart);
        horizon.take(measure.actualEnd);
        for (const Domain::Activity &activity : measure.activities)
            horizon.take(activity.due);
        horizon.take(behindFrom(measure, day));
    }
    for (const Domain::Milestone &milestone : bundle.milestones)
        horizon.take(milestone.date);
    const QDateTime end = LocalDay::end(day);
    for (const Domain::StatusUpdate &update : bundle.statusUpdates) {
        if (update.recordedAt > end)
            horizon.take(shownFrom(update.recordedAt, day));
    }
    return horizon.until();
}

QDate RowHorizon::shownFrom(const QDateTime &at, QDate day)
{
    // A day is at most a day away from UTC's in any time zone.
    const QDate shown = at.toUTC().date().addDays(-1);
    return shown > day ? shown : day.addDays(1);
}

QDate RowHorizon::earlier(QDate a, QDate b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace Overview
