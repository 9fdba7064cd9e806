#pragma once

#include "models/domain/changeevent.h"
#include "models/domain/entitykind.h"
#include "models/domain/portfolio.h"
#include "models/domain/removal.h"
#include "models/domain/result.h"

#include <QUuid>
#include <QVector>

#include <optional>

namespace Domain {

// As a position: after the last one of the list.
inline constexpr int AtEnd = -1;

// How deep goals nest: a main goal is level 1. Deeper trees could not be exchanged (the
// exchange format's limit, Exchange::MaxGoalDepth), so none is stored.
inline constexpr int MaxGoalDepth = 16;

// Where an entity sat before a move: its parent goal (goals only; null for a main goal) and its
// place among its siblings. Moving it back there undoes the move exactly.
struct Place
{
    QUuid parent;
    int position = 0;
};

// A status update recorded or withdrawn, with what it did to what it is about: the measure
// (when it names one) or else the project, as stored before and after the call (equal when it
// changed nothing of it).
struct StatusChange
{
    StatusUpdate update; // as stored (recorded), or as it was (withdrawn)
    std::optional<Measure> measureBefore;
    std::optional<Measure> measureAfter;
    std::optional<Project> projectBefore;
    std::optional<Project> projectAfter;
};

// Creating, changing, moving and removing every entity, for the window and its undo commands.
//
// Entities are addressed by UUID. A new entity brings its own UUID, so that undo and redo can
// create the same entity again. Every call is one transaction: all of it is stored, recorded in
// the change history and committed, or nothing is. A call that breaks a rule
// (Domain::validate, or a rule below) is refused with Error::Kind::Invalid; one that names what
// does not exist (any more) with NotFound.
//
// Versions: an update names the version it read, and one that finds another version is refused
// with Error::Kind::Conflict, a message saying who changed it when, and nothing written; the
// reads by UUID below give what is stored now, to show beside one's own edit. A version covers
// what that entity's update writes: a measure's version goes up when its activities are added,
// removed or reordered (its update writes that list) or its links change; a goal's with its
// indicators. Where an entity sits in its list (and a goal's parent) is no part of its version:
// moves and the renumbering of siblings leave versions alone, so nobody's copy goes stale for
// it. Updates never move: a goal's parentUuid is written by createGoal and moveGoal only.
//
// Positions: every list (participants, members, goals of a project in pre-order, indicators of
// a goal, measures, activities of a measure, milestones, risks, budget lines) holds the places
// 0..n-1 after every call; a position beyond the end, or AtEnd, means the end.
class EditRepository
{
public:
    virtual ~EditRepository() = default;

    // --- create: each returns the entity as stored, with its key and version
    virtual Result<Organisation> createOrganisation(const Organisation &organisation) = 0;
    virtual Result<KnowledgeSource> createKnowledgeSource(const KnowledgeSource &source) = 0;
    // A project with its own fields and knowledge sources; what is in it is created by the calls
    // below.
    virtual Result<Project> createProject(const Project &project) = 0;
    virtual Result<Participant> createParticipant(const QUuid &project,
                                                  const Participant &participant,
                                                  int position = AtEnd) = 0;
    virtual Result<Member> createMember(const QUuid &project, const Member &member,
                                        int position = AtEnd) = 0;
    // A main goal (null parentUuid) or a sub-goal of parentUuid, a goal of the same project, at
    // position among its siblings; with its indicators.
    virtual Result<Goal> createGoal(const QUuid &project, const Goal &goal,
                                    int position = AtEnd) = 0;
    virtual Result<Indicator> createIndicator(const QUuid &goal, const Indicator &indicator,
                                              int position = AtEnd) = 0;
    // With its links (goals of the same project, organisations, knowledge sources) and
    // activities.
    virtual Result<Measure> createMeasure(const QUuid &project, const Measure &measure,
                                          int position = AtEnd) = 0;
    virtual Result<Activity> createActivity(const QUuid &measure, const Activity &activity,
                                            int position = AtEnd) = 0;
    // measureUuid, when set, names a measure of the same project.
    virtual Result<Milestone> createMilestone(const QUuid &project, const Milestone &milestone,
                                              int position = AtEnd) = 0;
    virtual Result<Risk> createRisk(const QUuid &project, const Risk &risk,
                                    int position = AtEnd) = 0;
    virtual Result<BudgetLine> createBudgetLine(const QUuid &project, const BudgetLine &line,
                                                int position = AtEnd) = 0;

    // --- update: each stores the entity's fields if entity.version is still the stored one,
    // and returns it as stored (a new version when anything changed; nothing is written when
    // nothing did)
    virtual Result<Organisation> updateOrganisation(const Organisation &organisation) = 0;
    virtual Result<KnowledgeSource> updateKnowledgeSource(const KnowledgeSource &source) = 0;
    virtual Result<Project> updateProject(const Project &project) = 0;
    virtual Result<Participant> updateParticipant(const Participant &participant) = 0;
    virtual Result<Member> updateMember(const Member &member) = 0;
    // The text and the indicators (added, changed, removed, reordered), as updateMeasure does
    // with activities.
    virtual Result<Goal> updateGoal(const Goal &goal) = 0;
    virtual Result<Indicator> updateIndicator(const Indicator &indicator) = 0;
    // Fields, links and activities (added, changed, removed, reordered).
    virtual Result<Measure> updateMeasure(const Measure &measure) = 0;
    virtual Result<Activity> updateActivity(const Activity &activity) = 0;
    virtual Result<Milestone> updateMilestone(const Milestone &milestone) = 0;
    // The log entry's own words (time, author, text, flags). What it did (its measure, new
    // status and progress) is history: refused as Invalid; record a new status update instead.
    virtual Result<StatusUpdate> updateStatusUpdate(const StatusUpdate &update) = 0;
    virtual Result<Risk> updateRisk(const Risk &risk) = 0;
    virtual Result<BudgetLine> updateBudgetLine(const BudgetLine &line) = 0;

    // --- move: returns where it was before
    // A goal, with its sub-goals and indicators, under parent (null: a main goal) at position
    // among parent's sub-goals. Refused as Invalid when parent is the goal or one of its
    // sub-goals, is a goal of another project, or when the tree would grow deeper than
    // MaxGoalDepth.
    virtual Result<Place> moveGoal(const QUuid &goal, const QUuid &parent, int position) = 0;
    // A participant, member, indicator, measure, activity, milestone, risk or budget line to
    // position in its list. Other kinds are refused as Invalid.
    virtual Result<Place> move(EntityKind kind, const QUuid &uuid, int position) = 0;

    // --- status updates
    // Appends update to the log of project (about the measure update.measureUuid, or the
    // project as a whole) and, in the same transaction, sets its newStatus and newProgress on
    // that measure (or its newStatus on the project), provided it is still at expectedVersion
    // (checked only when the update changes it). A completed measure needs 100 % (validation);
    // a project has no progress of its own (it is rolled up): refused as Invalid.
    virtual Result<StatusChange>
    recordStatusUpdate(const QUuid &project, const StatusUpdate &update, int expectedVersion) = 0;
    // Removes the status update that recorded returned and puts back the status and progress
    // it replaced, provided they are still what it set (Conflict otherwise: someone changed
    // them since; other changes of the measure meanwhile are kept). For undoing a status
    // update; recording it again (same UUID) redoes it.
    virtual Result<StatusChange> withdrawStatusUpdate(const StatusChange &recorded) = 0;

    // --- remove and restore
    // Removes the entity, provided it is still at expectedVersion, with everything that hangs on
    // it, and returns all of it for restore(). A project goes with everything in it; a goal
    // with its sub-goals and indicators, and measures stop serving them; a measure with its
    // activities and status updates, and milestones of it become milestones of the project.
    // An organisation or knowledge source still referred to anywhere is refused as Invalid,
    // with a message naming where: it is shared by the portfolio, and its removal would reach
    // into other projects.
    virtual Result<Removal> remove(EntityKind kind, const QUuid &uuid, int expectedVersion) = 0;
    // Puts back what removal took: the same UUIDs, keys (where no other row took one meanwhile),
    // versions, fields and places, and the references of the entities that stay (those get a
    // new version; one removed or re-pointed by someone else meanwhile is left as it is). Refused
    // with Conflict when an entity of it is stored again, NotFound when what it belongs to (its
    // project, parent goal, measure) is gone.
    virtual Result<void> restore(const Removal &removal) = 0;

    // --- reads
    // The status log newest first: of the project, its own entries and its measures'; of one
    // measure.
    virtual Result<QVector<StatusUpdate>> projectStatusLog(const QUuid &project) = 0;
    virtual Result<QVector<StatusUpdate>> measureStatusLog(const QUuid &measure) = 0;

    // What is stored now, by UUID: after a Conflict, the version someone else saved, to show
    // beside one's own. NotFound when it has been removed.
    virtual Result<Organisation> organisation(const QUuid &uuid) = 0;
    virtual Result<KnowledgeSource> knowledgeSource(const QUuid &uuid) = 0;
    virtual Result<Project> project(const QUuid &uuid) = 0;
    virtual Result<Participant> participant(const QUuid &uuid) = 0;
    virtual Result<Member> member(const QUuid &uuid) = 0;
    virtual Result<Goal> goal(const QUuid &uuid) = 0;
    virtual Result<Indicator> indicator(const QUuid &uuid) = 0;
    virtual Result<Measure> measure(const QUuid &uuid) = 0;
    virtual Result<Activity> activity(const QUuid &uuid) = 0;
    virtual Result<Milestone> milestone(const QUuid &uuid) = 0;
    virtual Result<StatusUpdate> statusUpdate(const QUuid &uuid) = 0;
    virtual Result<Risk> risk(const QUuid &uuid) = 0;
    virtual Result<BudgetLine> budgetLine(const QUuid &uuid) = 0;
    // Who last changed or removed it, and when: after a Conflict, to say who got there first.
    // Nothing when the history has no such event of it.
    virtual Result<std::optional<LastChange>> lastChange(const QUuid &uuid) = 0;
};

} // namespace Domain
