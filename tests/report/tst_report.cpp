#include "models/labels.h"
#include "models/overview/explanation.h"
#include "models/overview/source.h"
#include "models/report/csvwriter.h"
#include "models/report/generator.h"
#include "models/report/markdownwriter.h"
#include "tests/models/seededworkspace.h"
#include "tests/support/overviewfixture.h"
#include "tests/support/pdftext.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Report::Request::Format)

using namespace TestSupport;
using Report::Request;

// Progress reports (Report::Generator) over real SQLite databases opened and seeded as the
// application does: golden files of the seed's report for 2012, the PDF's text and the ODT's
// content read back by the tools people use, CSV parsed as a spreadsheet would, hostile text in
// every format, and the report's figures equal to the overview's.
class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void goldenFilesOfTheSeedFor2012_data();
    void goldenFilesOfTheSeedFor2012();
    void pdfTextHoldsProjectPeriodMeasuresAndNorwegianLetters();
    void odtIsAZipWhoseContentHoldsTheSame();
    void documentRepeatsTableHeadersOnEveryPage();
    void csvHasOneRowPerMeasureAndNeutralisesFormulas();
    void hostileTextIsNeverMarkup();
    void aPeriodWithNoActivityGivesAShortClearReport();
    void sectionsCanBeSwitchedOff();
    void reportFiguresEqualTheOverview();
    void portfolioReportStartsWithItsSummaryAndReportsProgress();
    void aStoppedReportProducesNothing();
    void badRequestsAreRefused();

private:
    Request seedRequest(Request::Format format) const;
    QByteArray render(const Request &request);

    std::unique_ptr<SeededWorkspace> m_workspace;
    QTemporaryDir m_folder;
};

namespace {

const QDate producedOn{2026, 12, 1};

QString dataPath(const QString &name)
{
    return QStringLiteral(SAMSPILL_SOURCE_DIR "/tests/report/data/") + name;
}

// RFC 4180 as a spreadsheet reads it: fields separated by commas, quoted fields may hold
// commas, line breaks and doubled quotes; records end with CRLF.
QVector<QStringList> parseCsv(const QString &text)
{
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

// The value beside a label in the summary table of the first project of a report.
QString summaryValue(const Report::Content &content, const QString &label)
{
    for (const Report::Block &block : content.blocks) {
        if (block.kind != Report::Block::Kind::Table || block.table.header.size() != 2)
            continue;
        for (const QStringList &row : block.table.rows) {
            if (row.constFirst() == label)
                return row.constLast();
        }
    }
    return QStringLiteral("<missing %1>").arg(label);
}

// The seed came into the test's database today: the report says since when, which is the one
// thing in it that depends on the day the test runs.
QByteArray withoutSeedingDay(QByteArray bytes)
{
    static const QRegularExpression since(
        QStringLiteral("in this database only since \\d\\d/\\d\\d/\\d{4}"));
    return QString::fromUtf8(bytes)
        .replace(since, QStringLiteral("in this database only since THE-DAY-OF-THE-TEST"))
        .toUtf8();
}

} // namespace

void TestReport::initTestCase()
{
    QVERIFY(m_folder.isValid());
}

void TestReport::init()
{
    m_workspace = std::make_unique<SeededWorkspace>();
    QVERIFY2(m_workspace->isValid(), qPrintable(m_workspace->error()));
}

Request TestReport::seedRequest(Request::Format format) const
{
    Request request;
    request.projects = {Seed::project};
    request.from = QDate(2012, 1, 1);
    request.to = QDate(2012, 12, 31);
    request.format = format;
    request.producedOn = producedOn;
    request.today = producedOn;
    return request;
}

QByteArray TestReport::render(const Request &request)
{
    Report::Generator generator(m_workspace->repositories());
    auto bytes = generator.render(request);
    if (!bytes) {
        qWarning("%s", qPrintable(bytes.error().message));
        return {};
    }
    return bytes.value();
}

void TestReport::goldenFilesOfTheSeedFor2012_data()
{
    QTest::addColumn<Request::Format>("format");
    QTest::addColumn<QString>("golden");
    QTest::newRow("html") << Request::Format::Html << QStringLiteral("seed-2012.html");
    QTest::newRow("markdown") << Request::Format::Markdown << QStringLiteral("seed-2012.md");
    QTest::newRow("csv") << Request::Format::Csv << QStringLiteral("seed-2012.csv");
}

// The seed's report for 2012 in English, produced on a fixed day, without the timeline figure
// (a picture, whose pixels depend on the fonts installed; its presence is tested apart). Set
// SAMSPILL_UPDATE_GOLDEN=1 to write the files anew after a deliberate change, and read the diff.
void TestReport::goldenFilesOfTheSeedFor2012()
{
    QFETCH(Request::Format, format);
    QFETCH(QString, golden);
    const ScopedLanguage english(QStringLiteral("en"));
    QVERIFY(english.isLoaded());
    Request request = seedRequest(format);
    request.language = QStringLiteral("en");
    request.sections &= ~Request::Sections(Request::Section::Timeline);
    const QByteArray made = withoutSeedingDay(render(request));
    QVERIFY(!made.isEmpty());
    if (qEnvironmentVariableIsSet("SAMSPILL_UPDATE_GOLDEN")) {
        QFile out(dataPath(golden));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(made);
    }
    QFile file(dataPath(golden));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(dataPath(golden)));
    const QByteArray expected = file.readAll();
    if (made != expected) {
        const QList<QByteArray> madeLines = made.split('\n');
        const QList<QByteArray> expectedLines = expected.split('\n');
        for (qsizetype i = 0; i < std::max(madeLines.size(), expectedLines.size()); ++i) {
            const QByteArray a = madeLines.value(i);
            const QByteArray b = expectedLines.value(i);
            QVERIFY2(a == b, qPrintable(QStringLiteral("line %1:\n  made:     %2\n  expected: %3")
                                            .arg(i + 1)
                                            .arg(QString::fromUtf8(a), QString::fromUtf8(b))));
        }
    }
    QCOMPARE(made, expected);
}

void TestReport::pdfTextHoldsProjectPeriodMeasuresAndNorwegianLetters()
{
    const ScopedLanguage norwegian(QStringLiteral("nb"));
    const QByteArray pdf = render(seedRequest(Request::Format::Pdf));
    QVERIFY(pdf.startsWith("%PDF-"));
    // With no fonts, Qt writes a PDF without any text and says nothing: read it back.
    const QString text = TestSupport::pdfPages(pdf).join(QLatin1Char(' ')).simplified();
    QVERIFY2(!text.isEmpty(), "the PDF holds no text");
    for (const QString &expected :
         {Seed::projectName, QStringLiteral("01.01.2012 – 31.12.2012"), Seed::exchangeMeasure,
          Seed::coordinatorMeasure, QStringLiteral("01.12.2026")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    // A long title may wrap inside its table cell.
    QVERIFY(text.contains(QStringLiteral("Utfyllende")));
    QVERIFY(text.contains(QStringLiteral("spesialisthelsetjenesten")));
    // The seed's letters (the Norwegian letters of every kind: the long project's name below).
    QVERIFY(text.contains(QStringLiteral("Trøndelag")));
    QVERIFY(text.contains(QStringLiteral("Å gi mennesker")));
}

void TestReport::odtIsAZipWhoseContentHoldsTheSame()
{
    const ScopedLanguage norwegian(QStringLiteral("nb"));
    const QByteArray odt = render(seedRequest(Request::Format::Odt));
    QVERIFY(odt.startsWith("PK"));
    const QString file = m_folder.filePath(QStringLiteral("report.odt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(odt);
    }
    QProcess test;
    test.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), file});
    QVERIFY2(test.waitForFinished(30000) && test.exitCode() == 0,
             qPrintable(QString::fromUtf8(test.readAll())));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), file, QStringLiteral("content.xml")});
    QVERIFY(unzip.waitForFinished(30000));
    QCOMPARE(unzip.exitCode(), 0);
    const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
    for (const QString &expected :
         {Seed::projectName, QStringLiteral("01.01.2012 – 31.12.2012"), Seed::exchangeMeasure,
          Seed::referralMeasure, Seed::coordinatorMeasure}) {
        QVERIFY2(content.contains(expected), qPrintable(expected));
    }
    // Headings stay headings for LibreOffice (its navigator lists them by level), tables
    // tables with their header row repeated on each page.
    QVERIFY(content.contains(QStringLiteral("<text:h text:style-name=\"Heading_20_1\" "
                                            "text:outline-level=\"1\">") +
                             Seed::projectName + QStringLiteral("</text:h>")));
    QVERIFY(content.contains(QStringLiteral("text:outline-level=\"2\"")));
    QVERIFY(content.contains(QStringLiteral("<table:table ")));
    QVERIFY(content.contains(QStringLiteral("<table:table-header-rows>")));
    QVERIFY(content.contains(QStringLiteral("<draw:image xlink:href=\"Pictures/figure-1.png\"")));
    // The package as ODF wants it: the mimetype first and stored, a manifest naming every part.
    QCOMPARE(odt.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(odt.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    QProcess manifest;
    manifest.start(QStringLiteral("unzip"),
                   {QStringLiteral("-p"), file, QStringLiteral("META-INF/manifest.xml")});
    QVERIFY(manifest.waitForFinished(30000));
    const QString parts = QString::fromUtf8(manifest.readAllStandardOutput());
    for (const QString &part : {QStringLiteral("content.xml"), QStringLiteral("styles.xml"),
                                QStringLiteral("Pictures/figure-1.png")})
        QVERIFY2(parts.contains(QStringLiteral("manifest:full-path=\"%1\"").arg(part)),
                 qPrintable(part));
}

void TestReport::documentRepeatsTableHeadersOnEveryPage()
{
    // A project of many measures: its measure table runs over several pages.
    QString measures;
    for (int i = 0; i < 120; ++i) {
        measures += QStringLiteral(R"({"uuid":"%1","title":"Tiltak nr %2","level":"system",
            "status":"in_progress","progress":%3}%4)")
                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                        .arg(i)
                        .arg(i % 100)
                        .arg(i < 119 ? QStringLiteral(",") : QString());
    }
    const QUuid project = QUuid::createUuid();
    const QString json = QStringLiteral(R"({"format":"samspill-exchange","formatVersion":2,
        "organisations":[],"knowledgeSources":[],"projects":[{"uuid":"%1","name":"Særlig lang plan æøå ÆØÅ",
        "status":"in_progress","measures":[%2]}]})")
                             .arg(project.toString(QUuid::WithoutBraces), measures);
    QCOMPARE(m_workspace->importJson(json.toUtf8()), QString());
    const ScopedLanguage english(QStringLiteral("en"));
    Request request = seedRequest(Request::Format::Pdf);
    request.projects = {project};
    request.sections = Request::Sections(Request::Section::Measures);
    const QStringList pages = TestSupport::pdfPages(render(request));
    const QString text = pages.join(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("Tiltak nr 119")));
    QVERIFY(text.contains(QStringLiteral("Særlig lang plan æøå ÆØÅ")));
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    int withTable = 0;
    for (int page = 0; page < pages.size(); ++page) {
        // Each page is numbered at its foot.
        const QStringList lines = pages.at(page).trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.constLast().trimmed().endsWith(
                     QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size())),
                 qPrintable(lines.constLast()));
        // The header row of the measures table is repeated on each page it runs onto.
        if (pages.at(page).contains(QStringLiteral("Tiltak nr ")))
            withTable += pages.at(page).contains(QStringLiteral("Responsible")) ? 1 : -100;
    }
    QVERIFY2(withTable >= 3, qPrintable(QString::number(withTable)));
}

void TestReport::csvHasOneRowPerMeasureAndNeutralisesFormulas()
{
    QCOMPARE(m_workspace->importJson(DatedProject::json()), QString());
    // Titles a spreadsheet would run as formulas, or that need quoting.
    const QStringList hostile{QStringLiteral("=HYPERLINK(\"http://x\",\"klikk\")"),
                              QStringLiteral("+1, \"sitat\"\nlinje 2"), QStringLiteral("-2+3"),
                              QStringLiteral("@SUM(A1)"), QStringLiteral("\tTabulator")};
    auto bundle = m_workspace->workspace().portfolio().projectBundle(
        m_workspace->projectId(DatedProject::project));
    QVERIFY(bundle);
    QCOMPARE(bundle->measures.size(), hostile.size());
    for (int i = 0; i < hostile.size(); ++i) {
        Domain::Measure measure = bundle->measures.at(i);
        measure.title = hostile.at(i);
        QVERIFY(m_workspace->workspace().edits().updateMeasure(measure));
    }
    Request request = seedRequest(Request::Format::Csv);
    request.today = request.to; // as stored: the titles were changed today
    request.projects = {DatedProject::project, Seed::project};
    const QByteArray csv = render(request);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QVector<QStringList> records = parseCsv(QString::fromUtf8(csv.mid(3)));
    QCOMPARE(records.size(), 1 + hostile.size() + 3); // the header, then one per measure
    for (const QStringList &record : records)
        QCOMPARE(record.size(), records.constFirst().size());
    QStringList titles;
    for (const QStringList &record : records.mid(1))
        titles.append(record.at(1));
    for (const QString &title : hostile) {
        QVERIFY2(titles.contains(QLatin1Char('\'') + title), qPrintable(title));
    }
    QVERIFY(titles.contains(Seed::coordinatorMeasure));
    for (const QString &title : titles) {
        QVERIFY2(!QStringLiteral("=+-@\t\r").contains(title.front()), qPrintable(title));
    }
}

void TestReport::hostileTextIsNeverMarkup()
{
    QCOMPARE(m_workspace->importJson(DatedProject::json()), QString());
    auto bundle = m_workspace->workspace().portfolio().projectBundle(
        m_workspace->projectId(DatedProject::project));
    QVERIFY(bundle);
    Domain::Measure measure = bundle->measures.constFirst();
    measure.title = QStringLiteral("<script>alert(1)</script> *fet* [lenke](x) | rør & \"sitat\"");
    QVERIFY(m_workspace->workspace().edits().updateMeasure(measure));
    Request request = seedRequest(Request::Format::Html);
    request.today = request.to; // as stored: the title was changed today
    request.projects = {DatedProject::project};
    const QString html = QString::fromUtf8(render(request));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; *fet* [lenke](x) | "
                                         "rør &amp; &quot;sitat&quot;")));
    request.format = Request::Format::Markdown;
    const QString markdown = QString::fromUtf8(render(request));
    QVERIFY(markdown.contains(QStringLiteral(
        "\\<script\\>alert(1)\\</script\\> \\*fet\\* \\[lenke\\](x) \\| rør \\& \"sitat\"")));
    QVERIFY(!markdown.contains(QStringLiteral("<script>")));
    // What begins a line in Markdown is escaped there too.
    QCOMPARE(Report::MarkdownWriter::escaped(QStringLiteral("- punkt\n1. ledd\n# tittel")),
             QStringLiteral("\\- punkt  \n1\\. ledd  \n\\# tittel"));
    // The HTML file is whole on its own: no link or script to fetch.
    request.format = Request::Format::Html;
    request.projects = {Seed::project};
    const QString seedHtml = QString::fromUtf8(render(request));
    QVERIFY(seedHtml.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
    QVERIFY(!seedHtml.contains(QStringLiteral("src=\"http")));
    QVERIFY(!seedHtml.contains(QStringLiteral("<link")));
}

void TestReport::aPeriodWithNoActivityGivesAShortClearReport()
{
    const ScopedLanguage english(QStringLiteral("en"));
    Request request = seedRequest(Request::Format::Markdown);
    request.from = QDate(2011, 3, 1);
    request.to = QDate(2011, 3, 31);
    const QString markdown = QString::fromUtf8(render(request));
    QVERIFY(markdown.contains(
        QStringLiteral("Nothing was recorded in the period: no status updates and no changes.")));
    QVERIFY(markdown.contains(QStringLiteral("No open deviations.")));
    QVERIFY(markdown.contains(QStringLiteral("No decisions are needed.")));
    QVERIFY(markdown.contains(QStringLiteral("No budget lines are recorded for 2011.")));
    // Short: the timeline figure aside, a couple of pages of text.
    const qsizetype figure = markdown.indexOf(QStringLiteral("![The timeline"));
    QVERIFY(figure > 0);
    QVERIFY2(markdown.left(figure).size() < 6000, qPrintable(QString::number(figure)));
}

void TestReport::sectionsCanBeSwitchedOff()
{
    const ScopedLanguage english(QStringLiteral("en"));
    Request request = seedRequest(Request::Format::Markdown);
    request.sections = Request::Sections(Request::Section::Measures);
    const QString markdown = QString::fromUtf8(render(request));
    QVERIFY(markdown.contains(QStringLiteral("## Measures")));
    QVERIFY(markdown.contains(Seed::projectName)); // the title block is always there
    for (const QString &absent :
         {QStringLiteral("## Summary"), QStringLiteral("## Goals"), QStringLiteral("## Risks"),
          QStringLiteral("## Timeline"), QStringLiteral("## Budget"),
          QStringLiteral("## What happened")}) {
        QVERIFY2(!markdown.contains(absent), qPrintable(absent));
    }
}

// The report shows the overview's figures: computed once (Overview::ProjectFigures), never
// again in the report. A project with known answers, on its day and looking back.
void TestReport::reportFiguresEqualTheOverview()
{
    const ScopedLanguage english(QStringLiteral("en"));
    QVERIFY(m_workspace->workspace().portfolio().importPortfolio(OverviewFixture::portfolio()));
    App::Workspace &workspace = m_workspace->workspace();
    Overview::Source source({&workspace.projects(), &workspace.portfolio(), &workspace.history(),
                             &workspace.organisations()});
    auto project = workspace.projects().project(m_workspace->projectId(OverviewFixture::project));
    QVERIFY(project);
    const Overview::Settings settings{OverviewFixture::day, Overview::Settings::DefaultStaleDays};
    auto figures = source.project(project.value(), settings, Overview::Source::State::Stored);
    QVERIFY(figures);

    Request request;
    request.projects = {OverviewFixture::project};
    request.from = QDate(2012, 1, 1);
    request.to = OverviewFixture::day;
    request.today = OverviewFixture::day;
    request.producedOn = producedOn;
    Report::Generator generator(m_workspace->repositories());
    auto content = generator.content(request);
    QVERIFY(content);
    QCOMPARE(summaryValue(content.value(), QStringLiteral("Measures")),
             QString::number(figures->measures.size()));
    QCOMPARE(summaryValue(content.value(), QStringLiteral("Overdue")),
             QString::number(figures->overdue.size()));
    QCOMPARE(summaryValue(content.value(), QStringLiteral("Not rated")),
             QString::number(figures->notRated.size()));
    QCOMPARE(summaryValue(content.value(), QStringLiteral("Progress")),
             Models::Labels::progress(figures->rollup.progress));
    for (const Domain::Status status :
         {Domain::Status::Planned, Domain::Status::InProgress, Domain::Status::Completed,
          Domain::Status::Postponed, Domain::Status::Cancelled}) {
        QCOMPARE(summaryValue(content.value(),
                              QStringLiteral("– %1").arg(Models::Labels::status(status))),
                 QString::number(figures->withStatus(status).size()));
    }
    // The fixture's log up to the day: four updates from January to June.
    QCOMPARE(summaryValue(content.value(), QStringLiteral("Status updates in the period")),
             QStringLiteral("4"));
    // Each measure's light as the overview gives it.
    QCOMPARE(content->measures.rows.size(), figures->measures.size());
    for (int i = 0; i < figures->measures.size(); ++i) {
        const QStringList &row = content->measures.rows.at(i);
        QCOMPARE(row.at(1), figures->measures.at(i).title);
        QCOMPARE(row.at(3), Models::Labels::rag(figures->measures.at(i).rating.rag));
        QCOMPARE(row.at(7), Models::Labels::progress(figures->measures.at(i).progress));
    }
    const QString markdown = QString::fromUtf8(
        Report::Generator::render(content.value(), Request::Format::Markdown).value());
    QVERIFY(markdown.contains(Report::MarkdownWriter::escaped(Models::Labels::ragWithReason(
        figures->rollup.rag, Overview::Explanation::summary(*figures)))));

    // Looking back: a period that ended before today is reported as it stood at its end, as
    // `status --as-of` shows it.
    request.today = QDate(2013, 3, 1);
    request.to = QDate(2012, 3, 31);
    auto past = generator.content(request);
    QVERIFY(past);
    auto then = source.project(project.value(), {request.to, Overview::Settings::DefaultStaleDays},
                               Overview::Source::State::AsOfDay);
    QVERIFY(then);
    QCOMPARE(summaryValue(past.value(), QStringLiteral("Overdue")),
             QString::number(then->overdue.size()));
    QCOMPARE(summaryValue(past.value(), QStringLiteral("Progress")),
             Models::Labels::progress(then->rollup.progress));
    QCOMPARE(summaryValue(past.value(), QStringLiteral("Status updates in the period")),
             QStringLiteral("1"));
}

void TestReport::portfolioReportStartsWithItsSummaryAndReportsProgress()
{
    const ScopedLanguage english(QStringLiteral("en"));
    QVERIFY(m_workspace->workspace().portfolio().importPortfolio(OverviewFixture::portfolio()));
    Request request = seedRequest(Request::Format::Markdown);
    request.projects.clear();
    request.allProjects = true;
    request.today = OverviewFixture::day;
    request.to = OverviewFixture::day;
    QVector<std::pair<int, int>> calls;
    Report::Generator generator(m_workspace->repositories());
    auto content = generator.content(request, [&calls](int done, int total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY(content);
    QCOMPARE(calls, (QVector<std::pair<int, int>>{{0, 2}, {1, 2}, {2, 2}}));
    const Report::Block &first = content->blocks.constFirst();
    QCOMPARE(first.kind, Report::Block::Kind::Heading);
    QCOMPARE(first.text, QStringLiteral("Portfolio: status report"));
    // The summary table has a row per project, and a page break follows it.
    const auto table = std::find_if(
        content->blocks.cbegin(), content->blocks.cend(),
        [](const Report::Block &block) { return block.kind == Report::Block::Kind::Table; });
    QVERIFY(table != content->blocks.cend());
    QCOMPARE(table->table.rows.size(), 2);
    QCOMPARE(table->table.rows.at(1).at(0), OverviewFixture::name);
    const auto pageBreak = std::find_if(
        content->blocks.cbegin(), content->blocks.cend(),
        [](const Report::Block &block) { return block.kind == Report::Block::Kind::PageBreak; });
    QVERIFY(pageBreak > table);
    QCOMPARE(content->measures.rows.size(), 3 + 6);
}

void TestReport::aStoppedReportProducesNothing()
{
    Request request = seedRequest(Request::Format::Html);
    Report::Generator generator(m_workspace->repositories());
    int calls = 0;
    auto stopped = generator.render(request, [&calls](int, int) { return ++calls < 1; });
    QVERIFY(!stopped);
    QCOMPARE(calls, 1);
}

void TestReport::badRequestsAreRefused()
{
    Report::Generator generator(m_workspace->repositories());
    Request request = seedRequest(Request::Format::Html);
    request.from = QDate(2013, 1, 1);
    auto backwards = generator.render(request);
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().kind, Domain::Error::Kind::Invalid);
    QVERIFY(!backwards.error().message.contains(QLatin1Char('\n')));
    request = seedRequest(Request::Format::Html);
    request.projects = {QUuid::createUuid()};
    auto unknown = generator.render(request);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, Domain::Error::Kind::NotFound);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
