#include "models/storage/entityreaders.h"

#include "models/domain/text.h"

#include "models/storage/entityrows.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace Storage::Readers {
namespace {

using Domain::Error;
using Domain::Result;
using namespace Storage::Sql;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::Readers)
};

} // namespace

QString unknownCode(const QVariant &value, const QVariant &uuid, const QStringList &codes)
{
    return Text::tr("The database holds the value \"%1\" (for %2), which this version of "
                    "Samspill does not know; expected one of: %3.")
        .arg(value.toString(), uuid.toString(), codes.join(QStringLiteral(", ")));
}

Domain::PlanDate planDate(const QVariant &value, const QVariant &uuid, QString &problem)
{
    if (const std::optional<Domain::PlanDate> date = toPlanDate(value))
        return *date;
    problem = Text::tr("The database holds the date %1 (for %2), which this version of Samspill "
                       "cannot read.")
                  .arg(Domain::quoted(value.toString()), uuid.toString());
    return {};
}

namespace {

// Runs a read and maps each row with read(query, problem); a problem ends the read.
template <typename T, typename Read>
Result<QVector<T>> readAll(const QSqlDatabase &db, const QString &statement,
                           std::initializer_list<QVariant> values, Read read)
{
    auto query = run(db, statement, values);
    if (!query)
        return query.error();
    QVector<T> items;
    QString problem;
    while (query->next()) {
        items.append(read(query.value(), problem));
        if (!problem.isEmpty())
            return Error{Error::Kind::Format, problem};
    }
    return items;
}

template <typename T>
Result<T> single(Result<QVector<T>> items, const QString &notFound)
{
    if (!items)
        return items.error();
    if (items->isEmpty())
        return Error{Error::Kind::NotFound, notFound};
    return items->constFirst();
}

const QString projectColumns = QStringLiteral(
    "SELECT id, uuid, name, short_name, region, description, start_date, end_date, status,"
    " funding_notes, version FROM project");

Domain::Project readProject(const QSqlQuery &q, QString &problem)
{
    Domain::Project project;
    project.id.value = q.value(0).toLongLong();
    project.uuid = toUuid(q.value(1));
    project.name = q.value(2).toString();
    project.shortName = q.value(3).toString();
    project.region = q.value(4).toString();
    project.description = q.value(5).toString();
    project.start = toDate(q.value(6));
    project.end = toDate(q.value(7));
    project.status = decode(q.value(8), Domain::Status::Planned, q.value(1), problem);
    project.fundingNotes = q.value(9).toString();
    project.version = q.value(10).toInt();
    return project;
}

// The measure columns, read by readMeasure(); the scope (one project or one measure) is a
// fixed WHERE clause, never a value.
enum class MeasureScope { Project, Measure };

QString measureWhere(MeasureScope scope)
{
    return scope == MeasureScope::Project ? QStringLiteral("m.project_id = ?")
                                          : QStringLiteral("m.id = ?");
}

Domain::Measure readMeasure(const QSqlQuery &q, QString &problem)
{
    Domain::Measure measure;
    measure.id.value = q.value(0).toLongLong();
    measure.uuid = toUuid(q.value(1));
    measure.title = q.value(2).toString();
    measure.description = q.value(3).toString();
    measure.level = decode(q.value(4), Domain::MeasureLevel::System, q.value(1), problem);
    measure.theme = q.value(5).toString();
    measure.plannedStart = planDate(q.value(6), q.value(1), problem);
    measure.plannedEnd = planDate(q.value(7), q.value(1), problem);
    measure.actualStart = planDate(q.value(8), q.value(1), problem);
    measure.actualEnd = planDate(q.value(9), q.value(1), problem);
    measure.status = decode(q.value(10), Domain::Status::Planned, q.value(1), problem);
    measure.progress = toOptionalInt(q.value(11));
    measure.anchoring = decode(q.value(12), Domain::Anchoring::Unknown, q.value(1), problem);
    measure.anchoredOn = toDate(q.value(13));
    measure.version = q.value(14).toInt();
    return measure;
}

Result<QVector<Domain::Measure>> readMeasures(const QSqlDatabase &db, MeasureScope scope,
                                              qint64 key)
{
    const QString where = measureWhere(scope);
    auto measures = readAll<Domain::Measure>(
        db,
        QStringLiteral("SELECT m.id, m.uuid, m.title, m.description, m.level, m.theme,"
                       " m.planned_start, m.planned_end, m.actual_start, m.actual_end, m.status,"
                       " m.progress, m.anchoring, m.anchored_on, m.version FROM measure m WHERE ") +
            where + QStringLiteral(" ORDER BY m.position"),
        {key}, readMeasure);
    if (!measures)
        return measures;
    QHash<qint64, Domain::Measure *> byKey;
    for (Domain::Measure &measure : *measures)
        byKey.insert(measure.id.value, &measure);
    // A row of a measure the first query did not return (one added since, outside a snapshot)
    // is left out rather than given to another measure.
    const auto measureOf = [&byKey](const QVariant &measureKey) {
        return byKey.value(measureKey.toLongLong(), nullptr);
    };

    // Links and activities of all these measures, one query each.
    auto goals = run(db,
                     QStringLiteral("SELECT l.measure_id, g.uuid FROM measure_goal l"
                                    " JOIN measure m ON m.id = l.measure_id"
                                    " JOIN goal g ON g.id = l.goal_id WHERE ") +
                         where + QStringLiteral(" ORDER BY l.measure_id, l.position"),
                     {key});
    if (!goals)
        return goals.error();
    while (goals->next()) {
        if (Domain::Measure *measure = measureOf(goals->value(0)))
            measure->goalUuids.append(toUuid(goals->value(1)));
    }

    auto organisations =
        run(db,
            QStringLiteral("SELECT l.measure_id, o.uuid, l.responsibility"
                           " FROM measure_organisation l JOIN measure m ON m.id = l.measure_id"
                           " JOIN organisation o ON o.id = l.organisation_id WHERE ") +
                where + QStringLiteral(" ORDER BY l.measure_id, l.position"),
            {key});
    if (!organisations)
        return organisations.error();
    while (organisations->next()) {
        Domain::Measure *measure = measureOf(organisations->value(0));
        if (!measure)
            continue;
        const QUuid uuid = toUuid(organisations->value(1));
        if (organisations->value(2).toString() == QLatin1String("responsible"))
            measure->responsibleOrganisationUuids.append(uuid);
        else
            measure->participatingOrganisationUuids.append(uuid);
    }

    auto sources = run(db,
                       QStringLiteral("SELECT l.measure_id, k.uuid FROM measure_knowledge_source l"
                                      " JOIN measure m ON m.id = l.measure_id"
                                      " JOIN knowledge_source k ON k.id = l.knowledge_source_id"
                                      " WHERE ") +
                           where + QStringLiteral(" ORDER BY l.measure_id, l.position"),
                       {key});
    if (!sources)
        return sources.error();
    while (sources->next()) {
        if (Domain::Measure *measure = measureOf(sources->value(0)))
            measure->knowledgeSourceUuids.append(toUuid(sources->value(1)));
    }

    auto activities = run(db,
                          QStringLiteral("SELECT a.measure_id, a.id, a.uuid, a.title, a.due_date,"
                                         " a.done, a.version FROM activity a"
                                         " JOIN measure m ON m.id = a.measure_id WHERE ") +
                              where + QStringLiteral(" ORDER BY a.measure_id, a.position"),
                          {key});
    if (!activities)
        return activities.error();
    while (activities->next()) {
        Domain::Activity activity;
        activity.id.value = activities->value(1).toLongLong();
        activity.uuid = toUuid(activities->value(2));
        activity.title = activities->value(3).toString();
        QString problem;
        activity.due = planDate(activities->value(4), activities->value(2), problem);
        if (!problem.isEmpty())
            return Error{Error::Kind::Format, problem};
        activity.done = activities->value(5).toInt() != 0;
        activity.version = activities->value(6).toInt();
        if (Domain::Measure *measure = measureOf(activities->value(0)))
            measure->activities.append(activity);
    }
    return measures;
}

} // namespace

Result<QVector<Domain::Organisation>> organisations(const QSqlDatabase &db,
                                                    std::optional<qint64> only)
{
    const auto read = [](const QSqlQuery &q, QString &problem) {
        Domain::Organisation organisation;
        organisation.id.value = q.value(0).toLongLong();
        organisation.uuid = toUuid(q.value(1));
        organisation.name = q.value(2).toString();
        organisation.kind =
            decode(q.value(3), Domain::OrganisationKind::Other, q.value(1), problem);
        organisation.version = q.value(4).toInt();
        return organisation;
    };
    const QString select = QStringLiteral("SELECT id, uuid, name, kind, version FROM organisation");
    if (only)
        return readAll<Domain::Organisation>(db, select + QStringLiteral(" WHERE id = ?"), {*only},
                                             read);
    return readAll<Domain::Organisation>(db, select + QStringLiteral(" ORDER BY id"), {}, read);
}

Result<QVector<Domain::KnowledgeSource>> knowledgeSources(const QSqlDatabase &db,
                                                          std::optional<qint64> only)
{
    const auto read = [](const QSqlQuery &q, QString &) {
        Domain::KnowledgeSource source;
        source.id.value = q.value(0).toLongLong();
        source.uuid = toUuid(q.value(1));
        source.title = q.value(2).toString();
        source.publisher = q.value(3).toString();
        source.authors = q.value(4).toString();
        source.year = toOptionalInt(q.value(5));
        source.reference = q.value(6).toString();
        source.link = q.value(7).toString();
        source.summary = q.value(8).toString();
        source.version = q.value(9).toInt();
        return source;
    };
    const QString select =
        QStringLiteral("SELECT id, uuid, title, publisher, authors, year, reference, link, summary,"
                       " version FROM knowledge_source");
    if (only)
        return readAll<Domain::KnowledgeSource>(db, select + QStringLiteral(" WHERE id = ?"),
                                                {*only}, read);
    return readAll<Domain::KnowledgeSource>(db, select + QStringLiteral(" ORDER BY id"), {}, read);
}

// The projects a read found, with the knowledge sources each refers to: one more query, for
// the same projects (where is the read's fixed WHERE clause, value its value).
Result<QVector<Domain::Project>> withSources(const QSqlDatabase &db,
                                             Result<QVector<Domain::Project>> projects,
                                             const QString &where, const QVariant &value)
{
    if (!projects || projects->isEmpty())
        return projects;
    QHash<qint64, Domain::Project *> byKey;
    for (Domain::Project &project : *projects)
        byKey.insert(project.id.value, &project);
    const QString statement =
        QStringLiteral("SELECT l.project_id, k.uuid FROM project_knowledge_source l"
                       " JOIN project p ON p.id = l.project_id"
                       " JOIN knowledge_source k ON k.id = l.knowledge_source_id") +
        where + QStringLiteral(" ORDER BY l.project_id, l.position");
    auto sources = value.isValid() ? run(db, statement, {value}) : run(db, statement, {});
    if (!sources)
        return sources.error();
    while (sources->next()) {
        if (Domain::Project *project = byKey.value(sources->value(0).toLongLong(), nullptr))
            project->knowledgeSourceUuids.append(toUuid(sources->value(1)));
    }
    return projects;
}

Result<QVector<Domain::Project>> projects(const QSqlDatabase &db)
{
    return withSources(db,
                       readAll<Domain::Project>(db, projectColumns + QStringLiteral(" ORDER BY id"),
                                                {}, readProject),
                       QString(), QVariant());
}

Result<Domain::Project> project(const QSqlDatabase &db, Domain::ProjectId id)
{
    return single(
        withSources(db,
                    readAll<Domain::Project>(db, projectColumns + QStringLiteral(" WHERE id = ?"),
                                             {id.value}, readProject),
                    QStringLiteral(" WHERE p.id = ?"), id.value),
        Text::tr("The project no longer exists."));
}

Result<Domain::Project> projectByUuid(const QSqlDatabase &db, const QUuid &uuid)
{
    return single(
        withSources(db,
                    readAll<Domain::Project>(db, projectColumns + QStringLiteral(" WHERE uuid = ?"),
                                             {fromUuid(uuid)}, readProject),
                    QStringLiteral(" WHERE p.uuid = ?"), fromUuid(uuid)),
        Text::tr("There is no project with the id %1.").arg(uuid.toString(QUuid::WithoutBraces)));
}

Result<QVector<Domain::Participant>> participants(const QSqlDatabase &db, Domain::ProjectId project)
{
    return readAll<Domain::Participant>(
        db,
        QStringLiteral("SELECT p.id, p.uuid, o.uuid, p.role, p.version FROM participant p"
                       " JOIN organisation o ON o.id = p.organisation_id"
                       " WHERE p.project_id = ? ORDER BY p.position"),
        {project.value}, [](const QSqlQuery &q, QString &problem) {
            Domain::Participant participant;
            participant.id.value = q.value(0).toLongLong();
            participant.uuid = toUuid(q.value(1));
            participant.organisationUuid = toUuid(q.value(2));
            participant.role =
                decode(q.value(3), Domain::ParticipantRole::Partner, q.value(1), problem);
            participant.version = q.value(4).toInt();
            return participant;
        });
}

Result<QVector<Domain::Member>> members(const QSqlDatabase &db, Domain::ProjectId project)
{
    return readAll<Domain::Member>(
        db,
        QStringLiteral("SELECT m.id, m.uuid, m.name, m.role, o.uuid, m.member_group, m.version"
                       " FROM member m LEFT JOIN organisation o ON o.id = m.organisation_id"
                       " WHERE m.project_id = ? ORDER BY m.position"),
        {project.value}, [](const QSqlQuery &q, QString &problem) {
            Domain::Member member;
            member.id.value = q.value(0).toLongLong();
            member.uuid = toUuid(q.value(1));
            member.name = q.value(2).toString();
            member.role = q.value(3).toString();
            member.organisationUuid = toUuid(q.value(4));
            member.group = decode(q.value(5), Domain::Group::ProjectGroup, q.value(1), problem);
            member.version = q.value(6).toInt();
            return member;
        });
}

Result<QVector<Domain::Goal>> goals(const QSqlDatabase &db, Domain::ProjectId project)
{
    auto goals = readAll<Domain::Goal>(
        db,
        QStringLiteral("SELECT g.id, g.uuid, p.uuid, g.text, g.version FROM goal g"
                       " LEFT JOIN goal p ON p.id = g.parent_id"
                       " WHERE g.project_id = ? ORDER BY g.position"),
        {project.value}, [](const QSqlQuery &q, QString &) {
            Domain::Goal goal;
            goal.id.value = q.value(0).toLongLong();
            goal.uuid = toUuid(q.value(1));
            goal.parentUuid = toUuid(q.value(2));
            goal.text = q.value(3).toString();
            goal.version = q.value(4).toInt();
            return goal;
        });
    if (!goals)
        return goals;
    QHash<qint64, Domain::Goal *> byKey;
    for (Domain::Goal &goal : *goals)
        byKey.insert(goal.id.value, &goal);

    auto indicators =
        run(db,
            QStringLiteral("SELECT i.goal_id, i.id, i.uuid, i.name, i.unit, i.baseline,"
                           " i.target, i.current_value, i.measured_on, i.version"
                           " FROM indicator i JOIN goal g ON g.id = i.goal_id"
                           " WHERE g.project_id = ? ORDER BY i.goal_id, i.position"),
            {project.value});
    if (!indicators)
        return indicators.error();
    while (indicators->next()) {
        const QSqlQuery &q = indicators.value();
        Domain::Indicator indicator;
        indicator.id.value = q.value(1).toLongLong();
        indicator.uuid = toUuid(q.value(2));
        indicator.name = q.value(3).toString();
        indicator.unit = q.value(4).toString();
        indicator.baseline = toOptionalDouble(q.value(5));
        indicator.target = toOptionalDouble(q.value(6));
        indicator.current = toOptionalDouble(q.value(7));
        QString problem;
        indicator.measuredOn = planDate(q.value(8), q.value(2), problem);
        if (!problem.isEmpty())
            return Error{Error::Kind::Format, problem};
        indicator.version = q.value(9).toInt();
        if (Domain::Goal *goal = byKey.value(q.value(0).toLongLong(), nullptr))
            goal->indicators.append(indicator);
    }
    return goals;
}

Result<QVector<Domain::Measure>> measuresOfProject(const QSqlDatabase &db,
                                                   Domain::ProjectId project)
{
    return readMeasures(db, MeasureScope::Project, project.value);
}

Result<Domain::Measure> measure(const QSqlDatabase &db, Domain::MeasureId id)
{
    return single(readMeasures(db, MeasureScope::Measure, id.value),
                  Text::tr("The measure no longer exists."));
}

Result<QVector<Domain::Milestone>> milestones(const QSqlDatabase &db, Domain::ProjectId project)
{
    return readAll<Domain::Milestone>(
        db,
        QStringLiteral("SELECT s.id, s.uuid, s.milestone_date, s.title, m.uuid, s.done, s.version"
                       " FROM milestone s LEFT JOIN measure m ON m.id = s.measure_id"
                       " WHERE s.project_id = ? ORDER BY s.position"),
        {project.value}, [](const QSqlQuery &q, QString &problem) {
            Domain::Milestone milestone;
            milestone.id.value = q.value(0).toLongLong();
            milestone.uuid = toUuid(q.value(1));
            milestone.date = planDate(q.value(2), q.value(1), problem);
            milestone.title = q.value(3).toString();
            milestone.measureUuid = toUuid(q.value(4));
            milestone.done = q.value(5).toInt() != 0;
            milestone.version = q.value(6).toInt();
            return milestone;
        });
}

Result<QVector<Domain::StatusUpdate>> statusUpdates(const QSqlDatabase &db,
                                                    Domain::ProjectId project)
{
    return readAll<Domain::StatusUpdate>(
        db,
        QStringLiteral("SELECT s.id, s.uuid, m.uuid, s.recorded_at, s.author, s.text,"
                       " s.new_status, s.new_progress, s.deviation, s.decision_needed, s.version"
                       " FROM status_update s LEFT JOIN measure m ON m.id = s.measure_id"
                       " WHERE s.project_id = ? ORDER BY s.recorded_at, s.id"),
        {project.value}, [](const QSqlQuery &q, QString &problem) {
            Domain::StatusUpdate update;
            update.id.value = q.value(0).toLongLong();
            update.uuid = toUuid(q.value(1));
            update.measureUuid = toUuid(q.value(2));
            update.recordedAt = toTimestamp(q.value(3));
            update.author = q.value(4).toString();
            update.text = q.value(5).toString();
            if (!q.value(6).isNull())
                update.newStatus = decode(q.value(6), Domain::Status::Planned, q.value(1), problem);
            update.newProgress = toOptionalInt(q.value(7));
            update.deviation = q.value(8).toInt() != 0;
            update.decisionNeeded = q.value(9).toInt() != 0;
            update.version = q.value(10).toInt();
            return update;
        });
}

Result<QVector<Domain::Risk>> risks(const QSqlDatabase &db, Domain::ProjectId project)
{
    return readAll<Domain::Risk>(
        db,
        QStringLiteral("SELECT id, uuid, description, likelihood, impact, mitigation, owner,"
                       " version FROM risk WHERE project_id = ? ORDER BY position"),
        {project.value}, [](const QSqlQuery &q, QString &) {
            Domain::Risk risk;
            risk.id.value = q.value(0).toLongLong();
            risk.uuid = toUuid(q.value(1));
            risk.description = q.value(2).toString();
            risk.likelihood = q.value(3).toInt();
            risk.impact = q.value(4).toInt();
            risk.mitigation = q.value(5).toString();
            risk.owner = q.value(6).toString();
            risk.version = q.value(7).toInt();
            return risk;
        });
}

Result<QVector<Domain::BudgetLine>> budgetLines(const QSqlDatabase &db, Domain::ProjectId project)
{
    return readAll<Domain::BudgetLine>(
        db,
        QStringLiteral("SELECT id, uuid, year, label, budget_ore, accounts_ore,"
                       " own_contribution_ore, version FROM budget_line WHERE project_id = ?"
                       " ORDER BY position"),
        {project.value}, [](const QSqlQuery &q, QString &) {
            Domain::BudgetLine line;
            line.id.value = q.value(0).toLongLong();
            line.uuid = toUuid(q.value(1));
            line.year = q.value(2).toInt();
            line.label = q.value(3).toString();
            line.budgetOre = q.value(4).toLongLong();
            line.accountsOre = q.value(5).toLongLong();
            line.ownContributionOre = q.value(6).toLongLong();
            line.version = q.value(7).toInt();
            return line;
        });
}

Result<std::optional<QUuid>> projectOfEntity(const QSqlDatabase &db, const QUuid &uuid)
{
    // One branch per table; each one names the project through the entity's owner.
    static const char *const branches[] = {
        "SELECT p.uuid FROM project p WHERE p.uuid = ?",
        "SELECT p.uuid FROM participant x JOIN project p ON p.id = x.project_id WHERE x.uuid = ?",
        "SELECT p.uuid FROM member x JOIN project p ON p.id = x.project_id WHERE x.uuid = ?",
        "SELECT p.uuid FROM goal x JOIN project p ON p.id = x.project_id WHERE x.uuid = ?",
        "SELECT p.uuid FROM indicator x JOIN goal g ON g.id = x.goal_id"
        " JOIN project p ON p.id = g.project_id WHERE x.uuid = ?",
        "SELECT p.uuid FROM measure x JOIN project p ON p.id = x.project_id WHERE x.uuid = ?",
        "SELECT p.uuid FROM activity x JOIN measure m ON m.id = x.measure_id"
        " JOIN project p ON p.id = m.project_id WHERE x.uuid = ?",
        "SELECT p.uuid FROM milestone x JOIN project p ON p.id = x.project_id WHERE x.uuid = ?",
        "SELECT p.uuid FROM status_update x JOIN project p ON p.id = x.project_id"
        " WHERE x.uuid = ?",
        "SELECT p.uuid FROM risk x JOIN project p ON p.id = x.project_id WHERE x.uuid = ?",
        "SELECT p.uuid FROM budget_line x JOIN project p ON p.id = x.project_id WHERE x.uuid = ?",
        "SELECT '' FROM organisation WHERE uuid = ?",
        "SELECT '' FROM knowledge_source WHERE uuid = ?",
    };
    QStringList parts;
    for (const char *branch : branches)
        parts.append(QLatin1String(branch));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(parts.join(QStringLiteral(" UNION ALL "))))
        return errorOf(query);
    for (qsizetype i = 0; i < parts.size(); ++i)
        query.addBindValue(fromUuid(uuid));
    if (!query.exec())
        return errorOf(query);
    if (!query.next())
        return std::optional<QUuid>();
    return std::optional<QUuid>(toUuid(query.value(0)));
}

Result<std::optional<Location>> locate(const QSqlDatabase &db, const Table &table,
                                       const QUuid &uuid)
{
    // Columns: key, position, project key and uuid, owner key and uuid. Table and column names
    // are constants.
    QString statement;
    if (&table == &Rows::Organisation || &table == &Rows::KnowledgeSource) {
        statement = QStringLiteral("SELECT id, 0, NULL, NULL, NULL, NULL FROM %1 WHERE uuid = ?")
                        .arg(QLatin1String(table.name));
    } else if (&table == &Rows::Project) {
        statement =
            QStringLiteral("SELECT id, 0, id, uuid, NULL, NULL FROM project WHERE uuid = ?");
    } else if (&table == &Rows::Indicator || &table == &Rows::Activity) {
        const bool indicator = &table == &Rows::Indicator;
        statement = QStringLiteral("SELECT x.id, x.position, p.id, p.uuid, o.id, o.uuid FROM %1 x"
                                   " JOIN %2 o ON o.id = x.%3 JOIN project p ON p.id = o.project_id"
                                   " WHERE x.uuid = ?")
                        .arg(QLatin1String(table.name),
                             indicator ? QStringLiteral("goal") : QStringLiteral("measure"),
                             indicator ? QStringLiteral("goal_id") : QStringLiteral("measure_id"));
    } else {
        statement = QStringLiteral("SELECT x.id, %2, p.id, p.uuid, p.id, p.uuid FROM %1 x"
                                   " JOIN project p ON p.id = x.project_id WHERE x.uuid = ?")
                        .arg(QLatin1String(table.name), &table == &Rows::StatusUpdate
                                                            ? QStringLiteral("0")
                                                            : QStringLiteral("x.position"));
    }
    auto query = run(db, statement, {fromUuid(uuid)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Location>();
    Location location;
    location.id = query->value(0).toLongLong();
    location.position = query->value(1).toInt();
    location.project = Ref{query->value(2).toLongLong(), toUuid(query->value(3))};
    location.owner = Ref{query->value(4).toLongLong(), toUuid(query->value(5))};
    return std::optional<Location>(location);
}

Result<qint64> idOf(const QSqlDatabase &db, const Table &table, const QUuid &uuid)
{
    if (uuid.isNull())
        return qint64(0);
    auto query =
        run(db, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(QLatin1String(table.name)),
            {fromUuid(uuid)});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Result<Domain::ProjectBundle> bundle(const QSqlDatabase &db, const Domain::Project &project)
{
    Domain::ProjectBundle result;
    result.project = project;
    const Domain::ProjectId id = project.id;
    Error failure;
    using Domain::take;
    if (take(participants(db, id), result.participants, failure) &&
        take(members(db, id), result.members, failure) &&
        take(goals(db, id), result.goals, failure) &&
        take(measuresOfProject(db, id), result.measures, failure) &&
        take(milestones(db, id), result.milestones, failure) &&
        take(statusUpdates(db, id), result.statusUpdates, failure) &&
        take(risks(db, id), result.risks, failure) &&
        take(budgetLines(db, id), result.budgetLines, failure)) {
        return result;
    }
    return failure;
}

} // namespace Storage::Readers
