#include "models/timeline/chartgeometry.h"
#include "tests/timeline/timelinecharts.h"

#include <QTest>

using Timeline::ChartGeometry;
using Timeline::Hit;
using Part = Hit::Part;

// Hit testing: what the mouse finds where painting put it. Two pixels a day from 1 January
// 2012; rows 30 high and headers 20 (TimelineCharts::twoGroups):
//   row 0 (0-30) project milestones, 1 (30-50) header A, 2 (50-80) "Dager" 1-31 March,
//   3 (80-110) "Halvår", 4 (110-130) header B, 5 (130-160) "Halvår", 6 (160-190) "Åpen" from
//   1 June with a milestone on 15 September.
class TestChartGeometry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void hits_data();
    void hits();
    void milestonesAreFoundByTheirDiamond();
    void aShortBarCanStillBeMovedWhole();
    void barsStandInTheirRowsBand();

private:
    Timeline::Chart m_chart;
    Timeline::RowLayout m_layout;
    std::unique_ptr<ChartGeometry> m_geometry;
};

void TestChartGeometry::init()
{
    m_chart = TimelineCharts::twoGroups();
    m_layout = Timeline::RowLayout(m_chart, {30, 20});
    m_geometry = std::make_unique<ChartGeometry>(
        m_chart, m_layout, Timeline::DateScale(QDate(2012, 1, 1), 2), ChartGeometry::Metrics());
}

void TestChartGeometry::hits_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<Part>("part");
    QTest::addColumn<int>("measure");

    // "Dager" spans x 120-182 in the band y 55-68 of row 2.
    QTest::newRow("the middle of a bar moves it") << QPointF(150, 60) << Part::Bar << 0;
    QTest::newRow("just inside its start") << QPointF(123, 60) << Part::Start << 0;
    QTest::newRow("just outside its start") << QPointF(116, 60) << Part::Start << 0;
    QTest::newRow("just inside its end") << QPointF(179, 60) << Part::End << 0;
    QTest::newRow("just outside its end") << QPointF(186, 60) << Part::End << 0;
    QTest::newRow("beside the bar: the row") << QPointF(300, 60) << Part::Row << 0;
    QTest::newRow("below the bar, no actual period: the row") << QPointF(150, 76) << Part::Row << 0;
    QTest::newRow("a header") << QPointF(150, 35) << Part::Header << -1;
    QTest::newRow("the second row of a measure in two groups")
        << QPointF(600, 140) << Part::Bar << 1;
    QTest::newRow("an open end cannot be taken: the bar moves whole")
        << QPointF(335, 165) << Part::Bar << 2;
    QTest::newRow("the known start of an open bar") << QPointF(305, 165) << Part::Start << 2;
    QTest::newRow("below the last row") << QPointF(150, 191) << Part::None << -1;
    QTest::newRow("above the first row") << QPointF(150, -1) << Part::None << -1;
}

void TestChartGeometry::hits()
{
    QFETCH(QPointF, point);
    QFETCH(Part, part);
    QFETCH(int, measure);
    const Hit hit = m_geometry->hitTest(point);
    QCOMPARE(hit.part, part);
    QCOMPARE(hit.measure, measure);
}

void TestChartGeometry::milestonesAreFoundByTheirDiamond()
{
    // The project's "Opplæring" in the second half of 2012: the middle of x 364-732.
    Hit hit = m_geometry->hitTest(QPointF(548, 15));
    QCOMPARE(hit.part, Part::Milestone);
    QCOMPARE(hit.milestone, m_chart.projectMilestones.first().uuid);
    QCOMPARE(hit.milestoneDate, TimelineCharts::date("2012-H2"));
    QCOMPARE(m_geometry->hitTest(QPointF(600, 15)).part, Part::Row);

    // "Delrapport" on 15 September in the row of "Åpen", over its bar's faded end.
    hit = m_geometry->hitTest(QPointF(517, 175));
    QCOMPARE(hit.part, Part::Milestone);
    QCOMPARE(hit.measure, 2);
    QCOMPARE(hit.milestone, m_chart.measures.at(2).milestones.first().uuid);
}

void TestChartGeometry::aShortBarCanStillBeMovedWhole()
{
    m_chart.measures[0].plannedStart = TimelineCharts::date("2012-03-01");
    m_chart.measures[0].plannedEnd = TimelineCharts::date("2012-03-06"); // x 120-132
    QCOMPARE(m_geometry->hitTest(QPointF(126, 60)).part, Part::Bar);
    QCOMPARE(m_geometry->hitTest(QPointF(121, 60)).part, Part::Start);
    QCOMPARE(m_geometry->hitTest(QPointF(131, 60)).part, Part::End);
}

void TestChartGeometry::barsStandInTheirRowsBand()
{
    const ChartGeometry::Metrics metrics;
    const Timeline::Span span =
        m_geometry->span(m_chart.measures.at(0).plannedStart, m_chart.measures.at(0).plannedEnd);
    QCOMPARE(m_geometry->plannedRect(2, span),
             QRectF(120, 50 + metrics.plannedTop, 62, metrics.plannedHeight));
    QCOMPARE(m_geometry->actualRect(2, span),
             QRectF(120, 50 + metrics.actualTop, 62, metrics.actualHeight));
    const QRectF diamond = m_geometry->milestoneRect(0, TimelineCharts::date("2012-H2"));
    QCOMPARE(diamond.center(), QPointF(548, 15));
    QCOMPARE(diamond.width(), metrics.milestoneSize);
}

QTEST_GUILESS_MAIN(TestChartGeometry)
#include "tst_chartgeometry.moc"
