// The exchange reader (models/exchange/jsonreader.h): the seed reads cleanly, a small document
// reads into exactly the values it spells out, and every kind of bad document is refused with
// the path of the bad field and a message that names the bad value.
//
// The parts: this file (documents read, and refused as a whole), tst_jsonreader_values.cpp
// (a bad value refused, each kind) and tst_jsonreader_documents.cpp (the documents and edits).

#include "tests/exchange/tst_jsonreader.h"

#include "models/exchange/exchangeformat.h"
#include "models/exchange/jsonreader.h"
#include "models/exchange/jsonwriter.h"
#include "tests/support/chunkeddevice.h"
#include "tests/support/domaintostring.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/testportfolios.h"

#include <QJsonArray>
#include <QTest>

using namespace Domain;
using namespace JsonReaderTest;

void TestJsonReader::seedFilesReadWithoutProblems()
{
    const auto project = Exchange::JsonReader::read(
        readFile(TestSupport::seedFile(QStringLiteral("nord-trondelag.json"))));
    QVERIFY2(project, project ? "" : qPrintable(project.error().message));
    const auto library = Exchange::JsonReader::read(
        readFile(TestSupport::seedFile(QStringLiteral("knowledge-library.json"))));
    QVERIFY2(library, library ? "" : qPrintable(library.error().message));

    // The seed as the source text gives it: one project of six organisations, its period, read
    // as completed at its end (README, "Seed data"), and what the text leaves undated stays
    // undated: only the coordinator training starts "høsten 2012", and only the completed
    // referral measure has a progress (100 %).
    QCOMPARE(project->organisations.size(), 6);
    QCOMPARE(project->projects.size(), 1);
    const ProjectBundle &bundle = project->projects.constFirst();
    QCOMPARE(bundle.project.name,
             QStringLiteral("Samhandlingsprosjektet Psykisk Helse i Nord-Trøndelag"));
    QCOMPARE(bundle.project.start, QDate(2009, 12, 1));
    QCOMPARE(bundle.project.end, QDate(2013, 12, 31));
    QCOMPARE(bundle.project.status, Status::Completed);
    QCOMPARE(bundle.project.knowledgeSourceUuids.size(), 2);
    QCOMPARE(bundle.statusUpdates.size(), 5);
    QCOMPARE(bundle.participants.size(), 6);
    QCOMPARE(bundle.members.size(), 3);
    QCOMPARE(bundle.goals.size(), 2);
    QCOMPARE(bundle.measures.size(), 3);
    for (const Measure &measure : bundle.measures) {
        QCOMPARE(measure.plannedStart.isNull(), &measure != &bundle.measures.at(2));
        QVERIFY(measure.plannedEnd.isNull());
        QCOMPARE(measure.progress.has_value(), &measure == &bundle.measures.at(1));
        QCOMPARE(measure.activities.size(), 3);
    }
    QCOMPARE(bundle.measures.at(2).plannedStart.toCode(), QStringLiteral("2012-H2"));
    QCOMPARE(bundle.measures.at(1).progress, std::optional<int>(100));
    QCOMPARE(bundle.measures.at(1).participatingOrganisationUuids.size(), 2);
    QCOMPARE(library->knowledgeSources.size(), 7);
    QVERIFY(library->projects.isEmpty());
}

void TestJsonReader::documentReadsIntoExactlyTheValuesItSpellsOut()
{
    const auto read = Exchange::JsonReader::read(validDocument());

    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    SAMSPILL_COMPARE_CONTENT(read.value(), validPortfolio());
    // A time with an offset is read as the same instant in UTC.
    QCOMPARE(read->projects.at(0).statusUpdates.at(0).recordedAt.timeSpec(), Qt::UTC);
}

void TestJsonReader::nullCountsAsAbsentForOptionalFields()
{
    Edit edit = set(QStringLiteral("projects[0].measures[0].plannedStart"), QJsonValue());
    edit = both(edit, set(QStringLiteral("projects[0].measures[0].progress"), QJsonValue()));
    edit = both(edit, set(QStringLiteral("projects[0].measures[0].goals"), QJsonValue()));
    edit = both(edit, set(QStringLiteral("projects[0].shortName"), QJsonValue()));
    edit = both(edit, set(QStringLiteral("knowledgeSources[0].year"), QJsonValue()));
    edit = both(edit, set(QStringLiteral("projects[0].milestones[0].measure"), QJsonValue()));
    edit = both(edit, set(QStringLiteral("projects[0].members[0].organisation"), QJsonValue()));

    const auto read = Exchange::JsonReader::read(bytesOf(edit(validObject())));

    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    const Measure &measure = read->projects.at(0).measures.at(0);
    QVERIFY(measure.plannedStart.isNull());
    QVERIFY(!measure.progress.has_value());
    QVERIFY(measure.goalUuids.isEmpty());
    QVERIFY(read->projects.at(0).project.shortName.isEmpty());
    QVERIFY(!read->knowledgeSources.at(0).year.has_value());
    QVERIFY(read->projects.at(0).milestones.at(0).measureUuid.isNull());
    QVERIFY(read->projects.at(0).members.at(0).organisationUuid.isNull());
}

void TestJsonReader::reportsAreReadIntoTheirProjectAndTheTop()
{
    // GIVEN a version-3 document with a report in its first project and one at the top
    QJsonObject portfolioReport = validReport();
    portfolioReport.insert(QStringLiteral("uuid"), uuidText(901));
    portfolioReport.insert(QStringLiteral("project"), QJsonValue());
    portfolioReport.insert(QStringLiteral("format"), QStringLiteral("csv"));
    const QJsonObject document =
        both(both(set(QStringLiteral("formatVersion"), 3),
                  set(QStringLiteral("projects[0].reports"), QJsonArray{validReport()})),
             set(QStringLiteral("reports"), QJsonArray{portfolioReport}))(validObject());

    const auto read = Exchange::JsonReader::read(bytesOf(document));

    // THEN the project's report is of that project, the other of none, with their bytes
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->projects.at(0).reports.size(), 1);
    const ArchivedReport &ofProject = read->projects.at(0).reports.at(0);
    QCOMPARE(ofProject.uuid, uuidOf(900));
    QCOMPARE(ofProject.project, uuidOf(100));
    QCOMPARE(ofProject.projects, QVector<QUuid>{uuidOf(100)});
    QCOMPARE(ofProject.issuedAt, QDateTime(QDate(2012, 4, 2), QTime(9, 30), Qt::UTC));
    QCOMPARE(ofProject.from, QDate(2012, 1, 1));
    QCOMPARE(ofProject.to, QDate(2012, 3, 31));
    QCOMPARE(ofProject.format, ReportFormat::Markdown);
    QCOMPARE(ofProject.content, QByteArray("# Status\n"));
    QVERIFY(read->projects.at(1).reports.isEmpty());
    QCOMPARE(read->reports.size(), 1);
    QCOMPARE(read->reports.at(0).uuid, uuidOf(901));
    QVERIFY(read->reports.at(0).project.isNull());
    QCOMPARE(read->reports.at(0).format, ReportFormat::Csv);

    // AND a report's UUID is one more UUID of the document, unique like any other
    QJsonObject clashing = validReport();
    clashing.insert(QStringLiteral("uuid"), uuidText(140)); // a measure's
    const auto clash = Exchange::JsonReader::read(
        bytesOf(set(QStringLiteral("projects[0].reports"), QJsonArray{clashing})(validObject())));
    QVERIFY(!clash);
    QVERIFY2(clash.error().message.contains(QStringLiteral("projects[0].reports[0].uuid: ") +
                                            uuidText(140) + QStringLiteral(" is already used")),
             qPrintable(clash.error().message));
}

void TestJsonReader::everyProblemOfADocumentIsReported()
{
    // GIVEN a document with four problems in different places
    Edit edit = set(QStringLiteral("organisations[1].kind"), QStringLiteral("hospital"));
    edit = both(edit, set(QStringLiteral("projects[0].measures[0].plannedEnd"),
                          QStringLiteral("2013-13-45")));
    edit = both(edit, set(QStringLiteral("projects[0].measures[1].progress"), 150));
    edit = both(edit, set(QStringLiteral("projects[1].measures[0].goals[0]"), uuidText(130)));

    const auto read = Exchange::JsonReader::read(bytesOf(edit(validObject())));

    // THEN each is reported on its own line, in document order
    QVERIFY(!read);
    const QStringList lines = read.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("organisations[1].kind: \"hospital\"")),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("projects[0].measures[0].plannedEnd: \"2013-13-45\" is "
                                         "not a date (YYYY-MM-DD)"));
    QCOMPARE(lines.at(2), QStringLiteral("projects[0].measures[1].progress: 150 is not a whole "
                                         "number from 0 to 100"));
    QCOMPARE(lines.at(3), QStringLiteral("projects[1].measures[0].goals[0]: %1 is not a goal of "
                                         "this project")
                              .arg(uuidText(130)));
}

void TestJsonReader::problemsBeyondTheLimitAreCounted()
{
    // GIVEN a document with 60 measures, each with an impossible date
    QJsonObject document = validObject();
    QJsonArray measures;
    for (int i = 0; i < 60; ++i) {
        measures.append(QJsonObject{{QStringLiteral("uuid"), uuidText(1000 + i)},
                                    {QStringLiteral("title"), QStringLiteral("M")},
                                    {QStringLiteral("level"), QStringLiteral("system")},
                                    {QStringLiteral("status"), QStringLiteral("planned")},
                                    {QStringLiteral("plannedEnd"), QStringLiteral("2013-02-30")}});
    }
    document = set(QStringLiteral("projects[1].measures"), measures)(document);

    const auto read = Exchange::JsonReader::read(bytesOf(document));

    // THEN the first MaxProblems are listed, and the rest counted
    QVERIFY(!read);
    const QStringList lines = read.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), Exchange::JsonReader::MaxProblems + 1);
    QCOMPARE(lines.at(0), QStringLiteral("projects[1].measures[0].plannedEnd: \"2013-02-30\" is "
                                         "not a date (YYYY-MM-DD)"));
    QCOMPARE(lines.at(49), QStringLiteral("projects[1].measures[49].plannedEnd: \"2013-02-30\" "
                                          "is not a date (YYYY-MM-DD)"));
    QCOMPARE(lines.last(), QStringLiteral("... and 10 more problem(s)"));
}

void TestJsonReader::syntaxErrorNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // of the character that cannot be read; 0: not checked

    QTest::newRow("stray comma in a list")
        << QByteArray("{\n    \"format\": \"samspill-exchange\",\n    \"formatVersion\": 1,\n"
                      "    \"projects\": [,]\n}\n")
        << 4 << 18;
    QTest::newRow("missing comma after text with ø (columns count characters)")
        << QByteArray("{\n  \"name\": \"Trøndelag\" \"x\": 1\n}\n") << 2 << 23;
    QTest::newRow("comma before a closing brace")
        << QByteArray("{\n  \"format\": \"samspill-exchange\",\n}\n") << 3 << 1;
    QTest::newRow("missing colon")
        << QByteArray("{\n  \"format\" \"samspill-exchange\"\n}\n") << 2 << 12;
    // Qt notices a misspelt literal only after reading on; the line must still be its own.
    QTest::newRow("misspelt literal at the end of a line")
        << QByteArray("{\n  \"done\": fals\n}\n") << 2 << 0;
    QTest::newRow("empty file") << QByteArray() << 1 << 1;
    QTest::newRow("text file") << QByteArray("Tiltak;Status\nHospitering;pågår\n") << 1 << 1;
}

void TestJsonReader::syntaxErrorNamesLineAndColumn()
{
    QFETCH(QByteArray, document);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto read = Exchange::JsonReader::read(document);

    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::Format);
    const QString message = read.error().message;
    const QString where = column > 0 ? QStringLiteral("line %1, column %2: ").arg(line).arg(column)
                                     : QStringLiteral("line %1, column ").arg(line);
    QVERIFY2(message.startsWith(where), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("the JSON is not well-formed")), qPrintable(message));
}

void TestJsonReader::documentThatIsNotAnObjectIsRefused()
{
    const auto read = Exchange::JsonReader::read(QByteArray("[1, 2, 3]"));

    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::Format);
    QCOMPARE(read.error().message,
             QStringLiteral("The document is not a JSON object, so not a Samspill exchange file."));
}

void TestJsonReader::goalsNestedDeeperThanTheLimitAreRefused()
{
    // Goals nested `levels` deep as projects[1]'s goals, its measure linked to the deepest.
    const auto nestedGoals = [](int levels) {
        QJsonArray goals;
        for (int level = levels - 1; level >= 0; --level) {
            QJsonObject goal{{QStringLiteral("uuid"), uuidText(5000 + level)},
                             {QStringLiteral("text"), QStringLiteral("Level %1").arg(level)}};
            if (!goals.isEmpty())
                goal.insert(QStringLiteral("subGoals"), goals);
            goals = QJsonArray{goal};
        }
        return both(
            set(QStringLiteral("projects[1].goals"), goals),
            set(QStringLiteral("projects[1].measures[0].goals[0]"), uuidText(5000 + levels - 1)));
    };

    // GIVEN goals nested exactly MaxGoalDepth levels deep
    const auto allowed =
        Exchange::JsonReader::read(bytesOf(nestedGoals(Exchange::MaxGoalDepth)(validObject())));

    // THEN they read, flattened in pre-order with each goal's parent
    QVERIFY2(allowed, allowed ? "" : qPrintable(allowed.error().message));
    const QVector<Goal> &goals = allowed->projects.at(1).goals;
    QCOMPARE(goals.size(), Exchange::MaxGoalDepth);
    QVERIFY(goals.at(0).parentUuid.isNull());
    for (int level = 1; level < goals.size(); ++level)
        QCOMPARE(goals.at(level).parentUuid, goals.at(level - 1).uuid);

    // AND one level more is refused at the subGoals that go too deep
    const auto refused =
        Exchange::JsonReader::read(bytesOf(nestedGoals(Exchange::MaxGoalDepth + 1)(validObject())));
    QVERIFY(!refused);
    QString path = QStringLiteral("projects[1].goals[0]");
    for (int level = 1; level < Exchange::MaxGoalDepth; ++level)
        path += QStringLiteral(".subGoals[0]");
    QVERIFY2(refused.error().message.startsWith(
                 path + QStringLiteral(".subGoals: goals are nested deeper than 16 levels")),
             qPrintable(refused.error().message));
}

void TestJsonReader::goalTreeOfExactlyTheLimitIsReadAndWrittenBack()
{
    // GIVEN goals nested exactly MaxGoalDepth levels deep, each with a list of sub-goals (the
    // deepest one empty), as the writer writes every goal
    const int deepest = Exchange::MaxGoalDepth - 1;
    QJsonArray goals;
    for (int level = deepest; level >= 0; --level) {
        goals =
            QJsonArray{QJsonObject{{QStringLiteral("uuid"), uuidText(5000 + level)},
                                   {QStringLiteral("text"), QStringLiteral("Level %1").arg(level)},
                                   {QStringLiteral("subGoals"), goals}}};
    }
    const Edit edit =
        both(set(QStringLiteral("projects[1].goals"), goals),
             set(QStringLiteral("projects[1].measures[0].goals[0]"), uuidText(5000 + deepest)));

    // WHEN it is read
    const auto read = Exchange::JsonReader::read(bytesOf(edit(validObject())));

    // THEN every level is there
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->projects.at(1).goals.size(), Exchange::MaxGoalDepth);

    // AND what the writer makes of it reads back the same
    const auto again = Exchange::JsonReader::read(Exchange::JsonWriter::toJson(read.value()));
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    SAMSPILL_COMPARE_CONTENT(again.value(), read.value());
}

void TestJsonReader::duplicateKeyIsRefusedWithItsPath_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("problem");
    const QString twice =
        QStringLiteral("%1: is given twice in the same object (the second time at %2)");

    // An empty list of projects appended to a whole document: with the last key winning, the
    // file would import nothing and say it succeeded.
    QByteArray appended = validDocument();
    const qsizetype end = appended.lastIndexOf('}');
    appended.insert(end, ",\n    \"projects\": []\n");
    QTest::newRow("projects appended to a whole document")
        << appended << twice.arg(QStringLiteral("projects"), positionOf(appended, end + 6));

    // A second key of the same length, renamed in place to one the object already has.
    const auto renamed = [](const QString &object, const char *key) {
        const QByteArray stand = QByteArray(qstrlen(key), 'z');
        QByteArray document = bytesOf(set(object + QLatin1Char('.') + QString::fromLatin1(stand),
                                          QStringLiteral("x"))(validObject()));
        const qsizetype at = document.indexOf(QByteArray('"' + stand + '"'));
        document.replace(at + 1, stand.size(), key);
        return std::make_pair(document, at);
    };
    const auto [title, titleAt] = renamed(QStringLiteral("projects[0].measures[1]"), "title");
    QTest::newRow("a measure's title twice")
        << title
        << twice.arg(QStringLiteral("projects[0].measures[1].title"), positionOf(title, titleAt));
    const auto [state, stateAt] =
        renamed(QStringLiteral("projects[0].measures[0].managementAnchoring"), "state");
    QTest::newRow("twice in a nested object")
        << state
        << twice.arg(QStringLiteral("projects[0].measures[0].managementAnchoring.state"),
                     positionOf(state, stateAt));
}

void TestJsonReader::duplicateKeyIsRefusedWithItsPath()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, problem);
    QCOMPARE(refusalOf(document), problem);
}

void TestJsonReader::deepNestingIsRefusedBeforeItIsBuilt()
{
    // GIVEN a value nested far deeper than any exchange document
    const QByteArray prefix("{\"format\": ");
    const QByteArray document = prefix + QByteArray(1000000, '[');

    const QString message = refusalOf(document);

    // THEN it is refused at the first level too deep
    const QString expected =
        QStringLiteral("line 1, column %1: the JSON is nested deeper than %2 levels")
            .arg(prefix.size() + Exchange::MaxNesting)
            .arg(Exchange::MaxNesting);
    QCOMPARE(message, expected);
}

void TestJsonReader::readingFromADeviceInSmallPiecesReadsTheSame()
{
    QByteArray broken = validDocument();
    broken.replace("Foretaket", "Foretak\xc3");
    const QList<QByteArray> documents{
        readFile(TestSupport::seedFile(QStringLiteral("nord-trondelag.json"))), validDocument(),
        bytesOf(set(QStringLiteral("projects[0].description"),
                    QString::fromUtf8("Trøndelag \xf0\x9f\x99\x82 \\ \"sitat\""))(validObject())),
        withRaw(QStringLiteral("projects[0].region"), R"("\u00e6\ud83d\ude42\n")"), broken};

    for (const QByteArray &document : documents) {
        // WHEN the document is read at once and from a device a few bytes at a time
        const auto whole = Exchange::JsonReader::read(document);
        TestSupport::ChunkedDevice device(document);
        const auto pieces = Exchange::JsonReader::read(device);

        // THEN both readings agree, in what they read or in what they refuse
        QCOMPARE(bool(pieces), bool(whole));
        if (whole) {
            QVERIFY(device.reads() > document.size() / 8); // it did come in small pieces
            SAMSPILL_COMPARE_CONTENT(pieces.value(), whole.value());
        } else {
            QCOMPARE(pieces.error().message, whole.error().message);
        }
    }
}

void TestJsonReader::anUnreadableDeviceIsAnInputError()
{
    TestSupport::ChunkedDevice device(validDocument(), 7, validDocument().size() / 2);

    const auto read = Exchange::JsonReader::read(device);

    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::Io);
    QVERIFY2(read.error().message.contains(QLatin1String("the disk went away")),
             qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(TestJsonReader)
