#include "models/storage/historyconversion.h"

#include "models/storage/changewriter.h"
#include "models/storage/database.h"
#include "models/storage/historyevents.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>

namespace Storage {
namespace {

using Domain::Error;
using Domain::Result;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::HistoryConversion)
};

// Version 2 recorded a measure's links as one row per kind, the UUIDs joined by commas.
bool isLinkField(const QString &field)
{
    static const QSet<QString> links{
        QStringLiteral("goals"), QStringLiteral("responsibleOrganisations"),
        QStringLiteral("participatingOrganisations"), QStringLiteral("knowledgeSources")};
    return links.contains(field);
}

QJsonValue valueOf(const QVariant &stored, bool link)
{
    if (link) {
        const QString text = stored.toString();
        return QJsonArray::fromStringList(
            stored.isNull() || text.isEmpty() ? QStringList() : text.split(QLatin1Char(',')));
    }
    return stored.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(stored.toString());
}

// The rows version 2 wrote for one entity in one transaction, in the order written.
struct Group
{
    QString changeSet;
    QString entity;
    QString entityUuid;
    QString projectUuid;
    struct Row
    {
        QString operation;
        QString field;
        QVariant oldValue;
        QVariant newValue;
    };
    QVector<Row> rows;
};

class Converter
{
public:
    explicit Converter(Database &database)
        : m_database(database)
    {}

    // Reads the old rows in batches, each read whole before anything is written: PostgreSQL's
    // driver cannot run a statement while another one's rows are still being fetched.
    Result<void> run()
    {
        constexpr int batchSize = 20000;
        QSqlQuery old(m_database.connection());
        old.setForwardOnly(true);
        if (!old.prepare(
                QStringLiteral(
                    "SELECT id, change_set, changed_at, author, operation, entity, entity_uuid,"
                    " project_uuid, field, old_value, new_value FROM change_history WHERE id > ?"
                    " ORDER BY id LIMIT %1")
                    .arg(batchSize)))
            return Sql::errorOf(old);
        Group group;
        qint64 last = 0;
        for (;;) {
            old.addBindValue(last);
            if (!old.exec())
                return Sql::errorOf(old);
            QVector<QVector<QVariant>> batch;
            while (old.next()) {
                QVector<QVariant> row;
                for (int column = 0; column < 11; ++column)
                    row.append(old.value(column));
                batch.append(row);
            }
            if (old.lastError().isValid())
                return Sql::errorOf(old);
            old.finish();
            for (const QVector<QVariant> &row : batch) {
                last = row.at(0).toLongLong();
                if (auto added = add(group, row); !added)
                    return added;
            }
            if (batch.size() < batchSize)
                break;
        }
        if (!group.rows.isEmpty())
            return write(group);
        return {};
    }

private:
    // Adds one old row to the group of its entity and transaction, writing out the group before
    // when the row starts another one.
    Result<void> add(Group &group, const QVector<QVariant> &row)
    {
        const QString changeSet = row.at(1).toString();
        const QString entityUuid = row.at(6).toString();
        if (!group.rows.isEmpty() &&
            (changeSet != group.changeSet || entityUuid != group.entityUuid)) {
            if (auto written = write(group); !written)
                return written;
            group.rows.clear();
        }
        if (group.rows.isEmpty()) {
            auto set = changeSetOf(changeSet, row.at(2), row.at(3).toString());
            if (!set)
                return set.error();
            group.changeSet = changeSet;
            group.entity = row.at(5).toString();
            group.entityUuid = entityUuid;
            group.projectUuid = row.at(7).toString();
        }
        group.rows.append(
            Group::Row{row.at(4).toString(), row.at(8).toString(), row.at(9), row.at(10)});
        return {};
    }

    Result<qint64> changeSetOf(const QString &uuid, const QVariant &changedAt,
                               const QString &author)
    {
        if (const auto found = m_changeSets.constFind(uuid); found != m_changeSets.cend())
            return found.value();
        QSqlQuery &insertion = m_insertSet;
        if (insertion.lastQuery().isEmpty() &&
            !insertion.prepare(QStringLiteral(
                "INSERT INTO change_set (changed_at, author) VALUES (?, ?) RETURNING id")))
            return Sql::errorOf(insertion);
        insertion.addBindValue(Sql::milliseconds(Sql::toTimestamp(changedAt)));
        insertion.addBindValue(author);
        if (!insertion.exec() || !insertion.next())
            return Sql::errorOf(insertion);
        const qint64 id = insertion.value(0).toLongLong();
        insertion.finish();
        m_changeSets.insert(uuid, id);
        return id;
    }

    Result<void> write(const Group &group)
    {
        const Table *table = HistoryEvents::tableOfEntity(group.entity);
        if (!table) {
            return Error{Error::Kind::Format,
                         Text::tr("The change history names an unknown kind of entity, %1.")
                             .arg(group.entity)};
        }
        // An insert of the entity itself writes its required fields; a change of links alone
        // (the only rows version 2 wrote with "insert" in an update) is an update.
        bool inserted = false;
        bool deleted = false;
        for (const Group::Row &row : group.rows) {
            inserted |= row.operation == QLatin1String("insert") && !isLinkField(row.field);
            deleted |= row.operation == QLatin1String("delete");
        }
        const int operation = deleted    ? ChangeWriter::Delete
                              : inserted ? ChangeWriter::Insert
                                         : ChangeWriter::Update;
        QJsonObject data;
        if (operation != ChangeWriter::Insert) {
            for (const Group::Row &row : group.rows) {
                const bool link = isLinkField(row.field);
                if (operation == ChangeWriter::Delete) {
                    data.insert(row.field, valueOf(row.oldValue, link));
                } else {
                    data.insert(row.field, QJsonArray{valueOf(row.oldValue, link),
                                                      valueOf(row.newValue, link)});
                }
            }
        }
        QSqlQuery &insertion = m_insertEvent;
        if (insertion.lastQuery().isEmpty() &&
            !insertion.prepare(QStringLiteral(
                "INSERT INTO change_event (change_set, entity, entity_uuid, project_uuid,"
                " operation, data, inserted) VALUES (?, ?, ?, ?, ?, ?, ?)")))
            return Sql::errorOf(insertion);
        const QVariant uuid = Sql::uuidBytes(QUuid::fromString(group.entityUuid));
        const bool insert = operation == ChangeWriter::Insert;
        insertion.addBindValue(m_changeSets.value(group.changeSet));
        insertion.addBindValue(table->code);
        insertion.addBindValue(insert ? QVariant() : uuid); // an insert lists it in inserted
        insertion.addBindValue(Sql::uuidBytes(QUuid::fromString(group.projectUuid)));
        insertion.addBindValue(operation);
        insertion.addBindValue(
            data.isEmpty()
                ? QVariant()
                : QVariant(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))));
        insertion.addBindValue(insert ? uuid : QVariant());
        if (!insertion.exec())
            return Sql::errorOf(insertion);
        return {};
    }

    Database &m_database;
    QHash<QString, qint64> m_changeSets;
    QSqlQuery m_insertSet{m_database.connection()};
    QSqlQuery m_insertEvent{m_database.connection()};
};

} // namespace

Result<void> HistoryConversion::fromVersionTwo(Database &database)
{
    return Converter(database).run();
}

} // namespace Storage
