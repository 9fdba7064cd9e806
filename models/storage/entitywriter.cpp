#include "models/storage/entitywriter.h"

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

Result<Ref> EntityWriter::insertOrganisation(const Domain::Organisation &organisation)
{
    if (auto valid = checked(organisation); !valid)
        return valid.error();
    m_changes.setProject({});
    auto id =
        m_changes.insert(Rows::Organisation, organisation.uuid, Rows::organisationRow(organisation),
                         ChangeWriter::Duplicate::KeepStored);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Ref{}; // stored meanwhile by another program; resolve() finds it
    m_keys[QLatin1String(Rows::Organisation.name)].insert(organisation.uuid, id.value());
    return Ref{id.value(), organisation.uuid};
}

Result<Ref> EntityWriter::insertKnowledgeSource(const Domain::KnowledgeSource &source)
{
    if (auto valid = checked(source); !valid)
        return valid.error();
    m_changes.setProject({});
    auto id = m_changes.insert(Rows::KnowledgeSource, source.uuid, Rows::knowledgeSourceRow(source),
                               ChangeWriter::Duplicate::KeepStored);
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
    auto id = m_changes.insert(Rows::Project, project.uuid, Rows::projectRow(project));
    if (!id)
        return id.error();
    const Ref ref{id.value(), project.uuid};
    if (auto links = replaceLinks(projectSources(), ref, {}, project.knowledgeSourceUuids); !links)
        return links.error();
    return ref;
}

Result<void> EntityWriter::updateProject(const Domain::Project &stored,
                                         const Domain::Project &changed)
{
    if (auto valid = checked(changed); !valid)
        return valid;
    const Row before = Rows::projectRow(stored);
    const Row after = Rows::projectRow(changed);
    if (!ChangeWriter::differs(before, after))
        return {}; // nothing to save: no write, no new version to conflict with
    m_changes.setProject(stored.uuid);
    if (auto updated = m_changes.update(Rows::Project, stored.id.value, stored.uuid,
                                        changed.version, before, after);
        !updated)
        return updated;
    return replaceLinks(projectSources(), Ref{stored.id.value, stored.uuid},
                        stored.knowledgeSourceUuids, changed.knowledgeSourceUuids);
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
    auto id = m_changes.insert(
        Rows::Participant, participant.uuid,
        Rows::participantRow(participant, project, organisation.value(), position));
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
                               Rows::memberRow(member, project, organisation.value(), position));
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
                               Rows::goalRow(goal, project, parent.value(), position));
    if (!id)
        return id.error();
    m_keys[QLatin1String(Rows::Goal.name)].insert(goal.uuid, id.value());
    m_goalProjects.insert(goal.uuid, project.id);
    const Ref goalRef{id.value(), goal.uuid};
    for (int i = 0; i < goal.indicators.size(); ++i) {
        const Domain::Indicator &indicator = goal.indicators.at(i);
        auto inserted = m_changes.insert(Rows::Indicator, indicator.uuid,
                                         Rows::indicatorRow(indicator, goalRef, i));
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<Ref> EntityWriter::insertMeasure(const Domain::Measure &measure, const Ref &project,
                                        int position)
{
    if (auto valid = checked(measure); !valid)
        return valid.error();
    auto id =
        m_changes.insert(Rows::Measure, measure.uuid, Rows::measureRow(measure, project, position));
    if (!id)
        return id.error();
    const Ref measureRef{id.value(), measure.uuid};
    m_keys[QLatin1String(Rows::Measure.name)].insert(measure.uuid, id.value());
    if (auto links = writeLinks(nullptr, measure, measureRef, project); !links)
        return links.error();
    if (auto activities = writeActivities({}, measure.activities, measureRef); !activities)
        return activities.error();
    return measureRef;
}

Result<void> EntityWriter::insertMilestone(const Domain::Milestone &milestone, const Ref &project,
                                           int position)
{
    if (auto valid = checked(milestone); !valid)
        return valid;
    auto measure = reference(Rows::Measure, milestone.measureUuid, Text::tr("the measure"));
    if (!measure)
        return measure.error();
    auto id = m_changes.insert(Rows::Milestone, milestone.uuid,
                               Rows::milestoneRow(milestone, project, measure.value(), position));
    return id ? Result<void>() : Result<void>(id.error());
}

Result<void> EntityWriter::insertStatusUpdate(const Domain::StatusUpdate &update,
                                              const Ref &project)
{
    if (auto valid = checked(update); !valid)
        return valid;
    auto measure = reference(Rows::Measure, update.measureUuid, Text::tr("the measure"));
    if (!measure)
        return measure.error();
    auto id = m_changes.insert(Rows::StatusUpdate, update.uuid,
                               Rows::statusUpdateRow(update, project, measure.value()));
    return id ? Result<void>() : Result<void>(id.error());
}

Result<void> EntityWriter::insertRisk(const Domain::Risk &risk, const Ref &project, int position)
{
    if (auto valid = checked(risk); !valid)
        return valid;
    auto id = m_changes.insert(Rows::Risk, risk.uuid, Rows::riskRow(risk, project, position));
    return id ? Result<void>() : Result<void>(id.error());
}

Result<void> EntityWriter::insertBudgetLine(const Domain::BudgetLine &line, const Ref &project,
                                            int position)
{
    if (auto valid = checked(line); !valid)
        return valid;
    auto id =
        m_changes.insert(Rows::BudgetLine, line.uuid, Rows::budgetLineRow(line, project, position));
    return id ? Result<void>() : Result<void>(id.error());
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
    const auto sameActivities = [&] {
        if (stored.activities.size() != changed.activities.size())
            return false;
        for (int i = 0; i < changed.activities.size(); ++i) {
            if (stored.activities.at(i).uuid != changed.activities.at(i).uuid ||
                ChangeWriter::differs(Rows::activityRow(stored.activities.at(i), measureRef, i),
                                      Rows::activityRow(changed.activities.at(i), measureRef, i))) {
                return false;
            }
        }
        return true;
    };
    // The rows carry the links too.
    if (!ChangeWriter::differs(before, after) && sameActivities())
        return {}; // nothing to save: no write, no new version to conflict with

    m_keys[QLatin1String(Rows::Measure.name)].insert(stored.uuid, stored.id.value);
    auto updated = m_changes.update(Rows::Measure, stored.id.value, stored.uuid, changed.version,
                                    before, after);
    if (!updated)
        return updated;
    if (auto links = writeLinks(&stored, changed, measureRef, project); !links)
        return links;
    return writeActivities(stored.activities, changed.activities, measureRef);
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

Result<void> EntityWriter::writeActivities(const QVector<Domain::Activity> &stored,
                                           const QVector<Domain::Activity> &changed,
                                           const Ref &measure)
{
    QHash<QUuid, const Domain::Activity *> storedByUuid;
    for (const Domain::Activity &activity : stored)
        storedByUuid.insert(activity.uuid, &activity);
    QHash<QUuid, int> storedPosition;
    for (int i = 0; i < stored.size(); ++i)
        storedPosition.insert(stored.at(i).uuid, i);

    QSet<QUuid> kept;
    for (int position = 0; position < changed.size(); ++position) {
        const Domain::Activity &activity = changed.at(position);
        kept.insert(activity.uuid);
        const Domain::Activity *previous = storedByUuid.value(activity.uuid);
        if (!previous) {
            auto inserted = m_changes.insert(Rows::Activity, activity.uuid,
                                             Rows::activityRow(activity, measure, position));
            if (!inserted)
                return inserted.error();
            continue;
        }
        const Row before =
            Rows::activityRow(*previous, measure, storedPosition.value(activity.uuid));
        const Row after = Rows::activityRow(activity, measure, position);
        if (!ChangeWriter::differs(before, after))
            continue;
        auto updated = m_changes.update(Rows::Activity, previous->id.value, activity.uuid,
                                        previous->version, before, after);
        if (!updated)
            return updated;
    }
    for (int i = 0; i < stored.size(); ++i) {
        const Domain::Activity &activity = stored.at(i);
        if (kept.contains(activity.uuid))
            continue;
        auto removed = m_changes.remove(Rows::Activity, activity.id.value, activity.uuid,
                                        Rows::activityRow(activity, measure, i));
        if (!removed)
            return removed;
    }
    return {};
}

} // namespace Storage
