#pragma once

#include "models/domain/changeevent.h"
#include "models/domain/result.h"
#include "models/storage/changewriter.h"

#include <QSqlQuery>

// Reading the change history (change_set, change_event; see ChangeWriter and
// models/domain/changeevent.h for the format). Internal to storage.
namespace Storage::HistoryEvents {

// The columns readAll() expects, in order, for a query over change_event e JOIN change_set s.
inline constexpr const char *Columns = "s.id, s.changed_at, s.author, e.operation, e.entity,"
                                       " e.entity_uuid, e.project_uuid, e.data, e.inserted";

// The table whose rows go by this code, or by this name, in the history; null when none does.
const Table *tableOfCode(int code);
const Table *tableOfEntity(const QString &entity);

// Every event of an executed query with Columns, in the query's order; a row of inserts is one
// event per entity inserted, in the order inserted. An event of a kind this version does not
// know is an error, never skipped.
Domain::Result<QVector<Domain::ChangeEvent>> readAll(QSqlQuery &query);

} // namespace Storage::HistoryEvents
