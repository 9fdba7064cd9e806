#pragma once

// Reading back what the storage tests stored, the same way in every storage test.

#include "models/domain/changeevent.h"
#include "models/domain/measure.h"
#include "models/storage/database.h"
#include "models/storage/sqlhistoryrepository.h"
#include "models/storage/sqlmeasurerepository.h"
#include "models/storage/sqlprojectrepository.h"
#include "tests/support/scratchdatabase.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlDatabase>
#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(Domain::Error::Kind)

namespace StorageHelpers {

using namespace Domain;
using Storage::ConnectionSettings;
using TestSupport::queryRaw;

// The stored key of the project with this uuid.
inline ProjectId storedProject(Storage::Database &database, const QUuid &uuid)
{
    auto project = Storage::SqlProjectRepository(database).projectByUuid(uuid);
    return project ? project->id : ProjectId{};
}

// The stored measure with this uuid, read through the repository.
inline std::optional<Measure> storedMeasure(Storage::Database &database, const QUuid &projectUuid,
                                            const QUuid &measureUuid)
{
    auto measures =
        Storage::SqlMeasureRepository(database).measures(storedProject(database, projectUuid));
    if (!measures)
        return std::nullopt;
    for (const Measure &measure : measures.value()) {
        if (measure.uuid == measureUuid)
            return measure;
    }
    return std::nullopt;
}

inline QVector<ChangeEvent> historyOf(Storage::Database &database, const QUuid &uuid)
{
    auto history = Storage::SqlHistoryRepository(database).historyOf(uuid);
    return history ? history.value() : QVector<ChangeEvent>();
}

// The events of an entity's history written after its first change set (the insert).
inline QVector<ChangeEvent> changesAfterInsert(const QVector<ChangeEvent> &history)
{
    QVector<ChangeEvent> later;
    for (const ChangeEvent &event : history) {
        if (event.changeSet != history.constFirst().changeSet)
            later.append(event);
    }
    return later;
}

// A recorded value as text: null, the text, or a list joined by commas.
inline QString historyText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts.append(part.toString());
        return parts.join(QLatin1Char(','));
    }
    return value.isNull() || value.isUndefined() ? QStringLiteral("null") : value.toString();
}

// field -> "before -> after" of the events' fields (a delete's: "value -> null"), for comparing
// a whole change at once.
inline QMap<QString, QString> fieldChanges(const QVector<ChangeEvent> &events)
{
    QMap<QString, QString> changes;
    for (const ChangeEvent &event : events) {
        for (const ChangeEvent::Field &field : event.fields) {
            changes.insert(field.name, historyText(field.before) + QStringLiteral(" -> ") +
                                           historyText(field.after));
        }
    }
    return changes;
}

inline QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

inline int countOf(const ConnectionSettings &settings, const QString &statement)
{
    const QStringList rows = queryRaw(settings, statement);
    bool ok = false;
    const int count = rows.value(0).toInt(&ok);
    return ok ? count : -1;
}

} // namespace StorageHelpers

// For initTestCase: the PostgreSQL run is skipped without a server, and fails (never skips)
// when a server is named but cannot be used.
#define SAMSPILL_REQUIRE_DRIVER()                                                                  \
    do {                                                                                           \
        if (TestSupport::driverUnderTest() == Storage::ConnectionSettings::Driver::Postgres) {     \
            if (TestSupport::postgresAdminUrl().isEmpty())                                         \
                QSKIP("SAMSPILL_TEST_PG is not set: no PostgreSQL server to test against");        \
            QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),                     \
                     "the Qt PostgreSQL driver (QPSQL) is not installed");                         \
            TestSupport::ScratchDatabase probe;                                                    \
            QVERIFY2(probe.isValid(), qPrintable(probe.error()));                                  \
        }                                                                                          \
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")),                       \
                 "the Qt SQLite driver (QSQLITE) is not installed");                               \
    } while (false)
