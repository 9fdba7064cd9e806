#include "models/timeline/span.h"
#include "tests/timeline/timelinecharts.h"

#include <QTest>

using Timeline::DateScale;
using Timeline::Span;
using TimelineCharts::date;

// Where bars and their vague edges lie: one pixel a day from 1 January 2012.
class TestSpan : public QObject
{
    Q_OBJECT

private slots:
    void spans_data();
    void spans();
    void openEndsFadeOverTheirLength();
    void undatedPeriodHasNoSpan();
    void marksStandInTheMiddleOfTheirInterval();
};

void TestSpan::spans_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QList<double>>("edges"); // outer start, inner start, inner end, outer end
    QTest::addColumn<bool>("sharpStart");
    QTest::addColumn<bool>("sharpEnd");

    // Days of 2012 from 1 January: 1 Mar is 60, 1 Jul 182, 1 Oct 274, 1 Jan 2013 366.
    QTest::newRow("days are sharp, the end day included")
        << "2012-03-01"
        << "2012-03-31" << QList<double>{60, 60, 91, 91} << true << true;
    QTest::newRow("a month fades over its month")
        << "2012-03"
        << "2012-06" << QList<double>{60, 91, 152, 182} << false << false;
    QTest::newRow("a half-year start and a day end")
        << "2012-H2"
        << "2013-01-31" << QList<double>{182, 366, 397, 397} << false << true;
    QTest::newRow("the same quarter at both ends: certain in its middle only")
        << "2012-Q3"
        << "2012-Q3" << QList<double>{182, 228, 228, 274} << false << false;
    QTest::newRow("overlapping half-year and quarter")
        << "2012-H2"
        << "2012-Q4" << QList<double>{182, 320, 320, 366} << false << false;
    QTest::newRow("a year") << "2012"
                            << "2012" << QList<double>{0, 183, 183, 366} << false << false;
}

void TestSpan::spans()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QList<double>, edges);
    QFETCH(bool, sharpStart);
    QFETCH(bool, sharpEnd);
    const Span span =
        Timeline::spanOf(DateScale(QDate(2012, 1, 1), 1), *Domain::PlanDate::fromCode(start),
                         *Domain::PlanDate::fromCode(end), 40);
    QVERIFY(span.valid);
    QCOMPARE(QList<double>({span.outerStart, span.innerStart, span.innerEnd, span.outerEnd}),
             edges);
    QCOMPARE(span.sharpStart(), sharpStart);
    QCOMPARE(span.sharpEnd(), sharpEnd);
    QVERIFY(!span.openStart && !span.openEnd);
}

void TestSpan::openEndsFadeOverTheirLength()
{
    const DateScale scale(QDate(2012, 1, 1), 1);
    const Span openEnd = Timeline::spanOf(scale, date("2012-03-01"), date(""), 40);
    QVERIFY(openEnd.valid && openEnd.openEnd && !openEnd.openStart);
    QCOMPARE(
        QList<double>({openEnd.outerStart, openEnd.innerStart, openEnd.innerEnd, openEnd.outerEnd}),
        QList<double>({60, 60, 61, 101}));
    QVERIFY(!openEnd.sharpEnd());

    const Span openStart = Timeline::spanOf(scale, date(""), date("2012-Q2"), 40);
    QVERIFY(openStart.openStart && !openStart.openEnd);
    QCOMPARE(QList<double>({openStart.outerStart, openStart.innerStart, openStart.innerEnd,
                            openStart.outerEnd}),
             QList<double>({51, 91, 91, 182}));
}

void TestSpan::undatedPeriodHasNoSpan()
{
    QVERIFY(!Timeline::spanOf(DateScale(), date(""), date(""), 40).valid);
}

void TestSpan::marksStandInTheMiddleOfTheirInterval()
{
    const DateScale scale(QDate(2012, 1, 1), 2);
    const Timeline::Mark day = Timeline::markOf(scale, date("2012-01-11"));
    QCOMPARE(day.centre, 21.0);
    QCOMPARE(day.first, 20.0);
    QCOMPARE(day.last, 22.0);
    const Timeline::Mark autumn = Timeline::markOf(scale, date("2012-H2"));
    QCOMPARE(autumn.first, 364.0);
    QCOMPARE(autumn.last, 732.0);
    QCOMPARE(autumn.centre, 548.0);
}

QTEST_GUILESS_MAIN(TestSpan)
#include "tst_span.moc"
