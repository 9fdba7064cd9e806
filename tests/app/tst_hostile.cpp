// The samspill binary tried as an attacker and a clumsy user would: exports aimed at the
// database itself, programs writing at once, passwords and security options in URLs, a reader
// without write access, a damaged file. Each test failed against the program before it was
// hardened (issue 5); each checks what the user sees and that nothing they own was lost.

#include "models/exchange/jsonwriter.h"
#include "tests/support/generatedportfolio.h"
#include "tests/support/samspillprogram.h"
#include "tests/support/scratchdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#include <unistd.h>

using TestSupport::SamspillProgram;

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void exportNeverWritesIntoTheDatabase_data();
    void exportNeverWritesIntoTheDatabase();
    void threeImportsAtOnceAllLand();
    void threeImportsIntoANewFileAtOnceAllLand();
    void importBesideAnExportOfANewFileBothLand();
    void aWriterWaitsForAnotherAndSaysSo();
    void exportOfANewFileWaitsWhileAnotherProgramHoldsIt();
    void postgresImportsAtOnceWithTheSameNewOrganisationsBothLand();
    void postgresFirstExportBesideAnImportBothSucceed();
    void passwordIsNeverPrinted_data();
    void passwordIsNeverPrinted();
    void sslmodeRequireIsHonoured();
    void unsupportedUrlParameterIsRefusedByName();
    void serviceEntryIsUsed();
    void readerLeavesNothingThatLocksOutTheOwner();
    void checkReportsSideFilesThatBlockWriting();
    void readOnlyFolderIsReadableAndNotCalledDamaged();
    void unreadableFileIsCalledUnreadable();
    void damagedDatabaseRefusesAnImportAndNamesTheBackup_data();
    void damagedDatabaseRefusesAnImportAndNamesTheBackup();
    void damagedDatabaseWithoutABackupGetsAdviceThatWorks();
    void damagedMetaPageIsCalledDamaged();

private:
    QString path(const QString &name) const { return m_folder.filePath(name); }
    QString seededDatabase(const QString &name = QStringLiteral("team.sqlite"));
    // A database made by importing a small file into a new one (not seeded).
    QString importedDatabase(const QString &name = QStringLiteral("team.sqlite"));
    QString writeExchangeFile(const QString &name, const Domain::Portfolio &portfolio);
    // A URL for the samspill binary to reach a PostgreSQL database of the test server.
    static QString urlOf(const Storage::ConnectionSettings &settings);
    // Overwrites bytes of the page of the table or index name, as a disk fault would.
    bool damagePage(const QString &database, const QString &name);

    std::unique_ptr<QTemporaryDir> m_ownFolder;
    QDir m_folder;
    std::unique_ptr<SamspillProgram> m_program;
};

namespace {

QStringList exportTo(const QString &database, const QString &output)
{
    return {QStringLiteral("--lang"),
            QStringLiteral("en"),
            QStringLiteral("--database"),
            database,
            QStringLiteral("export"),
            QStringLiteral("--output"),
            output};
}

QStringList importInto(const QString &database, const QString &file)
{
    return {QStringLiteral("--lang"),     QStringLiteral("en"),
            QStringLiteral("--database"), database,
            QStringLiteral("import"),     file};
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

// The suite runs twice (see tests/app/CMakeLists.txt): app_hostile runs the cases of local
// files, app_hostile_postgresql those of a PostgreSQL server, and is reported as skipped when
// SAMSPILL_TEST_PG names none.
#define SAMSPILL_ONLY_ON(driver)                                                                   \
    if (TestSupport::driverUnderTest() != Storage::ConnectionSettings::Driver::driver)             \
        QSKIP("runs in the other driver's suite");

void TestHostile::initTestCase()
{
    if (TestSupport::driverUnderTest() == Storage::ConnectionSettings::Driver::Postgres &&
        TestSupport::postgresAdminUrl().isEmpty())
        QSKIP("SAMSPILL_TEST_PG names no PostgreSQL server");
}

void TestHostile::init()
{
    m_ownFolder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_ownFolder->isValid());
    m_folder = QDir(m_ownFolder->path());
    m_program = std::make_unique<SamspillProgram>(m_folder.path());
}

QString TestHostile::seededDatabase(const QString &name)
{
    const QString database = path(name);
    const auto first = m_program->run(exportTo(database, path(QStringLiteral("seed.json"))));
    if (first.exitCode != 0) {
        qWarning("seeding failed: %s", qPrintable(first.err));
        return QString();
    }
    return database;
}

QString TestHostile::importedDatabase(const QString &name)
{
    const QString database = path(name);
    const QString file = writeExchangeFile(QStringLiteral("first.json"),
                                           TestSupport::generatedPortfolio(3, 10, 900));
    const auto first = m_program->run(importInto(database, file));
    if (first.exitCode != 0) {
        qWarning("import failed: %s", qPrintable(first.err));
        return QString();
    }
    return database;
}

QString TestHostile::writeExchangeFile(const QString &name, const Domain::Portfolio &portfolio)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    Exchange::JsonWriter writer(&file);
    writer.begin(portfolio.organisations, portfolio.knowledgeSources);
    for (const Domain::ProjectBundle &bundle : portfolio.projects)
        writer.writeProject(bundle);
    return writer.finish() && file.flush() ? file.fileName() : QString();
}

QString TestHostile::urlOf(const Storage::ConnectionSettings &settings)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(settings.user, settings.host, QString::number(settings.port), settings.databaseName);
}

bool TestHostile::damagePage(const QString &database, const QString &name)
{
    const QStringList root = TestSupport::queryRaw(
        Storage::ConnectionSettings::sqlite(database),
        QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(name));
    if (root.size() != 1 || root.first().startsWith(QLatin1String("ERROR")))
        return false;
    QFile file(database);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    // The cell pointers of a b-tree page start 8 or 12 bytes into it; pointing them outside the
    // page is damage every reader and checker sees.
    const qint64 page = root.first().toLongLong();
    return file.seek((page - 1) * 4096 + 8) &&
           file.write(QByteArray::fromHex("ff00ff00ff00ff00ff00ff00ff00ff00")) == 16;
}

void TestHostile::exportNeverWritesIntoTheDatabase_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("link"); // made a symbolic link to the database first, if set
    QTest::addColumn<bool>("hardLink");
    QTest::newRow("the database by name") << QStringLiteral("team.sqlite") << QString() << false;
    QTest::newRow("spelt with dots")
        << QStringLiteral("./sub/../team.sqlite") << QString() << false;
    QTest::newRow("a symbolic link to it")
        << QStringLiteral("link.json") << QStringLiteral("team.sqlite") << false;
    QTest::newRow("a hard link to it") << QStringLiteral("hard.json") << QString() << true;
    QTest::newRow("its write-ahead log") << QStringLiteral("team.sqlite-wal") << QString() << false;
    QTest::newRow("its shared memory") << QStringLiteral("team.sqlite-shm") << QString() << false;
    QTest::newRow("its journal") << QStringLiteral("team.sqlite-journal") << QString() << false;
    QTest::newRow("a link to its journal, which does not exist")
        << QStringLiteral("journal.json") << QStringLiteral("team.sqlite-journal") << false;
    QTest::newRow("a backup of it")
        << QStringLiteral("team.sqlite.backup-v2-20260101T120000Z") << QString() << false;
}

void TestHostile::exportNeverWritesIntoTheDatabase()
{
    SAMSPILL_ONLY_ON(Sqlite);
    QFETCH(QString, target);
    QFETCH(QString, link);
    QFETCH(bool, hardLink);
    // GIVEN a seeded database and a second name that may lead to it
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    QVERIFY(m_folder.mkpath(QStringLiteral("sub")));
    if (!link.isEmpty())
        QVERIFY(QFile::link(link, path(target)));
    if (hardLink)
        QVERIFY(::link(QFile::encodeName(database).constData(),
                       QFile::encodeName(path(target)).constData()) == 0);
    const QByteArray before = TestSupport::fileContents(database);
    const QStringList rows = TestSupport::dumpData(Storage::ConnectionSettings::sqlite(database));
    const bool existed = QFileInfo::exists(path(target));

    // WHEN it is exported to that name
    const auto exported = m_program->run(exportTo(database, target));

    // THEN the export is refused, clearly, and the database is as it was
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(QLatin1String("is the database itself or one of its files")),
             qPrintable(exported.err));
    QCOMPARE(TestSupport::fileContents(database), before);
    QCOMPARE(TestSupport::dumpData(Storage::ConnectionSettings::sqlite(database)), rows);
    QCOMPARE(QFileInfo::exists(path(target)), existed);
}

void TestHostile::threeImportsAtOnceAllLand()
{
    SAMSPILL_ONLY_ON(Sqlite);
    // GIVEN three exchange files of different projects that share their organisations
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        files.append(writeExchangeFile(QStringLiteral("part%1.json").arg(i),
                                       TestSupport::generatedPortfolio(15, 40, 100 * i)));
        QVERIFY(!files.last().isEmpty());
    }

    // WHEN all three are imported at once
    std::vector<std::unique_ptr<QProcess>> running;
    for (const QString &file : files)
        running.push_back(m_program->start(importInto(database, file)));

    // THEN each one waits its turn and lands
    for (auto &process : running) {
        const auto done = SamspillProgram::finish(*process, 240000);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    }
    const QStringList count = TestSupport::queryRaw(Storage::ConnectionSettings::sqlite(database),
                                                    QStringLiteral("SELECT COUNT(*) FROM project"));
    QCOMPARE(count, QStringList{QStringLiteral("46")});
}

void TestHostile::threeImportsIntoANewFileAtOnceAllLand()
{
    SAMSPILL_ONLY_ON(Sqlite);
    // GIVEN three exchange files of different projects that share their organisations, and a
    // database that does not exist yet
    const QString database = path(QStringLiteral("new3.sqlite"));
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        files.append(writeExchangeFile(QStringLiteral("part%1.json").arg(i),
                                       TestSupport::generatedPortfolio(15, 40, 100 * i)));
        QVERIFY(!files.last().isEmpty());
    }

    // WHEN all three are imported into it at once
    std::vector<std::unique_ptr<QProcess>> running;
    for (const QString &file : files)
        running.push_back(m_program->start(importInto(database, file)));

    // THEN one of them creates it, and the others wait their turn and land in it too
    for (auto &process : running) {
        const auto done = SamspillProgram::finish(*process, 240000);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    }
    const QStringList count = TestSupport::queryRaw(Storage::ConnectionSettings::sqlite(database),
                                                    QStringLiteral("SELECT COUNT(*) FROM project"));
    QCOMPARE(count, QStringList{QStringLiteral("45")});
    // Nothing of the imports' own files is left beside it.
    const QStringList hidden =
        m_folder.entryList({QStringLiteral(".new3.sqlite*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QLatin1Char(' '))));
}

void TestHostile::importBesideAnExportOfANewFileBothLand()
{
    SAMSPILL_ONLY_ON(Sqlite);
    // GIVEN an exchange file and a database that does not exist yet
    const QString database = path(QStringLiteral("new.sqlite"));
    const QString file =
        writeExchangeFile(QStringLiteral("part.json"), TestSupport::generatedPortfolio(15, 40));
    QVERIFY(!file.isEmpty());

    // WHEN it is imported into that database while an export of it (which creates and seeds
    // it) runs
    auto importing = m_program->start(importInto(database, file));
    auto exporting = m_program->start(exportTo(database, path(QStringLiteral("all.json"))));

    // THEN both succeed, and every imported project is in the database
    const auto imported = SamspillProgram::finish(*importing, 240000);
    const auto exported = SamspillProgram::finish(*exporting, 240000);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QStringList count = TestSupport::queryRaw(
        Storage::ConnectionSettings::sqlite(database),
        QStringLiteral("SELECT COUNT(*) FROM project WHERE name LIKE 'Samhandlingsprosjekt %'"));
    QCOMPARE(count, QStringList{QStringLiteral("15")});
}

void TestHostile::aWriterWaitsForAnotherAndSaysSo()
{
    SAMSPILL_ONLY_ON(Sqlite);
    // GIVEN another program that holds the write lock of the database
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const QString file =
        writeExchangeFile(QStringLiteral("new.json"), TestSupport::generatedPortfolio(1, 3));
    const QString connection = QStringLiteral("holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        holder.setDatabaseName(database);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        // WHEN an import starts
        auto importing = m_program->start(importInto(database, file));
        QByteArray said;
        for (int i = 0; i < 100 && !said.contains("Waiting"); ++i) {
            importing->waitForReadyRead(100);
            said += importing->readAllStandardError();
        }

        // THEN it says that it waits, holds on well past SQLite's own timeout, and lands once
        // the other program is done
        QVERIFY2(said.contains("Waiting for another program that is writing to"), said.constData());
        QTest::qWait(2500);
        QCOMPARE(importing->state(), QProcess::Running);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        const auto done = SamspillProgram::finish(*importing);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestHostile::exportOfANewFileWaitsWhileAnotherProgramHoldsIt()
{
    SAMSPILL_ONLY_ON(Sqlite);
    // GIVEN a new, empty file that another program holds the write lock of
    const QString database = path(QStringLiteral("new.sqlite"));
    const QString connection = QStringLiteral("holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        holder.setDatabaseName(database);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        // WHEN it is exported, which sets it up and seeds it
        auto exporting = m_program->start(exportTo(database, QStringLiteral("all.json")));
        QTest::qWait(2500);

        // THEN the export waits instead of failing, and succeeds when the lock is released
        QCOMPARE(exporting->state(), QProcess::Running);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        holder.close();
        const auto done = SamspillProgram::finish(*exporting);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY2(done.err.contains(QLatin1String("Waiting for another program")),
                 qPrintable(done.err));
    }
    QSqlDatabase::removeDatabase(connection);
    QVERIFY(TestSupport::fileContents(path(QStringLiteral("all.json"))).contains("Nord-Tr"));
}

void TestHostile::postgresImportsAtOnceWithTheSameNewOrganisationsBothLand()
{
    SAMSPILL_ONLY_ON(Postgres);
    const QString first =
        writeExchangeFile(QStringLiteral("a.json"), TestSupport::generatedPortfolio(3, 20, 0));
    const QString second =
        writeExchangeFile(QStringLiteral("b.json"), TestSupport::generatedPortfolio(3, 20, 50));
    for (int round = 0; round < 3; ++round) {
        // GIVEN a new PostgreSQL database, and two files that bring the same new organisations
        TestSupport::ScratchDatabase scratch(Storage::ConnectionSettings::Driver::Postgres);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        const QString url = urlOf(scratch.settings());

        // WHEN both are imported at once
        auto a = m_program->start(importInto(url, first));
        auto b = m_program->start(importInto(url, second));

        // THEN both land, and each organisation is stored once
        const auto doneA = SamspillProgram::finish(*a, 240000);
        const auto doneB = SamspillProgram::finish(*b, 240000);
        QVERIFY2(doneA.exitCode == 0, qPrintable(doneA.err));
        QVERIFY2(doneB.exitCode == 0, qPrintable(doneB.err));
        QCOMPARE(TestSupport::queryRaw(scratch.settings(),
                                       QStringLiteral("SELECT COUNT(*) FROM organisation")),
                 QStringList{QStringLiteral("20")});
        QCOMPARE(TestSupport::queryRaw(scratch.settings(),
                                       QStringLiteral("SELECT COUNT(*) FROM project")),
                 QStringList{QStringLiteral("6")});
    }
}

void TestHostile::postgresFirstExportBesideAnImportBothSucceed()
{
    SAMSPILL_ONLY_ON(Postgres);
    // An import of the seed's own organisations (NAV, Mental Helse, ...) beside the first export
    // of a new database, which seeds it with the same ones.
    const QString seedCopy = path(QStringLiteral("seed.json"));
    const auto seeded = m_program->run(exportTo(path(QStringLiteral("x.sqlite")), seedCopy));
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    for (int round = 0; round < 3; ++round) {
        TestSupport::ScratchDatabase scratch(Storage::ConnectionSettings::Driver::Postgres);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        const QString url = urlOf(scratch.settings());
        auto importing = m_program->start(importInto(url, seedCopy));
        auto exporting = m_program->start(exportTo(url, path(QStringLiteral("out.json"))));
        const auto imported = SamspillProgram::finish(*importing);
        const auto exported = SamspillProgram::finish(*exporting);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        // The import lands, or is refused for the one true reason: the seed got there first.
        QVERIFY2(imported.exitCode == 0 || imported.err.contains(QLatin1String("is already in")),
                 qPrintable(imported.err));
        QCOMPARE(TestSupport::queryRaw(scratch.settings(),
                                       QStringLiteral("SELECT COUNT(*) FROM project")),
                 QStringList{QStringLiteral("1")});
    }
}

void TestHostile::passwordIsNeverPrinted_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("malformed port") << QStringLiteral("postgresql://anna:s3cr3tPw@db.example:x/p");
    QTest::newRow("no database") << QStringLiteral("postgresql://anna:s3cr3tPw@db.example");
    QTest::newRow("an @ in the password")
        << QStringLiteral("postgresql://anna:s3cr@3tPw@db.example:x/p");
    QTest::newRow("unreachable server")
        << QStringLiteral("postgresql://anna:s3cr3tPw@127.0.0.1:1/p");
    QTest::newRow("as a parameter")
        << QStringLiteral("postgresql://anna@127.0.0.1:1/p?password=s3cr3tPw");
}

void TestHostile::passwordIsNeverPrinted()
{
    SAMSPILL_ONLY_ON(Sqlite);
    QFETCH(QString, url);
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("export")}) {
        const auto run = m_program->run({QStringLiteral("--lang"), QStringLiteral("en"),
                                         QStringLiteral("--database"), url, command});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(!run.err.contains(QLatin1String("3tPw")) &&
                     !run.out.contains(QLatin1String("3tPw")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.isEmpty(), "a failure says why");
    }
}

void TestHostile::sslmodeRequireIsHonoured()
{
    SAMSPILL_ONLY_ON(Postgres);
    // The scratch server speaks no TLS: a connection that requires it must fail, not fall back
    // to plain text.
    TestSupport::ScratchDatabase scratch(Storage::ConnectionSettings::Driver::Postgres);
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    const QString url = urlOf(scratch.settings());
    const auto refused = m_program->run(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
         url + QStringLiteral("?sslmode=require"), QStringLiteral("check")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("SSL")), qPrintable(refused.err));
    const auto plain = m_program->run(exportTo(
        url + QStringLiteral("?sslmode=disable&application_name=samspill-test&connect_timeout=5"),
        path(QStringLiteral("out.json"))));
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
}

void TestHostile::unsupportedUrlParameterIsRefusedByName()
{
    SAMSPILL_ONLY_ON(Sqlite);
    const auto refused = m_program->run(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
         QStringLiteral("postgresql://anna@127.0.0.1:1/p?sslmode=require&gssencmode=disable"),
         QStringLiteral("check")});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QLatin1String("gssencmode")), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QLatin1String("Cannot open")), "refused before connecting");
    const auto badValue = m_program->run(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
         QStringLiteral("postgresql://anna@127.0.0.1:1/p?sslmode=sometimes"),
         QStringLiteral("check")});
    QVERIFY(badValue.exitCode != 0);
    QVERIFY2(badValue.err.contains(QLatin1String("sometimes")), qPrintable(badValue.err));
}

void TestHostile::serviceEntryIsUsed()
{
    SAMSPILL_ONLY_ON(Postgres);
    TestSupport::ScratchDatabase scratch(Storage::ConnectionSettings::Driver::Postgres);
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    const Storage::ConnectionSettings &server = scratch.settings();
    QFile services(path(QStringLiteral("pg_service.conf")));
    QVERIFY(services.open(QIODevice::WriteOnly));
    services.write(
        QStringLiteral("[samspill]\nhost=%1\nport=%2\ndbname=%3\nuser=%4\n")
            .arg(server.host, QString::number(server.port), server.databaseName, server.user)
            .toUtf8());
    services.close();
    m_program->setEnvironment(QStringLiteral("PGSERVICEFILE"), services.fileName());
    const auto exported = m_program->run(exportTo(QStringLiteral("postgresql:///?service=samspill"),
                                                  path(QStringLiteral("out.json"))));
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(TestSupport::queryRaw(server, QStringLiteral("SELECT COUNT(*) FROM project")),
             QStringList{QStringLiteral("1")});
}

void TestHostile::readerLeavesNothingThatLocksOutTheOwner()
{
    SAMSPILL_ONLY_ON(Sqlite);
    if (!isRoot())
        QSKIP("needs root, to run samspill as two other users");
    // GIVEN a database that the user daemon owns, in a folder everybody may write to
    QVERIFY(QFile::setPermissions(m_folder.path(), QFileDevice::Permissions(0x7777)));
    const QString database = path(QStringLiteral("team.sqlite"));
    const auto created = m_program->runAs(QStringLiteral("daemon"),
                                          exportTo(database, path(QStringLiteral("a.json"))));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(QFileInfo(database).owner(), QStringLiteral("daemon"));

    // WHEN the user nobody, who may only read it, exports it and then tries to import
    const auto read = m_program->runAs(QStringLiteral("nobody"),
                                       exportTo(database, path(QStringLiteral("b.json"))));
    const QString file =
        writeExchangeFile(QStringLiteral("new.json"), TestSupport::generatedPortfolio(1, 2));
    QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions(0x6444)));
    const auto refused = m_program->runAs(QStringLiteral("nobody"), importInto(database, file));

    // THEN the export worked and left no side file; the import says why it cannot write
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QVERIFY2(!QFileInfo::exists(database + QLatin1String(suffix)), suffix);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("you may read it but not change it")),
             qPrintable(refused.err));

    // AND the owner still writes to it
    const auto owner = m_program->runAs(QStringLiteral("daemon"), importInto(database, file));
    QVERIFY2(owner.exitCode == 0, qPrintable(owner.err));
}

void TestHostile::checkReportsSideFilesThatBlockWriting()
{
    SAMSPILL_ONLY_ON(Sqlite);
    if (!isRoot())
        QSKIP("needs root, to run samspill as two other users");
    // GIVEN a database of daemon beside which another user left a shared-memory file
    QVERIFY(QFile::setPermissions(m_folder.path(), QFileDevice::Permissions(0x7777)));
    const QString database = path(QStringLiteral("team.sqlite"));
    const auto created = m_program->runAs(QStringLiteral("daemon"),
                                          exportTo(database, path(QStringLiteral("a.json"))));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QFile shm(database + QStringLiteral("-shm"));
    QVERIFY(shm.open(QIODevice::WriteOnly));
    shm.write(QByteArray(32768, '\0'));
    shm.close();
    QVERIFY(::chown(QFile::encodeName(shm.fileName()).constData(), 65534, 65534) == 0);

    // WHEN the owner checks it
    const auto checked =
        m_program->runAs(QStringLiteral("daemon"),
                         {QStringLiteral("--lang"), QStringLiteral("en"),
                          QStringLiteral("--database"), database, QStringLiteral("check")});

    // THEN the check names the file that blocks writing, and its owner
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains(QLatin1String("team.sqlite-shm")) &&
                 checked.err.contains(QLatin1String("nobody")),
             qPrintable(checked.err));
}

void TestHostile::readOnlyFolderIsReadableAndNotCalledDamaged()
{
    SAMSPILL_ONLY_ON(Sqlite);
    if (!isRoot())
        QSKIP("needs root, to run samspill as another user");
    const QString database = seededDatabase(QStringLiteral("locked/team.sqlite"));
    QVERIFY(!database.isEmpty());
    QVERIFY(QFile::setPermissions(m_folder.path(), QFileDevice::Permissions(0x7777)));
    QVERIFY(QFile::setPermissions(database, QFileDevice::Permissions(0x6666)));
    QVERIFY(
        QFile::setPermissions(path(QStringLiteral("locked")), QFileDevice::Permissions(0x5555)));
    const auto read = m_program->runAs(QStringLiteral("nobody"),
                                       exportTo(database, path(QStringLiteral("out.json"))));
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    const QString file =
        writeExchangeFile(QStringLiteral("new.json"), TestSupport::generatedPortfolio(1, 2));
    const auto refused = m_program->runAs(QStringLiteral("nobody"), importInto(database, file));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("is read-only to you")), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QLatin1String("damaged")), qPrintable(refused.err));
}

void TestHostile::unreadableFileIsCalledUnreadable()
{
    SAMSPILL_ONLY_ON(Sqlite);
    if (!isRoot())
        QSKIP("needs root, to run samspill as another user");
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    QVERIFY(QFile::setPermissions(m_folder.path(), QFileDevice::Permissions(0x7777)));
    QVERIFY(QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const auto refused =
        m_program->runAs(QStringLiteral("nobody"),
                         {QStringLiteral("--lang"), QStringLiteral("en"),
                          QStringLiteral("--database"), database, QStringLiteral("check")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("no permission to read")), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QLatin1String("not an SQLite file")), qPrintable(refused.err));
}

void TestHostile::damagedDatabaseRefusesAnImportAndNamesTheBackup_data()
{
    QTest::addColumn<bool>("madeByImport");
    QTest::addColumn<bool>("rollbackJournal"); // as an import of an earlier version left it
    QTest::newRow("seeded by an export") << false << false;
    QTest::newRow("made by an import") << true << false;
    QTest::newRow("made by an import, not in WAL mode") << true << true;
}

void TestHostile::damagedDatabaseRefusesAnImportAndNamesTheBackup()
{
    SAMSPILL_ONLY_ON(Sqlite);
    QFETCH(bool, madeByImport);
    QFETCH(bool, rollbackJournal);
    // GIVEN a database with a backup beside it, whose index then takes damage
    const QString database = madeByImport ? importedDatabase() : seededDatabase();
    QVERIFY(!database.isEmpty());
    if (rollbackJournal) {
        QCOMPARE(TestSupport::queryRaw(Storage::ConnectionSettings::sqlite(database),
                                       QStringLiteral("PRAGMA journal_mode = DELETE")),
                 QStringList{QStringLiteral("delete")});
    }
    const QString backup = database + QStringLiteral(".backup-v2-20260101T120000Z");
    QVERIFY(QFile::copy(database, backup));
    QVERIFY(damagePage(database, QStringLiteral("measure_project_status")));
    const QByteArray before = TestSupport::fileContents(database);
    const QString file =
        writeExchangeFile(QStringLiteral("new.json"), TestSupport::generatedPortfolio(1, 2));

    // WHEN a file is imported into it
    const auto refused = m_program->run(importInto(database, file));

    // THEN it is refused, the message says what to restore, and the file is untouched (not
    // even its header, which a switch to WAL mode would write)
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("is damaged, so Samspill will not write to it")),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QFileInfo(backup).fileName()), qPrintable(refused.err));
    QCOMPARE(TestSupport::fileContents(database), before);
}

void TestHostile::damagedDatabaseWithoutABackupGetsAdviceThatWorks()
{
    SAMSPILL_ONLY_ON(Sqlite);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 program is not installed");
    // GIVEN a database made by an import, with no backup beside it, whose index takes damage
    const QString database = importedDatabase();
    QVERIFY(!database.isEmpty());
    const QStringList projects =
        TestSupport::queryRaw(Storage::ConnectionSettings::sqlite(database),
                              QStringLiteral("SELECT name FROM project ORDER BY name"));
    QCOMPARE(projects.size(), 3);
    QVERIFY(damagePage(database, QStringLiteral("measure_project_status")));
    const QString file =
        writeExchangeFile(QStringLiteral("new.json"), TestSupport::generatedPortfolio(1, 2));

    // WHEN a file is imported into it, it is refused with advice
    const auto refused = m_program->run(importInto(database, file));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("There is no backup of it beside it")),
             qPrintable(refused.err));
    const QString recovered = path(QStringLiteral("team-recovered.sqlite"));
    QVERIFY2(refused.err.contains(QLatin1String(".dump")) && refused.err.contains(recovered),
             qPrintable(refused.err));

    // THEN following the advice gives a sound database with every project, which takes imports
    QProcess recover;
    recover.setWorkingDirectory(m_folder.path());
    recover.start(QStringLiteral("sh"),
                  {QStringLiteral("-c"), QStringLiteral("\"$0\" \"$1\" .dump | \"$0\" \"$2\""),
                   sqlite3, database, recovered});
    QVERIFY(recover.waitForFinished(60000));
    QCOMPARE(recover.exitCode(), 0);
    const auto checked =
        m_program->run({QStringLiteral("--lang"), QStringLiteral("en"),
                        QStringLiteral("--database"), recovered, QStringLiteral("check")});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.err + checked.out));
    QCOMPARE(TestSupport::queryRaw(Storage::ConnectionSettings::sqlite(recovered),
                                   QStringLiteral("SELECT name FROM project ORDER BY name")),
             projects);
    const auto imported = m_program->run(importInto(recovered, file));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestHostile::damagedMetaPageIsCalledDamaged()
{
    SAMSPILL_ONLY_ON(Sqlite);
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    QVERIFY(damagePage(database, QStringLiteral("samspill_meta")));
    const auto refused = m_program->run(exportTo(database, path(QStringLiteral("out.json"))));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("damaged")), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QLatin1String("another program")), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
