#include "models/exchange/jsonreader.h"
#include "models/exchange/jsonwriter.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/testportfolios.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The samspill executable run as a user runs it from a shell: real files, real exit codes, and
// no display at all (QT_QPA_PLATFORM and DISPLAY are removed), which proves that the headless
// commands never create a window.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void exportOfANewDatabaseHoldsTheSeed();
    void exportWithoutOutputWritesJsonToStandardOutput();
    void importWithABadDateIsRefusedAndChangesNothing();
    void importRefusedByTheDatabaseChangesNothing();
    void importOfANewProjectAddsIt();
    void exportOfWhatWasImportedIsTheSameFile();
    void importIntoANewDatabaseHoldsOnlyWhatWasImported();
    void twoProgramsOpeningANewDatabaseAtOnceSeedItOnce();
    void exportToAFullDeviceFails();
    void exportOfNamedProjectsCarriesOnlyWhatTheyReferTo_data();
    void exportOfNamedProjectsCarriesOnlyWhatTheyReferTo();
    void exportOfAnUnknownProjectFailsWithoutAFile();
    void exportToAMissingFolderFailsWithoutAFile();
    void checkPassesASeededDatabaseAndChangesNothing();
    void checkRefusesATextFileAndLeavesItAlone();
    void checkOfAMissingFileCreatesNothing();
    void noCommandWritesToAFileThatIsNotADatabase_data();
    void noCommandWritesToAFileThatIsNotADatabase();
    void unknownOptionIsAUsageError();
    void messagesShowTextFromOutsideEscapedAndWhole_data();
    void messagesShowTextFromOutsideEscapedAndWhole();
    void checkShowsTheFilesOwnTextEscaped();
    void theWindowWithoutADisplayIsAClearError();
    void exportOfAnAmbiguousProjectNameNamesTheCandidates();
    void helpPrintsUsage();
    void commandHelpPrintsTheCommandsOptions();
    void anOptionGivenTwiceIsAUsageErrorThatNamesIt_data();
    void anOptionGivenTwiceIsAUsageErrorThatNamesIt();
    void versionPrintsTheVersion();
    void messagesAreNorwegianUnlessEnglishIsAsked();
    void timelineWritesAPictureOfTheProjectThatIsNotBlank();
    void timelineOfAShorterRangeIsANarrowerPicture();
    void timelineWritesSvgAndPdf();
    void timelineRefusesToWriteOntoTheDatabase();
    void timelineThatFailsLeavesNoFile();
    void timelineWithAnUnknownFormatIsAUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QByteArray rawOut;
    };

    Run run(const QStringList &arguments);
    QString path(const QString &name) const { return m_folder.filePath(name); }
    // A database file created and seeded by the program itself on first use; empty when that
    // failed (with a warning saying why).
    QString seededDatabase();
    QString writeFile(const QString &name, const QByteArray &content);
    static QJsonObject readJson(const QString &file);
    static QJsonObject parseJson(const QByteArray &json);

    std::unique_ptr<QTemporaryDir> m_ownFolder;
    QDir m_folder;
};

namespace {

const QString seedProject = QStringLiteral("621b2f72-2cbd-4395-b101-3c07c86a3ed8");
const QString secondProject = QStringLiteral("8b1d4c2e-3f5a-4b6c-9d7e-1f2a3b4c0001");
const QString mentalHelse = QStringLiteral("b32da958-7ea9-4de8-b24b-e455e1ef940a");

// A second project: its own municipality, NAV from the seed, one undated measure.
QByteArray secondProjectJson()
{
    return QByteArray(R"json({
    "format": "samspill-exchange", "formatVersion": 1,
    "organisations": [
        {"uuid": "8b1d4c2e-3f5a-4b6c-9d7e-1f2a3b4c0002", "name": "Testkommunen", "kind": "municipality"},
        {"uuid": "88ad3550-ee74-4f20-b452-d2fb906acd8f", "name": "NAV", "kind": "nav"}
    ],
    "projects": [{
        "uuid": "8b1d4c2e-3f5a-4b6c-9d7e-1f2a3b4c0001",
        "name": "Rask psykisk helsehjelp i Testkommunen",
        "shortName": "Rask psykisk helsehjelp",
        "status": "planned",
        "participants": [
            {"uuid": "8b1d4c2e-3f5a-4b6c-9d7e-1f2a3b4c0003", "organisation": "8b1d4c2e-3f5a-4b6c-9d7e-1f2a3b4c0002", "role": "owner"},
            {"uuid": "8b1d4c2e-3f5a-4b6c-9d7e-1f2a3b4c0004", "organisation": "88ad3550-ee74-4f20-b452-d2fb906acd8f", "role": "partner"}
        ],
        "measures": [
            {"uuid": "8b1d4c2e-3f5a-4b6c-9d7e-1f2a3b4c0005", "title": "Lavterskeltilbud", "level": "individual", "status": "planned"}
        ]
    }]
})json");
}

QStringList namesOf(const QJsonArray &array, const QString &key)
{
    QStringList names;
    for (const QJsonValue &value : array)
        names.append(value.toObject().value(key).toString());
    names.sort();
    return names;
}

} // namespace

void TestCli::init()
{
    m_ownFolder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_ownFolder->isValid());
    m_folder = QDir(m_ownFolder->path());
    QVERIFY(m_folder.mkpath(QStringLiteral("home")));
}

TestCli::Run TestCli::run(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    // The default database and settings would live here; no test may touch the user's own.
    const QString home = path(QStringLiteral("home"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));

    QProcess process;
    process.setProgram(QStringLiteral(SAMSPILL_EXECUTABLE));
    process.setArguments(arguments);
    process.setWorkingDirectory(m_folder.path());
    process.setProcessEnvironment(environment);
    process.start();
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("samspill did not finish normally: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestCli::seededDatabase()
{
    const QString database = path(QStringLiteral("seeded.sqlite"));
    const Run first = run({QStringLiteral("--database"), database, QStringLiteral("export"),
                           QStringLiteral("--output"), path(QStringLiteral("first.json"))});
    if (first.exitCode != 0) {
        qWarning("seeding failed: %s", qPrintable(first.err));
        return QString();
    }
    return database;
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

QJsonObject TestCli::parseJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QJsonObject TestCli::readJson(const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return {};
    return parseJson(input.readAll());
}

void TestCli::exportOfANewDatabaseHoldsTheSeed()
{
    const QString database = path(QStringLiteral("new.sqlite"));
    QVERIFY(!QFile::exists(database));

    const Run exported = run({QStringLiteral("--database"), database, QStringLiteral("export"),
                              QStringLiteral("--output"), QStringLiteral("all.json")});

    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(QFile::exists(database));
    const QJsonObject document = readJson(path(QStringLiteral("all.json")));
    QCOMPARE(document.value(QStringLiteral("format")).toString(),
             QStringLiteral("samspill-exchange"));
    const QJsonArray projects = document.value(QStringLiteral("projects")).toArray();
    QCOMPARE(projects.size(), 1);
    const QJsonObject project = projects.at(0).toObject();
    QCOMPARE(project.value(QStringLiteral("uuid")).toString(), seedProject);
    QCOMPARE(project.value(QStringLiteral("name")).toString(),
             QStringLiteral("Samhandlingsprosjektet Psykisk Helse i Nord-Trøndelag"));
    QCOMPARE(project.value(QStringLiteral("start")).toString(), QStringLiteral("2009-12-01"));
    QCOMPARE(project.value(QStringLiteral("end")).toString(), QStringLiteral("2013-12-31"));

    const QJsonArray goals = project.value(QStringLiteral("goals")).toArray();
    QCOMPARE(goals.size(), 2);
    QCOMPARE(
        goals.at(0).toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("Å gi mennesker med langvarige og sammensatte behov for tjenester innen "
                       "psykisk helse og rus et bedre helsetilbud."));
    QCOMPARE(goals.at(1).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Å utvikle forpliktende samhandlingsmodeller mellom kommuner, "
                            "helseforetak og NAV."));

    const QJsonArray measures = project.value(QStringLiteral("measures")).toArray();
    QCOMPARE(
        namesOf(measures, QStringLiteral("title")),
        QStringList({QStringLiteral("Hospitering"), QStringLiteral("Løfter frem koordinatorrollen"),
                     QStringLiteral("Utfyllende henvisninger til spesialisthelsetjenesten")}));

    QStringList references;
    for (const QJsonValue &source : document.value(QStringLiteral("knowledgeSources")).toArray())
        references.append(source.toObject().value(QStringLiteral("reference")).toString());
    QVERIFY2(references.contains(QStringLiteral("IS-1670")), qPrintable(references.join(u',')));

    const QJsonArray organisations = document.value(QStringLiteral("organisations")).toArray();
    QString mentalHelseUuid;
    for (const QJsonValue &organisation : organisations) {
        if (organisation.toObject().value(QStringLiteral("name")).toString() ==
            QLatin1String("Mental Helse"))
            mentalHelseUuid = organisation.toObject().value(QStringLiteral("uuid")).toString();
    }
    QCOMPARE(mentalHelseUuid, mentalHelse);
    QString role;
    for (const QJsonValue &participant : project.value(QStringLiteral("participants")).toArray()) {
        if (participant.toObject().value(QStringLiteral("organisation")).toString() == mentalHelse)
            role = participant.toObject().value(QStringLiteral("role")).toString();
    }
    QCOMPARE(role, QStringLiteral("user_representation"));
}

void TestCli::exportWithoutOutputWritesJsonToStandardOutput()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());

    const Run exported = run({QStringLiteral("--database"), database, QStringLiteral("export")});

    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QJsonObject document = parseJson(exported.rawOut);
    QCOMPARE(document.value(QStringLiteral("projects")).toArray().size(), 1);
    QCOMPARE(document.value(QStringLiteral("organisations")).toArray().size(), 6);
    QVERIFY(!QFile::exists(path(QStringLiteral("-"))));
}

void TestCli::importWithABadDateIsRefusedAndChangesNothing()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    QJsonObject document = parseJson(secondProjectJson());
    QJsonArray projects = document.value(QStringLiteral("projects")).toArray();
    QJsonObject project = projects.at(0).toObject();
    QJsonArray measures = project.value(QStringLiteral("measures")).toArray();
    QJsonObject measure = measures.at(0).toObject();
    measure.insert(QStringLiteral("plannedEnd"), QStringLiteral("2013-13-45"));
    measures.replace(0, measure);
    project.insert(QStringLiteral("measures"), measures);
    projects.replace(0, project);
    document.insert(QStringLiteral("projects"), projects);
    const QString file = writeFile(QStringLiteral("bad.json"), QJsonDocument(document).toJson());
    const QStringList before = TestSupport::dumpData(Storage::ConnectionSettings::sqlite(database));
    QVERIFY(!before.isEmpty());

    const Run imported =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), database,
             QStringLiteral("import"), file});

    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(QStringLiteral("projects[0].measures[0].plannedEnd")),
             qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("2013-13-45")), qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("nothing was changed")),
             qPrintable(imported.err));
    QCOMPARE(TestSupport::dumpData(Storage::ConnectionSettings::sqlite(database)), before);
}

void TestCli::importRefusedByTheDatabaseChangesNothing()
{
    // Well-formed, so the reader accepts it; but the second project is already stored. The new
    // organisation before it must not land either: all or nothing.
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    QJsonObject document = parseJson(secondProjectJson());
    QJsonArray projects = document.value(QStringLiteral("projects")).toArray();
    QJsonObject duplicate = projects.at(0).toObject();
    duplicate.insert(QStringLiteral("uuid"), seedProject);
    projects.replace(0, duplicate);
    document.insert(QStringLiteral("projects"), projects);
    const QString file = writeFile(QStringLiteral("again.json"), QJsonDocument(document).toJson());
    const QStringList before = TestSupport::dumpData(Storage::ConnectionSettings::sqlite(database));

    const Run imported = run({QStringLiteral("--lang=en"), QStringLiteral("--database"), database,
                              QStringLiteral("import"), file});

    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(QStringLiteral("projects[0]")), qPrintable(imported.err));
    QVERIFY2(imported.err.contains(seedProject), qPrintable(imported.err));
    QCOMPARE(TestSupport::dumpData(Storage::ConnectionSettings::sqlite(database)), before);
    const Run exported = run({QStringLiteral("--database"), database, QStringLiteral("export")});
    QVERIFY(!exported.out.contains(QStringLiteral("Testkommunen")));
}

void TestCli::importOfANewProjectAddsIt()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const QString file = writeFile(QStringLiteral("second.json"), secondProjectJson());

    const Run imported =
        run({QStringLiteral("--database"), database, QStringLiteral("import"), file});

    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("Importerte 1 prosjekt")),
             qPrintable(imported.out));

    const Run exported = run({QStringLiteral("--database"), database, QStringLiteral("export"),
                              QStringLiteral("--output"), QStringLiteral("both.json")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QJsonObject document = readJson(path(QStringLiteral("both.json")));
    QStringList uuids;
    for (const QJsonValue &project : document.value(QStringLiteral("projects")).toArray())
        uuids.append(project.toObject().value(QStringLiteral("uuid")).toString());
    uuids.sort();
    QCOMPARE(uuids, QStringList({seedProject, secondProject}));
    // NAV was already stored: it is kept once, not added again.
    QCOMPARE(document.value(QStringLiteral("organisations")).toArray().size(), 7);
}

void TestCli::exportOfWhatWasImportedIsTheSameFile()
{
    // GIVEN a version-3 file with dates of every precision, written as Samspill writes them
    const QDateTime exportedAt(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    Domain::Portfolio sample = TestSupport::samplePortfolio();
    Domain::Measure &measure = sample.projects[0].measures[2];
    measure.plannedStart = Domain::PlanDate::month(2020, 1);
    measure.plannedEnd = Domain::PlanDate::quarter(2020, 4);
    sample.projects[0].milestones[1].date = Domain::PlanDate::year(2021);
    const QByteArray original = Exchange::JsonWriter::toJson(sample, exportedAt);
    QVERIFY(original.contains("\"formatVersion\": 3"));
    QVERIFY(original.contains("\"2020-Q4\"") && original.contains("\"2021-H1\""));
    const QString file = writeFile(QStringLiteral("sample.json"), original);

    // WHEN it is imported into a new database and exported again
    const QString database = path(QStringLiteral("round.sqlite"));
    const Run imported =
        run({QStringLiteral("--database"), database, QStringLiteral("import"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run exported = run({QStringLiteral("--database"), database, QStringLiteral("export")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    // THEN the export is the same file byte for byte, but for the time it was made
    auto read = Exchange::JsonReader::read(exported.rawOut);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    const QStringList differences = TestSupport::differences(sample, read.value());
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    QByteArray sameTime = exported.rawOut;
    const qsizetype start = sameTime.indexOf("\"exportedAt\": \"") + 15;
    QVERIFY(start > 15);
    sameTime.replace(start, sameTime.indexOf('"', start) - start, "2026-11-30T12:00:00Z");
    QCOMPARE(sameTime, original);
}

void TestCli::importIntoANewDatabaseHoldsOnlyWhatWasImported()
{
    const QString database = path(QStringLiteral("fresh.sqlite"));
    const QString good = writeFile(QStringLiteral("second.json"), secondProjectJson());
    QByteArray misspelt = secondProjectJson();
    misspelt.replace("\"status\"", "\"statsu\"");
    const QString unreadable = writeFile(QStringLiteral("misspelt.json"), misspelt);
    QJsonObject document = parseJson(secondProjectJson());
    document.insert(QStringLiteral("organisations"), QJsonArray()); // its organisations are gone
    const QString unresolved =
        writeFile(QStringLiteral("unresolved.json"), QJsonDocument(document).toJson());

    // A file the reader refuses creates no database...
    const QStringList before = m_folder.entryList(QDir::AllEntries | QDir::Hidden);
    QCOMPARE(run({QStringLiteral("--database"), database, QStringLiteral("import"), unreadable})
                 .exitCode,
             1);
    QVERIFY(!QFileInfo::exists(database));
    // ...nor does one the database refuses, and nothing half made is left beside it...
    const Run refused =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), database,
             QStringLiteral("import"), unresolved});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("which does not exist")), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(database));
    QCOMPARE(m_folder.entryList(QDir::AllEntries | QDir::Hidden), before);
    // ...and a good one holds that project alone: the built-in data is not mixed in.
    const Run imported =
        run({QStringLiteral("--database"), database, QStringLiteral("import"), good});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(TestSupport::queryRaw(Storage::ConnectionSettings::sqlite(database),
                                   QStringLiteral("SELECT uuid FROM project")),
             QStringList{secondProject});
}

void TestCli::twoProgramsOpeningANewDatabaseAtOnceSeedItOnce()
{
    const QString database = path(QStringLiteral("shared.sqlite"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    QProcess first;
    QProcess second;
    for (QProcess *process : {&first, &second}) {
        process->setProgram(QStringLiteral(SAMSPILL_EXECUTABLE));
        process->setProcessEnvironment(environment);
        process->setWorkingDirectory(m_folder.path());
    }
    first.setArguments({QStringLiteral("--database"), database, QStringLiteral("export"),
                        QStringLiteral("--output"), QStringLiteral("a.json")});
    second.setArguments({QStringLiteral("--database"), database, QStringLiteral("export"),
                         QStringLiteral("--output"), QStringLiteral("b.json")});
    first.start();
    second.start();
    QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));

    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
    QCOMPARE(TestSupport::queryRaw(Storage::ConnectionSettings::sqlite(database),
                                   QStringLiteral("SELECT COUNT(*) FROM project")),
             QStringList{QStringLiteral("1")});
}

void TestCli::exportToAFullDeviceFails()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    QProcess process;
    process.setProgram(QStringLiteral(SAMSPILL_EXECUTABLE));
    process.setProcessEnvironment(environment);
    process.setArguments({QStringLiteral("--lang"), QStringLiteral("en"),
                          QStringLiteral("--database"), database, QStringLiteral("export")});
    process.setStandardOutputFile(QStringLiteral("/dev/full")); // every write fails: no space
    process.start();
    QVERIFY(process.waitForFinished(60000));

    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Cannot write standard output")), qPrintable(err));
}

void TestCli::exportOfNamedProjectsCarriesOnlyWhatTheyReferTo_data()
{
    QTest::addColumn<QStringList>("named");
    QTest::addColumn<QStringList>("expectedUuids"); // in the order named, each once
    QTest::addColumn<QStringList>("organisations");
    QTest::addColumn<int>("knowledgeSources");

    const QStringList seedOrganisations{QStringLiteral("Fastlegene"),
                                        QStringLiteral("Helseforetaket (spesialisthelsetjenesten)"),
                                        QStringLiteral("Høgskolen i Nord-Trøndelag"),
                                        QStringLiteral("Kommunene i Nord-Trøndelag"),
                                        QStringLiteral("Mental Helse"),
                                        QStringLiteral("NAV")};
    const QStringList secondOrganisations{QStringLiteral("NAV"), QStringLiteral("Testkommunen")};
    const QStringList bothOrganisations = QStringList(seedOrganisations)
                                          << QStringLiteral("Testkommunen");
    const QString seedName =
        QStringLiteral("Samhandlingsprosjektet Psykisk Helse i Nord-Trøndelag");
    const QString secondName = QStringLiteral("Rask psykisk helsehjelp i Testkommunen");
    // The seed project's measures link the referral form and the KPA report, and the project
    // itself the article and the booklet it is described in: four knowledge sources.
    const int seedSources = 4;
    QTest::newRow("seed by name") << QStringList{seedName} << QStringList{seedProject}
                                  << seedOrganisations << seedSources;
    QTest::newRow("seed by name, any case")
        << QStringList{QStringLiteral("samhandlingsprosjektet psykisk helse i nord-trøndelag")}
        << QStringList{seedProject} << seedOrganisations << seedSources;
    QTest::newRow("seed by short name")
        << QStringList{QStringLiteral("Psykisk Helse i Nord-Trøndelag")} << QStringList{seedProject}
        << seedOrganisations << seedSources;
    QTest::newRow("seed by uuid") << QStringList{seedProject} << QStringList{seedProject}
                                  << seedOrganisations << seedSources;
    QTest::newRow("second by name")
        << QStringList{secondName} << QStringList{secondProject} << secondOrganisations << 0;
    QTest::newRow("second by uuid")
        << QStringList{secondProject} << QStringList{secondProject} << secondOrganisations << 0;
    QTest::newRow("second by {uuid}")
        << QStringList{QLatin1Char('{') + secondProject + QLatin1Char('}')}
        << QStringList{secondProject} << secondOrganisations << 0;
    QTest::newRow("both: second by name, seed by uuid")
        << QStringList{secondName, seedProject} << QStringList{secondProject, seedProject}
        << bothOrganisations << seedSources;
    QTest::newRow("both: seed by short name, second by uuid")
        << QStringList{QStringLiteral("Psykisk Helse i Nord-Trøndelag"), secondProject}
        << QStringList{seedProject, secondProject} << bothOrganisations << seedSources;
    QTest::newRow("seed twice, by name and by uuid: once")
        << QStringList{seedName, seedProject} << QStringList{seedProject} << seedOrganisations
        << seedSources;
    QTest::newRow("second three times: once")
        << QStringList{secondName, secondName, secondProject} << QStringList{secondProject}
        << secondOrganisations << 0;
}

void TestCli::exportOfNamedProjectsCarriesOnlyWhatTheyReferTo()
{
    QFETCH(QStringList, named);
    QFETCH(QStringList, expectedUuids);
    QFETCH(QStringList, organisations);
    QFETCH(int, knowledgeSources);

    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const Run imported = run({QStringLiteral("--database"), database, QStringLiteral("import"),
                              writeFile(QStringLiteral("second.json"), secondProjectJson())});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    QStringList arguments{QStringLiteral("--database"), database, QStringLiteral("export"),
                          QStringLiteral("--output"), QStringLiteral("named.json")};
    for (const QString &project : named)
        arguments << QStringLiteral("--project") << project;
    const Run exported = run(arguments);

    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QJsonObject document = readJson(path(QStringLiteral("named.json")));
    QStringList uuids;
    for (const QJsonValue &project : document.value(QStringLiteral("projects")).toArray())
        uuids.append(project.toObject().value(QStringLiteral("uuid")).toString());
    QCOMPARE(uuids, expectedUuids);
    QCOMPARE(
        namesOf(document.value(QStringLiteral("organisations")).toArray(), QStringLiteral("name")),
        organisations);
    QCOMPARE(document.value(QStringLiteral("knowledgeSources")).toArray().size(), knowledgeSources);
}

void TestCli::exportOfAnUnknownProjectFailsWithoutAFile()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());

    // Every project named is looked for, not only the first.
    const Run exported =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), database,
             QStringLiteral("export"), QStringLiteral("--project"), seedProject,
             QStringLiteral("--project"), QStringLiteral("Finnes ikke"), QStringLiteral("--output"),
             QStringLiteral("x.json")});

    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(QStringLiteral("Finnes ikke")), qPrintable(exported.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.json"))));
}

void TestCli::exportToAMissingFolderFailsWithoutAFile()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const QString target = path(QStringLiteral("missing/folder/all.json"));

    const Run exported = run({QStringLiteral("--database"), database, QStringLiteral("export"),
                              QStringLiteral("--output"), target});

    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(QStringLiteral("Kan ikke skrive")), qPrintable(exported.err));
    QVERIFY2(exported.err.contains(target), qPrintable(exported.err));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!m_folder.exists(QStringLiteral("missing")));
}

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

namespace {

// Colours an image holds, counted up to a limit: a blank picture has one or two.
int coloursIn(const QImage &image, int limit)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < limit; y += 3) {
        for (int x = 0; x < image.width() && colours.size() < limit; x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

void TestCli::timelineWritesAPictureOfTheProjectThatIsNotBlank()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());

    const Run drawn =
        run({QStringLiteral("--database"), database, QStringLiteral("timeline"),
             QStringLiteral("--project"), seedProject, QStringLiteral("--format"),
             QStringLiteral("png"), QStringLiteral("--output"), QStringLiteral("tidslinje.png")});

    QCOMPARE(drawn.exitCode, 0);
    QVERIFY2(drawn.err.contains(QStringLiteral("tidslinje.png")), qPrintable(drawn.err));
    QImage image;
    QVERIFY(image.load(path(QStringLiteral("tidslinje.png")), "PNG"));
    // The project's four years at the default zoom, by quarter, twice the logical size for sharp
    // text: wider than a screen, and high enough for its axis, rows and the undated list.
    QVERIFY2(image.width() > 2000 && image.height() > 300,
             qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    QVERIFY(coloursIn(image, 20) >= 20);
}

void TestCli::timelineOfAShorterRangeIsANarrowerPicture()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const auto draw = [&](const QStringList &range, const QString &file) {
        QStringList arguments{QStringLiteral("--database"),
                              database,
                              QStringLiteral("timeline"),
                              QStringLiteral("--project"),
                              QStringLiteral("Samhandlingsprosjektet"
                                             " Psykisk Helse i "
                                             "Nord-Trøndelag"),
                              QStringLiteral("--output"),
                              file};
        const Run drawn = run(arguments + range);
        if (drawn.exitCode != 0)
            qWarning("%s", qPrintable(drawn.err));
        return QImage(path(file));
    };

    const QImage whole = draw({}, QStringLiteral("hele.png"));
    // One year, written as Samspill reads dates: a year is its first day to its last
    const QImage year = draw({QStringLiteral("--from"), QStringLiteral("2012"),
                              QStringLiteral("--to"), QStringLiteral("2012")},
                             QStringLiteral("2012.png"));
    const QImage later = draw({QStringLiteral("--from"), QStringLiteral("2012-01-01"),
                               QStringLiteral("--to"), QStringLiteral("2012-12-31")},
                              QStringLiteral("2012-dager.png"));

    QVERIFY(!whole.isNull() && !year.isNull() && !later.isNull());
    QVERIFY2(year.width() < whole.width() / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(year.width()).arg(whole.width())));
    QCOMPARE(year.size(), later.size());
}

void TestCli::timelineWritesSvgAndPdf()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());

    for (const QString &file : {QStringLiteral("tidslinje.svg"), QStringLiteral("tidslinje.pdf")}) {
        // the format from the file's suffix
        const Run drawn =
            run({QStringLiteral("--database"), database, QStringLiteral("timeline"),
                 QStringLiteral("--project"), seedProject, QStringLiteral("--output"), file});
        QCOMPARE(drawn.exitCode, 0);
        QFile written(path(file));
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray content = written.readAll();
        if (file.endsWith(QLatin1String(".svg"))) {
            QVERIFY(content.contains("<svg"));
            QVERIFY(content.contains("Nord-Trøndelag"));
        } else {
            QVERIFY(content.startsWith("%PDF"));
            QVERIFY(content.size() > 5000);
        }
    }
}

void TestCli::timelineRefusesToWriteOntoTheDatabase()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const QStringList targets{database, QStringLiteral("./seeded.sqlite"),
                              database + QStringLiteral("-wal")};
    for (const QString &target : targets) {
        const Run drawn = run({QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--database"), database, QStringLiteral("timeline"),
                               QStringLiteral("--project"), seedProject, QStringLiteral("--format"),
                               QStringLiteral("png"), QStringLiteral("--output"), target});
        QCOMPARE(drawn.exitCode, 1);
        QVERIFY2(drawn.err.contains(QStringLiteral("the database itself")), qPrintable(drawn.err));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!QFile::exists(database + QStringLiteral("-wal")));
}

void TestCli::timelineThatFailsLeavesNoFile()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const QStringList before = m_folder.entryList(QDir::Files);

    // an unknown project, and a folder that does not exist
    const Run unknown = run({QStringLiteral("--database"), database, QStringLiteral("timeline"),
                             QStringLiteral("--project"), QStringLiteral("Finnes ikke"),
                             QStringLiteral("--output"), QStringLiteral("x.pdf")});
    const Run missing = run({QStringLiteral("--database"), database, QStringLiteral("timeline"),
                             QStringLiteral("--project"), seedProject, QStringLiteral("--output"),
                             QStringLiteral("missing/x.pdf")});

    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("Finnes ikke")), qPrintable(unknown.err));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("missing/x.pdf")), qPrintable(missing.err));
    QCOMPARE(m_folder.entryList(QDir::Files), before);
    QVERIFY(!m_folder.exists(QStringLiteral("missing")));
}

void TestCli::timelineWithAnUnknownFormatIsAUsageError()
{
    const Run drawn = run({QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--database"), path(QStringLiteral("never.sqlite")),
                           QStringLiteral("timeline"), QStringLiteral("--project"), seedProject,
                           QStringLiteral("--output"), QStringLiteral("tidslinje.jpg")});

    QCOMPARE(drawn.exitCode, 2);
    QVERIFY2(drawn.err.contains(QStringLiteral("png, svg or pdf")), qPrintable(drawn.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("never.sqlite"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("tidslinje.jpg"))));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
