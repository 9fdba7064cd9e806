#include "models/storage/changewriter.h"

#include "models/domain/text.h"
#include "models/storage/database.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlDatabase>

namespace Storage {
namespace {

using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::ChangeWriter)
};

// Text columns are NOT NULL: a null QString is written as empty text. Absence of a value is
// an invalid QVariant, which binds as NULL.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

} // namespace

ChangeWriter::ChangeWriter(Database &database)
    : m_database(database)
{}

QJsonValue ChangeWriter::historyValue(const Field &field)
{
    const QVariant &value = field.historyValue.isValid() ? field.historyValue : field.value;
    if (value.typeId() == QMetaType::QStringList)
        return QJsonArray::fromStringList(value.toStringList());
    if (value.typeId() == QMetaType::QUuid)
        return QJsonValue(value.toUuid().toString(QUuid::WithoutBraces));
    const std::optional<QString> text = Sql::historyText(value);
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

Domain::Result<Statement *> ChangeWriter::statement(const QString &sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto prepared = std::make_unique<Statement>(m_database, sql);
        if (!prepared->prepared())
            return prepared->prepared().error();
        found = m_statements.emplace(sql, std::move(prepared)).first;
    }
    return found->second.get();
}

Domain::Result<qint64> ChangeWriter::changeSet()
{
    if (m_changeSet != 0)
        return m_changeSet;
    const bool sqlite = m_database.driver() == ConnectionSettings::Driver::Sqlite;
    auto query = statement(
        sqlite ? QStringLiteral("INSERT INTO change_set (changed_at, author) VALUES (?, ?)")
               : QStringLiteral("INSERT INTO change_set (changed_at, author)"
                                " VALUES (?, ?) RETURNING id"));
    if (!query)
        return query.error();
    Statement &insertion = *query.value();
    insertion.bind(0, Sql::milliseconds(QDateTime::currentDateTimeUtc()));
    insertion.bind(1, m_database.author());
    if (auto done = insertion.run(); !done)
        return done.error();
    if (sqlite) {
        m_changeSet = insertion.insertedId();
    } else if (insertion.next()) {
        m_changeSet = insertion.value(0).toLongLong();
    } else {
        return Error{Error::Kind::Database, Text::tr("No change set was stored.")};
    }
    insertion.finish();
    return m_changeSet;
}

Domain::Result<qint64> ChangeWriter::insert(const Table &table, const QUuid &uuid, const Row &row,
                                            Duplicate duplicate, const std::optional<Kept> &kept)
{
    bool keepId = false;
    if (kept) {
        auto query = statement(
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?").arg(QLatin1String(table.name)));
        if (!query)
            return query.error();
        Statement &taken = *query.value();
        taken.bind(0, kept->id);
        if (auto done = taken.run(); !done)
            return done.error();
        keepId = taken.next() && taken.value(0).toInt() == 0;
        taken.finish();
    }
    // SQLite hands out the new key for free; PostgreSQL returns it.
    const bool sqlite = m_database.driver() == ConnectionSettings::Driver::Sqlite;
    QString &sql = m_insertions[std::make_tuple(&table, duplicate, kept.has_value(), keepId)];
    if (sql.isEmpty()) {
        QStringList columns{QStringLiteral("uuid")};
        if (keepId)
            columns.append(QStringLiteral("id"));
        if (kept)
            columns.append(QStringLiteral("version"));
        for (const Field &field : row) {
            if (field.column)
                columns.append(QLatin1String(field.column));
        }
        const QStringList placeholders(columns.size(), QStringLiteral("?"));
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4%5")
                  .arg(QLatin1String(table.name), columns.join(QLatin1String(", ")),
                       placeholders.join(QLatin1String(", ")),
                       duplicate == Duplicate::KeepStored
                           ? QStringLiteral(" ON CONFLICT (uuid) DO NOTHING")
                           : QString(),
                       sqlite ? QString() : QStringLiteral(" RETURNING id"));
    }
    auto query = statement(sql);
    if (!query)
        return query.error();
    Statement &insertion = *query.value();
    int position = 0;
    insertion.bind(position++, Sql::fromUuid(uuid));
    if (keepId)
        insertion.bind(position++, kept->id);
    if (kept)
        insertion.bind(position++, kept->version);
    for (const Field &field : row) {
        if (field.column)
            insertion.bind(position++, bindable(field.value));
    }
    if (auto done = insertion.run(); !done)
        return done.error();
    const bool inserted = sqlite ? insertion.rowsAffected() > 0 : insertion.next();
    const qint64 id = !inserted ? 0
                      : sqlite  ? insertion.insertedId()
                                : insertion.value(0).toLongLong();
    insertion.finish();
    if (!inserted) {
        if (duplicate == Duplicate::KeepStored)
            return qint64(0); // stored meanwhile by someone else: theirs is kept, no history
        return Error{Error::Kind::Database, Text::tr("The row was not stored.")};
    }
    m_pendingInserts[std::make_pair(m_project, table.code)].append(uuid.toRfc4122());
    return id;
}

bool ChangeWriter::differs(const Row &before, const Row &after)
{
    Q_ASSERT(before.size() == after.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (historyValue(before.at(i)) != historyValue(after.at(i)))
            return true;
    }
    return false;
}

Domain::Result<void> ChangeWriter::update(const Table &table, qint64 id, const QUuid &uuid,
                                          int expectedVersion, const Row &before, const Row &after)
{
    return write(table, id, uuid, expectedVersion, before, after);
}

Domain::Result<void> ChangeWriter::move(const Table &table, qint64 id, const QUuid &uuid,
                                        const Row &before, const Row &after)
{
    return write(table, id, uuid, std::nullopt, before, after);
}

Domain::Result<void> ChangeWriter::write(const Table &table, qint64 id, const QUuid &uuid,
                                         const std::optional<int> &expectedVersion,
                                         const Row &before, const Row &after)
{
    Q_ASSERT(before.size() == after.size());
    QStringList assignments;
    QVector<qsizetype> changedColumns;
    QJsonObject data;
    for (qsizetype i = 0; i < after.size(); ++i) {
        Q_ASSERT(qstrcmp(before.at(i).name, after.at(i).name) == 0);
        const QJsonValue old = historyValue(before.at(i));
        const QJsonValue now = historyValue(after.at(i));
        if (old == now)
            continue;
        data.insert(QLatin1String(after.at(i).name), QJsonArray{old, now});
        if (after.at(i).column) {
            changedColumns.append(i);
            assignments.append(QLatin1String(after.at(i).column) + QStringLiteral(" = ?"));
        }
    }
    if (!expectedVersion) {
        if (assignments.isEmpty())
            return {}; // a move that leaves it where it was
    } else {
        assignments.append(QStringLiteral("version = version + 1"));
    }
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
                            .arg(QLatin1String(table.name), assignments.join(QLatin1String(", ")),
                                 expectedVersion ? QStringLiteral(" AND version = ?") : QString());
    auto query = statement(sql);
    if (!query)
        return query.error();
    Statement &update = *query.value();
    int position = 0;
    for (qsizetype i : changedColumns)
        update.bind(position++, bindable(after.at(i).value));
    update.bind(position++, id);
    if (expectedVersion)
        update.bind(position++, *expectedVersion);
    if (auto done = update.run(); !done)
        return done;
    const int affected = update.rowsAffected();
    update.finish();
    if (affected != 1)
        return conflict(table, id, uuid);
    if (data.isEmpty())
        return {};
    return record(Update, table, uuid, data);
}

Domain::Result<void> ChangeWriter::touch(const Table &table, qint64 id, const QUuid &uuid)
{
    auto query = statement(QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ?")
                               .arg(QLatin1String(table.name)));
    if (!query)
        return query.error();
    Statement &update = *query.value();
    update.bind(0, id);
    if (auto done = update.run(); !done)
        return done;
    const int affected = update.rowsAffected();
    update.finish();
    if (affected != 1)
        return conflict(table, id, uuid);
    return record(Update, table, uuid, QJsonObject());
}

Domain::Result<void> ChangeWriter::remove(const Table &table, qint64 id, const QUuid &uuid,
                                          const Row &before,
                                          const std::optional<int> &expectedVersion)
{
    auto query =
        statement(QStringLiteral("DELETE FROM %1 WHERE id = ?%2")
                      .arg(QLatin1String(table.name),
                           expectedVersion ? QStringLiteral(" AND version = ?") : QString()));
    if (!query)
        return query.error();
    Statement &deletion = *query.value();
    deletion.bind(0, id);
    if (expectedVersion)
        deletion.bind(1, *expectedVersion);
    if (auto done = deletion.run(); !done)
        return done;
    const int affected = deletion.rowsAffected();
    deletion.finish();
    if (affected != 1)
        return conflict(table, id, uuid);
    QJsonObject data;
    for (const Field &field : before)
        data.insert(QLatin1String(field.name), historyValue(field));
    return record(Delete, table, uuid, data);
}

Domain::Result<void> ChangeWriter::flush()
{
    if (m_pendingInserts.empty())
        return {};
    auto set = changeSet();
    if (!set)
        return set.error();
    auto query = statement(QStringLiteral(
        "INSERT INTO change_event (change_set, entity, project_uuid, operation, inserted)"
        " VALUES (?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    Statement &insertion = *query.value();
    for (const auto &[key, uuids] : m_pendingInserts) {
        insertion.bind(0, set.value());
        insertion.bind(1, key.second);
        insertion.bind(2, Sql::uuidBytes(key.first));
        insertion.bind(3, int(Insert));
        insertion.bind(4, uuids);
        if (auto done = insertion.run(); !done)
            return done;
    }
    insertion.finish();
    m_pendingInserts.clear();
    return {};
}

Domain::Result<void> ChangeWriter::commit(Transaction &transaction)
{
    if (auto flushed = flush(); !flushed)
        return flushed;
    return transaction.commit();
}

Domain::Result<void> ChangeWriter::record(Operation operation, const Table &table,
                                          const QUuid &uuid, const QJsonObject &data)
{
    // What was inserted before this change is recorded before it.
    if (auto flushed = flush(); !flushed)
        return flushed;
    auto set = changeSet();
    if (!set)
        return set.error();
    auto query = statement(QStringLiteral(
        "INSERT INTO change_event (change_set, entity, entity_uuid, project_uuid, operation,"
        " data) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    Statement &insertion = *query.value();
    insertion.bind(0, set.value());
    insertion.bind(1, table.code);
    insertion.bind(2, Sql::uuidBytes(uuid));
    insertion.bind(3, Sql::uuidBytes(m_project));
    insertion.bind(4, int(operation));
    insertion.bind(5, data.isEmpty() ? QVariant()
                                     : QVariant(QString::fromUtf8(
                                           QJsonDocument(data).toJson(QJsonDocument::Compact))));
    auto done = insertion.run();
    insertion.finish();
    return done;
}

Domain::Error ChangeWriter::conflict(const Table &table, qint64 id, const QUuid &uuid)
{
    const QString exists =
        QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(QLatin1String(table.name));
    auto stored = Sql::run(m_database.connection(), exists, {id});
    if (!stored)
        return stored.error();
    if (!stored->next())
        return Error{Error::Kind::NotFound, Text::tr("It has been deleted by someone else.")};

    // Still a conflict when the history cannot say who: the stored version is what counts.
    if (auto last = lastChange(m_database, uuid); last && last.value()) {
        const QString when =
            QLocale().toString(last.value()->changedAt.toLocalTime(), QLocale::ShortFormat);
        return Error{Error::Kind::Conflict,
                     Text::tr("%1 changed it at %2, after it was read here. Nothing was "
                              "overwritten; reload to see the change.")
                         .arg(Domain::printable(last.value()->author), when)};
    }
    return Error{Error::Kind::Conflict,
                 Text::tr("Someone else changed it after it was read here. Nothing was "
                          "overwritten; reload to see the change.")};
}

Domain::Result<std::optional<Domain::LastChange>> ChangeWriter::lastChange(Database &database,
                                                                           const QUuid &uuid)
{
    auto last = Sql::run(database.connection(),
                         QStringLiteral("SELECT s.author, s.changed_at FROM change_event e"
                                        " JOIN change_set s ON s.id = e.change_set"
                                        " WHERE e.entity_uuid = ?"
                                        " ORDER BY e.id DESC LIMIT 1"),
                         {Sql::uuidBytes(uuid)});
    if (!last)
        return last.error();
    if (!last->next())
        return std::optional<Domain::LastChange>();
    return std::optional<Domain::LastChange>(
        Domain::LastChange{last->value(0).toString(), Sql::fromMilliseconds(last->value(1))});
}

} // namespace Storage
