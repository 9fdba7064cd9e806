#include "models/storage/entityremover.h"

// The removing half of EntityRemover (entityrestore.cpp holds the other): what hangs on each
// kind of entity deleted dependents first and recorded, the references of entities that stay
// taken as their updates, and the shared entities refused while anything still uses them.

#include "models/domain/text.h"
#include "models/storage/database.h"
#include "models/storage/entityrows.h"
#include "models/storage/removalsupport.h"
#include "models/storage/sqlsupport.h"

#include <QSet>

#include <map>

namespace Storage {

namespace RemovalSupport {

Error settled(const Error &error)
{
    if (error.kind != Error::Kind::Conflict && error.kind != Error::Kind::NotFound)
        return error;
    return Error{Error::Kind::Transient,
                 Text::tr("Another program changed what hangs on it meanwhile; nothing was "
                          "changed.")};
}

Error malformed()
{
    return Error{Error::Kind::Invalid, Text::tr("There is nothing to put back.")};
}

} // namespace RemovalSupport

using namespace RemovalSupport;

namespace {

Error gone()
{
    return Error{Error::Kind::NotFound, Text::tr("It has been deleted by someone else.")};
}

// A reference to an entity by UUID alone: enough for the history's rows of a removal.
Ref byUuid(const QUuid &uuid)
{
    return Ref{0, uuid};
}

// What still refers to a shared entity, per project: "Prosjekt" (2 participants, 1 measure).
class Uses
{
public:
    enum Kind { Participant, Member, Measure, ProjectItself };

    void add(qint64 project, const QString &name, Kind kind, qint64 entity)
    {
        Project &uses = m_projects[project];
        uses.name = name;
        uses.entities[kind].insert(entity);
    }

    bool isEmpty() const { return m_projects.empty(); }

    QString describe() const
    {
        QStringList parts;
        for (const auto &[key, project] : m_projects) {
            QStringList uses;
            const auto count = [&project](Kind kind) { return int(project.entities[kind].size()); };
            if (count(Participant) > 0)
                uses.append(Text::tr("%n participant(s)", nullptr, count(Participant)));
            if (count(Member) > 0)
                uses.append(Text::tr("%n member(s)", nullptr, count(Member)));
            if (count(Measure) > 0)
                uses.append(Text::tr("%n measure(s)", nullptr, count(Measure)));
            if (count(ProjectItself) > 0)
                uses.append(Text::tr("the project itself"));
            parts.append(QStringLiteral("%1 (%2)").arg(Domain::quoted(project.name),
                                                       uses.join(QStringLiteral(", "))));
        }
        return Text::tr("it is still used in %1; take it out there first.")
            .arg(parts.join(QStringLiteral("; ")));
    }

private:
    struct Project
    {
        QString name;
        QSet<qint64> entities[4];
    };
    std::map<qint64, Project> m_projects; // in the order projects were stored
};

// The uses found by a query of (project key, project name, Uses::Kind, key of the user).
Result<Uses> usesOf(const QSqlDatabase &db, const QString &statement,
                    std::initializer_list<QVariant> values)
{
    auto query = Sql::run(db, statement, values);
    if (!query)
        return query.error();
    Uses uses;
    while (query->next()) {
        uses.add(query->value(0).toLongLong(), query->value(1).toString(),
                 Uses::Kind(query->value(2).toInt()), query->value(3).toLongLong());
    }
    return uses;
}

} // namespace

EntityRemover::EntityRemover(Database &database, EntityWriter &writer)
    : m_database(database)
    , m_writer(writer)
    , m_positions(writer.changes())
{}

Result<void> EntityRemover::drop(const Table &table, qint64 id, const QUuid &uuid, const Row &row,
                                 int expectedVersion, bool dependent)
{
    auto removed = m_writer.changes().remove(table, id, uuid, row, expectedVersion);
    if (!removed && dependent)
        return settled(removed.error());
    return removed;
}

Result<Removal> EntityRemover::remove(EntityKind kind, const QUuid &uuid, int expectedVersion)
{
    auto located = Readers::locate(m_database.connection(), Rows::of(kind), uuid);
    if (!located)
        return located.error();
    if (!located->has_value())
        return gone();
    const Location where = located->value();
    Removal removal;
    removal.kind = kind;
    removal.uuid = uuid;
    removal.projectUuid = where.project.uuid;
    removal.position = where.position;
    m_writer.changes().setProject(where.project.uuid);
    Result<void> done;
    switch (kind) {
    case EntityKind::Organisation:
        done = removeOrganisation(removal, where, expectedVersion);
        break;
    case EntityKind::KnowledgeSource:
        done = removeKnowledgeSource(removal, where, expectedVersion);
        break;
    case EntityKind::Project:
        done = removeProject(removal, where, expectedVersion);
        break;
    case EntityKind::Goal:
        done = removeGoal(removal, where, expectedVersion);
        break;
    case EntityKind::Measure:
        done = removeMeasure(removal, where, expectedVersion);
        break;
    case EntityKind::Indicator:
    case EntityKind::Activity:
        done = removePart(removal, where, expectedVersion);
        break;
    case EntityKind::Participant:
    case EntityKind::Member:
    case EntityKind::Milestone:
    case EntityKind::StatusUpdate:
    case EntityKind::Risk:
    case EntityKind::BudgetLine:
        done = removeFromProject(removal, where, expectedVersion);
        break;
    }
    if (!done)
        return done.error();
    return removal;
}

Result<void> EntityRemover::removeOrganisation(Removal &removal, const Location &where,
                                               int expectedVersion)
{
    const QSqlDatabase db = m_database.connection();
    auto organisations = Readers::organisations(db, where.id); // the one removed
    if (!organisations)
        return organisations.error();
    const qsizetype index = indexOf(organisations.value(), removal.uuid);
    if (index < 0)
        return gone();
    auto uses = usesOf(
        db,
        QStringLiteral(
            "SELECT p.id, p.name, 0, x.id FROM participant x JOIN project p ON p.id = x.project_id"
            " WHERE x.organisation_id = ?"
            " UNION ALL SELECT p.id, p.name, 1, x.id FROM member x"
            " JOIN project p ON p.id = x.project_id WHERE x.organisation_id = ?"
            " UNION ALL SELECT p.id, p.name, 2, m.id FROM measure_organisation l"
            " JOIN measure m ON m.id = l.measure_id JOIN project p ON p.id = m.project_id"
            " WHERE l.organisation_id = ?"),
        {where.id, where.id, where.id});
    if (!uses)
        return uses.error();
    if (!uses->isEmpty())
        return Error{Error::Kind::Invalid, uses->describe()};
    const Domain::Organisation &organisation = organisations->at(index);
    removal.organisation = organisation;
    return drop(Rows::Organisation, where.id, removal.uuid, Rows::organisationRow(organisation),
                expectedVersion, false);
}

Result<void> EntityRemover::removeKnowledgeSource(Removal &removal, const Location &where,
                                                  int expectedVersion)
{
    const QSqlDatabase db = m_database.connection();
    auto sources = Readers::knowledgeSources(db, where.id); // the one removed
    if (!sources)
        return sources.error();
    const qsizetype index = indexOf(sources.value(), removal.uuid);
    if (index < 0)
        return gone();
    auto uses = usesOf(
        db,
        QStringLiteral("SELECT p.id, p.name, 2, m.id FROM measure_knowledge_source l"
                       " JOIN measure m ON m.id = l.measure_id"
                       " JOIN project p ON p.id = m.project_id"
                       " WHERE l.knowledge_source_id = ?"
                       " UNION ALL SELECT p.id, p.name, 3, p.id FROM project_knowledge_source l"
                       " JOIN project p ON p.id = l.project_id"
                       " WHERE l.knowledge_source_id = ?"),
        {where.id, where.id});
    if (!uses)
        return uses.error();
    if (!uses->isEmpty())
        return Error{Error::Kind::Invalid, uses->describe()};
    const Domain::KnowledgeSource &source = sources->at(index);
    removal.knowledgeSource = source;
    return drop(Rows::KnowledgeSource, where.id, removal.uuid, Rows::knowledgeSourceRow(source),
                expectedVersion, false);
}

Result<void> EntityRemover::removeProject(Removal &removal, const Location &where,
                                          int expectedVersion)
{
    const QSqlDatabase db = m_database.connection();
    auto project = Readers::project(db, Domain::ProjectId{where.id});
    if (!project)
        return project.error();
    auto read = Readers::bundle(db, project.value());
    if (!read)
        return read.error();
    const Domain::ProjectBundle &bundle = read.value();
    const Ref ref = where.project;

    // What refers to others first: the log and milestones refer to measures, measures to goals
    // (their links go with them), sub-goals to their parents.
    for (const Domain::StatusUpdate &update : bundle.statusUpdates) {
        if (auto done = drop(Rows::StatusUpdate, update.id.value, update.uuid,
                             Rows::statusUpdateRow(update, ref, byUuid(update.measureUuid)),
                             update.version, true);
            !done)
            return done;
    }
    for (int i = 0; i < bundle.milestones.size(); ++i) {
        const Domain::Milestone &milestone = bundle.milestones.at(i);
        if (auto done = drop(Rows::Milestone, milestone.id.value, milestone.uuid,
                             Rows::milestoneRow(milestone, ref, byUuid(milestone.measureUuid), i),
                             milestone.version, true);
            !done)
            return done;
    }
    for (int i = 0; i < bundle.measures.size(); ++i) {
        const Domain::Measure &measure = bundle.measures.at(i);
        for (int j = 0; j < measure.activities.size(); ++j) {
            const Domain::Activity &activity = measure.activities.at(j);
            if (auto done = drop(Rows::Activity, activity.id.value, activity.uuid,
                                 Rows::activityRow(activity, byUuid(measure.uuid), j),
                                 activity.version, true);
                !done)
                return done;
        }
        if (auto done = drop(Rows::Measure, measure.id.value, measure.uuid,
                             Rows::measureRow(measure, ref, i), measure.version, true);
            !done)
            return done;
    }
    for (int i = int(bundle.goals.size()) - 1; i >= 0; --i) {
        const Domain::Goal &goal = bundle.goals.at(i);
        for (int j = 0; j < goal.indicators.size(); ++j) {
            const Domain::Indicator &indicator = goal.indicators.at(j);
            if (auto done = drop(Rows::Indicator, indicator.id.value, indicator.uuid,
                                 Rows::indicatorRow(indicator, byUuid(goal.uuid), j),
                                 indicator.version, true);
                !done)
                return done;
        }
        if (auto done =
                drop(Rows::Goal, goal.id.value, goal.uuid,
                     Rows::goalRow(goal, ref, byUuid(goal.parentUuid), i), goal.version, true);
            !done)
            return done;
    }
    for (int i = 0; i < bundle.participants.size(); ++i) {
        const Domain::Participant &participant = bundle.participants.at(i);
        if (auto done = drop(
                Rows::Participant, participant.id.value, participant.uuid,
                Rows::participantRow(participant, ref, byUuid(participant.organisationUuid), i),
                participant.version, true);
            !done)
            return done;
    }
    for (int i = 0; i < bundle.members.size(); ++i) {
        const Domain::Member &member = bundle.members.at(i);
        if (auto done = drop(Rows::Member, member.id.value, member.uuid,
                             Rows::memberRow(member, ref, byUuid(member.organisationUuid), i),
                             member.version, true);
            !done)
            return done;
    }
    for (int i = 0; i < bundle.risks.size(); ++i) {
        const Domain::Risk &risk = bundle.risks.at(i);
        if (auto done = drop(Rows::Risk, risk.id.value, risk.uuid, Rows::riskRow(risk, ref, i),
                             risk.version, true);
            !done)
            return done;
    }
    for (int i = 0; i < bundle.budgetLines.size(); ++i) {
        const Domain::BudgetLine &line = bundle.budgetLines.at(i);
        if (auto done = drop(Rows::BudgetLine, line.id.value, line.uuid,
                             Rows::budgetLineRow(line, ref, i), line.version, true);
            !done)
            return done;
    }
    removal.contents = bundle;
    return drop(Rows::Project, where.id, removal.uuid, Rows::projectRow(bundle.project),
                expectedVersion, false);
}

Result<void> EntityRemover::removeGoal(Removal &removal, const Location &where, int expectedVersion)
{
    const QSqlDatabase db = m_database.connection();
    const Ref project = where.project;
    auto entries = m_positions.read(Rows::Goal, project.id);
    if (!entries)
        return entries.error();
    auto goals = Readers::goals(db, Domain::ProjectId{project.id});
    if (!goals)
        return goals.error();
    const qsizetype first = indexOf(goals.value(), removal.uuid);
    if (first < 0 || entries->size() != goals->size())
        return settled(gone());
    const qsizetype end = ListPositions::subtreeEnd(entries.value(), first);
    const Domain::Place place = ListPositions::placeOf(entries.value(), first);
    removal.ownerUuid = place.parent;
    removal.position = place.position;
    removal.contents.goals = goals->mid(first, end - first);
    QSet<QUuid> removed;
    for (const Domain::Goal &goal : std::as_const(removal.contents.goals))
        removed.insert(goal.uuid);

    // Measures stop serving them: an update of each measure, so that its version tells copies
    // read before that their list of goals is no longer what is stored.
    auto measures = Readers::measuresOfProject(db, Domain::ProjectId{project.id});
    if (!measures)
        return measures.error();
    for (int i = 0; i < measures->size(); ++i) {
        const Domain::Measure &measure = measures->at(i);
        Domain::Measure changed = measure;
        changed.goalUuids.clear();
        for (int k = 0; k < measure.goalUuids.size(); ++k) {
            const QUuid &goal = measure.goalUuids.at(k);
            if (removed.contains(goal))
                removal.links.append(RemovedLink{EntityKind::Measure, measure.uuid, goal, k});
            else
                changed.goalUuids.append(goal);
        }
        if (changed.goalUuids.size() == measure.goalUuids.size())
            continue;
        if (auto updated = m_writer.updateMeasure(measure, changed, project, i); !updated)
            return settled(updated.error());
    }

    // Sub-goals before their parents, each with its indicators first.
    for (qsizetype i = end - 1; i >= first; --i) {
        const Domain::Goal &goal = goals->at(i);
        for (int j = 0; j < goal.indicators.size(); ++j) {
            const Domain::Indicator &indicator = goal.indicators.at(j);
            if (auto done = drop(Rows::Indicator, indicator.id.value, indicator.uuid,
                                 Rows::indicatorRow(indicator, byUuid(goal.uuid), j),
                                 indicator.version, true);
                !done)
                return done;
        }
        const bool asked = i == first;
        if (auto done = drop(Rows::Goal, goal.id.value, goal.uuid,
                             Rows::goalRow(goal, project, byUuid(goal.parentUuid), int(i)),
                             asked ? expectedVersion : goal.version, !asked);
            !done)
            return done;
    }
    return m_positions.closeGaps(Rows::Goal, project.id);
}

Result<void> EntityRemover::removeMeasure(Removal &removal, const Location &where,
                                          int expectedVersion)
{
    const QSqlDatabase db = m_database.connection();
    const Ref project = where.project;
    auto read = Readers::measure(db, Domain::MeasureId{where.id});
    if (!read)
        return read.error();
    const Domain::Measure &measure = read.value();

    // Its milestones become milestones of the project: an update of each, as for measures that
    // served a removed goal.
    auto milestones = Readers::milestones(db, Domain::ProjectId{project.id});
    if (!milestones)
        return milestones.error();
    for (int i = 0; i < milestones->size(); ++i) {
        const Domain::Milestone &milestone = milestones->at(i);
        if (milestone.measureUuid != measure.uuid)
            continue;
        Domain::Milestone changed = milestone;
        changed.measureUuid = QUuid();
        removal.links.append(RemovedLink{EntityKind::Milestone, milestone.uuid, measure.uuid, 0});
        if (auto updated = m_writer.updateMilestone(milestone, changed, project, i); !updated)
            return settled(updated.error());
    }
    auto updates = Readers::statusUpdates(db, Domain::ProjectId{project.id});
    if (!updates)
        return updates.error();
    for (const Domain::StatusUpdate &update : updates.value()) {
        if (update.measureUuid != measure.uuid)
            continue;
        removal.contents.statusUpdates.append(update);
        if (auto done = drop(Rows::StatusUpdate, update.id.value, update.uuid,
                             Rows::statusUpdateRow(update, project, byUuid(measure.uuid)),
                             update.version, true);
            !done)
            return done;
    }
    for (int j = 0; j < measure.activities.size(); ++j) {
        const Domain::Activity &activity = measure.activities.at(j);
        if (auto done =
                drop(Rows::Activity, activity.id.value, activity.uuid,
                     Rows::activityRow(activity, byUuid(measure.uuid), j), activity.version, true);
            !done)
            return done;
    }
    removal.contents.measures = {measure};
    if (auto done =
            drop(Rows::Measure, where.id, measure.uuid,
                 Rows::measureRow(measure, project, where.position), expectedVersion, false);
        !done)
        return done;
    return m_positions.closeGaps(Rows::Measure, project.id);
}

Result<void> EntityRemover::removePart(Removal &removal, const Location &where, int expectedVersion)
{
    const QSqlDatabase db = m_database.connection();
    const Ref owner = where.owner;
    removal.ownerUuid = owner.uuid;
    const Table &table = Rows::of(removal.kind);
    Row row;
    if (removal.kind == EntityKind::Indicator) {
        auto goals = Readers::goals(db, Domain::ProjectId{where.project.id});
        if (!goals)
            return goals.error();
        const qsizetype goal = indexOf(goals.value(), owner.uuid);
        const qsizetype index = goal < 0 ? -1 : indexOf(goals->at(goal).indicators, removal.uuid);
        if (index < 0)
            return gone();
        removal.indicator = goals->at(goal).indicators.at(index);
        row = Rows::indicatorRow(*removal.indicator, owner, where.position);
    } else {
        auto measure = Readers::measure(db, Domain::MeasureId{owner.id});
        if (!measure)
            return measure.error();
        const qsizetype index = indexOf(measure->activities, removal.uuid);
        if (index < 0)
            return gone();
        removal.activity = measure->activities.at(index);
        row = Rows::activityRow(*removal.activity, owner, where.position);
    }
    if (auto done = drop(table, where.id, removal.uuid, row, expectedVersion, false); !done)
        return done;
    if (auto closed = m_positions.closeGaps(table, owner.id); !closed)
        return closed;
    // The owner's update writes its list of parts: its version goes up with the list.
    const Table &ownerTable = removal.kind == EntityKind::Indicator ? Rows::Goal : Rows::Measure;
    if (auto touched = m_writer.changes().touch(ownerTable, owner.id, owner.uuid); !touched)
        return settled(touched.error());
    return {};
}

Result<void> EntityRemover::removeFromProject(Removal &removal, const Location &where,
                                              int expectedVersion)
{
    const QSqlDatabase db = m_database.connection();
    const Domain::ProjectId project{where.project.id};
    const Ref ref = where.project;
    const Table &table = Rows::of(removal.kind);
    Domain::ProjectBundle &contents = removal.contents;
    // The entity, read from its project's list and kept in the removal's.
    const auto take = [&](auto read, auto &into) -> Result<void> {
        if (!read)
            return read.error();
        const qsizetype index = indexOf(read.value(), removal.uuid);
        if (index < 0)
            return gone();
        into = {read->at(index)};
        return {};
    };
    Result<void> taken;
    Row row;
    switch (removal.kind) {
    case EntityKind::Participant:
        taken = take(Readers::participants(db, project), contents.participants);
        if (taken) {
            const Domain::Participant &participant = contents.participants.constFirst();
            row = Rows::participantRow(participant, ref, byUuid(participant.organisationUuid),
                                       where.position);
        }
        break;
    case EntityKind::Member:
        taken = take(Readers::members(db, project), contents.members);
        if (taken) {
            const Domain::Member &member = contents.members.constFirst();
            row = Rows::memberRow(member, ref, byUuid(member.organisationUuid), where.position);
        }
        break;
    case EntityKind::Milestone:
        taken = take(Readers::milestones(db, project), contents.milestones);
        if (taken) {
            const Domain::Milestone &milestone = contents.milestones.constFirst();
            row = Rows::milestoneRow(milestone, ref, byUuid(milestone.measureUuid), where.position);
        }
        break;
    case EntityKind::StatusUpdate:
        taken = take(Readers::statusUpdates(db, project), contents.statusUpdates);
        if (taken) {
            const Domain::StatusUpdate &update = contents.statusUpdates.constFirst();
            row = Rows::statusUpdateRow(update, ref, byUuid(update.measureUuid));
        }
        break;
    case EntityKind::Risk:
        taken = take(Readers::risks(db, project), contents.risks);
        if (taken)
            row = Rows::riskRow(contents.risks.constFirst(), ref, where.position);
        break;
    case EntityKind::BudgetLine:
        taken = take(Readers::budgetLines(db, project), contents.budgetLines);
        if (taken)
            row = Rows::budgetLineRow(contents.budgetLines.constFirst(), ref, where.position);
        break;
    default:
        return malformed();
    }
    if (!taken)
        return taken;
    if (auto done = drop(table, where.id, removal.uuid, row, expectedVersion, false); !done)
        return done;
    if (removal.kind == EntityKind::StatusUpdate)
        return {}; // the log is in the order of time, not of places
    return m_positions.closeGaps(table, project.value);
}

} // namespace Storage
