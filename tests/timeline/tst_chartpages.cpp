#include "models/timeline/chartpages.h"
#include "tests/timeline/timelinecharts.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using Timeline::ChartPages;
using Timeline::RowLayout;
using Band = std::pair<int, int>;
using Slice = std::pair<double, double>;

namespace {

// An A4 landscape page with 10 mm margins, in logical pixels.
const QSizeF a4(1047, 718);

// How many pixels of the rectangle are darker than light grey: text, bars, lines.
int ink(const QImage &image, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                ++count;
        }
    }
    return count;
}

Timeline::Chart manyMeasures(int count)
{
    Timeline::Chart chart;
    Timeline::ChartGroup group{QStringLiteral("Alle"), 0, {}};
    for (int i = 0; i < count; ++i) {
        chart.measures.append(TimelineCharts::measure("Tiltak", "2012-01", "2012-06"));
        group.members.append(i);
    }
    chart.groups = {group};
    chart.projectStart = QDate(2012, 1, 1);
    chart.projectEnd = QDate(2012, 12, 31);
    chart.today = QDate(2012, 6, 1);
    return chart;
}

} // namespace

// Printed pages: rows and time split so that every page can be read on its own.
class TestChartPages : public QObject
{
    Q_OBJECT

private slots:
    void rowBands_data();
    void rowBands();
    void slices_data();
    void slices();
    void everyPageRepeatsTheRowLabelsAndTheAxis();
    void pagesRunDownTheRowsThenAcrossTime();
    void onePageNarrowsTheDaysBeforeShrinkingText();
    void onePageShrinksOnlyWhenTheRowsAreTooMany();
};

void TestChartPages::rowBands_data()
{
    QTest::addColumn<double>("available");
    QTest::addColumn<QList<Band>>("bands");

    // Rows of TimelineCharts::twoGroups with rows 30 and headers 20 high: 0 milestones 0-30,
    // 1 header 30-50, 2 50-80, 3 80-110, 4 header 110-130, 5 130-160, 6 160-190.
    QTest::newRow("all on one page") << 500.0 << QList<Band>{{0, 6}};
    QTest::newRow("100 high") << 100.0 << QList<Band>{{0, 2}, {3, 5}, {6, 6}};
    QTest::newRow("a header never closes a page")
        << 60.0 << QList<Band>{{0, 0}, {1, 2}, {3, 3}, {4, 5}, {6, 6}};
    QTest::newRow("rows taller than the page get one each")
        << 20.0 << QList<Band>{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 6}};
}

void TestChartPages::rowBands()
{
    QFETCH(double, available);
    QFETCH(QList<Band>, bands);
    const RowLayout layout(TimelineCharts::twoGroups(), {30, 20});
    QCOMPARE(QList<Band>(ChartPages::rowBands(layout, available)), bands);
    QVERIFY(ChartPages::rowBands(RowLayout(), 100).isEmpty());
}

void TestChartPages::slices_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<QList<Slice>>("slices");

    QTest::newRow("three, the last shorter")
        << 1000.0 << QList<Slice>{{0, 400}, {400, 800}, {800, 1000}};
    QTest::newRow("exactly two") << 800.0 << QList<Slice>{{0, 400}, {400, 800}};
    QTest::newRow("narrower than one") << 150.0 << QList<Slice>{{0, 150}};
    QTest::newRow("nothing at all is still a page") << 0.0 << QList<Slice>{{0, 0}};
}

void TestChartPages::slices()
{
    QFETCH(double, width);
    QFETCH(QList<Slice>, slices);
    QCOMPARE(QList<Slice>(ChartPages::slices(width, 400)), slices);
}

void TestChartPages::everyPageRepeatsTheRowLabelsAndTheAxis()
{
    // Two years at the Week level: many pages across time.
    Timeline::Chart chart = TimelineCharts::twoGroups();
    chart.today = QDate(2012, 6, 1);
    const ChartPages pages(chart, QDate(2012, 1, 1), QDate(2013, 12, 31),
                           Timeline::pixelsPerDay(Timeline::Zoom::Week), a4, false);
    QVERIFY2(pages.count() > 10, qPrintable(QString::number(pages.count())));
    const Timeline::Style &style = pages.sheet().style();
    const int labelsTop = int(pages.sheet().titleHeight() + style.axisHeight);
    const QRect labels(2, labelsTop + 2, int(style.labelWidth) - 4,
                       int(pages.sheet().layout().height()) - 4);
    const QRect axis(int(style.labelWidth) + 2, int(pages.sheet().titleHeight()) + 2,
                     int(a4.width() - style.labelWidth) - 4, int(style.axisHeight) - 4);
    for (int page = 0; page < pages.count(); ++page) {
        QImage image(a4.toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        pages.paint(painter, page);
        painter.end();
        QVERIFY2(ink(image, labels) > 200, qPrintable(QStringLiteral("page %1").arg(page + 1)));
        QVERIFY2(ink(image, axis) > 50, qPrintable(QStringLiteral("page %1").arg(page + 1)));
    }
}

void TestChartPages::pagesRunDownTheRowsThenAcrossTime()
{
    const Timeline::Chart chart = manyMeasures(60);
    const ChartPages pages(chart, QDate(2012, 1, 1), QDate(2012, 12, 31),
                           Timeline::pixelsPerDay(Timeline::Zoom::Month), a4, false);
    const int across = int(
        ChartPages::slices(pages.sheet().bodyWidth(), a4.width() - pages.sheet().style().labelWidth)
            .size());
    // Sixty rows need more than one page down, and a year at the Month level more than one
    // across; every stretch of time has the same pages of rows.
    QVERIFY(across > 1);
    QCOMPARE(pages.count() % across, 0);
    QVERIFY(pages.count() / across > 1);
    QCOMPARE(pages.shrink(), 1.0);
}

void TestChartPages::onePageNarrowsTheDaysBeforeShrinkingText()
{
    Timeline::Chart chart = TimelineCharts::twoGroups();
    const ChartPages pages(chart, QDate(2010, 1, 1), QDate(2015, 12, 31),
                           Timeline::pixelsPerDay(Timeline::Zoom::Week), a4, true);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pages.shrink(), 1.0); // a few rows: the text keeps its size
    QVERIFY(pages.sheet().width() <= a4.width() + 0.5);
    QVERIFY(pages.sheet().width() > a4.width() - 1);
}

void TestChartPages::onePageShrinksOnlyWhenTheRowsAreTooMany()
{
    const ChartPages pages(manyMeasures(200), QDate(2012, 1, 1), QDate(2012, 12, 31),
                           Timeline::pixelsPerDay(Timeline::Zoom::Month), a4, true);
    QCOMPARE(pages.count(), 1);
    QVERIFY(pages.shrink() < 0.5);
    QVERIFY(pages.sheet().size().height() * pages.shrink() <= a4.height());
}

QTEST_MAIN(TestChartPages)
#include "tst_chartpages.moc"
