// Part of tst_cli (tst_cli.h): the check command, files that are no database left alone, usage
// errors, help and version, messages that show text from outside escaped and whole, and
// Norwegian unless English is asked for.

#include "tests/app/tst_cli.h"

#include "tests/support/scratchdatabase.h"

#include <QFile>
#include <QTest>

using namespace CliTest;

void TestCli::checkPassesASeededDatabaseAndChangesNothing()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const QStringList entries = m_folder.entryList(QDir::Files);

    const Run checked = run({QStringLiteral("--database"), database, QStringLiteral("check")});

    QVERIFY2(checked.exitCode == 0, qPrintable(checked.err + checked.out));
    QVERIFY2(checked.out.contains(QStringLiteral("1 prosjekt, 3 tiltak")), qPrintable(checked.out));
    QVERIFY2(checked.out.contains(QStringLiteral("Fant ingen problemer")), qPrintable(checked.out));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == before);
    // Not even SQLite's -wal and -shm side files appear beside it.
    QCOMPARE(m_folder.entryList(QDir::Files), entries);
}

void TestCli::checkRefusesATextFileAndLeavesItAlone()
{
    const QByteArray content("Referat fra prosjektgruppa\nIkke en database.\n");
    const QString text = writeFile(QStringLiteral("notes.txt"), content);
    const QStringList entries = m_folder.entryList(QDir::Files);

    const Run checked = run({QStringLiteral("--database"), text, QStringLiteral("check")});

    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains(QStringLiteral("ikke en Samspill-database")),
             qPrintable(checked.err));
    QFile file(text);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == content);
    QCOMPARE(m_folder.entryList(QDir::Files), entries);
}

void TestCli::checkOfAMissingFileCreatesNothing()
{
    const QString missing = path(QStringLiteral("missing.sqlite"));

    const Run checked = run({QStringLiteral("--database"), missing, QStringLiteral("check")});

    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains(missing), qPrintable(checked.err));
    QVERIFY(m_folder.entryList(QDir::Files).isEmpty());
}

void TestCli::noCommandWritesToAFileThatIsNotADatabase_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QByteArray>("content");

    const QByteArray text("Referat fra prosjektgruppa\n");
    // Begins like an SQLite file, but is not one.
    const QByteArray fakeSqlite =
        QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(200, 'x');
    QTest::newRow("export, text") << QStringList{QStringLiteral("export")} << text;
    QTest::newRow("import, text") << QStringList{QStringLiteral("import"),
                                                 QStringLiteral("second.json")}
                                  << text;
    QTest::newRow("check, false SQLite header")
        << QStringList{QStringLiteral("check")} << fakeSqlite;
    QTest::newRow("export, false SQLite header")
        << QStringList{QStringLiteral("export")} << fakeSqlite;
}

void TestCli::noCommandWritesToAFileThatIsNotADatabase()
{
    QFETCH(QStringList, command);
    QFETCH(QByteArray, content);

    writeFile(QStringLiteral("second.json"), secondProjectJson());
    const QString target = writeFile(QStringLiteral("notes.dat"), content);
    const QStringList entries = m_folder.entryList(QDir::Files);

    const Run result = run(QStringList{QStringLiteral("--database"), target} + command);

    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.err.isEmpty());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == content);
    QCOMPARE(m_folder.entryList(QDir::Files), entries);
}

void TestCli::unknownOptionIsAUsageError()
{
    const Run result = run({QStringLiteral("--bogus"), QStringLiteral("check")});

    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--bogus")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("samspill [--database")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    // Nothing was opened: no default database was created in the (test) home folder.
    QVERIFY(QDir(path(QStringLiteral("home")))
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                .isEmpty());
}

void TestCli::messagesShowTextFromOutsideEscapedAndWhole_data()
{
    // In arguments, "DB" stands for a seeded database and "x" for strange: ESC [ 2 J clears a
    // terminal, and %2 would be replaced by a QString::arg() chained after it.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("fileContent"); // written to the file named "x.json" if any
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("shown");

    const QString strange = QStringLiteral("x%1%2\x1b[2J");
    const QString escaped = QStringLiteral("x%1%2\\u001B[2J");
    const QString file = strange + QStringLiteral(".json");
    const QString db = QStringLiteral("DB");
    const auto lang = [](const QStringList &rest) {
        return QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + rest;
    };

    QTest::newRow("unknown option")
        << lang({QStringLiteral("--") + strange}) << QByteArray() << 2
        << QStringLiteral("Unknown option: \"--") + escaped + QLatin1Char('"');
    QTest::newRow("unknown command")
        << lang({strange}) << QByteArray() << 2
        << QStringLiteral("Unknown command: \"") + escaped + QLatin1Char('"');
    QTest::newRow("unexpected argument")
        << lang({QStringLiteral("check"), strange}) << QByteArray() << 2
        << QStringLiteral("Unexpected argument: \"") + escaped + QLatin1Char('"');
    QTest::newRow("a database URL that is not one")
        << lang({QStringLiteral("--database"), QStringLiteral("postgresql://") + strange,
                 QStringLiteral("check")})
        << QByteArray() << 2
        << QStringLiteral("\"postgresql://") + escaped + QStringLiteral("\" is not a PostgreSQL");
    QTest::newRow("import of a missing file")
        << lang({QStringLiteral("--database"), db, QStringLiteral("import"), file}) << QByteArray()
        << 1 << QStringLiteral("Cannot read ") + escaped + QStringLiteral(".json: ");
    QTest::newRow("import of a file that is not JSON")
        << lang({QStringLiteral("--database"), db, QStringLiteral("import"), file})
        << QByteArray("{") << 1
        << escaped + QStringLiteral(".json was not imported; nothing was changed:");
    QTest::newRow("import of a file")
        << lang({QStringLiteral("--database"), db, QStringLiteral("import"), file})
        << secondProjectJson() << 0
        << QStringLiteral("Imported 1 project from ") + escaped + QStringLiteral(".json.");
    QTest::newRow("export to a file")
        << lang({QStringLiteral("--database"), db, QStringLiteral("export"),
                 QStringLiteral("--output"), file})
        << QByteArray() << 0
        << QStringLiteral("Exported 1 project to ") + escaped + QStringLiteral(".json.");
    QTest::newRow("export into a missing folder")
        << lang({QStringLiteral("--database"), db, QStringLiteral("export"),
                 QStringLiteral("--output"), strange + QStringLiteral("/all.json")})
        << QByteArray() << 1
        << QStringLiteral("Cannot write ") + escaped + QStringLiteral("/all.json: ");
    QTest::newRow("export of a project that is not there")
        << lang({QStringLiteral("--database"), db, QStringLiteral("export"),
                 QStringLiteral("--project"), strange})
        << QByteArray() << 1
        << QStringLiteral("There is no project \"") + escaped + QStringLiteral("\" in this");
    QTest::newRow("check of a database with a strange name")
        << lang({QStringLiteral("--database"), db, QStringLiteral("check")}) << QByteArray() << 0
        << escaped + QStringLiteral(".sqlite: Samspill database, schema version ");
}

void TestCli::messagesShowTextFromOutsideEscapedAndWhole()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, fileContent);
    QFETCH(int, exitCode);
    QFETCH(QString, shown);

    const QString strange = QStringLiteral("x%1%2\x1b[2J");
    if (arguments.contains(QStringLiteral("DB"))) {
        // A database whose own name is strange, created and seeded as in seededDatabase().
        const QString database = path(strange + QStringLiteral(".sqlite"));
        const Run seeded = run({QStringLiteral("--database"), database, QStringLiteral("export"),
                                QStringLiteral("--output"), path(QStringLiteral("seed.json"))});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        arguments.replace(arguments.indexOf(QStringLiteral("DB")), database);
    }
    if (!fileContent.isEmpty())
        writeFile(strange + QStringLiteral(".json"), fileContent);

    const Run result = run(arguments);

    const QString messages = result.out + result.err;
    QVERIFY2(result.exitCode == exitCode, qPrintable(messages));
    QVERIFY2(messages.contains(shown), qPrintable(messages));
    QVERIFY2(!messages.contains(QChar(0x1b)), qPrintable(messages));
}

void TestCli::checkShowsTheFilesOwnTextEscaped()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    // A table the file brings along, named to clear the terminal, with a row that refers to a
    // project that is not there: check reports it by the table's name.
    const auto settings = Storage::ConnectionSettings::sqlite(database);
    QCOMPARE(
        TestSupport::queryRaw(settings, QStringLiteral("CREATE TABLE \"t%2\x1b[2J\" "
                                                       "(project INTEGER REFERENCES project)")),
        QStringList());
    QCOMPARE(
        TestSupport::queryRaw(settings, QStringLiteral("INSERT INTO \"t%2\x1b[2J\" VALUES (999)")),
        QStringList());

    const Run checked = run({QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--database"), database, QStringLiteral("check")});

    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains(QStringLiteral("t%2\\u001B[2J refers to a missing row")),
             qPrintable(checked.err));
    QVERIFY2(!checked.err.contains(QChar(0x1b)), qPrintable(checked.err));
}

void TestCli::theWindowWithoutADisplayIsAClearError()
{
    const Run result = run({QStringLiteral("--lang"), QStringLiteral("en")});

    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("needs a display")), qPrintable(result.err));
    // Nothing was opened or created.
    QVERIFY(QDir(path(QStringLiteral("home")))
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                .isEmpty());
}

void TestCli::exportOfAnAmbiguousProjectNameNamesTheCandidates()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    // A second project with the seed project's name, under a UUID of its own.
    QByteArray twin = QByteArrayLiteral(
        "{\"format\": \"samspill-exchange\", \"formatVersion\": 1, \"projects\": [{"
        "\"uuid\": \"9b3c1f70-2f0e-4a43-9d55-0a7f3e1c2b11\", \"status\": \"planned\","
        "\"name\": \"Samhandlingsprosjektet Psykisk Helse i Nord-Trøndelag\"}]}");
    const QString file = writeFile(QStringLiteral("twin.json"), twin);
    QCOMPARE(run({QStringLiteral("--database"), database, QStringLiteral("import"), file}).exitCode,
             0);

    const Run result =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), database,
             QStringLiteral("export"), QStringLiteral("--project"),
             QStringLiteral("Samhandlingsprosjektet Psykisk Helse i Nord-Trøndelag"),
             QStringLiteral("--output"), QStringLiteral("one.json")});

    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("9b3c1f70-2f0e-4a43-9d55-0a7f3e1c2b11")),
             qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("one.json"))));
}

void TestCli::helpPrintsUsage()
{
    const Run result = run({QStringLiteral("--help")});

    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("samspill [--database")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("export [--output")));
    QVERIFY(result.err.isEmpty());
}

void TestCli::commandHelpPrintsTheCommandsOptions()
{
    const Run result = run({QStringLiteral("--lang=en"), QStringLiteral("export"),
                            QStringLiteral("--help"), QStringLiteral("--no-such-option")});

    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral(
                 "Usage: samspill [--database FILE|URL] [--lang nb|en] export [--output FILE]")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--project <ID>")), qPrintable(result.out));
    QVERIFY2(!result.out.contains(QStringLiteral("--version")), qPrintable(result.out));
    QVERIFY(result.err.isEmpty());
}

void TestCli::anOptionGivenTwiceIsAUsageErrorThatNamesIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");

    QTest::newRow("--database") << QStringList{QStringLiteral("--database=a.sqlite"),
                                               QStringLiteral("--database=b.sqlite"),
                                               QStringLiteral("check")}
                                << QStringLiteral("--database");
    QTest::newRow("--lang") << QStringList{QStringLiteral("--lang=en"), QStringLiteral("--lang=nb"),
                                           QStringLiteral("check")}
                            << QStringLiteral("--lang");
    QTest::newRow("--output") << QStringList{QStringLiteral("--database=a.sqlite"),
                                             QStringLiteral("export"),
                                             QStringLiteral("--output"),
                                             QStringLiteral("a.json"),
                                             QStringLiteral("--output"),
                                             QStringLiteral("b.json")}
                              << QStringLiteral("--output");
}

void TestCli::anOptionGivenTwiceIsAUsageErrorThatNamesIt()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);

    const Run result = run(arguments);

    QCOMPARE(result.exitCode, 2);
    const QString message = result.err.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(message.contains(option), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("samspill [--database")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    // Nothing was opened: neither database was created, nor was a file written.
    QVERIFY(m_folder.entryList(QDir::Files).isEmpty());
}

void TestCli::versionPrintsTheVersion()
{
    const Run result = run({QStringLiteral("--version")});

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("samspill " SAMSPILL_VERSION "\n"));
}

void TestCli::messagesAreNorwegianUnlessEnglishIsAsked()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());

    const Run norwegian = run({QStringLiteral("--database"), database, QStringLiteral("export"),
                               QStringLiteral("--output"), QStringLiteral("nb.json")});
    QCOMPARE(norwegian.exitCode, 0);
    QVERIFY2(norwegian.err.contains(QStringLiteral("Eksporterte 1 prosjekt til nb.json")),
             qPrintable(norwegian.err));

    const Run english =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), database,
             QStringLiteral("export"), QStringLiteral("--output"), QStringLiteral("en.json")});
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.err.contains(QStringLiteral("Exported 1 project to en.json")),
             qPrintable(english.err));

    const Run usage = run({QStringLiteral("--nonsense")});
    QVERIFY2(usage.err.contains(QStringLiteral("Ukjent valg")), qPrintable(usage.err));
    const Run englishUsage = run({QStringLiteral("--lang=en"), QStringLiteral("--nonsense")});
    QVERIFY2(englishUsage.err.contains(QStringLiteral("Unknown option")),
             qPrintable(englishUsage.err));
    // Also when the mistake is in the command's part, after the language was asked for.
    const Run englishCommandUsage = run({QStringLiteral("--lang"), QStringLiteral("en"),
                                         QStringLiteral("check"), QStringLiteral("--fast")});
    QCOMPARE(englishCommandUsage.exitCode, 2);
    QVERIFY2(englishCommandUsage.err.startsWith(QStringLiteral("Unknown option: \"--fast\"")),
             qPrintable(englishCommandUsage.err));
}
