#pragma once

#include "models/domain/plandate.h"
#include "models/domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <initializer_list>
#include <optional>

// Small helpers shared by the SQL code in this folder. Internal to storage: nothing outside
// models/storage includes this header.
namespace Storage::Sql {

// Runs one statement with no values.
Domain::Result<void> execute(const QSqlDatabase &db, const QString &statement);

// Prepares statement, binds values to its ? placeholders in order and executes it. The query
// comes back positioned before its first row.
Domain::Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                              std::initializer_list<QVariant> values);

// Executes an already prepared and bound query.
Domain::Result<void> exec(QSqlQuery &query);

// A readable error for a failed query, of the kind the failure is: a full disk is Io, a UNIQUE
// key stored meanwhile by someone else a Conflict, a serialization failure or deadlock on
// PostgreSQL Transient (worth one more try), anything else Database.
Domain::Error errorOf(const QSqlQuery &query);
Domain::Error errorOf(const QSqlError &error);
// The same from the driver's own code (SQLite's result code, PostgreSQL's SQLSTATE) and text.
Domain::Error errorOf(const QString &nativeCode, const QString &text);

// Whether SQLite refused because another connection holds the lock it needs.
bool isBusy(const QSqlError &error);

// Values as they are bound: dates as ISO text (yyyy-MM-dd), timestamps as ISO UTC text with
// milliseconds, UUIDs without braces, booleans as 0/1, and empty optionals as NULL. The same
// text forms go into the change history.
QVariant fromDate(QDate date);
QVariant fromPlanDate(const Domain::PlanDate &date); // its code ("2012-H2"), NULL when undated
QVariant fromTimestamp(const QDateTime &timestamp);
QVariant fromUuid(const QUuid &uuid);
QVariant fromBool(bool value);
QVariant fromOptional(const std::optional<int> &value);
QVariant fromOptional(const std::optional<double> &value);
QVariant fromId(qint64 id); // 0 -> NULL

// And back, from what either driver returns.
QDate toDate(const QVariant &value);
// The stored code read back (NULL: undated); nullopt when the value is no code at all (written by
// a newer Samspill or another program), which the caller reports.
std::optional<Domain::PlanDate> toPlanDate(const QVariant &value);
QDateTime toTimestamp(const QVariant &value);
QUuid toUuid(const QVariant &value);
std::optional<int> toOptionalInt(const QVariant &value);
std::optional<double> toOptionalDouble(const QVariant &value);

// Text form of a bound value for the change history; empty optional for NULL.
std::optional<QString> historyText(const QVariant &value);

// The change history's compact forms: a UUID as its 16 bytes (BLOB, BYTEA), a time as
// milliseconds since 1970 in UTC.
QVariant uuidBytes(const QUuid &uuid);
QUuid uuidFromBytes(const QVariant &value);
QVariant milliseconds(const QDateTime &time);
QDateTime fromMilliseconds(const QVariant &value);

} // namespace Storage::Sql
