#include "models/storage/sqlsupport.h"

#include "models/domain/text.h"

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

// SQLite's primary result codes; the driver may report an extended code, whose low byte is
// the primary one (SQLITE_CONSTRAINT_UNIQUE is 2067 = 19 + 8 << 8).
enum SqliteCode { SqliteBusy = 5, SqliteLocked = 6, SqliteFull = 13, SqliteConstraint = 19 };

// The primary SQLite result code of a native error code, or 0 when it is none (PostgreSQL's
// SQLSTATEs are five characters, never all digits of a small number).
int sqliteCode(const QString &code)
{
    if (code.size() > 5)
        return 0;
    bool ok = false;
    const int value = code.toInt(&ok);
    return ok && code.size() < 5 ? (value & 0xff) : 0;
}

// PostgreSQL's SQLSTATEs, as the Qt driver reports them in QSqlError::nativeErrorCode().
const QLatin1String postgresUniqueViolation("23505");
const QLatin1String postgresSerializationFailure("40001");
const QLatin1String postgresDeadlock("40P01");
const QLatin1String postgresDiskFull("53100");

} // namespace

bool isBusy(const QSqlError &error)
{
    const int code = sqliteCode(error.nativeErrorCode());
    return code == SqliteBusy || code == SqliteLocked;
}

Error errorOf(const QSqlError &error)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    return errorOf(error.nativeErrorCode(), detail);
}

Error errorOf(const QString &code, const QString &text)
{
    const QString detail = Domain::printable(text.trimmed());
    const int sqlite = sqliteCode(code);
    if (sqlite == SqliteFull || code == postgresDiskFull) {
        return Error{Error::Kind::Io,
                     Text::tr("The disk is full, so the database could not be written; nothing "
                              "was changed (%1).")
                         .arg(detail)};
    }
    if (code == postgresUniqueViolation ||
        (sqlite == SqliteConstraint && detail.contains(QLatin1String("UNIQUE")))) {
        return Error{Error::Kind::Conflict,
                     Text::tr("Something with the same UUID is already stored, perhaps by "
                              "someone else just now; nothing was changed (%1).")
                         .arg(detail)};
    }
    if (code == postgresSerializationFailure || code == postgresDeadlock) {
        return Error{Error::Kind::Transient,
                     Text::tr("Another program's change got in the way; nothing was changed (%1).")
                         .arg(detail)};
    }
    return Error{Error::Kind::Database, Text::tr("The database refused a request: %1").arg(detail)};
}

Error errorOf(const QSqlQuery &query)
{
    return errorOf(query.lastError());
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

namespace {

// Writes number as digits digits wide into out; QDate::toString goes through printf, which
// costs more than storing the row when an import stores a million dates.
char16_t *digits(char16_t *out, int number, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + number % 10);
        number /= 10;
    }
    return out + width;
}

char16_t *isoDate(char16_t *out, QDate date)
{
    out = digits(out, date.year(), 4);
    *out++ = u'-';
    out = digits(out, date.month(), 2);
    *out++ = u'-';
    return digits(out, date.day(), 2);
}

} // namespace

QVariant fromDate(QDate date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
    char16_t text[10];
    isoDate(text, date);
    return QVariant(QString(reinterpret_cast<const QChar *>(text), 10));
}

QVariant fromPlanDate(const Domain::PlanDate &date)
{
    if (date.isNull())
        return QVariant();
    if (date.precision() == Domain::PlanDate::Precision::Day)
        return fromDate(date.date()); // the common case, without formatting through QString::arg
    return QVariant(date.toCode());
}

QVariant fromTimestamp(const QDateTime &timestamp)
{
    if (!timestamp.isValid())
        return QVariant();
    const QDateTime utc = timestamp.toUTC();
    const QDate date = utc.date();
    if (date.year() < 1 || date.year() > 9999)
        return QVariant(utc.toString(Qt::ISODateWithMs));
    const QTime time = utc.time();
    char16_t text[24]; // yyyy-MM-ddThh:mm:ss.zzzZ
    char16_t *out = isoDate(text, date);
    *out++ = u'T';
    out = digits(out, time.hour(), 2);
    *out++ = u':';
    out = digits(out, time.minute(), 2);
    *out++ = u':';
    out = digits(out, time.second(), 2);
    *out++ = u'.';
    out = digits(out, time.msec(), 3);
    *out++ = u'Z';
    return QVariant(QString(reinterpret_cast<const QChar *>(text), 24));
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

std::optional<Domain::PlanDate> toPlanDate(const QVariant &value)
{
    if (value.isNull())
        return Domain::PlanDate();
    if (value.typeId() == QMetaType::QDate) // a DATE column not converted yet
        return Domain::PlanDate::day(value.toDate());
    return Domain::PlanDate::fromCode(value.toString());
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

QVariant uuidBytes(const QUuid &uuid)
{
    return uuid.isNull() ? QVariant() : QVariant(uuid.toRfc4122());
}

QUuid uuidFromBytes(const QVariant &value)
{
    return value.isNull() ? QUuid() : QUuid::fromRfc4122(value.toByteArray());
}

QVariant milliseconds(const QDateTime &time)
{
    return QVariant(time.toMSecsSinceEpoch());
}

QDateTime fromMilliseconds(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace Storage::Sql
