#include "models/timeline/datescale.h"
#include "models/timeline/zoom.h"

#include <QTest>

using Timeline::DateScale;
using Timeline::Zoom;

// Date <-> x, and the zoom levels' scales.
class TestDateScale : public QObject
{
    Q_OBJECT

private slots:
    void xOfADay_data();
    void xOfADay();
    void dateAtIsTheDayWhoseColumnHoldsX_data();
    void dateAtIsTheDayWhoseColumnHoldsX();
    void dateAtUndoesX();
    void widthCountsBothEnds();
    void zoomForPicksTheNearestLevel_data();
    void zoomForPicksTheNearestLevel();
    void zoomCodesRoundTrip();
};

void TestDateScale::xOfADay_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("xAfter");

    QTest::newRow("the origin begins at 0") << 4.0 << QDate(2012, 1, 1) << 0.0 << 4.0;
    QTest::newRow("a month later") << 4.0 << QDate(2012, 2, 1) << 124.0 << 128.0;
    QTest::newRow("over a leap day") << 1.0 << QDate(2013, 1, 1) << 366.0 << 367.0;
    QTest::newRow("before the origin is negative") << 2.0 << QDate(2011, 12, 31) << -2.0 << 0.0;
    QTest::newRow("fractional scale") << 0.5 << QDate(2012, 1, 4) << 1.5 << 2.0;
}

void TestDateScale::xOfADay()
{
    QFETCH(double, pixelsPerDay);
    QFETCH(QDate, day);
    QFETCH(double, x);
    QFETCH(double, xAfter);
    const DateScale scale(QDate(2012, 1, 1), pixelsPerDay);
    QCOMPARE(scale.x(day), x);
    QCOMPARE(scale.xAfter(day), xAfter);
}

void TestDateScale::dateAtIsTheDayWhoseColumnHoldsX_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<QDate>("day");

    QTest::newRow("left edge of the origin") << 0.0 << QDate(2012, 1, 1);
    QTest::newRow("inside the origin") << 23.9 << QDate(2012, 1, 1);
    QTest::newRow("left edge of the next day") << 24.0 << QDate(2012, 1, 2);
    QTest::newRow("just before the origin") << -0.1 << QDate(2011, 12, 31);
    QTest::newRow("a week before") << -168.0 << QDate(2011, 12, 25);
}

void TestDateScale::dateAtIsTheDayWhoseColumnHoldsX()
{
    QFETCH(double, x);
    QFETCH(QDate, day);
    QCOMPARE(DateScale(QDate(2012, 1, 1), 24).dateAt(x), day);
}

void TestDateScale::dateAtUndoesX()
{
    for (const double pixels : {24.0, 4.0, 1.5, 0.5, 0.37}) {
        const DateScale scale(QDate(2009, 12, 1), pixels);
        for (QDate day(2009, 1, 1); day < QDate(2014, 1, 1); day = day.addDays(13)) {
            QCOMPARE(scale.dateAt(scale.x(day)), day);
            QCOMPARE(scale.dateAt(scale.xAfter(day) - pixels / 10), day);
        }
    }
}

void TestDateScale::widthCountsBothEnds()
{
    const DateScale scale(QDate(2012, 1, 1), 2);
    QCOMPARE(scale.width(QDate(2012, 1, 1), QDate(2012, 1, 1)), 2.0);
    QCOMPARE(scale.width(QDate(2012, 1, 1), QDate(2012, 12, 31)), 732.0);
    QCOMPARE(scale.days(10.0), 5.0);
}

void TestDateScale::zoomForPicksTheNearestLevel_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::addColumn<Zoom>("zoom");

    for (const Zoom zoom : {Zoom::Week, Zoom::Month, Zoom::Quarter, Zoom::Year})
        QTest::addRow("%s exactly", qPrintable(Timeline::toCode(zoom)))
            << Timeline::pixelsPerDay(zoom) << zoom;
    QTest::newRow("far in") << 200.0 << Zoom::Week;
    QTest::newRow("between week and month, nearer month") << 9.0 << Zoom::Month;
    QTest::newRow("between week and month, nearer week") << 11.0 << Zoom::Week;
    QTest::newRow("a four-year project on 900 pixels") << 0.6 << Zoom::Year;
    QTest::newRow("far out") << 0.01 << Zoom::Year;
}

void TestDateScale::zoomForPicksTheNearestLevel()
{
    QFETCH(double, pixelsPerDay);
    QFETCH(Zoom, zoom);
    QCOMPARE(Timeline::zoomFor(pixelsPerDay), zoom);
}

void TestDateScale::zoomCodesRoundTrip()
{
    for (const Zoom zoom : {Zoom::Week, Zoom::Month, Zoom::Quarter, Zoom::Year})
        QCOMPARE(Timeline::zoomFromCode(Timeline::toCode(zoom)), zoom);
    QCOMPARE(Timeline::zoomFromCode(QStringLiteral("Month")), std::nullopt);
    QCOMPARE(Timeline::zoomFromCode(QString()), std::nullopt);
}

QTEST_GUILESS_MAIN(TestDateScale)
#include "tst_datescale.moc"
