#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QUuid>
#include <QVector>

namespace Domain {

// One event of the append-only change history: an entity inserted, updated or deleted by one
// transaction (its change set). Who and when belong to the change set; what to the event.
//
// The history costs what changed: an insert records nothing but that it happened (the row
// holds its values, and a later update records the ones it replaced); an update records the
// fields that changed, before and after; a delete keeps every field of the row as it was. So
// any project can be rebuilt as it stood at a past time (HistoryRepository::projectAsOf).
//
// Field names are those of the exchange format ("plannedEnd", "managementAnchoring.state"), plus
// "position" (the place in its list) and the reference to the owner ("project", "measure",
// "goal", "parent"). Values are exchange-format text (ISO dates, codes, UUIDs, "true"/"false"),
// null, or for a measure's links ("goals", "responsibleOrganisations", ...) a list of UUIDs.
struct ChangeEvent
{
    enum class Operation { Insert, Update, Delete };

    struct Field
    {
        QString name;
        QJsonValue before; // update and delete
        QJsonValue after;  // update
    };

    qint64 changeSet = 0; // events of one transaction share it; later transactions count higher
    QDateTime changedAt;  // UTC, to the millisecond
    QString author;       // OS user (SQLite) or database role (PostgreSQL)
    Operation operation = Operation::Insert;
    QString entity; // "measure", "goal", ... as in the exchange format
    QUuid entityUuid;
    QUuid projectUuid; // null for organisations and knowledge sources
    QVector<Field> fields;
};

// Who stored an entity's newest version, and when: its last update or delete in the history
// (inserts are recorded per project, not per entity). After a conflict, to say who got there
// first.
struct LastChange
{
    QString author;      // as in ChangeEvent
    QDateTime changedAt; // UTC
};

} // namespace Domain
