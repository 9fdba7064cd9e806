#include "tests/support/scratchdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace TestSupport {
namespace {

// A short-lived connection of its own, removed again when done.
template <typename Use>
void withConnection(const Storage::ConnectionSettings &settings, const QString &databaseName,
                    Use use)
{
    const QString name = QStringLiteral("test-admin-") + QUuid::createUuid().toString();
    {
        const bool sqlite = settings.driver == Storage::ConnectionSettings::Driver::Sqlite;
        QSqlDatabase db = QSqlDatabase::addDatabase(
            sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (sqlite) {
            db.setDatabaseName(settings.file);
        } else {
            db.setHostName(settings.host);
            db.setPort(settings.port);
            db.setUserName(settings.user);
            db.setPassword(settings.password);
            db.setDatabaseName(databaseName);
        }
        if (db.open())
            use(db);
        else
            qWarning("test connection failed: %s", qPrintable(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Storage::ConnectionSettings adminSettings()
{
    auto parsed = Storage::ConnectionSettings::fromArgument(postgresAdminUrl());
    return parsed ? parsed.value() : Storage::ConnectionSettings();
}

} // namespace

Storage::ConnectionSettings::Driver driverUnderTest()
{
    return qEnvironmentVariable("SAMSPILL_TEST_DRIVER") == QLatin1String("postgresql")
               ? Storage::ConnectionSettings::Driver::Postgres
               : Storage::ConnectionSettings::Driver::Sqlite;
}

QString postgresAdminUrl()
{
    return qEnvironmentVariable("SAMSPILL_TEST_PG");
}

ScratchDatabase::ScratchDatabase(Storage::ConnectionSettings::Driver driver)
{
    if (driver == Storage::ConnectionSettings::Driver::Sqlite) {
        m_settings =
            Storage::ConnectionSettings::sqlite(m_folder.filePath(QStringLiteral("test.sqlite")));
        return;
    }
    if (postgresAdminUrl().isEmpty()) {
        m_error = QStringLiteral("SAMSPILL_TEST_PG is not set");
        return;
    }
    m_settings = adminSettings();
    m_settings.databaseName =
        QStringLiteral("samspill_test_") + QUuid::createUuid().toString(QUuid::Id128);
    bool created = false;
    withConnection(m_settings, adminSettings().databaseName, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        // A database name cannot be bound; this one is made of hex digits only.
        created = query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'")
                                 .arg(m_settings.databaseName));
        if (!created)
            m_error = query.lastError().text();
    });
    if (!created && m_error.isEmpty())
        m_error =
            QStringLiteral("cannot reach the PostgreSQL server at %1").arg(postgresAdminUrl());
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_settings.driver != Storage::ConnectionSettings::Driver::Postgres || !isValid())
        return;
    withConnection(m_settings, adminSettings().databaseName, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_settings.databaseName));
    });
}

QStringList dumpData(const Storage::ConnectionSettings &settings)
{
    QStringList lines;
    withConnection(settings, settings.databaseName, [&](QSqlDatabase &db) {
        QStringList tables = db.tables(QSql::Tables);
        tables.sort();
        for (const QString &table : tables) {
            QSqlQuery query(db);
            // Table names come from the database's own catalogue.
            query.exec(QStringLiteral("SELECT * FROM %1").arg(table));
            QStringList rows;
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i) {
                    const QVariant value = query.value(i);
                    values.append(value.isNull() ? QStringLiteral("NULL") : value.toString());
                }
                rows.append(table + QLatin1Char('|') + values.join(QLatin1Char('|')));
            }
            rows.sort();
            lines.append(rows);
        }
    });
    return lines;
}

} // namespace TestSupport
