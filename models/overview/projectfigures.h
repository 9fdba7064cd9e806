#pragma once

#include "models/domain/portfolio.h"
#include "models/domain/rules.h"
#include "models/overview/deadline.h"
#include "models/overview/settings.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUuid>
#include <QVector>

#include <array>
#include <optional>

namespace Overview {

// Where one project stands on one day: every figure its overview, its row of the portfolio,
// the status command and the reports show, computed here once from the project's values and
// the domain's rules (rules.h), so that no two of them can disagree. A plain value: it holds no
// reference to the bundle it was computed from.
//
// Every figure that counts measures keeps the measures it counts (their UUIDs, in the project's
// order), so that a view can show the list behind the number. Measures are counted as follows:
// byStatus and byRag count every measure (a cancelled one is not rated, so byRag[None] holds
// it too); rollup counts the measures that are not cancelled, as the roll-up rules do; notRated
// is the measures that are not cancelled and have no light (Rollup::notRated).
struct ProjectFigures
{
    enum class Phase {
        Undated,     // the project's start or end is not known
        BeforeStart, // the day is before the project's start
        Running,     // from its start to its end, both included
        AfterEnd,    // the day is after the project's end
    };

    // One measure as the rules see it on the day.
    struct Measure
    {
        QUuid uuid;
        QString title;
        Domain::Status status = Domain::Status::Planned;
        std::optional<int> progress;
        Domain::PlanDate plannedStart;
        Domain::PlanDate plannedEnd;
        Domain::MeasureRating rating;
        QString reason; // Explanation::ofMeasure()
        bool overdue = false;
        bool stale = false;
        QDateTime lastUpdate; // the latest status update about it up to the day; null: none

        // Whether, on day, it has gone days without a status update: open, started (or
        // undated), and its last update (if any) from the day days ago or earlier. stale is
        // this for the figures' day and staleDays; a filter asks it for other numbers of days.
        bool isStale(QDate day, int days) const;
    };

    // A goal with the roll-up of the measures that serve it or any of its sub-goals.
    struct Goal
    {
        QUuid uuid;
        QUuid parent;
        int depth = 0; // 0 for a main goal
        QString text;
        Domain::Rollup rollup;
        QVector<QUuid> measures; // each counted once, in the project's order
    };

    // An organisation with the measures it carries in the project.
    struct Organisation
    {
        QUuid uuid;
        QString name;
        QVector<QUuid> responsible;   // measures it is responsible for
        QVector<QUuid> participating; // measures it takes part in
        QVector<QUuid> overdue;       // of those it is responsible for, the overdue ones
    };

    // The project's progress on a day, by its status log: the mean of the progress the log last
    // gave each measure up to then (completed counts 100; cancelled measures are left out).
    struct ProgressPoint
    {
        QDate date;
        int progress = 0;
    };

    // organisationNames: the names of the organisations the bundle refers to, by UUID.
    static ProjectFigures of(const Domain::ProjectBundle &bundle,
                             const QHash<QUuid, QString> &organisationNames,
                             const Settings &settings);

    Domain::Project project;
    QDate day;
    int staleDays = Settings::DefaultStaleDays;
    // Set by whoever rebuilt the project as of an earlier day (Overview::Source) when the
    // project came into this database only after that day: when it did. Null otherwise.
    QDateTime recordedFrom;
    Phase phase = Phase::Undated;
    // The first day after `day` on which the project's portfolio row could come out otherwise
    // (RowHorizon); null when no later day changes it.
    QDate rowUntil;

    Domain::Rollup rollup;        // light (rollUpProject), progress, measures counted, not rated
    Domain::ProjectRating rating; // which rule decided the light
    QVector<Measure> measures;    // every measure, in the project's order
    std::array<QVector<QUuid>, 5> byStatus; // indexed by Domain::Status
    std::array<QVector<QUuid>, 4> byRag;    // indexed by Domain::Rag
    QVector<QUuid> overdue;
    QVector<QUuid> stale;    // open, started (or undated), without a status update for staleDays
    QVector<QUuid> notRated; // not cancelled, and no light

    QVector<Goal> goals; // pre-order, as the project lists them

    QVector<Deadline> upcomingMilestones; // open, due within Settings::FarDays, soonest first
    QVector<Deadline> overdueMilestones;  // open and past, oldest first
    std::optional<Deadline> nextDeadline; // the soonest open milestone, measure end or activity

    // Open: flagged in the latest status update about its measure (or about the project as a
    // whole), up to the day. Newest first.
    QVector<Domain::StatusUpdate> decisionsNeeded;
    QVector<Domain::StatusUpdate> deviations;
    QDateTime lastUpdate; // the latest status update of the project, up to the day; null: none
    QVector<ProgressPoint> progressOverTime;

    QVector<Domain::Risk> topRisks;      // at most Settings::TopRiskCount, highest score first
    QVector<Organisation> organisations; // participants first, in their order, then the others

    const QVector<QUuid> &withStatus(Domain::Status status) const
    {
        return byStatus[size_t(status)];
    }
    const QVector<QUuid> &withRag(Domain::Rag rag) const { return byRag[size_t(rag)]; }
    const Measure *measure(const QUuid &uuid) const;
    // The milestones of upcomingMilestones due within the given number of days from the day.
    QVector<Deadline> milestonesWithin(int days) const;
    // The measures the given status updates are about, each once, in the project's order.
    QVector<QUuid> measuresOf(const QVector<Domain::StatusUpdate> &updates) const;
};

} // namespace Overview
