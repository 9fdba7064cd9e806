#pragma once

#include "models/domain/portfolio.h"

#include <QDate>
#include <QHash>
#include <QUuid>
#include <QVector>

#include <optional>

namespace Domain {

// The follow-up rules. Each takes "today" explicitly so that an overview can be computed as of
// any date, and so that tests are independent of the clock. The README states the same rules.

// How far (in percentage points) an in-progress measure may trail the progress its planned
// period implies before it turns amber.
inline constexpr int BehindScheduleMargin = 25;

// Overdue: the planned end (or due date) has passed and the work is neither completed nor
// cancelled. A date known only to the month, quarter, half-year or year has passed after its
// last day: "høsten 2012" is overdue from 2013-01-01. Undated work is never overdue.
bool isOverdue(const Measure &measure, QDate today);
bool isOverdue(const Activity &activity, QDate today);
bool isOverdue(const Milestone &milestone, QDate today);
bool isOverdue(const Project &project, QDate today);

// The progress a measure should have reached by today if it advanced evenly from the first day
// of its planned start to the last day of its planned end. Empty when either is missing.
std::optional<int> expectedProgress(const Measure &measure, QDate today);

// Traffic light of one measure, first matching rule wins:
//   cancelled                                              -> none
//   completed                                              -> green
//   overdue                                                -> red
//   postponed                                              -> amber
//   planned, but the first day of its planned start passed -> amber
//   progress trails expectedProgress by more than margin   -> amber
//   an activity is overdue                                 -> amber
//   no progress assessed and no date at all                -> none (not rated)
//   otherwise                                              -> green
Rag ragOf(const Measure &measure, QDate today);

// Which of ragOf()'s rules gave a measure its light, in the order they are tried, so that a
// light can say why it has its colour; ragOf() is rateMeasure().rag.
enum class MeasureRule {
    Cancelled,       // none
    Completed,       // green
    Overdue,         // red
    Postponed,       // amber
    NotStarted,      // amber: planned, but the first day of its planned start passed
    BehindSchedule,  // amber
    ActivityOverdue, // amber
    NothingToRate,   // none: no progress assessed and no date at all
    OnTrack,         // green
};

struct MeasureRating
{
    Rag rag = Rag::None;
    MeasureRule rule = MeasureRule::NothingToRate;
};

MeasureRating rateMeasure(const Measure &measure, QDate today);

// Combines ratings (goal, project): ratings of none are left out; with nothing left -> none;
// a third or more red -> red; any red or amber -> amber; otherwise green.
Rag combineRag(const QVector<Rag> &ratings);

// Status of a goal or a project, rolled up from its measures.
struct Rollup
{
    Rag rag = Rag::None;
    std::optional<int> progress; // mean progress of assessed, non-cancelled measures
    int measureCount = 0;        // non-cancelled measures counted
    int notRated = 0;            // of those, the ones no light could be given (ragOf: none)
};

// Rolls up the given measures: rag combined from ragOf() of each, progress the rounded mean
// over those whose progress is known (a completed measure counts 100). Cancelled measures are
// left out of both.
Rollup rollUp(const QVector<const Measure *> &measures, QDate today);

// For each goal: the roll-up of the measures linked to it or to any of its sub-goals, each
// measure counted once.
QHash<QUuid, Rollup> rollUpGoals(const QVector<Goal> &goals, const QVector<Measure> &measures,
                                 QDate today);

// For the project: completed -> green, cancelled -> none; otherwise the roll-up of all its
// measures, made red when the project itself is overdue, at least amber when it is postponed or
// still planned after its start date; not rated (none) when nothing in it is rated.
Rollup rollUpProject(const Project &project, const QVector<Measure> &measures, QDate today);

// Which of rollUpProject()'s rules decided a project's light: one of the project's own, or
// (Measures) the combination of its measures' lights.
enum class ProjectRule {
    Completed,  // green
    Cancelled,  // none
    Overdue,    // red: the project's end has passed
    Postponed,  // at least amber
    NotStarted, // at least amber: still planned after its start date
    Measures,   // the measures' lights combined (combineRag)
};

struct ProjectRating
{
    Rag rag = Rag::None;
    ProjectRule rule = ProjectRule::Measures;
};

// The light of a project whose measures combine to `measures`; rollUpProject() uses it.
// Postponed and NotStarted are the rule only where they raise the light: a project whose
// measures are red already is red by its measures.
ProjectRating rateProject(const Project &project, Rag measures, QDate today);

} // namespace Domain
