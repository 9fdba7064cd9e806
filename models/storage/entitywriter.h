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
//
// Every entity is checked with Domain::validate before it is written. The updates write what
// differs between the stored entity and the changed one, provided the stored version is still
// changed.version, and write nothing when nothing differs. Where an entity sits (the owner and
// position given, a goal's parent) is kept as stored: ListPositions moves entities.
class EntityWriter
{
public:
    explicit EntityWriter(Database &database);

    ChangeWriter &changes() { return m_changes; }

    // While set, inserted entities keep the key and version they carry (id, version): for
    // putting back what a removal took (ChangeWriter::Kept).
    void setKeepKeys(bool keep) { m_keepKeys = keep; }

    // The key of the row of table with this uuid (0 when there is none), cached.
    Domain::Result<qint64> resolve(const Table &table, const QUuid &uuid);

    // Organisations and knowledge sources are shared by the portfolio: with KeepStored, one that
    // another program stored meanwhile is kept as stored, and a null Ref comes back.
    Domain::Result<Ref>
    insertOrganisation(const Domain::Organisation &organisation,
                       ChangeWriter::Duplicate duplicate = ChangeWriter::Duplicate::KeepStored);
    Domain::Result<Ref>
    insertKnowledgeSource(const Domain::KnowledgeSource &source,
                          ChangeWriter::Duplicate duplicate = ChangeWriter::Duplicate::KeepStored);
    Domain::Result<Ref> insertProject(const Domain::Project &project);
    // A whole project with everything in it. A project whose UUID is stored already is refused
    // (Conflict). Errors about the data are located by path ("projects[0].measures[2]: ...").
    Domain::Result<void> insertBundle(const Domain::ProjectBundle &bundle, const QString &path);
    Domain::Result<void> insertParticipant(const Domain::Participant &participant,
                                           const Ref &project, int position);
    Domain::Result<void> insertMember(const Domain::Member &member, const Ref &project,
                                      int position);
    // Goals must come in pre-order: a parent is inserted before its sub-goals.
    Domain::Result<void> insertGoal(const Domain::Goal &goal, const Ref &project, int position);
    Domain::Result<void> insertIndicator(const Domain::Indicator &indicator, const Ref &goal,
                                         int position);
    Domain::Result<Ref> insertMeasure(const Domain::Measure &measure, const Ref &project,
                                      int position);
    Domain::Result<void> insertActivity(const Domain::Activity &activity, const Ref &measure,
                                        int position);
    Domain::Result<void> insertMilestone(const Domain::Milestone &milestone, const Ref &project,
                                         int position);
    Domain::Result<void> insertStatusUpdate(const Domain::StatusUpdate &update, const Ref &project);
    Domain::Result<void> insertRisk(const Domain::Risk &risk, const Ref &project, int position);
    Domain::Result<void> insertBudgetLine(const Domain::BudgetLine &line, const Ref &project,
                                          int position);

    Domain::Result<void> updateOrganisation(const Domain::Organisation &stored,
                                            const Domain::Organisation &changed);
    Domain::Result<void> updateKnowledgeSource(const Domain::KnowledgeSource &stored,
                                               const Domain::KnowledgeSource &changed);
    // Fields and knowledge sources.
    Domain::Result<void> updateProject(const Domain::Project &stored,
                                       const Domain::Project &changed);
    Domain::Result<void> updateParticipant(const Domain::Participant &stored,
                                           const Domain::Participant &changed, const Ref &project,
                                           int position);
    Domain::Result<void> updateMember(const Domain::Member &stored, const Domain::Member &changed,
                                      const Ref &project, int position);
    // The text and the indicators (added, changed, removed, reordered).
    Domain::Result<void> updateGoal(const Domain::Goal &stored, const Domain::Goal &changed,
                                    const Ref &project, int position);
    Domain::Result<void> updateIndicator(const Domain::Indicator &stored,
                                         const Domain::Indicator &changed, const Ref &goal,
                                         int position);
    // Fields, links and activities (added, changed, removed, reordered).
    Domain::Result<void> updateMeasure(const Domain::Measure &stored,
                                       const Domain::Measure &changed, const Ref &project,
                                       int position);
    Domain::Result<void> updateActivity(const Domain::Activity &stored,
                                        const Domain::Activity &changed, const Ref &measure,
                                        int position);
    Domain::Result<void> updateMilestone(const Domain::Milestone &stored,
                                         const Domain::Milestone &changed, const Ref &project,
                                         int position);
    // The entry's own words; its measure, new status and new progress are refused as Invalid.
    Domain::Result<void> updateStatusUpdate(const Domain::StatusUpdate &stored,
                                            const Domain::StatusUpdate &changed,
                                            const Ref &project);
    Domain::Result<void> updateRisk(const Domain::Risk &stored, const Domain::Risk &changed,
                                    const Ref &project, int position);
    Domain::Result<void> updateBudgetLine(const Domain::BudgetLine &stored,
                                          const Domain::BudgetLine &changed, const Ref &project,
                                          int position);

    // One kind of link from a measure or project to other entities (entitywriter.cpp).
    struct LinkKind;

private:
    Domain::Result<Ref> reference(const Table &table, const QUuid &uuid, const QString &what);
    // A measure of the given project, for a milestone or status update to refer to.
    Domain::Result<Ref> measureOf(const Ref &project, const QUuid &measure);
    Domain::Result<qint64> projectOfGoal(const QUuid &goal); // 0: no such goal
    template <typename Entity>
    std::optional<ChangeWriter::Kept> kept(const Entity &entity) const;
    template <typename Entity>
    Domain::Result<void> updateRow(const Table &table, const Entity &stored, const Entity &changed,
                                   const Row &before, const Row &after);
    Domain::Result<void> writeLinks(const Domain::Measure *stored, const Domain::Measure &changed,
                                    const Ref &measure, const Ref &project);
    Domain::Result<void> replaceLinks(const LinkKind &kind, const Ref &owner,
                                      const QVector<QUuid> &before, const QVector<QUuid> &after);
    // The parts of an owner (a measure's activities, a goal's indicators) from stored to
    // changed: inserted, updated (each checked against its own version), removed, renumbered.
    template <typename Part>
    Domain::Result<void>
    writeParts(const Table &table, Row (*rowOf)(const Part &, const Ref &, int),
               const QVector<Part> &stored, const QVector<Part> &changed, const Ref &owner);

    Database &m_database;
    ChangeWriter m_changes;
    bool m_keepKeys = false;
    QHash<QString, QHash<QUuid, qint64>> m_keys;
    QHash<QUuid, qint64> m_goalProjects;    // the project of each goal met so far
    QHash<QUuid, qint64> m_measureProjects; // and of each measure
};

} // namespace Storage
