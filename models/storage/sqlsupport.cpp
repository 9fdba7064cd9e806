#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>

namespace Storage::Sql {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::Sql)
};

using Domain::Error;

} // namespace

Error errorOf(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    return Error{Error::Kind::Database, Text::tr("The database refused a request: %1").arg(detail)};
}

Domain::Result<void> exec(QSqlQuery &query)
{
    if (!query.exec())
        return errorOf(query);
    return {};
}

Domain::Result<void> execute(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return errorOf(query);
    return {};
}

Domain::Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                              std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return errorOf(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return errorOf(query);
    return query;
}

QVariant fromDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant fromTimestamp(const QDateTime &timestamp)
{
    return timestamp.isValid() ? QVariant(timestamp.toUTC().toString(Qt::ISODateWithMs))
                               : QVariant();
}

QVariant fromUuid(const QUuid &uuid)
{
    return uuid.isNull() ? QVariant() : QVariant(uuid.toString(QUuid::WithoutBraces));
}

QVariant fromBool(bool value)
{
    return QVariant(value ? 1 : 0);
}

QVariant fromOptional(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant fromOptional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.toUTC();
}

QUuid toUuid(const QVariant &value)
{
    return value.isNull() ? QUuid() : QUuid::fromString(value.toString());
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

std::optional<double> toOptionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<QString> historyText(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return value.toString();
}

} // namespace Storage::Sql
