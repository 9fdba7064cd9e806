#pragma once

#include "models/domain/editrepository.h"

namespace Storage {

class Database;
class EntityWriter;
namespace Readers {
struct Location;
}

// Domain::EditRepository on SQL, for SQLite and PostgreSQL alike. Every call that writes is one
// Transaction with one EntityWriter (and so one change set in the history), tried again as a
// whole when PostgreSQL reports a serialization failure or deadlock (retried()). Lists are kept
// 0..n-1 by ListPositions; removals and restores are EntityRemover's. Errors name the entity
// and what was not done ("The measure "Hospitering" was not saved: ...").
class SqlEditRepository : public Domain::EditRepository
{
public:
    explicit SqlEditRepository(Database &database)
        : m_database(database)
    {}

    Domain::Result<Domain::Organisation>
    createOrganisation(const Domain::Organisation &organisation) override;
    Domain::Result<Domain::KnowledgeSource>
    createKnowledgeSource(const Domain::KnowledgeSource &source) override;
    Domain::Result<Domain::Project> createProject(const Domain::Project &project) override;
    Domain::Result<Domain::Participant> createParticipant(const QUuid &project,
                                                          const Domain::Participant &participant,
                                                          int position) override;
    Domain::Result<Domain::Member> createMember(const QUuid &project, const Domain::Member &member,
                                                int position) override;
    Domain::Result<Domain::Goal> createGoal(const QUuid &project, const Domain::Goal &goal,
                                            int position) override;
    Domain::Result<Domain::Indicator>
    createIndicator(const QUuid &goal, const Domain::Indicator &indicator, int position) override;
    Domain::Result<Domain::Measure>
    createMeasure(const QUuid &project, const Domain::Measure &measure, int position) override;
    Domain::Result<Domain::Activity>
    createActivity(const QUuid &measure, const Domain::Activity &activity, int position) override;
    Domain::Result<Domain::Milestone> createMilestone(const QUuid &project,
                                                      const Domain::Milestone &milestone,
                                                      int position) override;
    Domain::Result<Domain::Risk> createRisk(const QUuid &project, const Domain::Risk &risk,
                                            int position) override;
    Domain::Result<Domain::BudgetLine>
    createBudgetLine(const QUuid &project, const Domain::BudgetLine &line, int position) override;

    Domain::Result<Domain::Organisation>
    updateOrganisation(const Domain::Organisation &organisation) override;
    Domain::Result<Domain::KnowledgeSource>
    updateKnowledgeSource(const Domain::KnowledgeSource &source) override;
    Domain::Result<Domain::Project> updateProject(const Domain::Project &project) override;
    Domain::Result<Domain::Participant>
    updateParticipant(const Domain::Participant &participant) override;
    Domain::Result<Domain::Member> updateMember(const Domain::Member &member) override;
    Domain::Result<Domain::Goal> updateGoal(const Domain::Goal &goal) override;
    Domain::Result<Domain::Indicator> updateIndicator(const Domain::Indicator &indicator) override;
    Domain::Result<Domain::Measure> updateMeasure(const Domain::Measure &measure) override;
    Domain::Result<Domain::Activity> updateActivity(const Domain::Activity &activity) override;
    Domain::Result<Domain::Milestone> updateMilestone(const Domain::Milestone &milestone) override;
    Domain::Result<Domain::StatusUpdate>
    updateStatusUpdate(const Domain::StatusUpdate &update) override;
    Domain::Result<Domain::Risk> updateRisk(const Domain::Risk &risk) override;
    Domain::Result<Domain::BudgetLine> updateBudgetLine(const Domain::BudgetLine &line) override;

    Domain::Result<Domain::Place> moveGoal(const QUuid &goal, const QUuid &parent,
                                           int position) override;
    Domain::Result<Domain::Place> move(Domain::EntityKind kind, const QUuid &uuid,
                                       int position) override;

    Domain::Result<Domain::StatusChange> recordStatusUpdate(const QUuid &project,
                                                            const Domain::StatusUpdate &update,
                                                            int expectedVersion) override;
    Domain::Result<Domain::StatusChange>
    withdrawStatusUpdate(const Domain::StatusChange &recorded) override;

    Domain::Result<Domain::Removal> remove(Domain::EntityKind kind, const QUuid &uuid,
                                           int expectedVersion) override;
    Domain::Result<void> restore(const Domain::Removal &removal) override;

    Domain::Result<QVector<Domain::StatusUpdate>> projectStatusLog(const QUuid &project) override;
    Domain::Result<QVector<Domain::StatusUpdate>> measureStatusLog(const QUuid &measure) override;

    Domain::Result<Domain::Organisation> organisation(const QUuid &uuid) override;
    Domain::Result<Domain::KnowledgeSource> knowledgeSource(const QUuid &uuid) override;
    Domain::Result<Domain::Project> project(const QUuid &uuid) override;
    Domain::Result<Domain::Participant> participant(const QUuid &uuid) override;
    Domain::Result<Domain::Member> member(const QUuid &uuid) override;
    Domain::Result<Domain::Goal> goal(const QUuid &uuid) override;
    Domain::Result<Domain::Indicator> indicator(const QUuid &uuid) override;
    Domain::Result<Domain::Measure> measure(const QUuid &uuid) override;
    Domain::Result<Domain::Activity> activity(const QUuid &uuid) override;
    Domain::Result<Domain::Milestone> milestone(const QUuid &uuid) override;
    Domain::Result<Domain::StatusUpdate> statusUpdate(const QUuid &uuid) override;
    Domain::Result<Domain::Risk> risk(const QUuid &uuid) override;
    Domain::Result<Domain::BudgetLine> budgetLine(const QUuid &uuid) override;
    Domain::Result<std::optional<Domain::LastChange>> lastChange(const QUuid &uuid) override;

private:
    // What a failed call did not do, for its message.
    enum class Operation { Create, Save, Move, Remove, Restore, Record, Withdraw };

    // Runs work(writer) in one transaction and commits it, tried again when Transient; then
    // reads the result back. A failure is named by operation, kind and name (read after work
    // ran, so that work may set it to the stored name).
    template <typename T, typename Work, typename ReadBack>
    Domain::Result<T> write(Operation operation, Domain::EntityKind kind, const QString &name,
                            Work work, ReadBack readBack);
    Domain::Result<Readers::Location> located(Domain::EntityKind kind, const QUuid &uuid);
    // The entity of kind with uuid, found in the list read(location) of where it is stored.
    template <typename T, typename Read>
    Domain::Result<T> find(Domain::EntityKind kind, const QUuid &uuid, Read read);
    // Creates an entity in a project's list at position; insert(writer, project, place).
    template <typename T, typename Insert, typename ReadBack>
    Domain::Result<T> createInProject(Domain::EntityKind kind, const QUuid &project,
                                      const QString &name, int position, Insert insert,
                                      ReadBack readBack);
    // Updates an entity where it is stored: update(writer, stored, location), with stored read
    // by read in the transaction, and read again after it.
    template <typename T, typename Update>
    Domain::Result<T> updateStored(Domain::EntityKind kind, const T &changed,
                                   Domain::Result<T> (SqlEditRepository::*read)(const QUuid &),
                                   Update update);

    Database &m_database;
};

} // namespace Storage
