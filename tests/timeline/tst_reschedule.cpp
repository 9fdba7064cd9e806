#include "models/timeline/reschedule.h"

#include <QTest>

using Domain::PlanDate;
using Timeline::Edge;
using Timeline::Period;
using Timeline::Reschedule;
using Timeline::Zoom;
using Precision = PlanDate::Precision;

namespace {

// A date from its code; "" is undated.
PlanDate date(const char *code)
{
    return *code ? PlanDate::fromCode(QString::fromLatin1(code)).value() : PlanDate();
}

QString code(const std::optional<Period> &period)
{
    if (!period)
        return QStringLiteral("refused");
    return period->start.toCode() + QLatin1String("..") + period->end.toCode();
}

} // namespace

// How a drag or an arrow key moves dates: the rules the README states, one row each.
class TestReschedule : public QObject
{
    Q_OBJECT

private slots:
    void datesMoveByTheRules_data();
    void datesMoveByTheRules();
    void stepsRoundToTheNearestWholeStep_data();
    void stepsRoundToTheNearestWholeStep();
    void dragOverFortyDaysAtMonthMovesAMonth();
    void shortDragChangesNothing();
    void milestoneAtWeekBecomesTheDayItWasDrawnOn();
    void milestoneKeepsItsPrecisionAtMonth();
    void undatedMilestoneCannotMove();
    void stepUnitIsTheCoarserOfZoomAndPrecision();
};

void TestReschedule::datesMoveByTheRules_data()
{
    QTest::addColumn<Zoom>("zoom");
    QTest::addColumn<Edge>("edge");
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("after");

    const auto row = [](const char *name, Zoom zoom, Edge edge, const char *start, const char *end,
                        int steps, const char *after) {
        QTest::newRow(name) << zoom << edge << code(Period{date(start), date(end)}) << steps
                            << QString::fromLatin1(after);
    };
    row("a month bar moves a month at Month", Zoom::Month, Edge::Whole, "2012-03", "2012-05", 1,
        "2012-04..2012-06");
    row("a quarter moves a quarter even at Month", Zoom::Month, Edge::Whole, "2012-Q1", "2012-Q2",
        1, "2012-Q2..2012-Q3");
    row("an autumn end one step later is spring", Zoom::Month, Edge::End, "2012-03", "2012-H2", 1,
        "2012-03..2013-H1");
    row("an autumn end one step earlier is spring of the same year", Zoom::Quarter, Edge::End,
        "2012-03", "2012-H2", -1, "2012-03..2012-H1");
    row("a day start keeps its day, or its month's last", Zoom::Month, Edge::Start, "2012-01-31",
        "2012-06-30", 1, "2012-02-29..2012-06-30");
    row("a day moves a year at Year", Zoom::Year, Edge::Start, "2012-02-29", "2014-01-01", 1,
        "2013-02-28..2014-01-01");
    row("a month end moves a quarter at Quarter, staying a month", Zoom::Quarter, Edge::End,
        "2012-01", "2012-05", 1, "2012-01..2012-08");
    row("Week turns a vague end into its last day", Zoom::Week, Edge::End, "2012-03", "2012-H2", 3,
        "2012-03..2013-01-03");
    row("Week turns a vague start into its first day", Zoom::Week, Edge::Start, "2012-H2",
        "2013-H1", -1, "2012-06-30..2013-H1");
    row("Week moves a whole bar by days, both ends days", Zoom::Week, Edge::Whole, "2012-Q3",
        "2012-Q4", 7, "2012-07-08..2013-01-07");
    row("a bar of mixed precisions moves by the coarser", Zoom::Month, Edge::Whole, "2012-03",
        "2012-H2", 1, "2012-09..2013-H1");
    row("a quarter moves a year at Year", Zoom::Year, Edge::Whole, "2012-Q3", "2012-Q4", 1,
        "2013-Q3..2013-Q4");
    row("an end before the start is refused", Zoom::Month, Edge::End, "2012-05", "2012-06", -2,
        "refused");
    row("a start after the end is refused", Zoom::Month, Edge::Start, "2012-05", "2012-06", 2,
        "refused");
    row("overlapping vague ends are accepted", Zoom::Quarter, Edge::End, "2012-H2", "2013-Q1", -1,
        "2012-H2..2012-Q4");
    row("a bar with an open end moves its start", Zoom::Month, Edge::Whole, "2012-03", "", 2,
        "2012-05..");
    row("an undated end cannot be moved", Zoom::Month, Edge::End, "2012-03", "", 1, "refused");
    row("an undated period cannot be moved", Zoom::Month, Edge::Whole, "", "", 1, "refused");
    row("zero steps change nothing, not even the precision", Zoom::Week, Edge::Whole, "2012-H2",
        "2013", 0, "2012-H2..2013");
    row("past the year 9999 is refused", Zoom::Year, Edge::Whole, "9999", "9999", 1, "refused");
}

void TestReschedule::datesMoveByTheRules()
{
    QFETCH(Zoom, zoom);
    QFETCH(Edge, edge);
    QFETCH(QString, before);
    QFETCH(int, steps);
    QFETCH(QString, after);
    const QStringList ends = before.split(QStringLiteral(".."));
    const Period period{ends.at(0).isEmpty() ? PlanDate() : *PlanDate::fromCode(ends.at(0)),
                        ends.at(1).isEmpty() ? PlanDate() : *PlanDate::fromCode(ends.at(1))};
    QCOMPARE(code(Reschedule::moved(period, edge, zoom, steps)), after);
}

void TestReschedule::stepsRoundToTheNearestWholeStep_data()
{
    QTest::addColumn<double>("days");
    QTest::addColumn<Precision>("unit");
    QTest::addColumn<int>("steps");

    QTest::newRow("half a day is a day") << 0.5 << Precision::Day << 1;
    QTest::newRow("a little less is none") << 0.49 << Precision::Day << 0;
    QTest::newRow("a month's days") << 31.0 << Precision::Month << 1;
    QTest::newRow("half a month is none") << 15.0 << Precision::Month << 0;
    QTest::newRow("back a quarter") << -80.0 << Precision::Quarter << -1;
    QTest::newRow("two half-years") << 350.0 << Precision::HalfYear << 2;
    QTest::newRow("a year") << 300.0 << Precision::Year << 1;
}

void TestReschedule::stepsRoundToTheNearestWholeStep()
{
    QFETCH(double, days);
    QFETCH(Precision, unit);
    QFETCH(int, steps);
    QCOMPARE(Reschedule::steps(days, unit), steps);
}

void TestReschedule::dragOverFortyDaysAtMonthMovesAMonth()
{
    const Period period{date("2012-03"), date("2012-05")};
    QCOMPARE(code(Reschedule::dragged(period, Edge::Whole, Zoom::Month, 40)),
             QStringLiteral("2012-04..2012-06"));
    QCOMPARE(code(Reschedule::dragged(period, Edge::End, Zoom::Month, -40)),
             QStringLiteral("2012-03..2012-04"));
}

void TestReschedule::shortDragChangesNothing()
{
    const Period period{date("2012-H2"), date("2013-H1")};
    QCOMPARE(Reschedule::dragged(period, Edge::Whole, Zoom::Month, 60), period);
}

void TestReschedule::milestoneAtWeekBecomesTheDayItWasDrawnOn()
{
    // The middle day of the second half of 2012 is 30 September; two days on is 2 October.
    QCOMPARE(Reschedule::draggedDate(date("2012-H2"), Zoom::Week, 2.2), date("2012-10-02"));
    QCOMPARE(Reschedule::movedDate(date("2012-06-30"), Zoom::Week, -1), date("2012-06-29"));
}

void TestReschedule::milestoneKeepsItsPrecisionAtMonth()
{
    QCOMPARE(Reschedule::movedDate(date("2012-H2"), Zoom::Month, 1), date("2013-H1"));
    QCOMPARE(Reschedule::draggedDate(date("2013-12"), Zoom::Month, -62), date("2013-10"));
}

void TestReschedule::undatedMilestoneCannotMove()
{
    QCOMPARE(Reschedule::movedDate(PlanDate(), Zoom::Month, 1), std::nullopt);
}

void TestReschedule::stepUnitIsTheCoarserOfZoomAndPrecision()
{
    QCOMPARE(Reschedule::stepUnit(Zoom::Week, Precision::Year), Precision::Day);
    QCOMPARE(Reschedule::stepUnit(Zoom::Month, Precision::Day), Precision::Month);
    QCOMPARE(Reschedule::stepUnit(Zoom::Month, Precision::HalfYear), Precision::HalfYear);
    QCOMPARE(Reschedule::stepUnit(Zoom::Year, Precision::Quarter), Precision::Year);
}

QTEST_GUILESS_MAIN(TestReschedule)
#include "tst_reschedule.moc"
