#include "models/storage/sqlhistoryrepository.h"

#include "models/storage/database.h"
#include "models/storage/sqlsupport.h"

namespace Storage {

Domain::Result<QVector<Domain::ChangeRecord>>
SqlHistoryRepository::historyOf(const QUuid &entityUuid)
{
    auto query = Sql::run(m_database.connection(),
                          QStringLiteral("SELECT change_set, changed_at, author, operation, entity,"
                                         " entity_uuid, project_uuid, field, old_value, new_value"
                                         " FROM change_history WHERE entity_uuid = ? ORDER BY id"),
                          {Sql::fromUuid(entityUuid)});
    if (!query)
        return query.error();
    QVector<Domain::ChangeRecord> records;
    while (query->next()) {
        const QSqlQuery &q = query.value();
        Domain::ChangeRecord record;
        record.changeSet = Sql::toUuid(q.value(0));
        record.changedAt = Sql::toTimestamp(q.value(1));
        record.author = q.value(2).toString();
        record.operation = q.value(3).toString();
        record.entity = q.value(4).toString();
        record.entityUuid = Sql::toUuid(q.value(5));
        record.projectUuid = Sql::toUuid(q.value(6));
        record.field = q.value(7).toString();
        record.oldIsNull = q.value(8).isNull();
        record.oldValue = q.value(8).toString();
        record.newIsNull = q.value(9).isNull();
        record.newValue = q.value(9).toString();
        records.append(record);
    }
    return records;
}

} // namespace Storage
