#pragma once

#include "models/domain/changeevent.h"
#include "models/domain/result.h"
#include "models/storage/statement.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <QVector>

#include <map>
#include <memory>
#include <optional>
#include <tuple>

namespace Storage {

class Database;
class Transaction;

// One field of a row to write. name is the field's name in the exchange format, which is what
// the change history records (the SQL schema may change; history must stay readable). A
// reference to another entity is stored as its integer key but recorded as its UUID
// (historyValue). A field without a column (a measure's links) is not written by ChangeWriter
// but recorded in the history with its row; its historyValue is then a list of UUID texts.
struct Field
{
    const char *name;
    const char *column;
    QVariant value;
    QVariant historyValue = {};
};

using Row = QVector<Field>;

// A table, the name its rows go by in the exchange format and so in the change history
// ("statusUpdate" for status_update), and the code that names it in change_event.entity.
struct Table
{
    const char *name;
    const char *entity;
    int code;
};

// A reference to a stored entity: its key here and its UUID everywhere.
struct Ref
{
    qint64 id = 0;
    QUuid uuid;
};

// Writes rows and, in the same transaction, the change history: one change set for the
// transaction (who, when), and one event per entity written (models/domain/changeevent.h says
// what each kind of event keeps). Inserts of one kind of entity into one project are stored
// together, as one change_event row listing their UUIDs: an import of a portfolio inserts a
// million rows, and their history should not cost another million. Other events are stored as
// they happen; pending inserts are stored first, and at the latest by flush(), which the
// owner of the transaction calls before it commits. One ChangeWriter serves one transaction;
// the change set is stored with the first event. Table and column names come only from the
// compile-time constants of entityrows.cpp; every value is bound.
class ChangeWriter
{
public:
    // How the history codes an operation in change_event.operation.
    enum Operation { Insert = 1, Update = 2, Delete = 3 };

    explicit ChangeWriter(Database &database);

    // Names the project that following events belong to (null for portfolio entities).
    void setProject(const QUuid &projectUuid) { m_project = projectUuid; }

    // What insert() does when a row with the same uuid is stored already (by another program at
    // the same time): refuse with Error::Kind::Conflict, or keep the stored one and return 0.
    enum class Duplicate { Refuse, KeepStored };

    // The key and version a removed row had, for putting it back as it was.
    struct Kept
    {
        qint64 id = 0;
        int version = 1;
    };

    // Inserts a row with this uuid and returns its new key. With kept, the row gets its old
    // version, and its old key unless another row has taken it meanwhile (SQLite hands out the
    // highest key plus one again); then a new one.
    Domain::Result<qint64> insert(const Table &table, const QUuid &uuid, const Row &row,
                                  Duplicate duplicate = Duplicate::Refuse,
                                  const std::optional<Kept> &kept = std::nullopt);

    // Whether two rows of the same entity differ in any field.
    static bool differs(const Row &before, const Row &after);

    // Writes the columns that differ between before and after, and bumps the version, but only
    // while the stored version is still expectedVersion: otherwise Error::Kind::Conflict (or
    // NotFound), and nothing is written. Records every field that differs, columns and links.
    Domain::Result<void> update(const Table &table, qint64 id, const QUuid &uuid,
                                int expectedVersion, const Row &before, const Row &after);

    // Writes and records the columns that differ, as update() does, but neither checks nor
    // bumps the version: for where an entity sits (its position, a goal's parent), which no
    // version covers, so that renumbering a list leaves everyone's copies of it current.
    Domain::Result<void> move(const Table &table, qint64 id, const QUuid &uuid, const Row &before,
                              const Row &after);

    // Bumps the version of an entity whose parts changed (a measure's activities added, removed
    // or reordered), so that a copy read before cannot write its old list back. Recorded as an
    // update without fields: the parts' own events say what changed, this one who changed the
    // entity when (the conflict message names the last event of the entity).
    Domain::Result<void> touch(const Table &table, qint64 id, const QUuid &uuid);

    // Deletes the row and keeps it whole in the history; with expectedVersion only while that
    // is the stored version (Error::Kind::Conflict, or NotFound, otherwise). Rows that the
    // database deletes with it (ON DELETE CASCADE) must be removed through remove() first, so
    // that they are kept too.
    Domain::Result<void> remove(const Table &table, qint64 id, const QUuid &uuid, const Row &before,
                                const std::optional<int> &expectedVersion = std::nullopt);

    // Who last updated or deleted the entity, and when (Domain::LastChange); nothing when the
    // history has no such event of it.
    static Domain::Result<std::optional<Domain::LastChange>> lastChange(Database &database,
                                                                        const QUuid &uuid);

    // The history's JSON form of a field's value: text, null, or a list of UUID texts.
    static QJsonValue historyValue(const Field &field);

    // A statement of this writer's transaction, prepared the first time it is asked for.
    Domain::Result<Statement *> statement(const QString &sql);

    // Stores the inserts not stored yet (done by every other event too).
    Domain::Result<void> flush();
    // Stores the inserts not stored yet and commits transaction: how every write that went
    // through a ChangeWriter ends.
    Domain::Result<void> commit(Transaction &transaction);

private:
    Domain::Result<void> write(const Table &table, qint64 id, const QUuid &uuid,
                               const std::optional<int> &expectedVersion, const Row &before,
                               const Row &after);
    Domain::Result<void> record(Operation operation, const Table &table, const QUuid &uuid,
                                const QJsonObject &data);
    Domain::Result<qint64> changeSet();
    Domain::Error conflict(const Table &table, qint64 id, const QUuid &uuid);

    Database &m_database;
    qint64 m_changeSet = 0; // stored with the first event
    QUuid m_project;
    std::map<QString, std::unique_ptr<Statement>> m_statements; // prepared once per writer
    // The INSERT of each table, per Duplicate and whether it writes the kept key and version.
    std::map<std::tuple<const Table *, Duplicate, bool, bool>, QString> m_insertions;
    // Inserted and not yet recorded: per project and kind of entity, the UUIDs' 16 bytes each.
    std::map<std::pair<QUuid, int>, QByteArray> m_pendingInserts;
};

} // namespace Storage
