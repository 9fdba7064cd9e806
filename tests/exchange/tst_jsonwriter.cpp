// The exchange writer (models/exchange/jsonwriter.h): what it writes reads back as the same
// portfolio, sub-goals nest under their parents, empty optional values are null, and equal
// input gives byte-for-byte equal output.

#include "models/exchange/exchangeformat.h"
#include "models/exchange/jsonreader.h"
#include "models/exchange/jsonwriter.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/testportfolios.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Domain;

Q_DECLARE_METATYPE(Domain::Portfolio)

namespace {

const QDateTime ExportedAt(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);

QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("the writer wrote malformed JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> setOf(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *name : names)
        set.insert(QString::fromLatin1(name));
    return set;
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void writtenPortfolioReadsBackEqual_data();
    void writtenPortfolioReadsBackEqual();
    void subGoalsNestUnderTheirParent();
    void everyFieldIsWrittenAndEmptyOptionalValuesAreNull();
    void archivedReportsTravelWithTheirProjectAsBase64();
    void outputIsStableForEqualInput();
    void outputDiffersOnlyInExportTime();
    void streamingWriterWritesWhatToJsonWrites();
    void aFailedWriteIsReported();
    void outputIsCanonicalIndentedJson();
    void largestExactAmountsRoundTrip();
    void goalTreeOfTheDeepestAllowedLevelsReadsBack();
};

void TestJsonWriter::writtenPortfolioReadsBackEqual_data()
{
    QTest::addColumn<Portfolio>("portfolio");

    auto seed = TestSupport::seedPortfolio();
    QVERIFY2(seed, seed ? "" : qPrintable(seed.error().message));
    QTest::newRow("sample with every field") << TestSupport::samplePortfolio();
    QTest::newRow("sample with archived reports") << TestSupport::samplePortfolioWithReports();
    QTest::newRow("seed") << seed.value();
    QTest::newRow("empty") << Portfolio();
}

void TestJsonWriter::writtenPortfolioReadsBackEqual()
{
    QFETCH(Portfolio, portfolio);

    // WHEN a portfolio is written and read back
    const QByteArray json = Exchange::JsonWriter::toJson(portfolio, ExportedAt);
    const auto read = Exchange::JsonReader::read(json);

    // THEN every field is as it was
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    SAMSPILL_COMPARE_CONTENT(read.value(), portfolio);
}

void TestJsonWriter::subGoalsNestUnderTheirParent()
{
    // GIVEN goals stored flat in pre-order: G1 > G1.1 > G1.1.1, G1 > G1.2, and G2
    const Portfolio portfolio = TestSupport::samplePortfolio();

    const QJsonObject document = parsed(Exchange::JsonWriter::toJson(portfolio, ExportedAt));

    // THEN the document nests each sub-goal in its parent's subGoals, in order
    const QJsonArray goals =
        document[QStringLiteral("projects")][0][QStringLiteral("goals")].toArray();
    QCOMPARE(goals.size(), 2);
    const QJsonValue g1 = goals.at(0);
    QCOMPARE(g1[QStringLiteral("text")].toString(), QStringLiteral("Hovedmål én"));
    QCOMPARE(g1[QStringLiteral("indicators")].toArray().size(), 2);
    const QJsonArray g1Subs = g1[QStringLiteral("subGoals")].toArray();
    QCOMPARE(g1Subs.size(), 2);
    QCOMPARE(g1Subs.at(0)[QStringLiteral("text")].toString(), QStringLiteral("Delmål 1.1"));
    QCOMPARE(g1Subs.at(1)[QStringLiteral("text")].toString(), QStringLiteral("Delmål 1.2"));
    const QJsonArray g11Subs = g1Subs.at(0)[QStringLiteral("subGoals")].toArray();
    QCOMPARE(g11Subs.size(), 1);
    QCOMPARE(g11Subs.at(0)[QStringLiteral("text")].toString(), QStringLiteral("Delmål 1.1.1"));
    QCOMPARE(g11Subs.at(0)[QStringLiteral("subGoals")].toArray().size(), 0);
    QCOMPARE(goals.at(1)[QStringLiteral("text")].toString(), QStringLiteral("Hovedmål to"));
    QCOMPARE(goals.at(1)[QStringLiteral("subGoals")].toArray().size(), 0);
    // A goal carries no parent field: the nesting is the parent.
    QVERIFY(!g1Subs.at(0).toObject().contains(QStringLiteral("parent")));
}

void TestJsonWriter::everyFieldIsWrittenAndEmptyOptionalValuesAreNull()
{
    const Portfolio portfolio = TestSupport::samplePortfolio();
    const QJsonObject document = parsed(Exchange::JsonWriter::toJson(portfolio, ExportedAt));
    const QJsonValue project = document[QStringLiteral("projects")][0];

    // Every field of a measure is present, also where the measure leaves it empty
    const QJsonObject bare = project[QStringLiteral("measures")][1].toObject();
    QCOMPARE(bare[QStringLiteral("title")].toString(), QStringLiteral("Uten datoer"));
    QCOMPARE(keysOf(bare),
             setOf({"uuid", "title", "description", "level", "theme", "goals",
                    "responsibleOrganisations", "participatingOrganisations", "plannedStart",
                    "plannedEnd", "actualStart", "actualEnd", "status", "progress",
                    "managementAnchoring", "activities", "knowledgeSources"}));
    for (const char *field : {"plannedStart", "plannedEnd", "actualStart", "actualEnd", "progress"})
        QVERIFY2(bare[QLatin1String(field)].isNull(), field);
    QVERIFY(bare[QStringLiteral("managementAnchoring")][QStringLiteral("date")].isNull());
    QCOMPARE(bare[QStringLiteral("managementAnchoring")][QStringLiteral("state")].toString(),
             QStringLiteral("unknown"));
    QCOMPARE(bare[QStringLiteral("goals")].toArray().size(), 0);
    QCOMPARE(bare[QStringLiteral("activities")].toArray().size(), 0);

    // The same for the other entities with optional values
    const QJsonValue full = project[QStringLiteral("measures")][0];
    QVERIFY(full[QStringLiteral("actualEnd")].isNull());
    QVERIFY(full[QStringLiteral("activities")][1][QStringLiteral("due")].isNull());
    QCOMPARE(full[QStringLiteral("activities")][0][QStringLiteral("due")].toString(),
             QStringLiteral("2020-06-01"));
    QCOMPARE(full[QStringLiteral("progress")].toInt(), 40);

    const QJsonObject undatedMilestone = project[QStringLiteral("milestones")][1].toObject();
    QCOMPARE(keysOf(undatedMilestone), setOf({"uuid", "date", "title", "measure", "done"}));
    QVERIFY(undatedMilestone[QStringLiteral("date")].isNull());
    QVERIFY(undatedMilestone[QStringLiteral("measure")].isNull());

    const QJsonValue updates = project[QStringLiteral("statusUpdates")];
    QVERIFY(updates[0][QStringLiteral("measure")].isNull());
    QVERIFY(updates[0][QStringLiteral("newProgress")].isNull());
    QVERIFY(updates[1][QStringLiteral("newStatus")].isNull());
    QCOMPARE(updates[1][QStringLiteral("recordedAt")].toString(),
             QStringLiteral("2020-09-15T12:30:45.678Z"));

    const QJsonObject memberWithoutOrganisation = project[QStringLiteral("members")][2].toObject();
    QVERIFY(memberWithoutOrganisation.contains(QStringLiteral("organisation")));
    QVERIFY(memberWithoutOrganisation[QStringLiteral("organisation")].isNull());

    const QJsonValue unmeasured =
        project[QStringLiteral("goals")][0][QStringLiteral("indicators")][1];
    for (const char *field : {"baseline", "target", "current", "measuredOn"})
        QVERIFY2(unmeasured[QLatin1String(field)].isNull(), field);

    const QJsonObject yearless = document[QStringLiteral("knowledgeSources")][1].toObject();
    QVERIFY(yearless.contains(QStringLiteral("year")));
    QVERIFY(yearless[QStringLiteral("year")].isNull());

    const QJsonObject undatedProject = document[QStringLiteral("projects")][1].toObject();
    QVERIFY(undatedProject.contains(QStringLiteral("start")));
    QVERIFY(undatedProject[QStringLiteral("start")].isNull());
    QVERIFY(undatedProject[QStringLiteral("end")].isNull());
    QCOMPARE(keysOf(undatedProject),
             setOf({"uuid", "name", "shortName", "region", "description", "start", "end", "status",
                    "fundingNotes", "knowledgeSources", "participants", "members", "goals",
                    "measures", "milestones", "statusUpdates", "risks", "budgetLines", "reports"}));
    QCOMPARE(undatedProject[QStringLiteral("knowledgeSources")].toArray(), QJsonArray());

    QCOMPARE(keysOf(document), setOf({"exportedAt", "format", "formatVersion", "knowledgeSources",
                                      "organisations", "projects", "reports"}));
    QCOMPARE(document[QStringLiteral("format")].toString(), QStringLiteral("samspill-exchange"));
    QCOMPARE(document[QStringLiteral("formatVersion")].toInt(), 3);
}

void TestJsonWriter::archivedReportsTravelWithTheirProjectAsBase64()
{
    const Portfolio portfolio = TestSupport::samplePortfolioWithReports();

    const QJsonObject document = parsed(Exchange::JsonWriter::toJson(portfolio, ExportedAt));

    // THEN a project's reports are in the project, with every field and the bytes as base64
    const QJsonArray reports =
        document[QStringLiteral("projects")][0][QStringLiteral("reports")].toArray();
    QCOMPARE(reports.size(), 2);
    const QJsonObject first = reports.at(0).toObject();
    QCOMPARE(keysOf(first), setOf({"uuid", "issuedAt", "author", "from", "to", "language", "format",
                                   "title", "projects", "content"}));
    QCOMPARE(QByteArray::fromBase64(first[QStringLiteral("content")].toString().toLatin1()),
             portfolio.projects[0].reports[0].content);
    QCOMPARE(first[QStringLiteral("issuedAt")].toString(),
             QStringLiteral("2012-04-02T09:30:15.250Z"));
    QCOMPARE(first[QStringLiteral("format")].toString(), QStringLiteral("pdf"));
    // AND those of no project in the file at the top, each saying which project it was of
    const QJsonArray top = document[QStringLiteral("reports")].toArray();
    QCOMPARE(top.size(), 2);
    QVERIFY(top.at(0)[QStringLiteral("project")].isNull());
    QCOMPARE(top.at(1)[QStringLiteral("project")].toString(),
             portfolio.reports[1].project.toString(QUuid::WithoutBraces));
    QCOMPARE(document[QStringLiteral("projects")][1][QStringLiteral("reports")].toArray(),
             QJsonArray());
}

void TestJsonWriter::outputIsStableForEqualInput()
{
    // GIVEN two portfolios that are equal but built separately
    const Portfolio first = TestSupport::samplePortfolio();
    const Portfolio second = TestSupport::samplePortfolio();

    // THEN they are written byte for byte the same, and so is one written twice
    const QByteArray json = Exchange::JsonWriter::toJson(first, ExportedAt);
    QCOMPARE(Exchange::JsonWriter::toJson(second, ExportedAt), json);
    QCOMPARE(Exchange::JsonWriter::toJson(first, ExportedAt), json);
}

void TestJsonWriter::outputDiffersOnlyInExportTime()
{
    const Portfolio portfolio = TestSupport::samplePortfolio();
    // The same instant given in another time zone is written in UTC.
    const QDateTime sameInstant = ExportedAt.toOffsetFromUtc(2 * 3600);
    const QDateTime later = ExportedAt.addDays(1);

    const QByteArray json = Exchange::JsonWriter::toJson(portfolio, ExportedAt);
    QCOMPARE(Exchange::JsonWriter::toJson(portfolio, sameInstant), json);
    QVERIFY(json.contains("\"exportedAt\": \"2024-01-02T03:04:05Z\""));

    const QList<QByteArray> lines = json.split('\n');
    const QList<QByteArray> laterLines = Exchange::JsonWriter::toJson(portfolio, later).split('\n');
    QCOMPARE(laterLines.size(), lines.size());
    int differing = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i) != laterLines.at(i)) {
            ++differing;
            QVERIFY2(laterLines.at(i).contains("\"exportedAt\": \"2024-01-03T03:04:05Z\""),
                     laterLines.at(i).constData());
        }
    }
    QCOMPARE(differing, 1);
}

void TestJsonWriter::streamingWriterWritesWhatToJsonWrites()
{
    const Portfolio portfolio = TestSupport::samplePortfolio();

    // WHEN the portfolio is written one project at a time
    QByteArray streamed;
    QBuffer buffer(&streamed);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    Exchange::JsonWriter writer(&buffer, ExportedAt);
    writer.begin(portfolio.organisations, portfolio.knowledgeSources);
    for (const ProjectBundle &bundle : portfolio.projects)
        writer.writeProject(bundle);
    QVERIFY(writer.finish());

    // THEN it is the same document as the one written at once
    QCOMPARE(streamed, Exchange::JsonWriter::toJson(portfolio, ExportedAt));
}

void TestJsonWriter::aFailedWriteIsReported()
{
    // GIVEN a device that takes nothing (a full disk, a closed pipe)
    QBuffer closed;
    QVERIFY(closed.open(QIODevice::ReadOnly));
    Exchange::JsonWriter writer(&closed, ExportedAt);

    // WHEN a document is written to it (Qt warns once; the writer stops at the first failure)
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
    writer.begin({}, {});
    writer.writeProject(TestSupport::samplePortfolio().projects.constFirst());

    // THEN the writer says it failed
    QVERIFY(!writer.finish());
}

void TestJsonWriter::outputIsCanonicalIndentedJson()
{
    // The streamed document is exactly what QJsonDocument writes for the same value: keys in
    // alphabetical order and the same indentation, so exports can be compared with diff.
    auto seed = TestSupport::seedPortfolio();
    QVERIFY2(seed, seed ? "" : qPrintable(seed.error().message));
    for (const Portfolio &portfolio : {TestSupport::samplePortfolio(), seed.value(), Portfolio()}) {
        const QByteArray json = Exchange::JsonWriter::toJson(portfolio, ExportedAt);
        QCOMPARE(json, QJsonDocument(parsed(json)).toJson(QJsonDocument::Indented));
    }
}

void TestJsonWriter::largestExactAmountsRoundTrip()
{
    // GIVEN amounts at the limits of what a JSON number holds exactly (2^53 øre)
    Portfolio portfolio = TestSupport::samplePortfolio();
    BudgetLine &line = portfolio.projects[0].budgetLines[0];
    line.budgetOre = qint64(1) << 53;
    line.accountsOre = -(qint64(1) << 53);
    line.ownContributionOre = (qint64(1) << 53) - 1;

    const auto read =
        Exchange::JsonReader::read(Exchange::JsonWriter::toJson(portfolio, ExportedAt));

    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    const BudgetLine &back = read->projects.at(0).budgetLines.at(0);
    QCOMPARE(back.budgetOre, qint64(1) << 53);
    QCOMPARE(back.accountsOre, -(qint64(1) << 53));
    QCOMPARE(back.ownContributionOre, (qint64(1) << 53) - 1);
}

void TestJsonWriter::goalTreeOfTheDeepestAllowedLevelsReadsBack()
{
    // GIVEN a goal tree of exactly MaxGoalDepth levels, the deepest goal with no sub-goals
    Portfolio portfolio = TestSupport::samplePortfolio();
    QVector<Goal> &goals = portfolio.projects[1].goals;
    QUuid parent = goals.constFirst().uuid;
    for (int level = 2; level <= Exchange::MaxGoalDepth; ++level) {
        Goal goal;
        goal.uuid = QUuid::fromString(QStringLiteral("5a3b0000-0000-4000-8000-%1")
                                          .arg(900 + level, 12, 10, QLatin1Char('0')));
        goal.parentUuid = parent;
        goal.text = QStringLiteral("Nivå %1").arg(level);
        goals.append(goal);
        parent = goal.uuid;
    }

    // WHEN it is written (with an empty list of sub-goals at the deepest level, as for every
    // goal) and read back
    const auto read =
        Exchange::JsonReader::read(Exchange::JsonWriter::toJson(portfolio, ExportedAt));

    // THEN the reader takes what the writer wrote: the limit means the same on both sides
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    SAMSPILL_COMPARE_CONTENT(read.value(), portfolio);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
