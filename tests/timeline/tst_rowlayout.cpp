#include "models/timeline/rowlayout.h"
#include "tests/timeline/timelinecharts.h"

#include <QTest>

using Timeline::RowLayout;
using Kind = RowLayout::Kind;

// Row <-> y: which row is where, and which rows a view shows.
class TestRowLayout : public QObject
{
    Q_OBJECT

private slots:
    void rowsComeInOrderWithoutGaps();
    void rowAt_data();
    void rowAt();
    void rowsBetween_data();
    void rowsBetween();
    void aMeasureInTwoGroupsHasTwoRows();
    void anUndatedMeasureHasNoRow();
    void aChartWithoutProjectMilestonesBeginsWithAHeader();
    void aThousandMeasuresFindTheirRowByBisection();

private:
    const RowLayout::Metrics metrics{30, 20};
};

void TestRowLayout::rowsComeInOrderWithoutGaps()
{
    const RowLayout layout(TimelineCharts::twoGroups(), metrics);
    QCOMPARE(layout.count(), 7);
    const QList<Kind> kinds{
        Kind::ProjectMilestones, Kind::GroupHeader, Kind::Measure, Kind::Measure,
        Kind::GroupHeader,       Kind::Measure,     Kind::Measure};
    double top = 0;
    for (int row = 0; row < layout.count(); ++row) {
        QCOMPARE(layout.row(row).kind, kinds.at(row));
        QCOMPARE(layout.row(row).top, top);
        top += layout.row(row).height;
    }
    QCOMPARE(layout.height(), 30.0 + 20 + 30 + 30 + 20 + 30 + 30);
    QCOMPARE(layout.row(5).measure, 1);
    QCOMPARE(layout.row(5).group, 1);
}

void TestRowLayout::rowAt_data()
{
    QTest::addColumn<double>("y");
    QTest::addColumn<int>("row");

    QTest::newRow("above the first") << -0.5 << -1;
    QTest::newRow("top of the first") << 0.0 << 0;
    QTest::newRow("last pixel of the first") << 29.9 << 0;
    QTest::newRow("top of the first header") << 30.0 << 1;
    QTest::newRow("inside the second measure") << 95.0 << 3;
    QTest::newRow("last pixel") << 189.9 << 6;
    QTest::newRow("the bottom edge is outside") << 190.0 << -1;
}

void TestRowLayout::rowAt()
{
    QFETCH(double, y);
    QFETCH(int, row);
    QCOMPARE(RowLayout(TimelineCharts::twoGroups(), metrics).rowAt(y), row);
}

void TestRowLayout::rowsBetween_data()
{
    QTest::addColumn<double>("top");
    QTest::addColumn<double>("bottom");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");

    QTest::newRow("everything") << -100.0 << 1000.0 << 0 << 6;
    QTest::newRow("a view of one row exactly") << 30.0 << 50.0 << 1 << 1;
    QTest::newRow("a view cutting two rows") << 40.0 << 81.0 << 1 << 3;
    QTest::newRow("scrolled below the rows") << 200.0 << 400.0 << 0 << -1;
    QTest::newRow("above the rows") << -50.0 << 0.0 << 0 << -1;
    QTest::newRow("an empty view") << 40.0 << 40.0 << 0 << -1;
}

void TestRowLayout::rowsBetween()
{
    QFETCH(double, top);
    QFETCH(double, bottom);
    QFETCH(int, first);
    QFETCH(int, last);
    const auto range = RowLayout(TimelineCharts::twoGroups(), metrics).rowsBetween(top, bottom);
    QCOMPARE(range.first, first);
    QCOMPARE(range.second, last);
}

void TestRowLayout::aMeasureInTwoGroupsHasTwoRows()
{
    const RowLayout layout(TimelineCharts::twoGroups(), metrics);
    QCOMPARE(layout.rowsOf(1), QVector<int>({3, 5}));
    QCOMPARE(layout.rowsOf(0), QVector<int>({2}));
}

void TestRowLayout::anUndatedMeasureHasNoRow()
{
    QVERIFY(RowLayout(TimelineCharts::twoGroups(), metrics).rowsOf(3).isEmpty());
}

void TestRowLayout::aChartWithoutProjectMilestonesBeginsWithAHeader()
{
    Timeline::Chart chart = TimelineCharts::twoGroups();
    chart.projectMilestones.clear();
    const RowLayout layout(chart, metrics);
    QCOMPARE(layout.row(0).kind, Kind::GroupHeader);
    QCOMPARE(layout.count(), 6);
    QCOMPARE(RowLayout(Timeline::Chart(), metrics).count(), 0);
    QCOMPARE(RowLayout(Timeline::Chart(), metrics).rowAt(0), -1);
}

void TestRowLayout::aThousandMeasuresFindTheirRowByBisection()
{
    Timeline::Chart chart;
    Timeline::ChartGroup group{QStringLiteral("Alle"), 0, {}};
    for (int i = 0; i < 1000; ++i) {
        chart.measures.append(TimelineCharts::measure("x", "2012-01", "2012-02"));
        group.members.append(i);
    }
    chart.groups = {group};
    const RowLayout layout(chart, metrics);
    QCOMPARE(layout.count(), 1001);
    QCOMPARE(layout.rowAt(20 + 30 * 737 + 29), 738);
    const auto range = layout.rowsBetween(20 + 30 * 500, 20 + 30 * 500 + 600);
    QCOMPARE(range.first, 501);
    QCOMPARE(range.second, 520);
}

QTEST_GUILESS_MAIN(TestRowLayout)
#include "tst_rowlayout.moc"
