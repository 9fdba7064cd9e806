#include "tests/support/scratchdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace TestSupport {
namespace {

// A short-lived connection of its own, removed again when done. Returns the error text when the
// connection cannot be opened (use is then not called), empty otherwise.
template <typename Use>
QString withConnection(const Storage::ConnectionSettings &settings, const QString &databaseName,
                       Use use)
{
    const QString name = QStringLiteral("test-admin-") + QUuid::createUuid().toString();
    QString error;
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
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (db.open()) {
            use(db);
        } else {
            error = db.lastError().text();
            qWarning("test connection failed: %s", qPrintable(error));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
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
    const QString unreachable =
        withConnection(m_settings, adminSettings().databaseName, [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            // A database name cannot be bound; this one is made of hex digits only.
            if (!query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'")
                                .arg(m_settings.databaseName))) {
                m_error = query.lastError().text();
            }
        });
    if (!unreachable.isEmpty()) {
        m_error = QStringLiteral("cannot reach the PostgreSQL server at %1: %2")
                      .arg(postgresAdminUrl(), unreachable);
    }
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
    // A dump that fails says so in its lines, so that two failed dumps never compare as "the
    // same data".
    const QString unreachable =
        withConnection(settings, settings.databaseName, [&](QSqlDatabase &db) {
            QStringList tables = db.tables(QSql::Tables);
            tables.sort();
            for (const QString &table : tables) {
                QSqlQuery query(db);
                // Table names come from the database's own catalogue.
                if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
                    lines.append(
                        QStringLiteral("ERROR: %1: %2").arg(table, query.lastError().text()));
                    continue;
                }
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
    if (!unreachable.isEmpty())
        lines.append(QStringLiteral("ERROR: ") + unreachable + QUuid::createUuid().toString());
    return lines;
}

QString executeRaw(const Storage::ConnectionSettings &settings, const QStringList &statements)
{
    QString failure;
    const QString connectionError =
        withConnection(settings, settings.databaseName, [&](QSqlDatabase &db) {
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    failure = query.lastError().text();
                    return;
                }
            }
        });
    return connectionError.isEmpty() ? failure : connectionError;
}

QStringList queryRaw(const Storage::ConnectionSettings &settings, const QString &statement)
{
    QStringList rows;
    const QString connectionError =
        withConnection(settings, settings.databaseName, [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                rows.append(QStringLiteral("ERROR: ") + query.lastError().text());
                return;
            }
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i) {
                    const QVariant value = query.value(i);
                    values.append(value.isNull() ? QStringLiteral("NULL") : value.toString());
                }
                rows.append(values.join(QLatin1Char('|')));
            }
        });
    if (!connectionError.isEmpty())
        rows.append(QStringLiteral("ERROR: ") + connectionError);
    return rows;
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace TestSupport
