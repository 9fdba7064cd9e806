#include "models/storage/historyevents.h"

#include "models/storage/entityrows.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Storage::HistoryEvents {
namespace {

using Domain::ChangeEvent;
using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::HistoryEvents)
};

Error unreadable(const QString &what)
{
    return Error{Error::Kind::Format,
                 Text::tr("The change history holds an event this version of Samspill cannot "
                          "read (%1).")
                     .arg(what)};
}

} // namespace

const Table *tableOfCode(int code)
{
    for (const Table *table : Rows::allTables()) {
        if (table->code == code)
            return table;
    }
    return nullptr;
}

const Table *tableOfEntity(const QString &entity)
{
    for (const Table *table : Rows::allTables()) {
        if (entity == QLatin1String(table->entity))
            return table;
    }
    return nullptr;
}

Domain::Result<QVector<ChangeEvent>> readAll(QSqlQuery &query)
{
    QVector<ChangeEvent> events;
    while (query.next()) {
        ChangeEvent event;
        event.changeSet = query.value(0).toLongLong();
        event.changedAt = Sql::fromMilliseconds(query.value(1));
        event.author = query.value(2).toString();
        const int operation = query.value(3).toInt();
        if (operation < ChangeWriter::Insert || operation > ChangeWriter::Delete)
            return unreadable(QStringLiteral("operation %1").arg(operation));
        event.operation = operation == ChangeWriter::Insert   ? ChangeEvent::Operation::Insert
                          : operation == ChangeWriter::Update ? ChangeEvent::Operation::Update
                                                              : ChangeEvent::Operation::Delete;
        const Table *table = tableOfCode(query.value(4).toInt());
        if (!table)
            return unreadable(QStringLiteral("entity %1").arg(query.value(4).toInt()));
        event.entity = QLatin1String(table->entity);
        event.entityUuid = Sql::uuidFromBytes(query.value(5));
        event.projectUuid = Sql::uuidFromBytes(query.value(6));
        if (event.operation == ChangeEvent::Operation::Insert) {
            const QByteArray inserted = query.value(8).toByteArray();
            if (inserted.isEmpty() || inserted.size() % 16 != 0)
                return unreadable(QStringLiteral("inserts of change set %1").arg(event.changeSet));
            for (qsizetype at = 0; at < inserted.size(); at += 16) {
                event.entityUuid = QUuid::fromRfc4122(QByteArrayView(inserted).sliced(at, 16));
                events.append(event);
            }
            continue;
        }
        if (!query.value(7).isNull()) {
            QJsonParseError error;
            const QJsonDocument data =
                QJsonDocument::fromJson(query.value(7).toString().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !data.isObject())
                return unreadable(QStringLiteral("data of change set %1").arg(event.changeSet));
            const QJsonObject fields = data.object();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                ChangeEvent::Field field;
                field.name = it.key();
                if (event.operation == ChangeEvent::Operation::Update) {
                    const QJsonArray pair = it.value().toArray();
                    if (pair.size() != 2)
                        return unreadable(field.name);
                    field.before = pair.at(0);
                    field.after = pair.at(1);
                } else {
                    field.before = it.value();
                }
                event.fields.append(field);
            }
        }
        events.append(event);
    }
    return events;
}

} // namespace Storage::HistoryEvents
