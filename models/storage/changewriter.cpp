#include "models/storage/changewriter.h"

#include "models/storage/database.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>

namespace Storage {
namespace {

using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::ChangeWriter)
};

std::optional<QString> historyTextOf(const Field &field)
{
    return Sql::historyText(field.historyValue.isValid() ? field.historyValue : field.value);
}

// Text columns are NOT NULL: a null QString is written as empty text. Absence of a value is
// an invalid QVariant, which binds as NULL.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

std::optional<QString> joined(const QStringList &values)
{
    if (values.isEmpty())
        return std::nullopt;
    return values.join(QLatin1Char(','));
}

} // namespace

ChangeWriter::ChangeWriter(Database &database)
    : m_database(database)
    , m_changeSet(QUuid::createUuid())
    , m_now(QDateTime::currentDateTimeUtc())
{}

Domain::Result<QSqlQuery *> ChangeWriter::prepared(const QString &statement)
{
    auto found = m_statements.find(statement);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        query->setForwardOnly(true);
        if (!query->prepare(statement))
            return Sql::errorOf(*query);
        found = m_statements.emplace(statement, std::move(query)).first;
    }
    return found->second.get();
}

Domain::Result<qint64> ChangeWriter::insert(const Table &table, const QUuid &uuid, const Row &row,
                                            Duplicate duplicate)
{
    QStringList columns{QStringLiteral("uuid")};
    QStringList placeholders{QStringLiteral("?")};
    for (const Field &field : row) {
        columns.append(QLatin1String(field.column));
        placeholders.append(QStringLiteral("?"));
    }
    const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4 RETURNING id")
                                  .arg(QLatin1String(table.name), columns.join(QLatin1String(", ")),
                                       placeholders.join(QLatin1String(", ")),
                                       duplicate == Duplicate::KeepStored
                                           ? QStringLiteral(" ON CONFLICT (uuid) DO NOTHING")
                                           : QString());
    auto query = prepared(statement);
    if (!query)
        return query.error();
    QSqlQuery &insertion = *query.value();
    insertion.addBindValue(Sql::fromUuid(uuid));
    for (const Field &field : row)
        insertion.addBindValue(bindable(field.value));
    if (auto done = Sql::exec(insertion); !done)
        return done.error();
    if (!insertion.next()) {
        if (duplicate == Duplicate::KeepStored && !insertion.lastError().isValid()) {
            insertion.finish();
            return qint64(0); // stored meanwhile by someone else: theirs is kept, no history
        }
        return Sql::errorOf(insertion);
    }
    const qint64 id = insertion.value(0).toLongLong();
    insertion.finish();

    for (const Field &field : row) {
        const std::optional<QString> value = historyTextOf(field);
        if (!value)
            continue;
        if (auto recorded = record("insert", table.entity, uuid, field.name, std::nullopt, value);
            !recorded)
            return recorded.error();
    }
    return id;
}

bool ChangeWriter::differs(const Row &before, const Row &after)
{
    Q_ASSERT(before.size() == after.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (historyTextOf(before.at(i)) != historyTextOf(after.at(i)))
            return true;
    }
    return false;
}

Domain::Result<void> ChangeWriter::update(const Table &table, qint64 id, const QUuid &uuid,
                                          int expectedVersion, const Row &before, const Row &after)
{
    Q_ASSERT(before.size() == after.size());
    QStringList assignments;
    QVector<qsizetype> changed;
    for (qsizetype i = 0; i < after.size(); ++i) {
        Q_ASSERT(qstrcmp(before.at(i).column, after.at(i).column) == 0);
        if (historyTextOf(before.at(i)) == historyTextOf(after.at(i)))
            continue;
        changed.append(i);
        assignments.append(QLatin1String(after.at(i).column) + QStringLiteral(" = ?"));
    }
    assignments.append(QStringLiteral("version = version + 1"));
    const QString statement =
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
            .arg(QLatin1String(table.name), assignments.join(QLatin1String(", ")));
    auto query = prepared(statement);
    if (!query)
        return query.error();
    QSqlQuery &update = *query.value();
    for (qsizetype i : changed)
        update.addBindValue(bindable(after.at(i).value));
    update.addBindValue(id);
    update.addBindValue(expectedVersion);
    if (auto done = Sql::exec(update); !done)
        return done;
    const int affected = update.numRowsAffected();
    update.finish();
    if (affected != 1)
        return conflict(table, id, uuid);

    for (qsizetype i : changed) {
        if (auto recorded = record("update", table.entity, uuid, after.at(i).name,
                                   historyTextOf(before.at(i)), historyTextOf(after.at(i)));
            !recorded)
            return recorded;
    }
    return {};
}

Domain::Result<void> ChangeWriter::remove(const Table &table, qint64 id, const QUuid &uuid,
                                          const Row &before)
{
    const QString statement =
        QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table.name));
    auto query = prepared(statement);
    if (!query)
        return query.error();
    QSqlQuery &deletion = *query.value();
    deletion.addBindValue(id);
    if (auto done = Sql::exec(deletion); !done)
        return done;
    deletion.finish();
    for (const Field &field : before) {
        const std::optional<QString> value = historyTextOf(field);
        if (!value)
            continue;
        if (auto recorded = record("delete", table.entity, uuid, field.name, value, std::nullopt);
            !recorded)
            return recorded;
    }
    return {};
}

Domain::Result<void> ChangeWriter::recordLinks(const Table &table, const QUuid &uuid,
                                               const char *field, const QStringList &before,
                                               const QStringList &after)
{
    if (before == after)
        return {};
    return record(before.isEmpty() ? "insert" : "update", table.entity, uuid, field, joined(before),
                  joined(after));
}

Domain::Result<void> ChangeWriter::record(const char *operation, const char *entity,
                                          const QUuid &uuid, const char *field,
                                          const std::optional<QString> &oldValue,
                                          const std::optional<QString> &newValue)
{
    auto query = prepared(QStringLiteral(
        "INSERT INTO change_history (change_set, changed_at, author, operation, entity,"
        " entity_uuid, project_uuid, field, old_value, new_value)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    QSqlQuery &insertion = *query.value();
    insertion.addBindValue(Sql::fromUuid(m_changeSet));
    insertion.addBindValue(Sql::fromTimestamp(m_now));
    insertion.addBindValue(m_database.author());
    insertion.addBindValue(QString::fromLatin1(operation));
    insertion.addBindValue(QString::fromLatin1(entity));
    insertion.addBindValue(Sql::fromUuid(uuid));
    insertion.addBindValue(Sql::fromUuid(m_project));
    insertion.addBindValue(QString::fromLatin1(field));
    // Empty text is a value, not its absence: a null QString would bind as NULL.
    insertion.addBindValue(oldValue ? bindable(QVariant(*oldValue)) : QVariant());
    insertion.addBindValue(newValue ? bindable(QVariant(*newValue)) : QVariant());
    auto done = Sql::exec(insertion);
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

    auto last = Sql::run(m_database.connection(),
                         QStringLiteral("SELECT author, changed_at FROM change_history"
                                        " WHERE entity_uuid = ? ORDER BY id DESC LIMIT 1"),
                         {Sql::fromUuid(uuid)});
    if (last && last->next()) {
        const QString when = QLocale().toString(Sql::toTimestamp(last->value(1)).toLocalTime(),
                                                QLocale::ShortFormat);
        return Error{Error::Kind::Conflict,
                     Text::tr("%1 changed it at %2, after it was read here. Nothing was "
                              "overwritten; reload to see the change.")
                         .arg(last->value(0).toString(), when)};
    }
    return Error{Error::Kind::Conflict,
                 Text::tr("Someone else changed it after it was read here. Nothing was "
                          "overwritten; reload to see the change.")};
}

} // namespace Storage
