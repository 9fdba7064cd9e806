#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <QVector>

#include <map>
#include <memory>
#include <optional>

namespace Storage {

class Database;

// One column of a row to write. name is the field's name in the exchange format, which is
// what the change history records (the SQL schema may change; history must stay readable).
// A reference to another entity is stored as its integer key but recorded as its UUID
// (historyValue).
struct Field
{
    const char *name;
    const char *column;
    QVariant value;
    QVariant historyValue = {};
};

using Row = QVector<Field>;

// A table, and the name its rows go by in the exchange format and so in the change history
// ("statusUpdate" for status_update): the history outlives any schema.
struct Table
{
    const char *name;
    const char *entity;
};

// A reference to a stored entity: its key here and its UUID everywhere.
struct Ref
{
    qint64 id = 0;
    QUuid uuid;
};

// Writes rows and, in the same transaction, the change history for every field it writes.
// One ChangeWriter serves one transaction: its rows share one change-set UUID and one
// timestamp. Table and column names come only from the compile-time constants of
// entityrows.cpp; every value is bound.
class ChangeWriter
{
public:
    explicit ChangeWriter(Database &database);

    // Names the project that following history rows belong to (null for portfolio entities).
    void setProject(const QUuid &projectUuid) { m_project = projectUuid; }

    // What insert() does when a row with the same uuid is stored already (by another program at
    // the same time): refuse with Error::Kind::Conflict, or keep the stored one and return 0.
    enum class Duplicate { Refuse, KeepStored };

    // Inserts a row with this uuid and returns its new key.
    Domain::Result<qint64> insert(const Table &table, const QUuid &uuid, const Row &row,
                                  Duplicate duplicate = Duplicate::Refuse);

    // Whether two rows of the same entity differ in any field.
    static bool differs(const Row &before, const Row &after);

    // Writes the fields that differ between before and after, and bumps the version, but only
    // while the stored version is still expectedVersion: otherwise Error::Kind::Conflict (or
    // NotFound), and nothing is written.
    Domain::Result<void> update(const Table &table, qint64 id, const QUuid &uuid,
                                int expectedVersion, const Row &before, const Row &after);

    Domain::Result<void> remove(const Table &table, qint64 id, const QUuid &uuid,
                                const Row &before);

    // Records a change of a set of links (e.g. a measure's goals) as one history row.
    Domain::Result<void> recordLinks(const Table &table, const QUuid &uuid, const char *field,
                                     const QStringList &before, const QStringList &after);

private:
    Domain::Result<void> record(const char *operation, const char *entity, const QUuid &uuid,
                                const char *field, const std::optional<QString> &oldValue,
                                const std::optional<QString> &newValue);
    Domain::Result<QSqlQuery *> prepared(const QString &statement);
    Domain::Error conflict(const Table &table, qint64 id, const QUuid &uuid);

    Database &m_database;
    QUuid m_changeSet;
    QDateTime m_now;
    QUuid m_project;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // prepared once per writer
};

} // namespace Storage
