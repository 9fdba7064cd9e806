// The parts of tst_cli: this file (running the program, export and import), tst_cli_messages.cpp
// (check, usage, help, version, and messages escaped and in either language) and
// tst_cli_timeline.cpp (pictures of the timeline).

#include "tests/app/tst_cli.h"

#include "models/exchange/jsonreader.h"
#include "models/exchange/jsonwriter.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/testportfolios.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace CliTest;

namespace CliTest {

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

} // namespace CliTest

namespace {

const QString secondProject = QStringLiteral("8b1d4c2e-3f5a-4b6c-9d7e-1f2a3b4c0001");
const QString mentalHelse = QStringLiteral("b32da958-7ea9-4de8-b24b-e455e1ef940a");

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

QTEST_GUILESS_MAIN(TestCli)
