#include "models/storage/sqlhistoryrepository.h"

#include "models/storage/database.h"
#include "models/storage/entityreaders.h"
#include "models/storage/historyevents.h"
#include "models/storage/projectasof.h"
#include "models/storage/sqlsupport.h"

namespace Storage {
namespace {

QString eventsWhere(const char *condition)
{
    return QStringLiteral("SELECT %1 FROM change_event e JOIN change_set s ON s.id = e.change_set"
                          " WHERE %2 ORDER BY e.id")
        .arg(QLatin1String(HistoryEvents::Columns), QLatin1String(condition));
}

} // namespace

Domain::Result<QVector<Domain::ChangeEvent>>
SqlHistoryRepository::historyOf(const QUuid &entityUuid)
{
    // Updates and deletes through the index of entities; the insert (not in that index, see
    // the migration) among the inserts of the entity's project.
    auto query = Sql::run(m_database.connection(), eventsWhere("e.entity_uuid = ?"),
                          {Sql::uuidBytes(entityUuid)});
    if (!query)
        return query.error();
    auto later = HistoryEvents::readAll(query.value());
    if (!later)
        return later;
    std::optional<QUuid> project;
    if (!later->isEmpty()) {
        project = later->constFirst().projectUuid;
    } else {
        auto owner = Readers::projectOfEntity(m_database.connection(), entityUuid);
        if (!owner)
            return owner.error();
        project = owner.value();
    }
    if (!project) // stored nowhere and never changed: it has no history
        return later;
    auto inserts = project->isNull()
                       ? Sql::run(m_database.connection(),
                                  eventsWhere("e.project_uuid IS NULL AND e.operation = 1"), {})
                       : Sql::run(m_database.connection(),
                                  eventsWhere("e.project_uuid = ? AND e.operation = 1"),
                                  {Sql::uuidBytes(*project)});
    if (!inserts)
        return inserts.error();
    auto inserted = HistoryEvents::readAll(inserts.value());
    if (!inserted)
        return inserted;
    QVector<Domain::ChangeEvent> events;
    for (const Domain::ChangeEvent &event : inserted.value()) {
        if (event.entityUuid == entityUuid)
            events.append(event);
    }
    return events + later.value();
}

Domain::Result<QVector<Domain::ChangeEvent>>
SqlHistoryRepository::changesOfProject(const QUuid &project, const QDateTime &from,
                                       const QDateTime &to)
{
    auto query =
        Sql::run(m_database.connection(),
                 eventsWhere("e.project_uuid = ? AND s.changed_at >= ? AND s.changed_at < ?"),
                 {Sql::uuidBytes(project), Sql::milliseconds(from), Sql::milliseconds(to)});
    if (!query)
        return query.error();
    return HistoryEvents::readAll(query.value());
}

Domain::Result<Domain::ProjectBundle> SqlHistoryRepository::projectAsOf(const QUuid &project,
                                                                        const QDateTime &at)
{
    return ProjectAsOf::rebuild(m_database, project, at);
}

Domain::Result<QVector<Domain::HistoryRepository::ChangedProject>>
SqlHistoryRepository::projectsChangedAfter(const QDateTime &at)
{
    // The projects of the events after `at`, then the first and last change set of each of
    // those, through the index of events by project and change set.
    auto query = Sql::run(
        m_database.connection(),
        QStringLiteral("SELECT c.project_uuid, c.first_set, c.last_set, s.changed_at FROM"
                       " (SELECT e.project_uuid, MIN(e.change_set) AS first_set,"
                       " MAX(e.change_set) AS last_set FROM change_event e"
                       " WHERE e.project_uuid IN (SELECT a.project_uuid FROM change_event a"
                       " JOIN change_set l ON l.id = a.change_set WHERE l.changed_at > ?)"
                       " GROUP BY e.project_uuid) c"
                       " JOIN change_set s ON s.id = c.first_set"),
        {Sql::milliseconds(at)});
    if (!query)
        return query.error();
    QVector<ChangedProject> changed;
    while (query->next()) {
        ChangedProject project{Sql::uuidFromBytes(query->value(0)), {}};
        if (query->value(1).toLongLong() == query->value(2).toLongLong())
            project.recordedAtOnce = Sql::fromMilliseconds(query->value(3));
        changed.append(project);
    }
    return changed;
}

Domain::Result<QHash<QUuid, Domain::HistoryRepository::Stamp>> SqlHistoryRepository::projectStamps()
{
    // Through the index of events by project and change set alone.
    auto query = Sql::run(m_database.connection(),
                          QStringLiteral("SELECT e.project_uuid, COUNT(*), MAX(e.change_set)"
                                         " FROM change_event e WHERE e.project_uuid IS NOT NULL"
                                         " GROUP BY e.project_uuid"),
                          {});
    if (!query)
        return query.error();
    QHash<QUuid, Stamp> stamps;
    while (query->next()) {
        stamps.insert(Sql::uuidFromBytes(query->value(0)),
                      Stamp{query->value(1).toLongLong(), query->value(2).toLongLong()});
    }
    return stamps;
}

} // namespace Storage
