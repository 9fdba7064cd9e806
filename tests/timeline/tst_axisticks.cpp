#include "models/timeline/axisticks.h"

#include <QLocale>
#include <QTest>

using Timeline::AxisTicks;
using Timeline::DateScale;
using Timeline::Tick;
using Timeline::Zoom;

namespace {

QStringList labels(const QVector<Tick> &ticks)
{
    QStringList result;
    for (const Tick &tick : ticks)
        result.append(tick.label);
    return result;
}

QList<QDate> dates(const QVector<Tick> &ticks)
{
    QList<QDate> result;
    for (const Tick &tick : ticks)
        result.append(tick.date);
    return result;
}

} // namespace

// The axis's divisions at each zoom level, and the labels that stay in view while scrolling.
// In English (the source texts), with English month names.
class TestAxisTicks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void monthLevelNamesYearsAndMonths();
    void weekLevelNamesMonthsAndWeeksOverADayGrid();
    void quarterLevelNamesQuartersOverAMonthGrid();
    void yearLevelNamesYearsAndQuarters();
    void firstDivisionBeginsAtOrBeforeTheFirstDay();
    void ticksStandWhereTheScaleSays();
    void anEmptyStretchHasNoTicks();
    void stickyLabel_data();
    void stickyLabel();
};

void TestAxisTicks::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestAxisTicks::monthLevelNamesYearsAndMonths()
{
    const DateScale scale(QDate(2011, 11, 1), 4);
    const auto axis =
        AxisTicks::generate(scale, Zoom::Month, QDate(2011, 11, 15), QDate(2012, 2, 10));
    QCOMPARE(labels(axis.major), QStringList({QStringLiteral("2011"), QStringLiteral("2012")}));
    QCOMPARE(dates(axis.major), QList<QDate>({QDate(2011, 1, 1), QDate(2012, 1, 1)}));
    QCOMPARE(labels(axis.minor), QStringList({QStringLiteral("Nov"), QStringLiteral("Dec"),
                                              QStringLiteral("Jan"), QStringLiteral("Feb")}));
    QVERIFY(axis.grid.isEmpty());
}

void TestAxisTicks::weekLevelNamesMonthsAndWeeksOverADayGrid()
{
    const DateScale scale(QDate(2012, 2, 20), 24);
    // Wednesday 29 February to Monday 12 March 2012.
    const auto axis =
        AxisTicks::generate(scale, Zoom::Week, QDate(2012, 2, 29), QDate(2012, 3, 12));
    QCOMPARE(labels(axis.major),
             QStringList({QStringLiteral("February 2012"), QStringLiteral("March 2012")}));
    QCOMPARE(dates(axis.minor),
             QList<QDate>({QDate(2012, 2, 27), QDate(2012, 3, 5), QDate(2012, 3, 12)}));
    QCOMPARE(labels(axis.minor), QStringList({QStringLiteral("week 9"), QStringLiteral("week 10"),
                                              QStringLiteral("week 11")}));
    QCOMPARE(axis.grid.size(), 13); // every day, both ends included
    QVERIFY(labels(axis.grid).join(QString()).isEmpty());
}

void TestAxisTicks::quarterLevelNamesQuartersOverAMonthGrid()
{
    const DateScale scale(QDate(2012, 1, 1), 1.5);
    const auto axis =
        AxisTicks::generate(scale, Zoom::Quarter, QDate(2012, 5, 1), QDate(2013, 1, 1));
    QCOMPARE(labels(axis.major), QStringList({QStringLiteral("2012"), QStringLiteral("2013")}));
    QCOMPARE(labels(axis.minor), QStringList({QStringLiteral("Q2"), QStringLiteral("Q3"),
                                              QStringLiteral("Q4"), QStringLiteral("Q1")}));
    QCOMPARE(axis.grid.first().date, QDate(2012, 5, 1));
    QCOMPARE(axis.grid.size(), 9);
}

void TestAxisTicks::yearLevelNamesYearsAndQuarters()
{
    const DateScale scale(QDate(2009, 12, 1), 0.5);
    const auto axis =
        AxisTicks::generate(scale, Zoom::Year, QDate(2009, 12, 1), QDate(2013, 12, 31));
    QCOMPARE(labels(axis.major),
             QStringList({QStringLiteral("2009"), QStringLiteral("2010"), QStringLiteral("2011"),
                          QStringLiteral("2012"), QStringLiteral("2013")}));
    QCOMPARE(axis.minor.size(), 17); // Q4 2009 and four quarters of each later year
    QVERIFY(axis.grid.isEmpty());
}

void TestAxisTicks::firstDivisionBeginsAtOrBeforeTheFirstDay()
{
    for (const Zoom zoom : {Zoom::Week, Zoom::Month, Zoom::Quarter, Zoom::Year}) {
        const DateScale scale(QDate(2012, 1, 1), Timeline::pixelsPerDay(zoom));
        const QDate first(2012, 8, 17);
        const auto axis = AxisTicks::generate(scale, zoom, first, QDate(2013, 3, 3));
        QVERIFY(axis.major.first().date <= first);
        QVERIFY(axis.minor.first().date <= first);
        QVERIFY(axis.minor.size() < 2 || axis.minor.at(1).date > first);
        QVERIFY(axis.major.constLast().date <= QDate(2013, 3, 3));
    }
}

void TestAxisTicks::ticksStandWhereTheScaleSays()
{
    const DateScale scale(QDate(2012, 1, 1), 4);
    const auto axis =
        AxisTicks::generate(scale, Zoom::Month, QDate(2012, 1, 1), QDate(2012, 12, 31));
    for (const Tick &tick : axis.minor)
        QCOMPARE(tick.x, scale.x(tick.date));
    QCOMPARE(axis.minor.at(2).x, 60.0 * 4); // 1 March 2012: 31 + 29 days on
}

void TestAxisTicks::anEmptyStretchHasNoTicks()
{
    const DateScale scale(QDate(2012, 1, 1), 4);
    const auto axis = AxisTicks::generate(scale, Zoom::Month, QDate(2012, 3, 1), QDate(2012, 2, 1));
    QVERIFY(axis.major.isEmpty() && axis.minor.isEmpty() && axis.grid.isEmpty());
}

void TestAxisTicks::stickyLabel_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::addColumn<double>("viewLeft");
    QTest::addColumn<double>("x");

    // A label 40 wide with padding 5.
    QTest::newRow("division in view: at its start") << 100.0 << 600.0 << 0.0 << 105.0;
    QTest::newRow("division starts at the view's edge") << 100.0 << 600.0 << 100.0 << 105.0;
    QTest::newRow("scrolled into the division: pinned to the edge")
        << 100.0 << 600.0 << 300.0 << 305.0;
    QTest::newRow("near its end: pushed out by the next") << 100.0 << 600.0 << 580.0 << 555.0;
    QTest::newRow("division wholly left of the view") << 100.0 << 600.0 << 700.0 << 555.0;
}

void TestAxisTicks::stickyLabel()
{
    QFETCH(double, start);
    QFETCH(double, end);
    QFETCH(double, viewLeft);
    QFETCH(double, x);
    QCOMPARE(AxisTicks::stickyLabelX(start, end, 40, viewLeft, 5), x);
}

QTEST_GUILESS_MAIN(TestAxisTicks)
#include "tst_axisticks.moc"
