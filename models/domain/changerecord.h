#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Domain {

// One row of the append-only change history: one field of one entity, before and after.
// An insert records every field with an empty oldValue; a delete every field with an empty
// newValue. Values are in their exchange-format text form (ISO dates, codes, UUIDs).
struct ChangeRecord
{
    QUuid changeSet;     // all rows written by one transaction share it
    QDateTime changedAt; // UTC
    QString author;      // OS user (SQLite) or database role (PostgreSQL)
    QString operation;   // "insert", "update" or "delete"
    QString entity;      // "measure", "goal", ...
    QUuid entityUuid;
    QUuid projectUuid; // null for portfolio-wide entities
    QString field;
    QString oldValue;
    QString newValue;
    bool oldIsNull = true;
    bool newIsNull = true;
};

} // namespace Domain
