#include "views/chartgeometry.h"

#include <QTest>

using Views::ChartGeometry;

// Where the overview's charts put their bars and points, as tables: the painting follows these
// numbers, so a chart that is drawn wrong shows up here first.
class TestChartGeometry : public QObject
{
    Q_OBJECT

private slots:
    void barsShareTheHeightAndScaleToTheLargest_data();
    void barsShareTheHeightAndScaleToTheLargest();
    void aPointFindsItsRow_data();
    void aPointFindsItsRow();
    void datesLieAlongTheTimeAxis_data();
    void datesLieAlongTheTimeAxis();
    void percentagesRiseFromTheBottom_data();
    void percentagesRiseFromTheBottom();
};

namespace {

// 300 wide, 120 high, from (10, 20): three rows of 40.
const QRectF plot(10, 20, 300, 120);

} // namespace

void TestChartGeometry::barsShareTheHeightAndScaleToTheLargest_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<QRectF>("bar");

    // each row 40 high; a sixth (6.67) left free above and below the bar
    const double gap = 40.0 / 6;
    QTest::newRow("the largest fills the width")
        << 0 << 3 << 8.0 << 8.0 << QRectF(10, 20 + gap, 300, 40 - 2 * gap);
    QTest::newRow("half the largest, second row")
        << 1 << 3 << 4.0 << 8.0 << QRectF(10, 60 + gap, 150, 40 - 2 * gap);
    QTest::newRow("a percentage of 100")
        << 2 << 3 << 25.0 << 100.0 << QRectF(10, 100 + gap, 75, 40 - 2 * gap);
    QTest::newRow("more than the maximum is cut at it")
        << 0 << 3 << 120.0 << 100.0 << QRectF(10, 20 + gap, 300, 40 - 2 * gap);
    QTest::newRow("zero draws nothing") << 0 << 3 << 0.0 << 8.0 << QRectF();
    QTest::newRow("nothing to scale by draws nothing") << 0 << 3 << 0.0 << 0.0 << QRectF();
    QTest::newRow("a row that is not there") << 3 << 3 << 5.0 << 8.0 << QRectF();
}

void TestChartGeometry::barsShareTheHeightAndScaleToTheLargest()
{
    QFETCH(int, index);
    QFETCH(int, count);
    QFETCH(double, value);
    QFETCH(double, maximum);
    QFETCH(QRectF, bar);

    const QRectF drawn = ChartGeometry::bar(plot, index, count, value, maximum);
    QCOMPARE(drawn.isNull(), bar.isNull());
    if (!bar.isNull())
        QCOMPARE(drawn, bar);
}

void TestChartGeometry::aPointFindsItsRow_data()
{
    QTest::addColumn<double>("y");
    QTest::addColumn<int>("row");

    QTest::newRow("top edge") << 20.0 << 0;
    QTest::newRow("inside the first") << 59.9 << 0;
    QTest::newRow("start of the second") << 60.0 << 1;
    QTest::newRow("inside the last") << 139.0 << 2;
    QTest::newRow("bottom edge is outside") << 140.0 << -1;
    QTest::newRow("above") << 19.0 << -1;
}

void TestChartGeometry::aPointFindsItsRow()
{
    QFETCH(double, y);
    QFETCH(int, row);

    QCOMPARE(ChartGeometry::rowAt(plot, 3, y), row);
    if (row >= 0)
        QVERIFY(ChartGeometry::row(plot, row, 3).contains(QPointF(100, y)));
}

void TestChartGeometry::datesLieAlongTheTimeAxis_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<double>("x");

    const QDate first(2012, 1, 1);
    const QDate last(2012, 1, 31); // 30 days: 10 px a day
    QTest::newRow("the first day on the left edge") << first << first << last << 10.0;
    QTest::newRow("the last day on the right edge") << last << first << last << 310.0;
    QTest::newRow("a third of the way") << QDate(2012, 1, 11) << first << last << 110.0;
    QTest::newRow("one day: in the middle") << first << first << first << 160.0;
}

void TestChartGeometry::datesLieAlongTheTimeAxis()
{
    QFETCH(QDate, date);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(double, x);

    QCOMPARE(ChartGeometry::x(date, first, last, plot), x);
}

void TestChartGeometry::percentagesRiseFromTheBottom_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<double>("y");

    QTest::newRow("0 % on the bottom edge") << 0.0 << 140.0;
    QTest::newRow("100 % on the top edge") << 100.0 << 20.0;
    QTest::newRow("25 %") << 25.0 << 110.0;
    QTest::newRow("below 0 is held at 0") << -5.0 << 140.0;
    QTest::newRow("above 100 is held at 100") << 130.0 << 20.0;
}

void TestChartGeometry::percentagesRiseFromTheBottom()
{
    QFETCH(double, percent);
    QFETCH(double, y);

    QCOMPARE(ChartGeometry::y(percent, plot), y);
}

QTEST_GUILESS_MAIN(TestChartGeometry)
#include "tst_chartgeometry.moc"
