#include "models/storage/sqlhistoryrepository.h"

#include "models/storage/database.h"
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
    auto query = Sql::run(m_database.connection(), eventsWhere("e.entity_uuid = ?"),
                          {Sql::uuidBytes(entityUuid)});
    if (!query)
        return query.error();
    return HistoryEvents::readAll(query.value());
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

} // namespace Storage
