#include "models/timeline/chartexport.h"

#include "models/projectdata.h"
#include "models/timeline/chartbuilder.h"
#include "models/timeline/style.h"
#include "tests/models/seededworkspace.h"
#include "tests/timeline/everyprecision.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace TestSupport;
using Timeline::ChartExport;
using Format = ChartExport::Format;

namespace {

QByteArray written(const Timeline::Chart &chart, Format format, const ChartExport::Options &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto result = ChartExport::write(chart, format, options, buffer);
    return result ? buffer.data() : QByteArray();
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

// The text of a PDF as pdftotext reads it (poppler-utils, which scripts/test installs).
QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("timeline.pdf"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size())
        return {};
    out.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), file, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// The timeline as files: pictures of the expected size that are not blank, pages with the
// measures' titles on them. Over the project of every precision, as of 1 June 2012.
class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngHasTheExpectedSizeAndIsNotBlank();
    void pngIsTwiceTheLogicalSizeForSharpText();
    void svgIsAPictureWithTheTitlesAsText();
    void pdfPagesCarryTheTitlesAndTheUndatedList();
    void pdfOnOnePageIsOnePage();
    void pdfAtTheWeekLevelSplitsOverPages();
    void aRangeEndingBeforeItBeginsIsRefused();
    void aPictureTooLargeIsRefusedWithAReason();
    void formatsAreNamedByTheirSuffix();

private:
    std::unique_ptr<SeededWorkspace> m_seeded;
    std::unique_ptr<Models::ProjectData> m_data;
    Timeline::Chart m_chart;
};

void TestChartExport::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed: scripts/test installs it");
    m_seeded = std::make_unique<SeededWorkspace>();
    QVERIFY2(m_seeded->isValid(), qPrintable(m_seeded->error()));
    QCOMPARE(m_seeded->importJson(EveryPrecision::json()), QString());
    m_data = std::make_unique<Models::ProjectData>(m_seeded->repositories());
    QVERIFY(m_data->load(m_seeded->projectId(EveryPrecision::project)).ok());
    m_chart = Timeline::ChartBuilder::build(*m_data, Timeline::Grouping::Goal, QDate(2012, 6, 1));
}

void TestChartExport::pngHasTheExpectedSizeAndIsNotBlank()
{
    const ChartExport::Options options;
    const QByteArray png = written(m_chart, Format::Png, options);
    QVERIFY(png.startsWith("\x89PNG"));
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    QCOMPARE(image.size(), ChartExport::imageSize(m_chart, options));

    // Not blank: a good part is drawn, in many colours, among them the bars' and the today
    // line's.
    int drawn = 0;
    QSet<QRgb> colours;
    bool inProgress = false;
    bool todayLine = false;
    const QColor progress = Timeline::Style::statusColor(Domain::Status::InProgress);
    const QColor today = Timeline::Style::forPaper().today;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            drawn += pixel != qRgb(255, 255, 255) ? 1 : 0;
            inProgress = inProgress || QColor(pixel) == progress;
            todayLine = todayLine || QColor(pixel) == today;
        }
    }
    QVERIFY2(drawn > image.width() * image.height() / 4 / 10, qPrintable(QString::number(drawn)));
    QVERIFY(colours.size() > 50);
    QVERIFY(inProgress);
    QVERIFY(todayLine);
}

void TestChartExport::pngIsTwiceTheLogicalSizeForSharpText()
{
    ChartExport::Options options;
    options.pixelRatio = 1;
    const QSize single = ChartExport::imageSize(m_chart, options);
    options.pixelRatio = 2;
    const QSize twice = ChartExport::imageSize(m_chart, options);
    QVERIFY(qAbs(twice.width() - 2 * single.width()) <= 2);
    QVERIFY(qAbs(twice.height() - 2 * single.height()) <= 2);
    // Three years and two months at the Quarter level (1.5 pixels a day) beside the labels.
    QVERIFY(single.width() > 1400 && single.width() < 2200);
}

void TestChartExport::svgIsAPictureWithTheTitlesAsText()
{
    const QByteArray svg = written(m_chart, Format::Svg, {});
    QXmlStreamReader reader(svg);
    bool root = false;
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("svg"))
            root = true;
        if (reader.isCharacters())
            text += reader.text();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(root);
    for (const QString &title : {QStringLiteral("Kvartaler"), QStringLiteral("Åpen slutt"),
                                 EveryPrecision::undatedTitle, EveryPrecision::name})
        QVERIFY2(text.contains(title), qPrintable(title));
}

void TestChartExport::pdfPagesCarryTheTitlesAndTheUndatedList()
{
    ChartExport::Options options;
    options.zoom = Timeline::Zoom::Year; // three years fit one A4 landscape page
    const QByteArray pdf = written(m_chart, Format::Pdf, options);
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pageCount(pdf), 1);
    const QString text = pdfText(pdf);
    for (const QString &title :
         {QStringLiteral("Dager"), QStringLiteral("Halvår: opplæringsprogram"),
          QStringLiteral("Hovedmål B: samhandling"), EveryPrecision::undatedTitle,
          EveryPrecision::undatedMilestoneTitle, QStringLiteral("Felles opplæring")})
        QVERIFY2(text.contains(title), qPrintable(title + QLatin1String(" in:\n") + text));
}

void TestChartExport::pdfOnOnePageIsOnePage()
{
    ChartExport::Options options;
    options.zoom = Timeline::Zoom::Week;
    options.onePage = true;
    const QByteArray pdf = written(m_chart, Format::Pdf, options);
    QCOMPARE(pageCount(pdf), 1);
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Kvartaler")));
}

void TestChartExport::pdfAtTheWeekLevelSplitsOverPages()
{
    ChartExport::Options options;
    options.zoom = Timeline::Zoom::Week;
    const QByteArray pdf = written(m_chart, Format::Pdf, options);
    const int pages = pageCount(pdf);
    QVERIFY2(pages > 10, qPrintable(QString::number(pages)));
    // Every page names its rows: the title of the first measure row is on each.
    QCOMPARE(int(pdfText(pdf).count(QStringLiteral("Måneder"))), pages);
}

void TestChartExport::aRangeEndingBeforeItBeginsIsRefused()
{
    ChartExport::Options options;
    options.first = QDate(2013, 1, 1);
    options.last = QDate(2012, 1, 1);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto result = ChartExport::write(m_chart, Format::Png, options, buffer);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Domain::Error::Kind::Invalid);
    QVERIFY(buffer.data().isEmpty());
}

void TestChartExport::aPictureTooLargeIsRefusedWithAReason()
{
    ChartExport::Options options;
    options.zoom = Timeline::Zoom::Week;
    options.first = QDate(2000, 1, 1);
    options.last = QDate(2020, 12, 31);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto result = ChartExport::write(m_chart, Format::Png, options, buffer);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("too large")),
             qPrintable(result.error().message));
}

void TestChartExport::formatsAreNamedByTheirSuffix()
{
    QCOMPARE(ChartExport::formatFromCode(QStringLiteral("png")), Format::Png);
    QCOMPARE(ChartExport::formatFromCode(QStringLiteral("SVG")), Format::Svg);
    QCOMPARE(ChartExport::formatFromCode(QStringLiteral("pdf")), Format::Pdf);
    QCOMPARE(ChartExport::formatFromCode(QStringLiteral("jpg")), std::nullopt);
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
