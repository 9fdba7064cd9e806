// Opening and upgrading databases (models/storage/database.h, migrations.h): an old database
// is upgraded with its data intact, after a backup (SQLite); a failed upgrade is undone; and a
// database Samspill must not touch (a newer schema, another program's, not a database at all)
// is refused and left exactly as it was.
//
// Runs once per driver. The tests of files that are not databases use SQLite files in either
// run, since only the SQLite driver opens files.

#include "models/storage/database.h"
#include "models/storage/databasefiles.h"
#include "models/storage/migrations.h"
#include "models/storage/sqlhistoryrepository.h"
#include "models/storage/sqlportfoliorepository.h"
#include "models/storage/sqlprojectrepository.h"
#include "tests/storage/storagefixture.h"
#include "tests/storage/storagehelpers.h"
#include "tests/support/domaintostring.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/testportfolios.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Domain;
using Storage::ConnectionSettings;
using Storage::Database;
using Storage::Migrations;
using TestSupport::dumpData;
using TestSupport::executeRaw;
using TestSupport::fileContents;

namespace {

bool isSqlite()
{
    return TestSupport::driverUnderTest() == ConnectionSettings::Driver::Sqlite;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A function, not a global: read at static initialisation, the migrations would not exist yet.
int latest()
{
    return Migrations::latestVersion();
}

// Makes database what Samspill 0.1 left: the schema at version (1 or 2) and the rows of
// tests/storage/data/release-0.1-schema-v2.sql, which that release wrote. Returns the first
// failure, empty when done.
QString loadRelease(Database &database, int version)
{
    auto created = Migrations::migrate(database, version);
    if (!created)
        return created.error().message;
    QFile file(QStringLiteral(SAMSPILL_SOURCE_DIR "/tests/storage/data/release-0.1-schema-v2.sql"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return file.errorString();
    const bool postgres = !isSqlite();
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("BEGIN")))
        return query.lastError().text();
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (postgres) // sqlite3 .dump writes line breaks as char(10); PostgreSQL calls it chr
            line.replace(QLatin1String("char(10)"), QLatin1String("chr(10)"));
        if (!query.exec(line))
            return query.lastError().text() + QStringLiteral(": ") + line.left(80);
    }
    if (postgres) { // explicit keys leave the identity sequences behind
        const QStringList tables = database.tableNames().value();
        for (const QString &table : tables) {
            if (table == QLatin1String("samspill_meta") ||
                table.startsWith(QLatin1String("measure_")))
                continue;
            if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                           " (SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                                .arg(table)))
                return query.lastError().text();
        }
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return query.lastError().text();
    return QString();
}

// The rows of the tables that hold the projects (not the history or the schema version).
QStringList entityRows(QStringList rows)
{
    rows.removeIf([](const QString &line) {
        return line.startsWith(QLatin1String("change_")) ||
               line.startsWith(QLatin1String("samspill_meta|"));
    });
    return rows;
}

// Every project stored, read through the repository (which reads only the projects' tables,
// so works at any schema version since 1).
QVector<ProjectBundle> storedProjects(Database &database)
{
    QVector<ProjectBundle> bundles;
    const auto projects = Storage::SqlProjectRepository(database).projects();
    for (const Project &project : projects.value())
        bundles.append(Storage::SqlPortfolioRepository(database).projectBundle(project.id).value());
    return bundles;
}

// The sample project as Samspill 0.1 imported it: without what later versions added to the
// sample (a project's knowledge sources, dates of other precisions than a day).
ProjectBundle releaseSample()
{
    ProjectBundle sample = TestSupport::samplePortfolio().projects[0];
    sample.project.knowledgeSourceUuids.clear();
    sample.measures[0].activities[2].due = PlanDate::day(QDate(2021, 1, 1));
    return sample;
}

const QUuid releaseSampleProject =
    QUuid::fromString(QStringLiteral("5a3b0000-0000-4000-8000-000000000100"));

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void latestVersionIsSix();
    void upgradeFromVersionFourAddsAFrozenReportArchive();
    void upgradeFromVersionFiveAddsKeptRowsThatHoldNoData();
    void versionOneDatabaseIsUpgradedWithItsDataIntact();
    void releaseHistoryTellsTheSameAfterTheUpgrade();
    void earlierBackupIsNeverOverwritten();
    void upgradeMakesTheHistoryAppendOnly();
    void failedUpgradeIsUndone();
    void failedUpgradesOnEveryStartKeepABoundedSetOfBackups();
    void databaseOfANewerSamspillIsRefusedUnchanged();
    void readOnlyDatabaseNeedingAnUpgradeIsRefusedUnchanged();
    void foreignDatabaseIsRefusedUnchanged_data();
    void foreignDatabaseIsRefusedUnchanged();

    void fileThatIsNotSqliteIsRefusedUntouched_data();
    void fileThatIsNotSqliteIsRefusedUntouched();
    void emptyFileBecomesANewDatabase();
    void newFileIsCreatedWithItsFolder();
};

void TestMigrations::initTestCase()
{
    SAMSPILL_REQUIRE_DRIVER();
}

void TestMigrations::latestVersionIsSix()
{
    // When a migration is added, the upgrade tests below must learn about it.
    QCOMPARE(latest(), 6);
}

void TestMigrations::upgradeFromVersionFourAddsAFrozenReportArchive()
{
    TestSupport::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    auto opened = Database::open(scratch.settings());
    QVERIFY2(opened, failure(opened));
    // GIVEN a database at version 4, which has no report archive
    auto atFour = Migrations::migrate(*opened.value(), 4);
    QVERIFY2(atFour, failure(atFour));
    QVERIFY(executeRaw(scratch.settings(), {QStringLiteral("SELECT 1 FROM archived_report")})
                .contains(QLatin1String("archived_report")));

    // WHEN it is upgraded
    auto upgraded = Migrations::migrate(*opened.value(), 5);
    QVERIFY2(upgraded, failure(upgraded));
    QCOMPARE(upgraded->fromVersion, 4);
    QCOMPARE(upgraded->toVersion, 5);

    // THEN it has an archive whose rows another program can add but never change or delete
    const QString insert =
        QStringLiteral(
            "INSERT INTO archived_report (uuid, project_uuid, projects, issued_at, author, "
            "period_from, period_to, language, format, title, size, sha256, content) VALUES ("
            "'2f1b7c1e-2b7a-4c55-9d3e-0c1f5f3a9b01', NULL, '', 0, 'a', '2012-01-01', '2012-12-31', "
            "'nb', 'md', 'Rapport', 1, '', %1)")
            .arg(scratch.settings().driver == ConnectionSettings::Driver::Sqlite
                     ? QStringLiteral("x'41'")
                     : QStringLiteral("'\\x41'::bytea"));
    QCOMPARE(executeRaw(scratch.settings(), {insert}), QString());
    for (const char *statement :
         {"UPDATE archived_report SET title = 'Endret'", "DELETE FROM archived_report"}) {
        const QString refused = executeRaw(scratch.settings(), {QLatin1String(statement)});
        QVERIFY2(refused.contains(QLatin1String("frozen")), qPrintable(refused));
    }
}

void TestMigrations::upgradeFromVersionFiveAddsKeptRowsThatHoldNoData()
{
    TestSupport::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    auto opened = Database::open(scratch.settings());
    QVERIFY2(opened, failure(opened));
    // GIVEN a database at version 5, which keeps no portfolio rows
    auto atFive = Migrations::migrate(*opened.value(), 5);
    QVERIFY2(atFive, failure(atFive));
    QVERIFY(executeRaw(scratch.settings(), {QStringLiteral("SELECT 1 FROM portfolio_row")})
                .contains(QLatin1String("portfolio_row")));

    // WHEN it is upgraded
    auto upgraded = Migrations::migrate(*opened.value());
    QVERIFY2(upgraded, failure(upgraded));
    QCOMPARE(upgraded->fromVersion, 5);
    QCOMPARE(upgraded->toVersion, 6);

    // THEN it keeps rows that may be replaced and removed like any derived data, without a
    // trace in the history
    const QString bytes = scratch.settings().driver == ConnectionSettings::Driver::Sqlite
                              ? QStringLiteral("x'a0'")
                              : QStringLiteral("'\\xa0'::bytea");
    QCOMPARE(executeRaw(scratch.settings(),
                        {QStringLiteral("INSERT INTO portfolio_row (project_uuid, row_key, events,"
                                        " change_set, payload) VALUES ('p', 'k', 1, 1, %1)")
                             .arg(bytes),
                         QStringLiteral("UPDATE portfolio_row SET events = 2"),
                         QStringLiteral("DELETE FROM portfolio_row")}),
             QString());
    QCOMPARE(StorageHelpers::countOf(scratch.settings(),
                                     QStringLiteral("SELECT COUNT(*) FROM change_event")),
             0);
}

void TestMigrations::versionOneDatabaseIsUpgradedWithItsDataIntact()
{
    // GIVEN a database at schema version 1 holding what Samspill 0.1 wrote
    TestSupport::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    {
        auto opened = Database::open(scratch.settings());
        QVERIFY2(opened, failure(opened));
        const QString loaded = loadRelease(*opened.value(), 1);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QCOMPARE(Migrations::schemaVersion(*opened.value()).value(), 1);
    }
    const QStringList atVersionOne = dumpData(scratch.settings());
    QVERIFY(atVersionOne.contains(QStringLiteral("samspill_meta|schema_version|1")));

    // WHEN it is opened again and migrated
    auto opened = Database::open(scratch.settings());
    QVERIFY2(opened, failure(opened));
    Database &database = *opened.value();
    QCOMPARE(database.contentAtOpen(), Database::Content::Samspill);
    auto report = Migrations::migrate(database);

    // THEN it is at the latest version with every project as it was
    QVERIFY2(report, failure(report));
    QCOMPARE(report->fromVersion, 1);
    QCOMPARE(report->toVersion, latest());
    QCOMPARE(Migrations::schemaVersion(database).value(), latest());
    QVERIFY(dumpData(scratch.settings())
                .contains(QStringLiteral("samspill_meta|schema_version|%1").arg(latest())));
    QCOMPARE(entityRows(dumpData(scratch.settings())), entityRows(atVersionOne));
    const QVector<ProjectBundle> after = storedProjects(database);
    QCOMPARE(after.size(), 3);
    for (const ProjectBundle &bundle : after) {
        if (bundle.project.uuid == releaseSampleProject)
            QCOMPARE(bundle.measures.at(0).title, QStringLiteral("Felles opplæring, runde 2"));
    }

    if (!isSqlite()) {
        QVERIFY(report->backupFile.isEmpty()); // the server's own backups apply
        return;
    }
    // AND (SQLite) a backup was taken beside it, itself the version-1 database as it was
    QCOMPARE(QFileInfo(report->backupFile).absolutePath(),
             QFileInfo(scratch.settings().file).absolutePath());
    QVERIFY2(QRegularExpression(QStringLiteral("\\Atest\\.sqlite\\.backup-v1-\\d{8}T\\d{6}Z\\z"))
                 .match(QFileInfo(report->backupFile).fileName())
                 .hasMatch(),
             qPrintable(report->backupFile));
    const ConnectionSettings backup = ConnectionSettings::sqlite(report->backupFile);
    {
        auto old = Database::open(backup, Database::Access::ReadOnly);
        QVERIFY2(old, failure(old));
        QCOMPARE(old.value()->contentAtOpen(), Database::Content::Samspill);
        QCOMPARE(Migrations::schemaVersion(*old.value()).value(), 1);
    }
    QCOMPARE(dumpData(backup), atVersionOne);
}

void TestMigrations::releaseHistoryTellsTheSameAfterTheUpgrade()
{
    // GIVEN what Samspill 0.1 wrote, with its history of one row per field
    TestSupport::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    auto opened = Database::open(scratch.settings());
    QVERIFY2(opened, failure(opened));
    Database &database = *opened.value();
    const QString loaded = loadRelease(database, 2);
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    const QStringList facts = TestSupport::queryRaw(
        scratch.settings(),
        QStringLiteral("SELECT changed_at, author, operation, entity, entity_uuid, field,"
                       " old_value, new_value FROM change_history ORDER BY id"));
    QVERIFY(facts.size() > 400);
    const QStringList entities = entityRows(dumpData(scratch.settings()));

    // WHEN it is upgraded
    auto report = Migrations::migrate(database);
    QVERIFY2(report, failure(report));
    const QVector<ProjectBundle> now = storedProjects(database);

    // THEN every fact of the old history is told by the new one: who, when, which entity, and
    // each field's value before an update or delete and after an update
    QCOMPARE(entityRows(dumpData(scratch.settings())), entities);
    Storage::SqlHistoryRepository history(database);
    QHash<QString, QVector<ChangeEvent>> events;
    const auto eventsOf = [&](const QString &uuid) -> const QVector<ChangeEvent> & {
        if (!events.contains(uuid))
            events.insert(uuid, history.historyOf(QUuid::fromString(uuid)).value());
        return events[uuid];
    };
    static const QStringList links{
        QStringLiteral("goals"), QStringLiteral("responsibleOrganisations"),
        QStringLiteral("participatingOrganisations"), QStringLiteral("knowledgeSources")};
    for (const QString &fact : facts) {
        const QStringList f = fact.split(QLatin1Char('|'));
        const QString operation = f.at(2);
        const QDateTime at = QDateTime::fromString(f.at(0), Qt::ISODateWithMs);
        const bool link = links.contains(f.at(5));
        bool told = false;
        for (const ChangeEvent &event : eventsOf(f.at(4))) {
            if (event.changedAt != at.toUTC() || event.author != f.at(1) || event.entity != f.at(3))
                continue;
            if (operation == QLatin1String("insert") &&
                event.operation == ChangeEvent::Operation::Insert) {
                told = true; // the row, or a later update's before value, holds what was written
            } else {
                for (const ChangeEvent::Field &field : event.fields) {
                    if (field.name != f.at(5))
                        continue;
                    const QString before = StorageHelpers::historyText(field.before);
                    const QString after = StorageHelpers::historyText(field.after);
                    const QString oldText =
                        f.at(6) == QLatin1String("NULL") ? QStringLiteral("null") : f.at(6);
                    const QString newText =
                        f.at(7) == QLatin1String("NULL") ? QStringLiteral("null") : f.at(7);
                    if (operation == QLatin1String("delete"))
                        told =
                            event.operation == ChangeEvent::Operation::Delete && before == oldText;
                    else if (link) // a list, and an empty one where 0.1 wrote nothing
                        told = before == (oldText == QLatin1String("null") ? QString() : oldText) &&
                               after == (newText == QLatin1String("null") ? QString() : newText);
                    else
                        told = before == oldText && after == newText;
                }
            }
            if (told)
                break;
        }
        QVERIFY2(told, qPrintable(fact));
    }

    // AND the project can be rebuilt as it stood after each of the release's change sets
    const QVector<ChangeEvent> measureHistory = eventsOf(
        StorageHelpers::uuidText(TestSupport::samplePortfolio().projects[0].measures[0].uuid));
    QCOMPARE(measureHistory.size(), 3); // imported, updated, updated again
    auto imported = history.projectAsOf(releaseSampleProject, measureHistory.at(0).changedAt);
    QVERIFY2(imported, failure(imported));
    SAMSPILL_COMPARE_CONTENT(imported.value(), releaseSample());
    auto latestState = history.projectAsOf(releaseSampleProject, QDateTime::currentDateTimeUtc());
    QVERIFY2(latestState, failure(latestState));
    for (const ProjectBundle &bundle : now) {
        if (bundle.project.uuid == releaseSampleProject)
            SAMSPILL_COMPARE_CONTENT(latestState.value(), bundle);
    }
    auto before =
        history.projectAsOf(releaseSampleProject, measureHistory.at(0).changedAt.addMSecs(-1));
    QVERIFY(!before);
    QCOMPARE(before.error().kind, Error::Kind::NotFound);
}

void TestMigrations::earlierBackupIsNeverOverwritten()
{
    // GIVEN a version-1 SQLite file beside which a backup of that name already lies
    TestSupport::ScratchDatabase scratch(ConnectionSettings::Driver::Sqlite);
    {
        auto opened = Database::open(scratch.settings());
        QVERIFY2(opened, failure(opened));
        QVERIFY(Migrations::migrate(*opened.value(), 1));
    }
    const QString earlier = scratch.settings().file + QStringLiteral(".schema-v1.bak");
    QVERIFY(writeFile(earlier, "an earlier backup"));

    // WHEN it is upgraded
    auto opened = Database::open(scratch.settings());
    QVERIFY2(opened, failure(opened));
    auto report = Migrations::migrate(*opened.value());

    // THEN the new backup takes a name of its own and the earlier one is kept
    QVERIFY2(report, failure(report));
    QVERIFY(report->backupFile != earlier);
    QVERIFY(QFileInfo(report->backupFile)
                .fileName()
                .startsWith(QLatin1String("test.sqlite.backup-v1-")));
    QVERIFY(QFileInfo(report->backupFile).size() > 0);
    QCOMPARE(fileContents(earlier), QByteArray("an earlier backup"));
}

void TestMigrations::upgradeMakesTheHistoryAppendOnly()
{
    TestSupport::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    auto opened = Database::open(scratch.settings());
    QVERIFY2(opened, failure(opened));
    const QString loaded = loadRelease(*opened.value(), 1);
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));

    // GIVEN version 1, where nothing in the database guards the history
    QCOMPARE(executeRaw(scratch.settings(),
                        {QStringLiteral("UPDATE change_history SET author = author")}),
             QString());

    // WHEN upgraded
    QVERIFY(Migrations::migrate(*opened.value()));

    // THEN the database refuses to rewrite the history it now keeps
    for (const char *statement :
         {"UPDATE change_event SET operation = operation", "UPDATE change_set SET author = author",
          "DELETE FROM change_event", "DELETE FROM change_set"}) {
        const QString refused = executeRaw(scratch.settings(), {QLatin1String(statement)});
        QVERIFY2(refused.contains(QLatin1String("append-only")), qPrintable(refused));
    }
}

void TestMigrations::failedUpgradeIsUndone()
{
    // GIVEN a version-1 database in which another program took a name version 2 needs
    TestSupport::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    {
        auto opened = Database::open(scratch.settings());
        QVERIFY2(opened, failure(opened));
        const QString loaded = loadRelease(*opened.value(), 1);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    }
    QCOMPARE(
        executeRaw(scratch.settings(),
                   {QStringLiteral("CREATE INDEX change_history_time ON organisation (name)")}),
        QString());
    const QStringList before = dumpData(scratch.settings());

    // WHEN the upgrade runs into it
    auto opened = Database::open(scratch.settings());
    QVERIFY2(opened, failure(opened));
    auto report = Migrations::migrate(*opened.value());

    // THEN it fails, saying so, and what it had done of version 2 is undone
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(
                 QLatin1String("The upgrade to schema version 2 failed and was undone")),
             qPrintable(report.error().message));
    QCOMPARE(Migrations::schemaVersion(*opened.value()).value(), 1);
    QCOMPARE(dumpData(scratch.settings()), before);
    // The triggers, created before the failing statement, are gone again.
    QCOMPARE(executeRaw(scratch.settings(),
                        {QStringLiteral("UPDATE change_history SET author = author")}),
             QString());
}

void TestMigrations::failedUpgradesOnEveryStartKeepABoundedSetOfBackups()
{
    if (!isSqlite())
        QSKIP("backups are taken of SQLite files only");
    // GIVEN a version-1 file whose upgrade fails (another program took a name version 2 needs),
    // and an old backup of the earlier naming beside it
    TestSupport::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    {
        auto opened = Database::open(scratch.settings());
        QVERIFY2(opened, failure(opened));
        QVERIFY(Migrations::migrate(*opened.value(), 1));
    }
    QCOMPARE(
        executeRaw(scratch.settings(),
                   {QStringLiteral("CREATE INDEX change_history_time ON organisation (name)")}),
        QString());
    const QString legacy = scratch.settings().file + QStringLiteral(".schema-v1.bak");
    QVERIFY(QFile::copy(scratch.settings().file, legacy));
    {
        QFile old(legacy);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime(QDate(2020, 1, 1), QTime(12, 0)),
                                QFileDevice::FileModificationTime));
    }

    // WHEN Samspill is started five times, and each upgrade fails
    QStringList messages;
    QString lastError;
    for (int start = 0; start < 5; ++start) {
        auto opened = Database::open(scratch.settings(), Database::Access::ReadWrite,
                                     [&](const QString &message) { messages.append(message); });
        QVERIFY2(opened, failure(opened));
        auto failed = Migrations::migrate(*opened.value());
        QVERIFY(!failed);
        lastError = failed.error().message;
        QTest::qWait(1100); // backups are named by the second
    }

    // THEN only the newest three copies are there, each a sound version-1 database, and the
    // user was told where each one was kept
    const Storage::DatabaseFiles files(scratch.settings().file);
    const auto backups = files.backups();
    QCOMPARE(backups.size(), Storage::DatabaseFiles::KeptBackups);
    QVERIFY(!QFileInfo::exists(legacy));
    for (const auto &backup : backups) {
        QCOMPARE(backup.schemaVersion, 1);
        auto old =
            Database::open(ConnectionSettings::sqlite(backup.path), Database::Access::ReadOnly);
        QVERIFY2(old, failure(old));
        QCOMPARE(Migrations::schemaVersion(*old.value()).value(), 1);
    }
    QCOMPARE(messages.size(), 5);
    QVERIFY2(messages.last().contains(QFileInfo(backups.first().path).fileName()),
             qPrintable(messages.last()));
    // The error alone names the copy too, for a window that shows only the error.
    QVERIFY2(lastError.contains(QFileInfo(backups.first().path).fileName()), qPrintable(lastError));
}

void TestMigrations::databaseOfANewerSamspillIsRefusedUnchanged()
{
    // GIVEN a database whose schema version is newer than this Samspill knows
    StorageFixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.problem()));
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database())
                .importPortfolio(TestSupport::samplePortfolio()));
    fixture.close();
    QCOMPARE(executeRaw(fixture.settings(), {QStringLiteral("UPDATE samspill_meta SET value = '%1'"
                                                            " WHERE key = 'schema_version'")
                                                 .arg(latest() + 1)}),
             QString());
    const QStringList before = dumpData(fixture.settings());
    const QString file = fixture.settings().file;
    const QByteArray bytes = isSqlite() ? fileContents(file) : QByteArray();
    const QStringList files = isSqlite() ? filesIn(fixture.scratch().folder()) : QStringList();

    // WHEN it is opened and migrated
    {
        auto opened = Database::open(fixture.settings());
        QVERIFY2(opened, failure(opened));
        QCOMPARE(Migrations::schemaVersion(*opened.value()).value(), latest() + 1);
        auto report = Migrations::migrate(*opened.value());

        // THEN the upgrade is refused, saying why
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::Format);
        QVERIFY2(report.error().message.contains(QLatin1String("newer Samspill")),
                 qPrintable(report.error().message));
        QVERIFY2(report.error().message.contains(QLatin1String("Nothing was changed")),
                 qPrintable(report.error().message));
    }

    // AND the database is exactly as it was: no backup, no changed byte
    QCOMPARE(dumpData(fixture.settings()), before);
    if (isSqlite()) {
        QVERIFY(!bytes.isEmpty());
        QVERIFY(fileContents(file) == bytes);
        QCOMPARE(filesIn(fixture.scratch().folder()), files);
    }
}

void TestMigrations::readOnlyDatabaseNeedingAnUpgradeIsRefusedUnchanged()
{
    TestSupport::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    {
        auto opened = Database::open(scratch.settings());
        QVERIFY2(opened, failure(opened));
        QVERIFY(Migrations::migrate(*opened.value(), 1));
    }
    const QStringList before = dumpData(scratch.settings());
    const QByteArray bytes = isSqlite() ? fileContents(scratch.settings().file) : QByteArray();

    auto opened = Database::open(scratch.settings(), Database::Access::ReadOnly);
    QVERIFY2(opened, failure(opened));
    auto report = Migrations::migrate(*opened.value());
    opened.value().reset();

    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::Invalid);
    QVERIFY2(report.error().message.contains(QLatin1String("opened for reading only")),
             qPrintable(report.error().message));
    QCOMPARE(dumpData(scratch.settings()), before);
    if (isSqlite())
        QVERIFY(fileContents(scratch.settings().file) == bytes);
}

void TestMigrations::foreignDatabaseIsRefusedUnchanged_data()
{
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("tables of another program")
        << QStringList{QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"),
                       QStringLiteral("INSERT INTO contacts (id, name) VALUES (1, 'Kari')")};
    QTest::newRow("a samspill_meta of another program") << QStringList{
        QStringLiteral("CREATE TABLE samspill_meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("INSERT INTO samspill_meta VALUES ('application', 'other')"),
        QStringLiteral("INSERT INTO samspill_meta VALUES ('schema_version', '1')")};
}

void TestMigrations::foreignDatabaseIsRefusedUnchanged()
{
    QFETCH(QStringList, statements);

    // GIVEN a database of another program
    TestSupport::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    QCOMPARE(executeRaw(scratch.settings(), statements), QString());
    const QStringList before = dumpData(scratch.settings());
    QVERIFY(!before.isEmpty());
    const QByteArray bytes = isSqlite() ? fileContents(scratch.settings().file) : QByteArray();
    const QStringList files = isSqlite() ? filesIn(scratch.folder()) : QStringList();

    // WHEN Samspill is pointed at it
    auto opened = Database::open(scratch.settings());

    // THEN it is refused before anything is written
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Error::Kind::Format);
    QVERIFY2(opened.error().message.contains(QLatin1String("tables of another program")),
             qPrintable(opened.error().message));
    QCOMPARE(dumpData(scratch.settings()), before);
    if (isSqlite()) {
        QVERIFY(fileContents(scratch.settings().file) == bytes);
        QCOMPARE(filesIn(scratch.folder()), files);
    }
}

void TestMigrations::fileThatIsNotSqliteIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("text") << QByteArray("Tiltak;Status\nHospitering;pågår\n");
    QTest::newRow("an exchange file")
        << fileContents(TestSupport::seedFile(QStringLiteral("nord-trondelag.json")));
    QTest::newRow("a PNG image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("one byte") << QByteArray("S");
    QTest::newRow("almost an SQLite header") << QByteArray("SQLite format 2\0 and more", 25);
}

void TestMigrations::fileThatIsNotSqliteIsRefusedUntouched()
{
    QFETCH(QByteArray, content);
    QVERIFY(!content.isEmpty());

    TestSupport::ScratchDatabase scratch(ConnectionSettings::Driver::Sqlite);
    const QString file = scratch.settings().file;
    QVERIFY(writeFile(file, content));

    auto opened = Database::open(scratch.settings());

    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Error::Kind::Format);
    QVERIFY2(opened.error().message.contains(QLatin1String("not an SQLite file")),
             qPrintable(opened.error().message));
    QVERIFY(fileContents(file) == content);
    QCOMPARE(filesIn(scratch.folder()), QStringList{QStringLiteral("test.sqlite")});
}

void TestMigrations::emptyFileBecomesANewDatabase()
{
    // An empty file (e.g. made by "touch") holds nothing to lose and is taken as a new database.
    TestSupport::ScratchDatabase scratch(ConnectionSettings::Driver::Sqlite);
    QVERIFY(writeFile(scratch.settings().file, QByteArray()));

    auto opened = Database::open(scratch.settings());
    QVERIFY2(opened, failure(opened));
    QCOMPARE(opened.value()->contentAtOpen(), Database::Content::Empty);
    auto report = Migrations::migrate(*opened.value());
    QVERIFY2(report, failure(report));
    QCOMPARE(report->toVersion, latest());
    QVERIFY(report->backupFile.isEmpty());
}

void TestMigrations::newFileIsCreatedWithItsFolder()
{
    TestSupport::ScratchDatabase scratch(ConnectionSettings::Driver::Sqlite);
    const QString file = scratch.folder() + QStringLiteral("/ny mappe/æøå/samspill.sqlite");

    auto opened = Database::open(ConnectionSettings::sqlite(file));
    QVERIFY2(opened, failure(opened));
    QVERIFY(Migrations::migrate(*opened.value()));
    opened.value().reset();

    QVERIFY(QFileInfo(file).isFile());
    auto reopened = Database::open(ConnectionSettings::sqlite(file), Database::Access::ReadOnly);
    QVERIFY2(reopened, failure(reopened));
    QCOMPARE(Migrations::schemaVersion(*reopened.value()).value(), latest());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
