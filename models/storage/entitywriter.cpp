#include "models/storage/entitywriter.h"

#include "models/domain/text.h"
#include "models/domain/validation.h"
#include "models/storage/database.h"
#include "models/storage/entityreaders.h"
#include "models/storage/entityrows.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/statement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Storage {
namespace {

using Domain::Error;
using Domain::Result;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::EntityWriter)
};

template <typename Entity>
Result<void> checked(const Entity &entity)
{
    const Domain::Violations violations = Domain::validate(entity);
    if (violations.isEmpty())
        return {};
    return Error{Error::Kind::Invalid, Domain::describe(violations)};
}

QString at(const char *list, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

// An error of the entity at path, in the exchange format's "path: what" form. Only an error of
// the data itself is about that entity: a full disk or a failed connection is not.
Error located(const QString &path, const Error &error)
{
    if (error.kind != Error::Kind::Invalid && error.kind != Error::Kind::Conflict)
        return error;
    return Error{error.kind, path + QStringLiteral(": ") + error.message};
}

// Writes each item of items with write(item, index); stops at the first failure, named by path.
template <typename T, typename Write>
Result<void> writeEach(const QVector<T> &items, const QString &path, const char *list, Write write)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (auto written = write(items.at(i), int(i)); !written)
            return located(path + QLatin1Char('.') + at(list, i), written.error());
    }
    return {};
}

// Whether two lists of parts (activities, indicators) are the same parts with the same fields
// in the same order.
template <typename Part>
bool sameParts(Row (*rowOf)(const Part &, const Ref &, int), const QVector<Part> &stored,
               const QVector<Part> &changed, const Ref &owner)
{
    if (stored.size() != changed.size())
        return false;
    for (int i = 0; i < changed.size(); ++i) {
        if (stored.at(i).uuid != changed.at(i).uuid ||
            ChangeWriter::differs(rowOf(stored.at(i), owner, i), rowOf(changed.at(i), owner, i)))
            return false;
    }
    return true;
}

} // namespace

// One kind of link from a measure to other entities. responsibility distinguishes the two
// kinds that share measure_organisation.
struct EntityWriter::LinkKind
{
    const char *table;
    const char *targetColumn;
    const Table *target;
    const char *historyField;
    const char *responsibility = nullptr;
    const char *ownerColumn = "measure_id";
};

namespace {

// The knowledge sources a project as a whole refers to (the article about it, say).
const EntityWriter::LinkKind &projectSources()
{
    static const EntityWriter::LinkKind kind{"project_knowledge_source",
                                             "knowledge_source_id",
                                             &Rows::KnowledgeSource,
                                             "knowledgeSources",
                                             nullptr,
                                             "project_id"};
    return kind;
}

} // namespace

EntityWriter::EntityWriter(Database &database)
    : m_database(database)
    , m_changes(database)
{}

template <typename Entity>
std::optional<ChangeWriter::Kept> EntityWriter::kept(const Entity &entity) const
{
    if (!m_keepKeys)
        return std::nullopt;
    return ChangeWriter::Kept{entity.id.value, entity.version};
}

Result<qint64> EntityWriter::resolve(const Table &table, const QUuid &uuid)
{
    if (uuid.isNull())
        return qint64(0);
    QHash<QUuid, qint64> &keys = m_keys[QLatin1String(table.name)];
    if (const auto found = keys.constFind(uuid); found != keys.cend())
        return found.value();
    auto key = Readers::idOf(m_database.connection(), table, uuid);
    if (key && key.value() > 0)
        keys.insert(uuid, key.value());
    return key;
}

Result<Ref> EntityWriter::reference(const Table &table, const QUuid &uuid, const QString &what)
{
    if (uuid.isNull())
        return Ref{};
    auto key = resolve(table, uuid);
    if (!key)
        return key.error();
    if (key.value() == 0) {
        return Error{Error::Kind::Invalid, Text::tr("refers to %1 %2, which does not exist")
                                               .arg(what, uuid.toString(QUuid::WithoutBraces))};
    }
    return Ref{key.value(), uuid};
}

Result<Ref> EntityWriter::measureOf(const Ref &project, const QUuid &measure)
{
    auto ref = reference(Rows::Measure, measure, Text::tr("the measure"));
    if (!ref || measure.isNull())
        return ref;
    qint64 owner = m_measureProjects.value(measure, 0);
    if (owner == 0) {
        auto query =
            m_changes.statement(QStringLiteral("SELECT project_id FROM measure WHERE id = ?"));
        if (!query)
            return query.error();
        Statement &select = *query.value();
        select.bind(0, ref->id);
        if (auto done = select.run(); !done)
            return done.error();
        owner = select.next() ? select.value(0).toLongLong() : 0;
        select.finish();
        m_measureProjects.insert(measure, owner);
    }
    if (owner != project.id) {
        return Error{Error::Kind::Invalid, Text::tr("measure: %1 is not a measure of this project")
                                               .arg(measure.toString(QUuid::WithoutBraces))};
    }
    return ref;
}

Result<Ref> EntityWriter::insertOrganisation(const Domain::Organisation &organisation,
                                             ChangeWriter::Duplicate duplicate)
{
    if (auto valid = checked(organisation); !valid)
        return valid.error();
    m_changes.setProject({});
    auto id = m_changes.insert(Rows::Organisation, organisation.uuid,
                               Rows::organisationRow(organisation), duplicate, kept(organisation));
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Ref{}; // stored meanwhile by another program; resolve() finds it
    m_keys[QLatin1String(Rows::Organisation.name)].insert(organisation.uuid, id.value());
    return Ref{id.value(), organisation.uuid};
}

Result<Ref> EntityWriter::insertKnowledgeSource(const Domain::KnowledgeSource &source,
                                                ChangeWriter::Duplicate duplicate)
{
    if (auto valid = checked(source); !valid)
        return valid.error();
    m_changes.setProject({});
    auto id = m_changes.insert(Rows::KnowledgeSource, source.uuid, Rows::knowledgeSourceRow(source),
                               duplicate, kept(source));
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Ref{}; // stored meanwhile by another program; resolve() finds it
    m_keys[QLatin1String(Rows::KnowledgeSource.name)].insert(source.uuid, id.value());
    return Ref{id.value(), source.uuid};
}

Result<Ref> EntityWriter::insertProject(const Domain::Project &project)
{
    if (auto valid = checked(project); !valid)
        return valid.error();
    m_changes.setProject(project.uuid);
    auto id = m_changes.insert(Rows::Project, project.uuid, Rows::projectRow(project),
                               ChangeWriter::Duplicate::Refuse, kept(project));
    if (!id)
        return id.error();
    const Ref ref{id.value(), project.uuid};
    m_keys[QLatin1String(Rows::Project.name)].insert(project.uuid, id.value());
    if (auto links = replaceLinks(projectSources(), ref, {}, project.knowledgeSourceUuids); !links)
        return links.error();
    return ref;
}

Result<void> EntityWriter::insertBundle(const Domain::ProjectBundle &bundle, const QString &path)
{
    auto existing = resolve(Rows::Project, bundle.project.uuid);
    if (!existing)
        return existing.error();
    if (existing.value() != 0) {
        // Said by imports first: their context keeps the translation.
        return Error{Error::Kind::Conflict,
                     path + QStringLiteral(".uuid: ") +
                         QCoreApplication::translate("Storage::SqlPortfolioRepository",
                                                     "the project %1 (%2) is already in this "
                                                     "database")
                             .arg(Domain::quoted(bundle.project.name),
                                  bundle.project.uuid.toString(QUuid::WithoutBraces))};
    }
    auto project = insertProject(bundle.project);
    if (!project)
        return located(path, project.error());
    const Ref ref = project.value();

    if (auto done = writeEach(bundle.participants, path, "participants",
                              [&](const Domain::Participant &item, int i) {
                                  return insertParticipant(item, ref, i);
                              });
        !done)
        return done;
    if (auto done = writeEach(
            bundle.members, path, "members",
            [&](const Domain::Member &item, int i) { return insertMember(item, ref, i); });
        !done)
        return done;
    if (auto done =
            writeEach(bundle.goals, path, "goals",
                      [&](const Domain::Goal &item, int i) { return insertGoal(item, ref, i); });
        !done)
        return done;
    if (auto done = writeEach(bundle.measures, path, "measures",
                              [&](const Domain::Measure &item, int i) -> Result<void> {
                                  auto inserted = insertMeasure(item, ref, i);
                                  return inserted ? Result<void>() : inserted.error();
                              });
        !done)
        return done;
    if (auto done = writeEach(
            bundle.milestones, path, "milestones",
            [&](const Domain::Milestone &item, int i) { return insertMilestone(item, ref, i); });
        !done)
        return done;
    if (auto done = writeEach(
            bundle.statusUpdates, path, "statusUpdates",
            [&](const Domain::StatusUpdate &item, int) { return insertStatusUpdate(item, ref); });
        !done)
        return done;
    if (auto done =
            writeEach(bundle.risks, path, "risks",
                      [&](const Domain::Risk &item, int i) { return insertRisk(item, ref, i); });
        !done)
        return done;
    return writeEach(
        bundle.budgetLines, path, "budgetLines",
        [&](const Domain::BudgetLine &item, int i) { return insertBudgetLine(item, ref, i); });
}

Result<void> EntityWriter::insertParticipant(const Domain::Participant &participant,
                                             const Ref &project, int position)
{
    if (auto valid = checked(participant); !valid)
        return valid;
    auto organisation =
        reference(Rows::Organisation, participant.organisationUuid, Text::tr("the organisation"));
    if (!organisation)
        return organisation.error();
    auto id =
        m_changes.insert(Rows::Participant, participant.uuid,
                         Rows::participantRow(participant, project, organisation.value(), position),
                         ChangeWriter::Duplicate::Refuse, kept(participant));
    return id ? Result<void>() : Result<void>(id.error());
}

Result<void> EntityWriter::insertMember(const Domain::Member &member, const Ref &project,
                                        int position)
{
    if (auto valid = checked(member); !valid)
        return valid;
    auto organisation =
        reference(Rows::Organisation, member.organisationUuid, Text::tr("the organisation"));
    if (!organisation)
        return organisation.error();
    auto id = m_changes.insert(Rows::Member, member.uuid,
                               Rows::memberRow(member, project, organisation.value(), position),
                               ChangeWriter::Duplicate::Refuse, kept(member));
    return id ? Result<void>() : Result<void>(id.error());
}

Result<void> EntityWriter::insertGoal(const Domain::Goal &goal, const Ref &project, int position)
{
    if (auto valid = checked(goal); !valid)
        return valid;
    auto parent = reference(Rows::Goal, goal.parentUuid, Text::tr("the goal"));
    if (!parent)
        return parent.error();
    auto id = m_changes.insert(Rows::Goal, goal.uuid,
                               Rows::goalRow(goal, project, parent.value(), position),
                               ChangeWriter::Duplicate::Refuse, kept(goal));
    if (!id)
        return id.error();
    m_keys[QLatin1String(Rows::Goal.name)].insert(goal.uuid, id.value());
    m_goalProjects.insert(goal.uuid, project.id);
    const Ref goalRef{id.value(), goal.uuid};
    for (int i = 0; i < goal.indicators.size(); ++i) {
        if (auto inserted = insertIndicator(goal.indicators.at(i), goalRef, i); !inserted)
            return inserted;
    }
    return {};
}

Result<void> EntityWriter::insertIndicator(const Domain::Indicator &indicator, const Ref &goal,
                                           int position)
{
    if (auto valid = checked(indicator); !valid)
        return valid;
    auto id = m_changes.insert(Rows::Indicator, indicator.uuid,
                               Rows::indicatorRow(indicator, goal, position),
                               ChangeWriter::Duplicate::Refuse, kept(indicator));
    return id ? Result<void>() : Result<void>(id.error());
}

Result<Ref> EntityWriter::insertMeasure(const Domain::Measure &measure, const Ref &project,
                                        int position)
{
    if (auto valid = checked(measure); !valid)
        return valid.error();
    auto id =
        m_changes.insert(Rows::Measure, measure.uuid, Rows::measureRow(measure, project, position),
                         ChangeWriter::Duplicate::Refuse, kept(measure));
    if (!id)
        return id.error();
    const Ref measureRef{id.value(), measure.uuid};
    m_keys[QLatin1String(Rows::Measure.name)].insert(measure.uuid, id.value());
    m_measureProjects.insert(measure.uuid, project.id);
    if (auto links = writeLinks(nullptr, measure, measureRef, project); !links)
        return links.error();
    if (auto activities =
            writeParts(Rows::Activity, &Rows::activityRow, {}, measure.activities, measureRef);
        !activities)
        return activities.error();
    return measureRef;
}

Result<void> EntityWriter::insertActivity(const Domain::Activity &activity, const Ref &measure,
                                          int position)
{
    if (auto valid = checked(activity); !valid)
        return valid;
    auto id = m_changes.insert(Rows::Activity, activity.uuid,
                               Rows::activityRow(activity, measure, position),
                               ChangeWriter::Duplicate::Refuse, kept(activity));
    return id ? Result<void>() : Result<void>(id.error());
}

Result<void> EntityWriter::insertMilestone(const Domain::Milestone &milestone, const Ref &project,
                                           int position)
{
    if (auto valid = checked(milestone); !valid)
        return valid;
    auto measure = measureOf(project, milestone.measureUuid);
    if (!measure)
        return measure.error();
    auto id = m_changes.insert(Rows::Milestone, milestone.uuid,
                               Rows::milestoneRow(milestone, project, measure.value(), position),
                               ChangeWriter::Duplicate::Refuse, kept(milestone));
    return id ? Result<void>() : Result<void>(id.error());
}

Result<void> EntityWriter::insertStatusUpdate(const Domain::StatusUpdate &update,
                                              const Ref &project)
{
    if (auto valid = checked(update); !valid)
        return valid;
    auto measure = measureOf(project, update.measureUuid);
    if (!measure)
        return measure.error();
    auto id = m_changes.insert(Rows::StatusUpdate, update.uuid,
                               Rows::statusUpdateRow(update, project, measure.value()),
                               ChangeWriter::Duplicate::Refuse, kept(update));
    return id ? Result<void>() : Result<void>(id.error());
}

Result<void> EntityWriter::insertRisk(const Domain::Risk &risk, const Ref &project, int position)
{
    if (auto valid = checked(risk); !valid)
        return valid;
    auto id = m_changes.insert(Rows::Risk, risk.uuid, Rows::riskRow(risk, project, position),
                               ChangeWriter::Duplicate::Refuse, kept(risk));
    return id ? Result<void>() : Result<void>(id.error());
}

Result<void> EntityWriter::insertBudgetLine(const Domain::BudgetLine &line, const Ref &project,
                                            int position)
{
    if (auto valid = checked(line); !valid)
        return valid;
    auto id =
        m_changes.insert(Rows::BudgetLine, line.uuid, Rows::budgetLineRow(line, project, position),
                         ChangeWriter::Duplicate::Refuse, kept(line));
    return id ? Result<void>() : Result<void>(id.error());
}

template <typename Entity>
Result<void> EntityWriter::updateRow(const Table &table, const Entity &stored,
                                     const Entity &changed, const Row &before, const Row &after)
{
    if (auto valid = checked(changed); !valid)
        return valid;
    if (!ChangeWriter::differs(before, after))
        return {}; // nothing to save: no write, no new version to conflict with
    return m_changes.update(table, stored.id.value, stored.uuid, changed.version, before, after);
}

Result<void> EntityWriter::updateOrganisation(const Domain::Organisation &stored,
                                              const Domain::Organisation &changed)
{
    m_changes.setProject({});
    return updateRow(Rows::Organisation, stored, changed, Rows::organisationRow(stored),
                     Rows::organisationRow(changed));
}

Result<void> EntityWriter::updateKnowledgeSource(const Domain::KnowledgeSource &stored,
                                                 const Domain::KnowledgeSource &changed)
{
    m_changes.setProject({});
    return updateRow(Rows::KnowledgeSource, stored, changed, Rows::knowledgeSourceRow(stored),
                     Rows::knowledgeSourceRow(changed));
}

Result<void> EntityWriter::updateProject(const Domain::Project &stored,
                                         const Domain::Project &changed)
{
    m_changes.setProject(stored.uuid);
    if (auto updated = updateRow(Rows::Project, stored, changed, Rows::projectRow(stored),
                                 Rows::projectRow(changed));
        !updated)
        return updated;
    // The row carries the links; when nothing differed, both lists are equal and nothing is
    // written.
    return replaceLinks(projectSources(), Ref{stored.id.value, stored.uuid},
                        stored.knowledgeSourceUuids, changed.knowledgeSourceUuids);
}

Result<void> EntityWriter::updateParticipant(const Domain::Participant &stored,
                                             const Domain::Participant &changed, const Ref &project,
                                             int position)
{
    auto organisation =
        reference(Rows::Organisation, changed.organisationUuid, Text::tr("the organisation"));
    if (!organisation)
        return organisation.error();
    return updateRow(
        Rows::Participant, stored, changed,
        Rows::participantRow(stored, project, Ref{0, stored.organisationUuid}, position),
        Rows::participantRow(changed, project, organisation.value(), position));
}

Result<void> EntityWriter::updateMember(const Domain::Member &stored, const Domain::Member &changed,
                                        const Ref &project, int position)
{
    auto organisation =
        reference(Rows::Organisation, changed.organisationUuid, Text::tr("the organisation"));
    if (!organisation)
        return organisation.error();
    return updateRow(Rows::Member, stored, changed,
                     Rows::memberRow(stored, project, Ref{0, stored.organisationUuid}, position),
                     Rows::memberRow(changed, project, organisation.value(), position));
}

Result<void> EntityWriter::updateGoal(const Domain::Goal &stored, const Domain::Goal &changed,
                                      const Ref &project, int position)
{
    if (auto valid = checked(changed); !valid)
        return valid;
    const Ref goalRef{stored.id.value, stored.uuid};
    const Ref parent{0, stored.parentUuid}; // updates never move
    const Row before = Rows::goalRow(stored, project, parent, position);
    const Row after = Rows::goalRow(changed, project, parent, position);
    if (!ChangeWriter::differs(before, after) &&
        sameParts(&Rows::indicatorRow, stored.indicators, changed.indicators, goalRef))
        return {}; // nothing to save: no write, no new version to conflict with
    auto updated =
        m_changes.update(Rows::Goal, stored.id.value, stored.uuid, changed.version, before, after);
    if (!updated)
        return updated;
    return writeParts(Rows::Indicator, &Rows::indicatorRow, stored.indicators, changed.indicators,
                      goalRef);
}

Result<void> EntityWriter::updateIndicator(const Domain::Indicator &stored,
                                           const Domain::Indicator &changed, const Ref &goal,
                                           int position)
{
    return updateRow(Rows::Indicator, stored, changed, Rows::indicatorRow(stored, goal, position),
                     Rows::indicatorRow(changed, goal, position));
}

Result<void> EntityWriter::updateMeasure(const Domain::Measure &stored,
                                         const Domain::Measure &changed, const Ref &project,
                                         int position)
{
    if (auto valid = checked(changed); !valid)
        return valid;
    const Ref measureRef{stored.id.value, stored.uuid};
    const Row before = Rows::measureRow(stored, project, position);
    const Row after = Rows::measureRow(changed, project, position);
    // The rows carry the links too.
    if (!ChangeWriter::differs(before, after) &&
        sameParts(&Rows::activityRow, stored.activities, changed.activities, measureRef))
        return {}; // nothing to save: no write, no new version to conflict with

    m_keys[QLatin1String(Rows::Measure.name)].insert(stored.uuid, stored.id.value);
    auto updated = m_changes.update(Rows::Measure, stored.id.value, stored.uuid, changed.version,
                                    before, after);
    if (!updated)
        return updated;
    if (auto links = writeLinks(&stored, changed, measureRef, project); !links)
        return links;
    return writeParts(Rows::Activity, &Rows::activityRow, stored.activities, changed.activities,
                      measureRef);
}

Result<void> EntityWriter::updateActivity(const Domain::Activity &stored,
                                          const Domain::Activity &changed, const Ref &measure,
                                          int position)
{
    return updateRow(Rows::Activity, stored, changed, Rows::activityRow(stored, measure, position),
                     Rows::activityRow(changed, measure, position));
}

Result<void> EntityWriter::updateMilestone(const Domain::Milestone &stored,
                                           const Domain::Milestone &changed, const Ref &project,
                                           int position)
{
    auto measure = measureOf(project, changed.measureUuid);
    if (!measure)
        return measure.error();
    return updateRow(Rows::Milestone, stored, changed,
                     Rows::milestoneRow(stored, project, Ref{0, stored.measureUuid}, position),
                     Rows::milestoneRow(changed, project, measure.value(), position));
}

Result<void> EntityWriter::updateStatusUpdate(const Domain::StatusUpdate &stored,
                                              const Domain::StatusUpdate &changed,
                                              const Ref &project)
{
    // The log says what happened to the measure when; rewriting what an entry did would make
    // the log disagree with the measure's history.
    if (changed.measureUuid != stored.measureUuid || changed.newStatus != stored.newStatus ||
        changed.newProgress != stored.newProgress) {
        return Error{Error::Kind::Invalid,
                     Text::tr("what a status update did (its measure, new status and progress) "
                              "cannot be changed afterwards; record a new status update instead")};
    }
    const Ref measure{0, stored.measureUuid}; // never written: it stays
    return updateRow(Rows::StatusUpdate, stored, changed,
                     Rows::statusUpdateRow(stored, project, measure),
                     Rows::statusUpdateRow(changed, project, measure));
}

Result<void> EntityWriter::updateRisk(const Domain::Risk &stored, const Domain::Risk &changed,
                                      const Ref &project, int position)
{
    return updateRow(Rows::Risk, stored, changed, Rows::riskRow(stored, project, position),
                     Rows::riskRow(changed, project, position));
}

Result<void> EntityWriter::updateBudgetLine(const Domain::BudgetLine &stored,
                                            const Domain::BudgetLine &changed, const Ref &project,
                                            int position)
{
    return updateRow(Rows::BudgetLine, stored, changed,
                     Rows::budgetLineRow(stored, project, position),
                     Rows::budgetLineRow(changed, project, position));
}

Result<void> EntityWriter::writeLinks(const Domain::Measure *stored, const Domain::Measure &changed,
                                      const Ref &measure, const Ref &project)
{
    static const LinkKind goals{"measure_goal", "goal_id", &Rows::Goal, "goals"};
    static const LinkKind responsible{"measure_organisation", "organisation_id",
                                      &Rows::Organisation, "responsibleOrganisations",
                                      "responsible"};
    static const LinkKind participating{"measure_organisation", "organisation_id",
                                        &Rows::Organisation, "participatingOrganisations",
                                        "participating"};
    static const LinkKind sources{"measure_knowledge_source", "knowledge_source_id",
                                  &Rows::KnowledgeSource, "knowledgeSources"};

    // A measure may only serve goals of its own project.
    for (const QUuid &goal : changed.goalUuids) {
        auto owner = projectOfGoal(goal);
        if (!owner)
            return owner.error();
        if (owner.value() != project.id) {
            return Error{Error::Kind::Invalid, Text::tr("goals: %1 is not a goal of this project")
                                                   .arg(goal.toString(QUuid::WithoutBraces))};
        }
    }

    const Domain::Measure none;
    const Domain::Measure &before = stored ? *stored : none;
    if (auto done = replaceLinks(goals, measure, before.goalUuids, changed.goalUuids); !done)
        return done;
    if (auto done = replaceLinks(responsible, measure, before.responsibleOrganisationUuids,
                                 changed.responsibleOrganisationUuids);
        !done)
        return done;
    if (auto done = replaceLinks(participating, measure, before.participatingOrganisationUuids,
                                 changed.participatingOrganisationUuids);
        !done)
        return done;
    return replaceLinks(sources, measure, before.knowledgeSourceUuids,
                        changed.knowledgeSourceUuids);
}

Result<qint64> EntityWriter::projectOfGoal(const QUuid &goal)
{
    if (const auto known = m_goalProjects.constFind(goal); known != m_goalProjects.cend())
        return known.value();
    auto query = m_changes.statement(QStringLiteral("SELECT project_id FROM goal WHERE uuid = ?"));
    if (!query)
        return query.error();
    Statement &owner = *query.value();
    owner.bind(0, Sql::fromUuid(goal));
    if (auto done = owner.run(); !done)
        return done.error();
    const qint64 project = owner.next() ? owner.value(0).toLongLong() : 0;
    owner.finish();
    m_goalProjects.insert(goal, project);
    return project;
}

Result<void> EntityWriter::replaceLinks(const LinkKind &kind, const Ref &owner,
                                        const QVector<QUuid> &before, const QVector<QUuid> &after)
{
    if (before == after)
        return {};
    const QString table = QLatin1String(kind.table);
    const QString target = QLatin1String(kind.targetColumn);
    const QVariant responsibility =
        kind.responsibility ? QVariant(QString::fromLatin1(kind.responsibility)) : QVariant();
    if (!before.isEmpty()) {
        auto query = m_changes.statement(
            kind.responsibility
                ? QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND responsibility = ?")
                      .arg(table, QLatin1String(kind.ownerColumn))
                : QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                      .arg(table, QLatin1String(kind.ownerColumn)));
        if (!query)
            return query.error();
        Statement &deletion = *query.value();
        deletion.bind(0, owner.id);
        if (kind.responsibility)
            deletion.bind(1, responsibility);
        if (auto done = deletion.run(); !done)
            return done;
    }
    auto query = m_changes.statement(
        kind.responsibility ? QStringLiteral("INSERT INTO %1 (%3, %2, position, responsibility)"
                                             " VALUES (?, ?, ?, ?)")
                                  .arg(table, target, QLatin1String(kind.ownerColumn))
                            : QStringLiteral("INSERT INTO %1 (%3, %2, position) VALUES (?, ?, ?)")
                                  .arg(table, target, QLatin1String(kind.ownerColumn)));
    if (!query)
        return query.error();
    Statement &insertion = *query.value();
    for (int position = 0; position < after.size(); ++position) {
        const QUuid &uuid = after.at(position);
        if (after.indexOf(uuid) != position)
            continue; // a duplicate in the list links once
        auto key = resolve(*kind.target, uuid);
        if (!key)
            return key.error();
        if (key.value() == 0) {
            const QString what = kind.target == &Rows::Goal ? Text::tr("the goal")
                                 : kind.target == &Rows::Organisation
                                     ? Text::tr("the organisation")
                                     : Text::tr("the knowledge source");
            return Error{Error::Kind::Invalid,
                         QLatin1String(kind.historyField) + QStringLiteral(": ") +
                             Text::tr("refers to %1 %2, which does not exist")
                                 .arg(what, uuid.toString(QUuid::WithoutBraces))};
        }
        insertion.bind(0, owner.id);
        insertion.bind(1, key.value());
        insertion.bind(2, position);
        if (kind.responsibility)
            insertion.bind(3, responsibility);
        if (auto done = insertion.run(); !done)
            return done;
    }
    return {}; // the history records the links with the owner's row
}

template <typename Part>
Result<void> EntityWriter::writeParts(const Table &table,
                                      Row (*rowOf)(const Part &, const Ref &, int),
                                      const QVector<Part> &stored, const QVector<Part> &changed,
                                      const Ref &owner)
{
    QHash<QUuid, int> storedPosition;
    for (int i = 0; i < stored.size(); ++i)
        storedPosition.insert(stored.at(i).uuid, i);

    QSet<QUuid> kept;
    for (int position = 0; position < changed.size(); ++position) {
        const Part &part = changed.at(position);
        kept.insert(part.uuid);
        const auto previous = storedPosition.constFind(part.uuid);
        if (previous == storedPosition.cend()) {
            if (auto valid = checked(part); !valid)
                return valid;
            auto inserted = m_changes.insert(table, part.uuid, rowOf(part, owner, position),
                                             ChangeWriter::Duplicate::Refuse, this->kept(part));
            if (!inserted)
                return inserted.error();
            continue;
        }
        const Part &before = stored.at(previous.value());
        const Row beforeRow = rowOf(before, owner, previous.value());
        const Row afterRow = rowOf(part, owner, position);
        if (!ChangeWriter::differs(beforeRow, afterRow))
            continue;
        // Its place is no part of its version (a part moved by ListPositions keeps it); its
        // fields are: a copy older than the stored part cannot overwrite it.
        const bool moved = !ChangeWriter::differs(rowOf(before, owner, position), afterRow);
        auto written = moved
                           ? m_changes.move(table, before.id.value, part.uuid, beforeRow, afterRow)
                           : m_changes.update(table, before.id.value, part.uuid, part.version,
                                              beforeRow, afterRow);
        if (!written)
            return written;
    }
    for (int i = 0; i < stored.size(); ++i) {
        const Part &part = stored.at(i);
        if (kept.contains(part.uuid))
            continue;
        auto removed = m_changes.remove(table, part.id.value, part.uuid, rowOf(part, owner, i));
        if (!removed)
            return removed;
    }
    return {};
}

} // namespace Storage
