#pragma once

#include "models/domain/portfolio.h"
#include "models/domain/result.h"
#include "models/storage/changewriter.h"

#include <QHash>
#include <QUuid>

namespace Storage {

class Database;

// Writes whole entities, resolving the UUID references of the domain to the keys of the
// tables, and keeping the change history through one ChangeWriter. Used inside a Transaction
// by the repositories that write. Internal to storage.
class EntityWriter
{
public:
    explicit EntityWriter(Database &database);

    ChangeWriter &changes() { return m_changes; }

    // The key of the row of table with this uuid (0 when there is none), cached.
    Domain::Result<qint64> resolve(const Table &table, const QUuid &uuid);

    // Organisations and knowledge sources are shared by the portfolio: one that another program
    // stored meanwhile is kept as stored, and a null Ref comes back.
    Domain::Result<Ref> insertOrganisation(const Domain::Organisation &organisation);
    Domain::Result<Ref> insertKnowledgeSource(const Domain::KnowledgeSource &source);
    Domain::Result<Ref> insertProject(const Domain::Project &project);
    Domain::Result<void> insertParticipant(const Domain::Participant &participant,
                                           const Ref &project, int position);
    Domain::Result<void> insertMember(const Domain::Member &member, const Ref &project,
                                      int position);
    // Goals must come in pre-order: a parent is inserted before its sub-goals.
    Domain::Result<void> insertGoal(const Domain::Goal &goal, const Ref &project, int position);
    Domain::Result<Ref> insertMeasure(const Domain::Measure &measure, const Ref &project,
                                      int position);
    Domain::Result<void> insertMilestone(const Domain::Milestone &milestone, const Ref &project,
                                         int position);
    Domain::Result<void> insertStatusUpdate(const Domain::StatusUpdate &update, const Ref &project);
    Domain::Result<void> insertRisk(const Domain::Risk &risk, const Ref &project, int position);
    Domain::Result<void> insertBudgetLine(const Domain::BudgetLine &line, const Ref &project,
                                          int position);

    // Writes what differs between stored and changed (fields, knowledge sources) and bumps the
    // project's version, provided the stored version is still changed.version.
    Domain::Result<void> updateProject(const Domain::Project &stored,
                                       const Domain::Project &changed);

    // Writes what differs between stored and changed (fields, links, activities) and bumps
    // the measure's version, provided the stored version is still changed.version. When
    // nothing differs, nothing is written.
    Domain::Result<void> updateMeasure(const Domain::Measure &stored,
                                       const Domain::Measure &changed, const Ref &project,
                                       int position);

    // One kind of link from a measure or project to other entities (entitywriter.cpp).
    struct LinkKind;

private:
    Domain::Result<Ref> reference(const Table &table, const QUuid &uuid, const QString &what);
    Domain::Result<qint64> projectOfGoal(const QUuid &goal); // 0: no such goal
    Domain::Result<void> writeLinks(const Domain::Measure *stored, const Domain::Measure &changed,
                                    const Ref &measure, const Ref &project);
    Domain::Result<void> replaceLinks(const LinkKind &kind, const Ref &owner,
                                      const QVector<QUuid> &before, const QVector<QUuid> &after);
    Domain::Result<void> writeActivities(const QVector<Domain::Activity> &stored,
                                         const QVector<Domain::Activity> &changed,
                                         const Ref &measure);

    Database &m_database;
    ChangeWriter m_changes;
    QHash<QString, QHash<QUuid, qint64>> m_keys;
    QHash<QUuid, qint64> m_goalProjects; // the project of each goal met so far
};

} // namespace Storage
