// The follow-up rules of models/domain/rules.h: overdue, expected progress, RAG of a measure,
// combining ratings, and the roll-up from measures to goals and project. Every rule is tested
// on both sides of its boundary; "today" is always given, never the clock.

#include "models/domain/organisation.h"
#include "models/domain/rules.h"
#include "tests/support/domaintostring.h"

#include <QTest>

using namespace Domain;

Q_DECLARE_METATYPE(Domain::Status)
Q_DECLARE_METATYPE(Domain::Rag)
Q_DECLARE_METATYPE(Domain::OrganisationKind)
Q_DECLARE_METATYPE(Domain::AdministrativeLevel)
Q_DECLARE_METATYPE(Domain::MeasureRule)
Q_DECLARE_METATYPE(Domain::ProjectRule)

namespace {

const QDate Today(2012, 6, 15);

// A measure described in a few words, for tables: "<status code> [<progress>] [late]".
// "late" puts the planned end before Today; otherwise the measure is undated.
Measure measureFrom(const QString &spec)
{
    Measure measure;
    measure.uuid = QUuid::createUuid();
    measure.title = spec;
    const QStringList words = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    measure.status = fromCode<Status>(words.value(0)).value();
    for (const QString &word : words.mid(1)) {
        if (word == QLatin1String("late")) {
            measure.plannedStart = PlanDate::day(Today.addMonths(-6));
            measure.plannedEnd = PlanDate::day(Today.addDays(-1));
        } else {
            bool ok = false;
            measure.progress = word.toInt(&ok);
            if (!ok)
                qFatal("not a measure description: %s", qPrintable(spec));
        }
    }
    return measure;
}

QVector<Measure> measuresFrom(const QStringList &specs)
{
    QVector<Measure> measures;
    for (const QString &spec : specs)
        measures.append(measureFrom(spec));
    return measures;
}

// Ratings written as letters: G(reen), A(mber), R(ed), N(one).
QVector<Rag> ratingsFrom(const QString &letters)
{
    QVector<Rag> ratings;
    for (QChar letter : letters) {
        switch (letter.toLatin1()) {
        case 'G':
            ratings.append(Rag::Green);
            break;
        case 'A':
            ratings.append(Rag::Amber);
            break;
        case 'R':
            ratings.append(Rag::Red);
            break;
        default:
            ratings.append(Rag::None);
            break;
        }
    }
    return ratings;
}

std::optional<int> optionalPercent(int value)
{
    return value < 0 ? std::nullopt : std::optional<int>(value);
}

Goal goal(const QString &text, const QUuid &parent = QUuid())
{
    Goal goal;
    goal.uuid = QUuid::createUuid();
    goal.parentUuid = parent;
    goal.text = text;
    return goal;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void measureIsOverdueOnlyAfterItsPlannedEndWhileOpen_data();
    void measureIsOverdueOnlyAfterItsPlannedEndWhileOpen();
    void activityIsOverdueAfterItsDueDateUntilDone_data();
    void activityIsOverdueAfterItsDueDateUntilDone();
    void milestoneIsOverdueAfterItsDateUntilDone_data();
    void milestoneIsOverdueAfterItsDateUntilDone();
    void projectIsOverdueAfterItsEndWhileOpen_data();
    void projectIsOverdueAfterItsEndWhileOpen();
    void planDatesCountByTheirInterval_data();
    void planDatesCountByTheirInterval();
    void expectedProgressRunsFromFirstToLastDay();
    void notRatedMeasuresAreCountedApart();

    void expectedProgressAdvancesEvenlyOverThePlannedPeriod_data();
    void expectedProgressAdvancesEvenlyOverThePlannedPeriod();

    void ragOfMeasureFollowsTheFirstMatchingRule_data();
    void ragOfMeasureFollowsTheFirstMatchingRule();

    void combinedRatingTurnsRedFromOneThirdRed_data();
    void combinedRatingTurnsRedFromOneThirdRed();

    void rollUpOfMeasures_data();
    void rollUpOfMeasures();
    void rollUpReturnsRatingsOfEveryMeasureCombined();

    void goalCountsAMeasureLinkedToItAndItsSubGoalOnce();
    void goalWithoutMeasuresIsNotRated();
    void goalRatingCombinesTheMeasuresOfItsWholeSubtree();
    void linkToAnUnknownGoalIsIgnored();
    void cyclicGoalsDoNotHangTheRollUp();

    void rollUpOfProject_data();
    void rollUpOfProject();

    void administrativeLevelFollowsOrganisationKind_data();
    void administrativeLevelFollowsOrganisationKind();

    void measureRatingNamesTheRuleThatGaveTheLight_data();
    void measureRatingNamesTheRuleThatGaveTheLight();
    void projectRatingNamesTheRuleThatDecided_data();
    void projectRatingNamesTheRuleThatDecided();
};

// --- overdue

void TestRules::measureIsOverdueOnlyAfterItsPlannedEndWhileOpen_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QDate>("plannedEnd");
    QTest::addColumn<bool>("overdue");

    const QDate yesterday = Today.addDays(-1);
    QTest::newRow("in progress, ended yesterday") << Status::InProgress << yesterday << true;
    QTest::newRow("in progress, ends today") << Status::InProgress << Today << false;
    QTest::newRow("in progress, ends tomorrow") << Status::InProgress << Today.addDays(1) << false;
    QTest::newRow("in progress, undated") << Status::InProgress << QDate() << false;
    QTest::newRow("planned, ended yesterday") << Status::Planned << yesterday << true;
    QTest::newRow("postponed, ended yesterday") << Status::Postponed << yesterday << true;
    QTest::newRow("completed, ended last year") << Status::Completed << Today.addYears(-1) << false;
    QTest::newRow("cancelled, ended last year") << Status::Cancelled << Today.addYears(-1) << false;
}

void TestRules::measureIsOverdueOnlyAfterItsPlannedEndWhileOpen()
{
    QFETCH(Status, status);
    QFETCH(QDate, plannedEnd);
    QFETCH(bool, overdue);

    Measure measure;
    measure.status = status;
    measure.plannedEnd = PlanDate::day(plannedEnd);

    QCOMPARE(isOverdue(measure, Today), overdue);
}

void TestRules::activityIsOverdueAfterItsDueDateUntilDone_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("done");
    QTest::addColumn<bool>("overdue");

    QTest::newRow("due yesterday, open") << Today.addDays(-1) << false << true;
    QTest::newRow("due yesterday, done") << Today.addDays(-1) << true << false;
    QTest::newRow("due today, open") << Today << false << false;
    QTest::newRow("due tomorrow, open") << Today.addDays(1) << false << false;
    QTest::newRow("undated, open") << QDate() << false << false;
}

void TestRules::activityIsOverdueAfterItsDueDateUntilDone()
{
    QFETCH(QDate, due);
    QFETCH(bool, done);
    QFETCH(bool, overdue);

    Activity activity;
    activity.title = QStringLiteral("Call the GPs");
    activity.due = PlanDate::day(due);
    activity.done = done;

    QCOMPARE(isOverdue(activity, Today), overdue);
}

void TestRules::milestoneIsOverdueAfterItsDateUntilDone_data()
{
    activityIsOverdueAfterItsDueDateUntilDone_data();
}

void TestRules::milestoneIsOverdueAfterItsDateUntilDone()
{
    QFETCH(QDate, due);
    QFETCH(bool, done);
    QFETCH(bool, overdue);

    Milestone milestone;
    milestone.title = QStringLiteral("Steering group meeting");
    milestone.date = PlanDate::day(due);
    milestone.done = done;

    QCOMPARE(isOverdue(milestone, Today), overdue);
}

void TestRules::projectIsOverdueAfterItsEndWhileOpen_data()
{
    measureIsOverdueOnlyAfterItsPlannedEndWhileOpen_data();
}

void TestRules::projectIsOverdueAfterItsEndWhileOpen()
{
    QFETCH(Status, status);
    QFETCH(QDate, plannedEnd);
    QFETCH(bool, overdue);

    Project project;
    project.name = QStringLiteral("Samhandling");
    project.start = Today.addYears(-3);
    project.end = plannedEnd;
    project.status = status;

    QCOMPARE(isOverdue(project, Today), overdue);
}

// --- expected progress

void TestRules::expectedProgressAdvancesEvenlyOverThePlannedPeriod_data()
{
    QTest::addColumn<QDate>("plannedStart");
    QTest::addColumn<QDate>("plannedEnd");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("expected"); // -1: no expectation

    const QDate start(2021, 1, 1);
    const QDate end(2021, 1, 11); // ten days
    QTest::newRow("no planned start") << QDate() << end << start << -1;
    QTest::newRow("no planned end") << start << QDate() << start << -1;
    QTest::newRow("undated") << QDate() << QDate() << start << -1;
    QTest::newRow("before the start") << start << end << start.addDays(-5) << 0;
    QTest::newRow("on the start day") << start << end << start << 0;
    QTest::newRow("one day in") << start << end << start.addDays(1) << 10;
    QTest::newRow("half way") << start << end << start.addDays(5) << 50;
    QTest::newRow("on the end day") << start << end << end << 100;
    QTest::newRow("after the end") << start << end << end.addMonths(3) << 100;
    // Three days: one third and two thirds are rounded down.
    QTest::newRow("one third") << start << start.addDays(3) << start.addDays(1) << 33;
    QTest::newRow("two thirds") << start << start.addDays(3) << start.addDays(2) << 66;
    QTest::newRow("one-day period, on its day") << start << start << start << 0;
    QTest::newRow("one-day period, day after") << start << start << start.addDays(1) << 100;
}

void TestRules::expectedProgressAdvancesEvenlyOverThePlannedPeriod()
{
    QFETCH(QDate, plannedStart);
    QFETCH(QDate, plannedEnd);
    QFETCH(QDate, today);
    QFETCH(int, expected);

    Measure measure;
    measure.plannedStart = PlanDate::day(plannedStart);
    measure.plannedEnd = PlanDate::day(plannedEnd);

    QCOMPARE(expectedProgress(measure, today), optionalPercent(expected));
}

// --- RAG of one measure

void TestRules::ragOfMeasureFollowsTheFirstMatchingRule_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QDate>("plannedStart");
    QTest::addColumn<QDate>("plannedEnd");
    QTest::addColumn<int>("progress"); // -1: not assessed
    QTest::addColumn<QDate>("activityDue");
    QTest::addColumn<bool>("activityDone");
    QTest::addColumn<Rag>("rag");

    const QDate none;
    const QDate lastYear = Today.addYears(-1);
    const QDate yesterday = Today.addDays(-1);
    const QDate tomorrow = Today.addDays(1);
    const QDate nextYear = Today.addYears(1);
    // A period of which Today is exactly half: 50 % expected.
    const QDate halfStart = Today.addDays(-10);
    const QDate halfEnd = Today.addDays(10);

    // cancelled -> none, whatever else holds
    QTest::newRow("cancelled and long overdue is not rated")
        << Status::Cancelled << lastYear << yesterday << 0 << yesterday << false << Rag::None;
    // completed -> green
    QTest::newRow("completed after its planned end is green")
        << Status::Completed << lastYear << yesterday << 100 << yesterday << false << Rag::Green;
    // overdue -> red
    QTest::newRow("in progress past its planned end is red")
        << Status::InProgress << lastYear << yesterday << 90 << none << false << Rag::Red;
    QTest::newRow("planned past its planned end is red")
        << Status::Planned << lastYear << yesterday << -1 << none << false << Rag::Red;
    QTest::newRow("postponed past its planned end is red, not amber")
        << Status::Postponed << lastYear << yesterday << -1 << none << false << Rag::Red;
    QTest::newRow("on its planned end day it is not overdue")
        << Status::InProgress << lastYear << Today << 100 << none << false << Rag::Green;
    // postponed -> amber
    QTest::newRow("postponed is amber")
        << Status::Postponed << tomorrow << nextYear << -1 << none << false << Rag::Amber;
    QTest::newRow("postponed and undated is amber")
        << Status::Postponed << none << none << -1 << none << false << Rag::Amber;
    // planned after its planned start -> amber
    QTest::newRow("planned, start passed yesterday, is amber")
        << Status::Planned << yesterday << nextYear << -1 << none << false << Rag::Amber;
    QTest::newRow("planned, starting today, is green")
        << Status::Planned << Today << nextYear << -1 << none << false << Rag::Green;
    QTest::newRow("planned, starting tomorrow, is green")
        << Status::Planned << tomorrow << nextYear << -1 << none << false << Rag::Green;
    // nothing assessed and nothing dated -> not rated
    QTest::newRow("planned, undated and not assessed is not rated")
        << Status::Planned << none << none << -1 << none << false << Rag::None;
    QTest::newRow("in progress, undated and not assessed is not rated")
        << Status::InProgress << none << none << -1 << none << false << Rag::None;
    QTest::newRow("undated with its progress assessed is green")
        << Status::InProgress << none << none << 30 << none << false << Rag::Green;
    // progress trails the expected progress by more than the margin -> amber
    QTest::newRow("trailing by exactly the 25-point margin is green")
        << Status::InProgress << halfStart << halfEnd << 25 << none << false << Rag::Green;
    QTest::newRow("trailing by 26 points is amber")
        << Status::InProgress << halfStart << halfEnd << 24 << none << false << Rag::Amber;
    QTest::newRow("ahead of schedule is green")
        << Status::InProgress << halfStart << halfEnd << 80 << none << false << Rag::Green;
    QTest::newRow("on the planned end day with 75 % is green")
        << Status::InProgress << lastYear << Today << 75 << none << false << Rag::Green;
    QTest::newRow("on the planned end day with 74 % is amber")
        << Status::InProgress << lastYear << Today << 74 << none << false << Rag::Amber;
    QTest::newRow("progress not assessed is not taken as behind")
        << Status::InProgress << halfStart << halfEnd << -1 << none << false << Rag::Green;
    QTest::newRow("in progress without dates is green")
        << Status::InProgress << none << none << 0 << none << false << Rag::Green;
    // an activity is overdue -> amber
    QTest::newRow("an overdue activity makes it amber")
        << Status::InProgress << halfStart << halfEnd << 50 << yesterday << false << Rag::Amber;
    QTest::newRow("an activity due today does not")
        << Status::InProgress << halfStart << halfEnd << 50 << Today << false << Rag::Green;
    QTest::newRow("a done activity past its date does not")
        << Status::InProgress << halfStart << halfEnd << 50 << yesterday << true << Rag::Green;
    QTest::newRow("an overdue activity of a planned measure makes it amber")
        << Status::Planned << tomorrow << nextYear << -1 << yesterday << false << Rag::Amber;
}

void TestRules::ragOfMeasureFollowsTheFirstMatchingRule()
{
    QFETCH(Status, status);
    QFETCH(QDate, plannedStart);
    QFETCH(QDate, plannedEnd);
    QFETCH(int, progress);
    QFETCH(QDate, activityDue);
    QFETCH(bool, activityDone);
    QFETCH(Rag, rag);

    // GIVEN a measure
    Measure measure;
    measure.status = status;
    measure.plannedStart = PlanDate::day(plannedStart);
    measure.plannedEnd = PlanDate::day(plannedEnd);
    measure.progress = optionalPercent(progress);
    if (activityDue.isValid()) {
        Activity activity;
        activity.title = QStringLiteral("Send invitations");
        activity.due = PlanDate::day(activityDue);
        activity.done = activityDone;
        measure.activities = {activity};
    }

    // THEN its traffic light is
    QCOMPARE(ragOf(measure, Today), rag);
}

// --- combining ratings

void TestRules::combinedRatingTurnsRedFromOneThirdRed_data()
{
    QTest::addColumn<QString>("ratings");
    QTest::addColumn<Rag>("combined");

    QTest::newRow("nothing") << QString() << Rag::None;
    QTest::newRow("only unrated") << QStringLiteral("NN") << Rag::None;
    QTest::newRow("one green") << QStringLiteral("G") << Rag::Green;
    QTest::newRow("all green") << QStringLiteral("GGG") << Rag::Green;
    QTest::newRow("unrated left out of all green") << QStringLiteral("GNN") << Rag::Green;
    QTest::newRow("one amber") << QStringLiteral("GGA") << Rag::Amber;
    QTest::newRow("one red alone") << QStringLiteral("R") << Rag::Red;
    QTest::newRow("one red of three is a third") << QStringLiteral("RGG") << Rag::Red;
    QTest::newRow("one red of four is less than a third") << QStringLiteral("RGGG") << Rag::Amber;
    QTest::newRow("two red of six is a third") << QStringLiteral("RRGGGG") << Rag::Red;
    QTest::newRow("two red of seven is less") << QStringLiteral("RRGGGGG") << Rag::Amber;
    QTest::newRow("one red of four with amber") << QStringLiteral("RAGG") << Rag::Amber;
    QTest::newRow("unrated do not dilute red") << QStringLiteral("RGNNNN") << Rag::Red;
    QTest::newRow("red and amber") << QStringLiteral("RA") << Rag::Red;
    QTest::newRow("all amber") << QStringLiteral("AAA") << Rag::Amber;
}

void TestRules::combinedRatingTurnsRedFromOneThirdRed()
{
    QFETCH(QString, ratings);
    QFETCH(Rag, combined);

    QCOMPARE(combineRag(ratingsFrom(ratings)), combined);
}

// --- roll-up of a set of measures

void TestRules::rollUpOfMeasures_data()
{
    QTest::addColumn<QStringList>("measures");
    QTest::addColumn<Rag>("rag");
    QTest::addColumn<int>("progress"); // -1: none
    QTest::addColumn<int>("count");

    QTest::newRow("no measures") << QStringList() << Rag::None << -1 << 0;
    QTest::newRow("one in progress")
        << QStringList{QStringLiteral("in_progress 40")} << Rag::Green << 40 << 1;
    QTest::newRow("mean of assessed measures")
        << QStringList{QStringLiteral("in_progress 40"), QStringLiteral("in_progress 60")}
        << Rag::Green << 50 << 2;
    QTest::newRow("not assessed is counted but left out of progress")
        << QStringList{QStringLiteral("in_progress"), QStringLiteral("in_progress 30")}
        << Rag::Green << 30 << 2;
    QTest::newRow("nothing assessed gives no progress and no light")
        << QStringList{QStringLiteral("planned"), QStringLiteral("in_progress")} << Rag::None << -1
        << 2;
    QTest::newRow("completed counts 100")
        << QStringList{QStringLiteral("completed 100"), QStringLiteral("in_progress 50")}
        << Rag::Green << 75 << 2;
    QTest::newRow("completed counts 100 even when its progress is missing")
        << QStringList{QStringLiteral("completed"), QStringLiteral("in_progress 0")} << Rag::Green
        << 50 << 2;
    QTest::newRow("completed counts 100 even when its progress says less")
        << QStringList{QStringLiteral("completed 20"), QStringLiteral("in_progress 0")}
        << Rag::Green << 50 << 2;
    QTest::newRow("cancelled is left out of rating, progress and count")
        << QStringList{QStringLiteral("cancelled 0 late"), QStringLiteral("in_progress 60")}
        << Rag::Green << 60 << 1;
    QTest::newRow("only cancelled")
        << QStringList{QStringLiteral("cancelled 10")} << Rag::None << -1 << 0;
    QTest::newRow("a half rounds up")
        << QStringList{QStringLiteral("in_progress 33"), QStringLiteral("in_progress 34")}
        << Rag::Green << 34 << 2;
    QTest::newRow("a third rounds down")
        << QStringList{QStringLiteral("in_progress 10"), QStringLiteral("in_progress 10"),
                       QStringLiteral("in_progress 11")}
        << Rag::Green << 10 << 3;
    QTest::newRow("two thirds round up")
        << QStringList{QStringLiteral("in_progress 10"), QStringLiteral("in_progress 11"),
                       QStringLiteral("in_progress 11")}
        << Rag::Green << 11 << 3;
    QTest::newRow("one overdue of three is red")
        << QStringList{QStringLiteral("in_progress 50 late"), QStringLiteral("in_progress 50"),
                       QStringLiteral("in_progress 50")}
        << Rag::Red << 50 << 3;
    QTest::newRow("one overdue of four is amber")
        << QStringList{QStringLiteral("in_progress 50 late"), QStringLiteral("in_progress 50"),
                       QStringLiteral("in_progress 50"), QStringLiteral("in_progress 50")}
        << Rag::Amber << 50 << 4;
    QTest::newRow("a postponed measure makes it amber")
        << QStringList{QStringLiteral("postponed"), QStringLiteral("in_progress 50")} << Rag::Amber
        << 50 << 2;
}

void TestRules::rollUpOfMeasures()
{
    QFETCH(QStringList, measures);
    QFETCH(Rag, rag);
    QFETCH(int, progress);
    QFETCH(int, count);

    const QVector<Measure> values = measuresFrom(measures);
    QVector<const Measure *> pointers;
    for (const Measure &measure : values)
        pointers.append(&measure);

    const Rollup rollup = rollUp(pointers, Today);

    QCOMPARE(rollup.rag, rag);
    QCOMPARE(rollup.progress, optionalPercent(progress));
    QCOMPARE(rollup.measureCount, count);
}

void TestRules::rollUpReturnsRatingsOfEveryMeasureCombined()
{
    // GIVEN measures of every rating
    const QVector<Measure> values =
        measuresFrom({QStringLiteral("in_progress 10 late"), QStringLiteral("postponed"),
                      QStringLiteral("completed 100"), QStringLiteral("in_progress 20"),
                      QStringLiteral("cancelled")});
    QVector<const Measure *> pointers;
    QVector<Rag> ratings;
    for (const Measure &measure : values) {
        pointers.append(&measure);
        ratings.append(ragOf(measure, Today));
    }

    // THEN the roll-up's rating is the combination of theirs
    QCOMPARE(rollUp(pointers, Today).rag, combineRag(ratings));
    QCOMPARE(rollUp(pointers, Today).rag, Rag::Amber); // one red of four rated
}

// --- roll-up to goals

void TestRules::goalCountsAMeasureLinkedToItAndItsSubGoalOnce()
{
    // GIVEN a goal G with a sub-goal S, which has a sub-goal T, and another main goal H
    const Goal g = goal(QStringLiteral("G"));
    const Goal s = goal(QStringLiteral("S"), g.uuid);
    const Goal t = goal(QStringLiteral("T"), s.uuid);
    const Goal h = goal(QStringLiteral("H"));
    // AND a measure linked to both G and S, one linked to T, and a cancelled one linked to H
    Measure both = measureFrom(QStringLiteral("in_progress 20"));
    both.goalUuids = {g.uuid, s.uuid};
    Measure deep = measureFrom(QStringLiteral("in_progress 80"));
    deep.goalUuids = {t.uuid};
    Measure cancelled = measureFrom(QStringLiteral("cancelled 0 late"));
    cancelled.goalUuids = {h.uuid, g.uuid};

    // WHEN the goals are rolled up
    const QHash<QUuid, Rollup> rollups = rollUpGoals({g, s, t, h}, {both, deep, cancelled}, Today);

    // THEN each goal counts the measures of its subtree once, and no cancelled one
    QCOMPARE(rollups.size(), 4);
    QCOMPARE(rollups.value(g.uuid).measureCount, 2);
    QCOMPARE(rollups.value(g.uuid).progress, std::optional<int>(50));
    QCOMPARE(rollups.value(s.uuid).measureCount, 2);
    QCOMPARE(rollups.value(s.uuid).progress, std::optional<int>(50));
    QCOMPARE(rollups.value(t.uuid).measureCount, 1);
    QCOMPARE(rollups.value(t.uuid).progress, std::optional<int>(80));
    QCOMPARE(rollups.value(h.uuid).measureCount, 0);
    QCOMPARE(rollups.value(h.uuid).rag, Rag::None);
    QCOMPARE(rollups.value(h.uuid).progress, std::optional<int>());
}

void TestRules::goalWithoutMeasuresIsNotRated()
{
    const Goal lonely = goal(QStringLiteral("Lonely"));
    const Goal busy = goal(QStringLiteral("Busy"));
    Measure measure = measureFrom(QStringLiteral("in_progress 10"));
    measure.goalUuids = {busy.uuid};

    const QHash<QUuid, Rollup> rollups = rollUpGoals({lonely, busy}, {measure}, Today);

    QVERIFY(rollups.contains(lonely.uuid));
    QCOMPARE(rollups.value(lonely.uuid).rag, Rag::None);
    QCOMPARE(rollups.value(lonely.uuid).measureCount, 0);
    QCOMPARE(rollups.value(lonely.uuid).progress, std::optional<int>());
    QCOMPARE(rollups.value(busy.uuid).rag, Rag::Green);
}

void TestRules::goalRatingCombinesTheMeasuresOfItsWholeSubtree()
{
    // GIVEN a main goal whose sub-goals carry one overdue and two healthy measures
    const Goal main = goal(QStringLiteral("Main"));
    const Goal left = goal(QStringLiteral("Left"), main.uuid);
    const Goal right = goal(QStringLiteral("Right"), main.uuid);
    Measure late = measureFrom(QStringLiteral("in_progress 10 late"));
    late.goalUuids = {left.uuid};
    Measure fine = measureFrom(QStringLiteral("in_progress 50"));
    fine.goalUuids = {right.uuid};
    Measure done = measureFrom(QStringLiteral("completed 100"));
    done.goalUuids = {right.uuid};

    const QHash<QUuid, Rollup> rollups =
        rollUpGoals({main, left, right}, {late, fine, done}, Today);

    // THEN one red of three makes the main goal red; the sub-goals are rated on their own
    QCOMPARE(rollups.value(main.uuid).rag, Rag::Red);
    QCOMPARE(rollups.value(main.uuid).measureCount, 3);
    QCOMPARE(rollups.value(main.uuid).progress, std::optional<int>(53)); // (10+50+100)/3
    QCOMPARE(rollups.value(left.uuid).rag, Rag::Red);
    QCOMPARE(rollups.value(right.uuid).rag, Rag::Green);
    QCOMPARE(rollups.value(right.uuid).progress, std::optional<int>(75));
}

void TestRules::linkToAnUnknownGoalIsIgnored()
{
    const Goal known = goal(QStringLiteral("Known"));
    Measure measure = measureFrom(QStringLiteral("in_progress 30"));
    measure.goalUuids = {QUuid::createUuid(), known.uuid};

    const QHash<QUuid, Rollup> rollups = rollUpGoals({known}, {measure}, Today);

    QCOMPARE(rollups.size(), 1);
    QCOMPARE(rollups.value(known.uuid).measureCount, 1);
}

void TestRules::cyclicGoalsDoNotHangTheRollUp()
{
    // GIVEN two goals that (against the rules) are each other's parent
    Goal a = goal(QStringLiteral("A"));
    Goal b = goal(QStringLiteral("B"), a.uuid);
    a.parentUuid = b.uuid;
    Measure measure = measureFrom(QStringLiteral("in_progress 30"));
    measure.goalUuids = {a.uuid};

    // WHEN rolled up THEN it returns, each counting the measure once
    const QHash<QUuid, Rollup> rollups = rollUpGoals({a, b}, {measure}, Today);
    QCOMPARE(rollups.value(a.uuid).measureCount, 1);
    QCOMPARE(rollups.value(b.uuid).measureCount, 1);
}

// --- roll-up to the project

void TestRules::rollUpOfProject_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QStringList>("measures");
    QTest::addColumn<Rag>("rag");
    QTest::addColumn<int>("progress"); // -1: none
    QTest::addColumn<int>("count");

    const QDate lastYear = Today.addYears(-1);
    const QDate nextYear = Today.addYears(1);
    const QStringList healthy{QStringLiteral("in_progress 40"), QStringLiteral("in_progress 60")};
    const QStringList oneRedOfThree{QStringLiteral("in_progress 40 late"),
                                    QStringLiteral("in_progress 40"),
                                    QStringLiteral("in_progress 40")};
    const QStringList oneAmber{QStringLiteral("postponed"), QStringLiteral("in_progress 60")};

    QTest::newRow("completed is green whatever its measures")
        << Status::Completed << lastYear << Today.addDays(-1) << oneRedOfThree << Rag::Green << 40
        << 3;
    QTest::newRow("cancelled is not rated")
        << Status::Cancelled << lastYear << nextYear << healthy << Rag::None << 50 << 2;
    QTest::newRow("in progress with healthy measures is green")
        << Status::InProgress << lastYear << nextYear << healthy << Rag::Green << 50 << 2;
    QTest::newRow("in progress takes its measures' amber")
        << Status::InProgress << lastYear << nextYear << oneAmber << Rag::Amber << 60 << 2;
    QTest::newRow("in progress takes its measures' red")
        << Status::InProgress << lastYear << nextYear << oneRedOfThree << Rag::Red << 40 << 3;
    QTest::newRow("overdue is red although its measures are green")
        << Status::InProgress << lastYear << Today.addDays(-1) << healthy << Rag::Red << 50 << 2;
    QTest::newRow("ending today is not overdue")
        << Status::InProgress << lastYear << Today << healthy << Rag::Green << 50 << 2;
    QTest::newRow("postponed is at least amber")
        << Status::Postponed << lastYear << nextYear << healthy << Rag::Amber << 50 << 2;
    QTest::newRow("postponed keeps its measures' red")
        << Status::Postponed << lastYear << nextYear << oneRedOfThree << Rag::Red << 40 << 3;
    QTest::newRow("planned after its start is amber")
        << Status::Planned << Today.addDays(-1) << nextYear << QStringList() << Rag::Amber << -1
        << 0;
    QTest::newRow("planned, starting today, with nothing rated is not rated")
        << Status::Planned << Today << nextYear << QStringList() << Rag::None << -1 << 0;
    QTest::newRow("in progress with no measures is not rated")
        << Status::InProgress << lastYear << nextYear << QStringList() << Rag::None << -1 << 0;
    QTest::newRow("in progress with only cancelled measures is not rated")
        << Status::InProgress << lastYear << nextYear
        << QStringList{QStringLiteral("cancelled 0 late")} << Rag::None << -1 << 0;
    QTest::newRow("undated project is rated by its measures")
        << Status::InProgress << QDate() << QDate() << oneAmber << Rag::Amber << 60 << 2;
}

void TestRules::rollUpOfProject()
{
    QFETCH(Status, status);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QStringList, measures);
    QFETCH(Rag, rag);
    QFETCH(int, progress);
    QFETCH(int, count);

    Project project;
    project.name = QStringLiteral("Samhandling");
    project.status = status;
    project.start = start;
    project.end = end;

    const Rollup rollup = rollUpProject(project, measuresFrom(measures), Today);

    QCOMPARE(rollup.rag, rag);
    QCOMPARE(rollup.progress, optionalPercent(progress));
    QCOMPARE(rollup.measureCount, count);
}

// --- administrative level

void TestRules::administrativeLevelFollowsOrganisationKind_data()
{
    QTest::addColumn<OrganisationKind>("kind");
    QTest::addColumn<AdministrativeLevel>("level");

    QTest::newRow("kommune") << OrganisationKind::Municipality << AdministrativeLevel::Municipal;
    QTest::newRow("fastlege is municipal")
        << OrganisationKind::GeneralPractitioner << AdministrativeLevel::Municipal;
    QTest::newRow("helseforetak") << OrganisationKind::HospitalTrust
                                  << AdministrativeLevel::SpecialistHealthService;
    QTest::newRow("NAV is state") << OrganisationKind::Nav << AdministrativeLevel::State;
    QTest::newRow("høgskole is state") << OrganisationKind::Education << AdministrativeLevel::State;
    QTest::newRow("brukerorganisasjon")
        << OrganisationKind::UserOrganisation << AdministrativeLevel::VoluntaryAndUser;
    QTest::newRow("pårørendeorganisasjon")
        << OrganisationKind::NextOfKinOrganisation << AdministrativeLevel::VoluntaryAndUser;
    QTest::newRow("annet") << OrganisationKind::Other << AdministrativeLevel::Other;
}

void TestRules::administrativeLevelFollowsOrganisationKind()
{
    QFETCH(OrganisationKind, kind);
    QFETCH(AdministrativeLevel, level);

    QCOMPARE(administrativeLevel(kind), level);
}

// --- dates with a precision: rules use the interval (first day of a start, last of an end)

void TestRules::planDatesCountByTheirInterval_data()
{
    QTest::addColumn<QString>("code"); // the planned end, due date or milestone date
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("overdue");

    QTest::newRow("høsten 2012 on its last day")
        << QStringLiteral("2012-H2") << QDate(2012, 12, 31) << false;
    QTest::newRow("høsten 2012 the day after")
        << QStringLiteral("2012-H2") << QDate(2013, 1, 1) << true;
    QTest::newRow("våren 2013 on 30 June")
        << QStringLiteral("2013-H1") << QDate(2013, 6, 30) << false;
    QTest::newRow("våren 2013 on 1 July") << QStringLiteral("2013-H1") << QDate(2013, 7, 1) << true;
    QTest::newRow("3. kvartal 2012 on 30 September")
        << QStringLiteral("2012-Q3") << QDate(2012, 9, 30) << false;
    QTest::newRow("3. kvartal 2012 on 1 October")
        << QStringLiteral("2012-Q3") << QDate(2012, 10, 1) << true;
    QTest::newRow("februar 2012 on the 29th (leap year)")
        << QStringLiteral("2012-02") << QDate(2012, 2, 29) << false;
    QTest::newRow("februar 2012 on 1 March")
        << QStringLiteral("2012-02") << QDate(2012, 3, 1) << true;
    QTest::newRow("2011 on New Year's Eve")
        << QStringLiteral("2011") << QDate(2011, 12, 31) << false;
    QTest::newRow("2011 in 2012") << QStringLiteral("2011") << QDate(2012, 1, 1) << true;
    QTest::newRow("a day, the day after")
        << QStringLiteral("2012-09-15") << QDate(2012, 9, 16) << true;
}

void TestRules::planDatesCountByTheirInterval()
{
    QFETCH(QString, code);
    QFETCH(QDate, today);
    QFETCH(bool, overdue);
    const PlanDate date = PlanDate::fromCode(code).value();

    Measure measure;
    measure.status = Status::InProgress;
    measure.progress = 50;
    measure.plannedEnd = date;
    QCOMPARE(isOverdue(measure, today), overdue);
    QCOMPARE(ragOf(measure, today) == Rag::Red, overdue);

    Activity activity;
    activity.due = date;
    QCOMPARE(isOverdue(activity, today), overdue);

    Milestone milestone;
    milestone.date = date;
    QCOMPARE(isOverdue(milestone, today), overdue);
}

void TestRules::expectedProgressRunsFromFirstToLastDay()
{
    // GIVEN a measure planned from "våren 2012" to "høsten 2012": all of 2012
    Measure measure;
    measure.plannedStart = PlanDate::halfYear(2012, 1);
    measure.plannedEnd = PlanDate::halfYear(2012, 2);

    QCOMPARE(expectedProgress(measure, QDate(2012, 1, 1)), std::optional<int>(0));
    QCOMPARE(expectedProgress(measure, QDate(2012, 7, 2)), std::optional<int>(50));
    QCOMPARE(expectedProgress(measure, QDate(2012, 12, 31)), std::optional<int>(100));

    // AND still planned once its start period began, it turns amber
    measure.status = Status::Planned;
    QCOMPARE(ragOf(measure, QDate(2011, 12, 31)), Rag::Green);
    QCOMPARE(ragOf(measure, QDate(2012, 1, 2)), Rag::Amber);
}

void TestRules::notRatedMeasuresAreCountedApart()
{
    // GIVEN one measure rated green, two that nobody has assessed or dated, and one cancelled
    Measure green;
    green.status = Status::InProgress;
    green.progress = 40;
    Measure unknown;
    unknown.status = Status::Planned;
    Measure alsoUnknown;
    alsoUnknown.status = Status::InProgress;
    Measure cancelled;
    cancelled.status = Status::Cancelled;

    const Rollup rollup = rollUp({&green, &unknown, &alsoUnknown, &cancelled}, Today);

    // THEN only the rated one makes the light, and the others are counted as not rated
    QCOMPARE(rollup.rag, Rag::Green);
    QCOMPARE(rollup.measureCount, 3);
    QCOMPARE(rollup.notRated, 2);
}

// --- why a light has its colour

void TestRules::measureRatingNamesTheRuleThatGaveTheLight_data()
{
    QTest::addColumn<QString>("measure"); // as measureFrom() reads it
    QTest::addColumn<bool>("plannedStartPassed");
    QTest::addColumn<bool>("overdueActivity");
    QTest::addColumn<MeasureRule>("rule");
    QTest::addColumn<Rag>("rag");

    QTest::newRow("cancelled") << QStringLiteral("cancelled late") << false << false
                               << MeasureRule::Cancelled << Rag::None;
    QTest::newRow("completed") << QStringLiteral("completed 100 late") << false << false
                               << MeasureRule::Completed << Rag::Green;
    QTest::newRow("overdue") << QStringLiteral("in_progress 90 late") << false << false
                             << MeasureRule::Overdue << Rag::Red;
    QTest::newRow("postponed") << QStringLiteral("postponed") << false << false
                               << MeasureRule::Postponed << Rag::Amber;
    QTest::newRow("not started") << QStringLiteral("planned") << true << false
                                 << MeasureRule::NotStarted << Rag::Amber;
    QTest::newRow("behind schedule") << QStringLiteral("in_progress 0") << true << false
                                     << MeasureRule::BehindSchedule << Rag::Amber;
    QTest::newRow("an activity overdue") << QStringLiteral("in_progress 40") << false << true
                                         << MeasureRule::ActivityOverdue << Rag::Amber;
    QTest::newRow("nothing to rate")
        << QStringLiteral("planned") << false << false << MeasureRule::NothingToRate << Rag::None;
    QTest::newRow("on track") << QStringLiteral("in_progress 40") << false << false
                              << MeasureRule::OnTrack << Rag::Green;
}

void TestRules::measureRatingNamesTheRuleThatGaveTheLight()
{
    QFETCH(QString, measure);
    QFETCH(bool, plannedStartPassed);
    QFETCH(bool, overdueActivity);
    QFETCH(MeasureRule, rule);
    QFETCH(Rag, rag);

    // GIVEN a measure
    Measure given = measureFrom(measure);
    if (plannedStartPassed) {
        given.plannedStart = PlanDate::day(Today.addMonths(-6));
        given.plannedEnd = PlanDate::day(Today.addMonths(1));
    }
    if (overdueActivity) {
        Activity activity;
        activity.title = QStringLiteral("Send invitations");
        activity.due = PlanDate::day(Today.addDays(-1));
        given.activities = {activity};
    }

    // WHEN it is rated
    const MeasureRating rating = rateMeasure(given, Today);

    // THEN the rating names the rule, and its light is ragOf()'s
    QCOMPARE(int(rating.rule), int(rule));
    QCOMPARE(rating.rag, rag);
    QCOMPARE(ragOf(given, Today), rag);
}

void TestRules::projectRatingNamesTheRuleThatDecided_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<Rag>("measures");
    QTest::addColumn<ProjectRule>("rule");
    QTest::addColumn<Rag>("rag");

    const QDate lastYear = Today.addYears(-1);
    const QDate nextYear = Today.addYears(1);
    QTest::newRow("completed") << Status::Completed << lastYear << lastYear << Rag::Red
                               << ProjectRule::Completed << Rag::Green;
    QTest::newRow("cancelled") << Status::Cancelled << lastYear << nextYear << Rag::Red
                               << ProjectRule::Cancelled << Rag::None;
    QTest::newRow("its end has passed") << Status::InProgress << lastYear << Today.addDays(-1)
                                        << Rag::Green << ProjectRule::Overdue << Rag::Red;
    QTest::newRow("postponed raises green") << Status::Postponed << lastYear << nextYear
                                            << Rag::Green << ProjectRule::Postponed << Rag::Amber;
    QTest::newRow("postponed raises nothing rated")
        << Status::Postponed << lastYear << nextYear << Rag::None << ProjectRule::Postponed
        << Rag::Amber;
    QTest::newRow("postponed with red measures is red by them")
        << Status::Postponed << lastYear << nextYear << Rag::Red << ProjectRule::Measures
        << Rag::Red;
    QTest::newRow("planned after its start") << Status::Planned << lastYear << nextYear
                                             << Rag::Green << ProjectRule::NotStarted << Rag::Amber;
    QTest::newRow("planned before its start") << Status::Planned << Today.addDays(1) << nextYear
                                              << Rag::Green << ProjectRule::Measures << Rag::Green;
    QTest::newRow("in progress by its measures")
        << Status::InProgress << lastYear << nextYear << Rag::Amber << ProjectRule::Measures
        << Rag::Amber;
    QTest::newRow("nothing rated") << Status::InProgress << lastYear << nextYear << Rag::None
                                   << ProjectRule::Measures << Rag::None;
}

void TestRules::projectRatingNamesTheRuleThatDecided()
{
    QFETCH(Status, status);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(Rag, measures);
    QFETCH(ProjectRule, rule);
    QFETCH(Rag, rag);

    Project project;
    project.status = status;
    project.start = start;
    project.end = end;

    const ProjectRating rating = rateProject(project, measures, Today);

    QCOMPARE(int(rating.rule), int(rule));
    QCOMPARE(rating.rag, rag);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
