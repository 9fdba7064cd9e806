#include "models/timeline/chartbuilder.h"

#include "models/projectdata.h"
#include "tests/models/seededworkspace.h"
#include "tests/timeline/everyprecision.h"

#include <QTest>

using namespace TestSupport;
using Timeline::Chart;
using Timeline::ChartBuilder;
using Timeline::Grouping;

namespace {

const QDate today(2012, 6, 1);

QStringList titles(const Chart &chart, const QVector<int> &indices)
{
    QStringList result;
    for (const int index : indices)
        result.append(chart.measures.at(index).title);
    return result;
}

QStringList groupTitles(const Chart &chart)
{
    QStringList result;
    for (const Timeline::ChartGroup &group : chart.groups)
        result.append(group.title);
    return result;
}

} // namespace

// The chart of a stored project: grouped, ordered, rated on the day it is built for, with what
// has no date set apart. Over a seeded database with the project of every precision imported.
class TestChartBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void measuresAreGroupedUnderEveryGoalTheyServeInOrderOfStart();
    void measuresAreGroupedByResponsibleOrganisation();
    void undatedMeasuresAndMilestonesAreSetApart();
    void milestonesGoToTheirMeasureOrToTheProject();
    void lightsAreThoseOfTheDayItIsBuiltFor();
    void extentCoversEverythingDatedAndTheDefaultRangePadsIt();
    void theSeedsTrainingIsDatedByItsHalfYear();
    void nothingLoadedIsAnEmptyChart();

private:
    Chart build(Grouping grouping, QDate day = today);

    std::unique_ptr<SeededWorkspace> m_seeded;
    std::unique_ptr<Models::ProjectData> m_data;
};

void TestChartBuilder::init()
{
    m_seeded = std::make_unique<SeededWorkspace>();
    QVERIFY2(m_seeded->isValid(), qPrintable(m_seeded->error()));
    QCOMPARE(m_seeded->importJson(EveryPrecision::json()), QString());
    m_data = std::make_unique<Models::ProjectData>(m_seeded->repositories());
    QVERIFY(m_data->load(m_seeded->projectId(EveryPrecision::project)).ok());
}

void TestChartBuilder::cleanup()
{
    m_data.reset();
    m_seeded.reset();
}

Chart TestChartBuilder::build(Grouping grouping, QDate day)
{
    return ChartBuilder::build(*m_data, grouping, day);
}

void TestChartBuilder::measuresAreGroupedUnderEveryGoalTheyServeInOrderOfStart()
{
    const Chart chart = build(Grouping::Goal);
    QCOMPARE(chart.grouping, Grouping::Goal);
    QCOMPARE(groupTitles(chart), QStringList({QStringLiteral("Hovedmål A: bedre tjenester"),
                                              QStringLiteral("Delmål A1: felles rutiner"),
                                              QStringLiteral("Hovedmål B: samhandling")}));
    QCOMPARE(chart.groups.at(1).depth, 1);
    QCOMPARE(titles(chart, chart.groups.at(0).members),
             QStringList({QStringLiteral("Måneder"), QStringLiteral("Kvartaler"),
                          QStringLiteral("Åpen slutt")}));
    QCOMPARE(titles(chart, chart.groups.at(1).members),
             QStringList({QStringLiteral("Dager"), QStringLiteral("Avlyst")}));
    // "Kvartaler" serves both main goals, and is shown under both.
    QCOMPARE(titles(chart, chart.groups.at(2).members),
             QStringList({QStringLiteral("Kvartaler"), QStringLiteral("Halvår: opplæringsprogram"),
                          QStringLiteral("Et helt år")}));
}

void TestChartBuilder::measuresAreGroupedByResponsibleOrganisation()
{
    const Chart chart = build(Grouping::ResponsibleOrganisation);
    QCOMPARE(groupTitles(chart),
             QStringList({QStringLiteral("Testkommunen"), QStringLiteral("Testsykehuset"),
                          QStringLiteral("No responsible organisation given")}));
    QCOMPARE(titles(chart, chart.groups.at(0).members),
             QStringList({QStringLiteral("Dager"), QStringLiteral("Kvartaler"),
                          QStringLiteral("Halvår: opplæringsprogram")}));
    QCOMPARE(titles(chart, chart.groups.at(1).members),
             QStringList({QStringLiteral("Måneder"), QStringLiteral("Kvartaler"),
                          QStringLiteral("Åpen slutt")}));
    QCOMPARE(titles(chart, chart.groups.at(2).members),
             QStringList({QStringLiteral("Avlyst"), QStringLiteral("Et helt år")}));
}

void TestChartBuilder::undatedMeasuresAndMilestonesAreSetApart()
{
    const Chart chart = build(Grouping::Goal);
    QCOMPARE(titles(chart, chart.undatedMeasures), QStringList{EveryPrecision::undatedTitle});
    QCOMPARE(chart.undatedMilestones.size(), 1);
    QCOMPARE(chart.undatedMilestones.first().title, EveryPrecision::undatedMilestoneTitle);
    for (const Timeline::ChartGroup &group : chart.groups)
        QVERIFY(!titles(chart, group.members).contains(EveryPrecision::undatedTitle));
}

void TestChartBuilder::milestonesGoToTheirMeasureOrToTheProject()
{
    const Chart chart = build(Grouping::Goal);
    QStringList project;
    for (const Timeline::ChartMilestone &milestone : chart.projectMilestones)
        project.append(milestone.title);
    QCOMPARE(project,
             QStringList({QStringLiteral("Oppstartsseminar"), QStringLiteral("Felles opplæring"),
                          QStringLiteral("Sluttrapport")}));
    const Timeline::ChartMeasure &quarters =
        chart.measures.at(chart.indexOf(EveryPrecision::quarters));
    QCOMPARE(quarters.milestones.size(), 1);
    QCOMPARE(quarters.milestones.first().uuid, EveryPrecision::interimReport);
    QCOMPARE(quarters.milestones.first().date.toCode(), QStringLiteral("2012-06-30"));
    QCOMPARE(chart.projectMilestones.at(1).date.toCode(), QStringLiteral("2012-H2"));
}

void TestChartBuilder::lightsAreThoseOfTheDayItIsBuiltFor()
{
    Chart chart = build(Grouping::Goal);
    QCOMPARE(chart.today, today);
    const auto measure = [&chart](const QUuid &uuid) {
        return chart.measures.at(chart.indexOf(uuid));
    };
    QCOMPARE(measure(EveryPrecision::days).rag, Domain::Rag::Green);
    QCOMPARE(measure(EveryPrecision::months).rag, Domain::Rag::Red); // ended in March
    QCOMPARE(measure(EveryPrecision::cancelled).rag, Domain::Rag::None);
    QVERIFY(!measure(EveryPrecision::quarters).milestones.first().overdue);

    // As of a later day the interim report of 30 June is overdue, and the months are still red.
    chart = build(Grouping::Goal, QDate(2012, 7, 1));
    QCOMPARE(chart.today, QDate(2012, 7, 1));
    QVERIFY(measure(EveryPrecision::quarters).milestones.first().overdue);
    QCOMPARE(measure(EveryPrecision::months).rag, Domain::Rag::Red);
}

void TestChartBuilder::extentCoversEverythingDatedAndTheDefaultRangePadsIt()
{
    const Chart chart = build(Grouping::Goal);
    QCOMPARE(chart.first, QDate(2011, 1, 1));
    QCOMPARE(chart.last, QDate(2013, 12, 31));
    QCOMPARE(chart.projectStart, QDate(2011, 1, 1));
    const auto [first, last] = ChartBuilder::defaultRange(chart);
    QCOMPARE(first, QDate(2010, 12, 1));
    QCOMPARE(last, QDate(2014, 1, 31));
}

void TestChartBuilder::theSeedsTrainingIsDatedByItsHalfYear()
{
    QVERIFY(m_data->load(m_seeded->projectId(Seed::project)).ok());
    const Chart chart = build(Grouping::Goal);
    QCOMPARE(chart.title, Seed::projectName);
    // Only the training is planned ("høsten 2012"); the other two measures have no date.
    QVERIFY(!chart.groups.isEmpty());
    for (const Timeline::ChartGroup &group : chart.groups)
        QCOMPARE(titles(chart, group.members), QStringList{Seed::coordinatorMeasure});
    QCOMPARE(titles(chart, chart.undatedMeasures),
             QStringList({Seed::exchangeMeasure, Seed::referralMeasure}));
    const Timeline::ChartMeasure &training =
        chart.measures.at(chart.groups.first().members.first());
    QCOMPARE(training.plannedStart, Domain::PlanDate::halfYear(2012, 2));
    QCOMPARE(chart.first, QDate(2009, 12, 1)); // the project's period still shows
    QCOMPARE(chart.last, QDate(2013, 12, 31));
}

void TestChartBuilder::nothingLoadedIsAnEmptyChart()
{
    m_data->clear();
    const Chart chart = build(Grouping::Goal);
    QVERIFY(chart.measures.isEmpty() && chart.groups.isEmpty() && !chart.first.isValid());
    QCOMPARE(chart.today, today);
    const auto [first, last] = ChartBuilder::defaultRange(chart);
    QVERIFY(first < today && today < last);
}

QTEST_GUILESS_MAIN(TestChartBuilder)
#include "tst_chartbuilder.moc"
