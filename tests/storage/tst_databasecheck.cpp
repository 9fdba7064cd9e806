// The read-only database check (models/storage/databasecheck.h) on SQLite files: a sound
// database reports no problems and the right counts, damage is listed, a file that is not a
// Samspill database is an error, and the check never changes a byte.

#include "models/storage/databasecheck.h"
#include "models/storage/sqlportfoliorepository.h"
#include "tests/storage/storagefixture.h"
#include "tests/support/domaintostring.h"
#include "tests/support/testportfolios.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Domain;
using Storage::ConnectionSettings;
using Storage::DatabaseCheck;
using TestSupport::executeRaw;
using TestSupport::fileContents;
using TestSupport::queryRaw;

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// An SQLite fixture holding the portfolio, closed again so that the file is complete on disk.
bool storeAndClose(StorageFixture &fixture, const Portfolio &portfolio)
{
    if (!fixture.ready())
        return false;
    const bool imported =
        Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(portfolio).ok();
    fixture.close();
    return imported;
}

} // namespace

class TestDatabaseCheck : public QObject
{
    Q_OBJECT

private slots:
    void soundSeededDatabaseHasNoProblems();
    void countsFollowWhatIsStored();
    void brokenForeignKeyIsListed_data();
    void brokenForeignKeyIsListed();
    void newerSchemaIsListedAsAProblem();
    void fileThatIsNotADatabaseIsAnErrorAndUnchanged();
    void truncatedDatabaseIsReportedDamagedAndUnchanged();
    void databaseOfAnotherProgramIsAnErrorAndUnchanged();
    void emptyFileIsNotASamspillDatabase();
    void missingFileIsAnErrorAndNotCreated();
};

void TestDatabaseCheck::soundSeededDatabaseHasNoProblems()
{
    // GIVEN a database holding the seed
    StorageFixture fixture(ConnectionSettings::Driver::Sqlite);
    QVERIFY2(fixture.ready(), qPrintable(fixture.problem()));
    auto seed = TestSupport::seedPortfolio();
    QVERIFY2(seed, failure(seed));
    QVERIFY(storeAndClose(fixture, seed.value()));
    const QByteArray bytes = fileContents(fixture.settings().file);
    const QStringList files = filesIn(fixture.scratch().folder());

    // WHEN it is checked
    auto report = DatabaseCheck::run(fixture.settings());

    // THEN it is sound, at the latest version, with one project of three measures
    QVERIFY2(report, failure(report));
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    QCOMPARE(report->location, fixture.settings().displayName());
    QCOMPARE(report->schemaVersion, Storage::Migrations::latestVersion());
    QCOMPARE(report->latestVersion, Storage::Migrations::latestVersion());
    QCOMPARE(report->projects, 1);
    QCOMPARE(report->measures, 3);

    // AND the check changed nothing: the file is byte for byte the same, and nothing appeared
    // beside it (not even SQLite's -wal and -shm files)
    QVERIFY(fileContents(fixture.settings().file) == bytes);
    QCOMPARE(filesIn(fixture.scratch().folder()), files);
}

void TestDatabaseCheck::countsFollowWhatIsStored()
{
    StorageFixture fixture(ConnectionSettings::Driver::Sqlite);
    QVERIFY(storeAndClose(fixture, TestSupport::samplePortfolio()));

    auto report = DatabaseCheck::run(fixture.settings());

    QVERIFY2(report, failure(report));
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    QCOMPARE(report->projects, 2);
    QCOMPARE(report->measures, 4);
}

void TestDatabaseCheck::brokenForeignKeyIsListed_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("parent");

    QTest::newRow("participant of a missing organisation")
        << QStringLiteral("participant") << QStringLiteral("organisation_id")
        << QStringLiteral("organisation");
    QTest::newRow("activity of a missing measure")
        << QStringLiteral("activity") << QStringLiteral("measure_id") << QStringLiteral("measure");
    QTest::newRow("link to a missing goal")
        << QStringLiteral("measure_goal") << QStringLiteral("goal_id") << QStringLiteral("goal");
}

void TestDatabaseCheck::brokenForeignKeyIsListed()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, parent);

    // GIVEN a database where another program, with foreign keys off, broke one reference
    StorageFixture fixture(ConnectionSettings::Driver::Sqlite);
    QVERIFY(storeAndClose(fixture, TestSupport::samplePortfolio()));
    const QStringList rows =
        queryRaw(fixture.settings(), QStringLiteral("SELECT MIN(rowid) FROM %1").arg(table));
    QCOMPARE(rows.size(), 1);
    const QString rowid = rows.constFirst();
    QCOMPARE(
        executeRaw(fixture.settings(), {QStringLiteral("PRAGMA foreign_keys = OFF"),
                                        QStringLiteral("UPDATE %1 SET %2 = 999999 WHERE rowid = %3")
                                            .arg(table, column, rowid)}),
        QString());
    const QByteArray bytes = fileContents(fixture.settings().file);

    // WHEN it is checked
    auto report = DatabaseCheck::run(fixture.settings());

    // THEN that row is listed as the one problem, and the file is left as it is
    QVERIFY2(report, failure(report));
    QCOMPARE(report->problems,
             QStringList{QStringLiteral("row %1 of %2 refers to a missing row of %3")
                             .arg(rowid, table, parent)});
    QVERIFY(fileContents(fixture.settings().file) == bytes);
}

void TestDatabaseCheck::newerSchemaIsListedAsAProblem()
{
    StorageFixture fixture(ConnectionSettings::Driver::Sqlite);
    QVERIFY(storeAndClose(fixture, TestSupport::samplePortfolio()));
    QCOMPARE(executeRaw(fixture.settings(), {QStringLiteral("UPDATE samspill_meta SET value = '9'"
                                                            " WHERE key = 'schema_version'")}),
             QString());

    auto report = DatabaseCheck::run(fixture.settings());

    QVERIFY2(report, failure(report));
    QCOMPARE(report->schemaVersion, 9);
    QCOMPARE(report->problems,
             QStringList{QStringLiteral("schema version 9 is newer than this Samspill reads (%1)")
                             .arg(Storage::Migrations::latestVersion())});
}

void TestDatabaseCheck::fileThatIsNotADatabaseIsAnErrorAndUnchanged()
{
    TestSupport::ScratchDatabase scratch(ConnectionSettings::Driver::Sqlite);
    const QByteArray text("Dette er ikke en database.\n");
    {
        QFile file(scratch.settings().file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), text.size());
    }

    auto report = DatabaseCheck::run(scratch.settings());

    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::Format);
    QVERIFY2(report.error().message.contains(QLatin1String("not an SQLite file")),
             qPrintable(report.error().message));
    QCOMPARE(fileContents(scratch.settings().file), text);
    QCOMPARE(filesIn(scratch.folder()), QStringList{QStringLiteral("test.sqlite")});
}

void TestDatabaseCheck::truncatedDatabaseIsReportedDamagedAndUnchanged()
{
    // GIVEN a seeded database of which only the first half survived (a broken copy)
    StorageFixture fixture(ConnectionSettings::Driver::Sqlite);
    auto seed = TestSupport::seedPortfolio();
    QVERIFY(seed);
    QVERIFY(storeAndClose(fixture, seed.value()));
    QByteArray bytes = fileContents(fixture.settings().file);
    QVERIFY(bytes.size() > 8192);
    bytes.truncate(bytes.size() / 2);
    {
        QFile file(fixture.settings().file);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    // WHEN it is checked, or opened as Samspill would open it
    auto report = DatabaseCheck::run(fixture.settings());
    auto opened = Storage::Database::open(fixture.settings());

    // THEN both say it is damaged (not "empty", which would invite starting afresh), and the
    // file is as it was
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(QLatin1String("damaged")),
             qPrintable(report.error().message));
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(QLatin1String("damaged")),
             qPrintable(opened.error().message));
    QVERIFY(fileContents(fixture.settings().file) == bytes);
}

void TestDatabaseCheck::databaseOfAnotherProgramIsAnErrorAndUnchanged()
{
    TestSupport::ScratchDatabase scratch(ConnectionSettings::Driver::Sqlite);
    QCOMPARE(executeRaw(scratch.settings(),
                        {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                         QStringLiteral("INSERT INTO notes (text) VALUES ('hei')")}),
             QString());
    const QByteArray bytes = fileContents(scratch.settings().file);

    auto report = DatabaseCheck::run(scratch.settings());

    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::Format);
    QVERIFY(fileContents(scratch.settings().file) == bytes);
}

void TestDatabaseCheck::emptyFileIsNotASamspillDatabase()
{
    TestSupport::ScratchDatabase scratch(ConnectionSettings::Driver::Sqlite);
    {
        QFile file(scratch.settings().file);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    auto report = DatabaseCheck::run(scratch.settings());

    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::Format);
    QVERIFY2(report.error().message.contains(QLatin1String("it is empty")),
             qPrintable(report.error().message));
    QCOMPARE(QFileInfo(scratch.settings().file).size(), qint64(0));
}

void TestDatabaseCheck::missingFileIsAnErrorAndNotCreated()
{
    TestSupport::ScratchDatabase scratch(ConnectionSettings::Driver::Sqlite);

    auto report = DatabaseCheck::run(scratch.settings());

    QVERIFY(!report);
    QCOMPARE(report.error().kind, Error::Kind::Io);
    QVERIFY(!QFile::exists(scratch.settings().file));
    QVERIFY(filesIn(scratch.folder()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseCheck)
#include "tst_databasecheck.moc"
