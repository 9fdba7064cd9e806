#include "models/overview/projectfigures.h"

#include "models/overview/explanation.h"
#include "models/overview/localday.h"
#include "models/overview/source.h"
#include "models/storage/sqlmeasurerepository.h"
#include "models/storage/sqlprojectrepository.h"
#include "tests/models/seededworkspace.h"
#include "tests/support/overviewfixture.h"

#include <QTest>
#include <QThread>
#include <QTimeZone>

Q_DECLARE_METATYPE(Domain::Rag)
Q_DECLARE_METATYPE(Domain::ProjectRule)

using namespace TestSupport;

// The overview's figures (Overview::ProjectFigures), which the project overview, the
// portfolio and `samspill status` all show: for a project with known answers
// (OverviewFixture), for the seed, and for a project rebuilt as of a moment.
class TestProjectFigures : public QObject
{
    Q_OBJECT

private slots:
    void eachFigureCountsTheMeasuresItShould_data();
    void eachFigureCountsTheMeasuresItShould();
    void lightsSayWhyInWords_data();
    void lightsSayWhyInWords();
    void rollUpsAndWhatComesNext();
    void seedFiguresAddUp();
    void asOfEachSavedMomentHasTheFiguresOfWhatWasSaved();
    void asOfADayBeforeTheProjectCameHereFollowsItsStatusLog();

private:
    static Overview::ProjectFigures fixtureOn(QDate day, int staleDays);
};

namespace {

// A list of literal texts (the build forbids implicit conversions from const char *).
QStringList names(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

using Figures = Overview::ProjectFigures;

QStringList titles(const Figures &figures, const QVector<QUuid> &measures)
{
    QStringList result;
    for (const QUuid &uuid : measures)
        result.append(figures.measure(uuid) ? figures.measure(uuid)->title : uuid.toString());
    return result;
}

QStringList titles(const QVector<Overview::Deadline> &deadlines)
{
    QStringList result;
    for (const Overview::Deadline &deadline : deadlines)
        result.append(deadline.title);
    return result;
}

const Figures::Organisation *organisation(const Figures &figures, const QString &name)
{
    for (const Figures::Organisation &organisation : figures.organisations) {
        if (organisation.name == name)
            return &organisation;
    }
    return nullptr;
}

const Figures::Goal *goal(const Figures &figures, const QString &text)
{
    for (const Figures::Goal &goal : figures.goals) {
        if (goal.text == text)
            return &goal;
    }
    return nullptr;
}

// A figure of the overview by a name of this test: the titles of what it counts.
QStringList figure(const Figures &f, const QString &name)
{
    const QString kind = name.section(QLatin1Char(':'), 0, 0);
    const QString which = name.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("status"))
        return titles(f, f.withStatus(Domain::fromCode<Domain::Status>(which).value()));
    if (kind == QLatin1String("light"))
        return titles(f, f.withRag(Domain::fromCode<Domain::Rag>(which).value()));
    if (name == QLatin1String("overdue"))
        return titles(f, f.overdue);
    if (name == QLatin1String("stale"))
        return titles(f, f.stale);
    if (name == QLatin1String("not rated"))
        return titles(f, f.notRated);
    if (name == QLatin1String("decisions needed"))
        return titles(f, f.measuresOf(f.decisionsNeeded));
    if (name == QLatin1String("deviations"))
        return titles(f, f.measuresOf(f.deviations));
    if (kind == QLatin1String("goal"))
        return goal(f, which) ? titles(f, goal(f, which)->measures) : QStringList{name};
    if (name == QLatin1String("milestones within 30 days"))
        return titles(f.milestonesWithin(Overview::Settings::NearDays));
    if (name == QLatin1String("milestones within 90 days"))
        return titles(f.milestonesWithin(Overview::Settings::FarDays));
    if (name == QLatin1String("milestones overdue"))
        return titles(f.overdueMilestones);
    const Figures::Organisation *o = organisation(f, which);
    if (!o)
        return {name};
    if (kind == QLatin1String("responsible"))
        return titles(f, o->responsible);
    if (kind == QLatin1String("takes part"))
        return titles(f, o->participating);
    if (kind == QLatin1String("overdue of"))
        return titles(f, o->overdue);
    return {name};
}

QHash<QUuid, QString> organisationNames(const Domain::Portfolio &portfolio)
{
    QHash<QUuid, QString> names;
    for (const Domain::Organisation &organisation : portfolio.organisations)
        names.insert(organisation.uuid, organisation.name);
    return names;
}

QString failure(const Domain::Result<Figures> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

Overview::ProjectFigures TestProjectFigures::fixtureOn(QDate day, int staleDays)
{
    const Domain::Portfolio portfolio = OverviewFixture::portfolio();
    return Figures::of(portfolio.projects.first(), organisationNames(portfolio), {day, staleDays});
}

void TestProjectFigures::eachFigureCountsTheMeasuresItShould_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("staleDays");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QStringList>("counted");

    const QDate day = OverviewFixture::day;
    const QDate monthLater(2012, 7, 31);
    const int stale = Overview::Settings::DefaultStaleDays;
    QTest::newRow("planned") << day << stale << QStringLiteral("status:planned")
                             << names({"Uvurdert"});
    QTest::newRow("in progress") << day << stale << QStringLiteral("status:in_progress")
                                 << names({"Forsinket", "I rute"});
    QTest::newRow("completed") << day << stale << QStringLiteral("status:completed")
                               << names({"Ferdig"});
    QTest::newRow("postponed") << day << stale << QStringLiteral("status:postponed")
                               << names({"Utsatt"});
    QTest::newRow("cancelled") << day << stale << QStringLiteral("status:cancelled")
                               << names({"Avbrutt"});
    QTest::newRow("red") << day << stale << QStringLiteral("light:red") << names({"Forsinket"});
    QTest::newRow("amber") << day << stale << QStringLiteral("light:amber") << names({"Utsatt"});
    QTest::newRow("green") << day << stale << QStringLiteral("light:green")
                           << names({"Ferdig", "I rute"});
    QTest::newRow("no light") << day << stale << QStringLiteral("light:none")
                              << names({"Avbrutt", "Uvurdert"});
    QTest::newRow("overdue") << day << stale << QStringLiteral("overdue") << names({"Forsinket"});
    QTest::newRow("not rated, cancelled left out")
        << day << stale << QStringLiteral("not rated") << names({"Uvurdert"});
    QTest::newRow("no update for 90 days")
        << day << stale << QStringLiteral("stale") << names({"Uvurdert"});
    QTest::newRow("no update for 30 days")
        << day << 30 << QStringLiteral("stale") << names({"Forsinket", "Uvurdert"});
    QTest::newRow("decision needed")
        << day << stale << QStringLiteral("decisions needed") << names({"Forsinket"});
    QTest::newRow("decision closed by a later update")
        << monthLater << stale << QStringLiteral("decisions needed") << QStringList();
    QTest::newRow("deviation") << day << stale << QStringLiteral("deviations") << names({"Utsatt"});
    QTest::newRow("main goal with its sub-goal's measures")
        << day << stale << QStringLiteral("goal:Hovedmål 1")
        << names({"Forsinket", "Utsatt", "I rute"});
    QTest::newRow("sub-goal") << day << stale << QStringLiteral("goal:Delmål 1.1")
                              << names({"Forsinket", "Utsatt"});
    QTest::newRow("other main goal")
        << day << stale << QStringLiteral("goal:Hovedmål 2") << names({"Ferdig"});
    QTest::newRow("responsible") << day << stale << QStringLiteral("responsible:Alfa kommune")
                                 << names({"Forsinket", "I rute"});
    QTest::newRow("takes part") << day << stale << QStringLiteral("takes part:Beta HF")
                                << names({"Forsinket"});
    QTest::newRow("overdue of those responsible")
        << day << stale << QStringLiteral("overdue of:Alfa kommune") << names({"Forsinket"});
    QTest::newRow("named by a measure only")
        << day << stale << QStringLiteral("responsible:Gamma NAV") << names({"Ferdig"});
    QTest::newRow("milestones within 30 days")
        << day << stale << QStringLiteral("milestones within 30 days")
        << names({"Milepæl 2012-07-15"});
    QTest::newRow("milestones within 90 days, done left out")
        << day << stale << QStringLiteral("milestones within 90 days")
        << names({"Milepæl 2012-07-15", "Milepæl 2012-09-15"});
    QTest::newRow("milestones overdue")
        << day << stale << QStringLiteral("milestones overdue") << names({"Milepæl 2012-05-01"});
    QTest::newRow("milestones overdue a month later, oldest first")
        << monthLater << stale << QStringLiteral("milestones overdue")
        << names({"Milepæl 2012-05-01", "Milepæl 2012-07-15"});
}

void TestProjectFigures::eachFigureCountsTheMeasuresItShould()
{
    QFETCH(QDate, day);
    QFETCH(int, staleDays);
    QFETCH(QString, figure);
    QFETCH(QStringList, counted);

    // GIVEN the fixture, WHEN its figures are computed for the day
    const Figures figures = fixtureOn(day, staleDays);

    // THEN the figure counts exactly these, in the project's order
    QCOMPARE(::figure(figures, figure), counted);
}

void TestProjectFigures::lightsSayWhyInWords_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<Domain::Rag>("rag");
    QTest::addColumn<Domain::ProjectRule>("rule");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QStringList>("attention");

    QTest::newRow("a quarter of its rated measures red: amber")
        << OverviewFixture::day << Domain::Rag::Amber << Domain::ProjectRule::Measures
        << names({"1 measure(s) overdue", "1 measure(s) postponed", "1 measure(s) not rated"})
        << names({"1 decision(s) needed", "1 deviation(s)", "1 milestone(s) overdue"});
    QTest::newRow("after its end: red by its own date")
        << QDate(2014, 1, 31) << Domain::Rag::Red << Domain::ProjectRule::Overdue
        << QStringList{QStringLiteral("the project's planned end (%1) has passed, and it is not "
                                      "completed")
                           .arg(Domain::PlanDate::day(QDate(2013, 12, 31)).toText())} +
               names({"2 measure(s) overdue", "1 measure(s) postponed", "1 measure(s) not rated"})
        << names({"1 deviation(s)", "4 milestone(s) overdue"});
}

void TestProjectFigures::lightsSayWhyInWords()
{
    QFETCH(QDate, day);
    QFETCH(Domain::Rag, rag);
    QFETCH(Domain::ProjectRule, rule);
    QFETCH(QStringList, reasons);
    QFETCH(QStringList, attention);

    const Figures figures = fixtureOn(day, Overview::Settings::DefaultStaleDays);

    QCOMPARE(int(figures.rollup.rag), int(rag));
    QCOMPARE(int(figures.rating.rule), int(rule));
    QCOMPARE(Overview::Explanation::ofProject(figures), reasons);
    QCOMPARE(Overview::Explanation::attention(figures), attention);
    const Figures::Measure *late =
        figures.measure(QUuid(QStringLiteral("0f1e0000-0000-4000-8000-000000000401")));
    QVERIFY(late);
    QVERIFY2(late->reason.startsWith(QStringLiteral("overdue: the planned end (")),
             qPrintable(late->reason));
}

void TestProjectFigures::rollUpsAndWhatComesNext()
{
    const Figures figures = fixtureOn(OverviewFixture::day, Overview::Settings::DefaultStaleDays);

    QCOMPARE(int(figures.phase), int(Figures::Phase::Running));
    // Forsinket 50, Ferdig 100, I rute 60; the others are not assessed; Avbrutt is left out.
    QCOMPARE(figures.rollup.progress, std::optional<int>(70));
    QCOMPARE(figures.rollup.measureCount, 5);
    QCOMPARE(int(figures.measures.size()), 6);
    QCOMPARE(goal(figures, QStringLiteral("Hovedmål 1"))->rollup.progress, std::optional<int>(55));
    QCOMPARE(int(goal(figures, QStringLiteral("Hovedmål 1"))->rollup.rag), int(Domain::Rag::Red));
    QCOMPARE(goal(figures, QStringLiteral("Delmål 1.1"))->depth, 1);
    QCOMPARE(int(goal(figures, QStringLiteral("Hovedmål 2"))->rollup.rag), int(Domain::Rag::Green));
    QVERIFY(figures.nextDeadline);
    QCOMPARE(figures.nextDeadline->title, QStringLiteral("Milepæl 2012-07-15"));
    QCOMPARE(figures.lastUpdate, QDateTime(QDate(2012, 6, 20), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(int(figures.progressOverTime.size()), 2);
    QCOMPARE(figures.progressOverTime.at(0).progress, 20);
    QCOMPARE(figures.progressOverTime.at(1).progress, 60);
    QCOMPARE(int(figures.topRisks.size()), 3);
    QCOMPARE(figures.topRisks.at(0).likelihood * figures.topRisks.at(0).impact, 20);
    QCOMPARE(figures.topRisks.at(2).likelihood * figures.topRisks.at(2).impact, 4);
    QStringList organisations;
    for (const Figures::Organisation &organisation : figures.organisations)
        organisations.append(organisation.name);
    QCOMPARE(organisations, names({"Alfa kommune", "Beta HF", "Gamma NAV"}));
}

void TestProjectFigures::seedFiguresAddUp()
{
    // GIVEN the seed as a new database holds it
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    App::Workspace &workspace = seeded.workspace();
    Overview::Source source({&workspace.projects(), &workspace.portfolio(), &workspace.history(),
                             &workspace.organisations()});
    auto project = workspace.projects().project(seeded.projectId(Seed::project));
    QVERIFY(project);

    // WHEN its figures are computed for a day while it ran
    auto figures =
        source.project(project.value(), {QDate(2012, 6, 30)}, Overview::Source::State::Stored);
    QVERIFY2(figures, qPrintable(failure(figures)));

    // THEN they are the seed's as stored (its reading of the sources): exchange in progress, the
    // referral form completed, the training planned for "høsten 2012"; none overdue in June 2012
    const Figures &f = figures.value();
    QCOMPARE(int(f.phase), int(Figures::Phase::Running));
    QCOMPARE(titles(f, f.withStatus(Domain::Status::InProgress)),
             QStringList{Seed::exchangeMeasure});
    QCOMPARE(titles(f, f.withStatus(Domain::Status::Completed)),
             QStringList{Seed::referralMeasure});
    QCOMPARE(titles(f, f.withStatus(Domain::Status::Planned)),
             QStringList{Seed::coordinatorMeasure});
    QVERIFY(f.overdue.isEmpty());
    int statuses = 0;
    for (const QVector<QUuid> &measures : f.byStatus)
        statuses += int(measures.size());
    int lights = 0;
    for (const QVector<QUuid> &measures : f.byRag)
        lights += int(measures.size());
    QCOMPARE(statuses, int(f.measures.size()));
    QCOMPARE(lights, int(f.measures.size()));
    QCOMPARE(int(f.goals.size()), 2);
    QCOMPARE(f.goals.at(0).text, Seed::betterServicesGoalText);
    QVERIFY(!Overview::Explanation::ofProject(f).isEmpty());
}

void TestProjectFigures::asOfEachSavedMomentHasTheFiguresOfWhatWasSaved()
{
    // GIVEN the fixture imported, then edited twice, each edit saved a few milliseconds apart
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    App::Workspace &workspace = seeded.workspace();
    const Domain::Portfolio portfolio = OverviewFixture::portfolio();
    QVERIFY(workspace.portfolio().importPortfolio(portfolio));
    const auto stored = [&] {
        auto bundle =
            workspace.portfolio().projectBundle(seeded.projectId(OverviewFixture::project));
        return bundle ? bundle.value() : Domain::ProjectBundle{};
    };
    struct Moment
    {
        QDateTime at;
        Domain::ProjectBundle saved;
    };
    QVector<Moment> moments;
    moments.append({QDateTime::currentDateTimeUtc(), stored()});

    Domain::Measure late = moments.last().saved.measures.at(0);
    late.status = Domain::Status::Completed;
    late.progress = 100;
    QThread::msleep(5);
    QVERIFY(workspace.measures().updateMeasure(late));
    moments.append({QDateTime::currentDateTimeUtc(), stored()});

    Domain::Project project = moments.last().saved.project;
    project.status = Domain::Status::Completed;
    QThread::msleep(5);
    auto savedProject = workspace.projects().updateProject(project);
    QVERIFY2(savedProject, qPrintable(savedProject ? QString() : savedProject.error().message));
    moments.append({QDateTime::currentDateTimeUtc(), stored()});

    // WHEN the project is rebuilt as of each moment
    // THEN its figures are those of what was saved then, and differ from moment to moment
    Overview::Source source({&workspace.projects(), &workspace.portfolio(), &workspace.history(),
                             &workspace.organisations()});
    const QHash<QUuid, QString> names = organisationNames(portfolio);
    const Overview::Settings settings{OverviewFixture::day};
    QStringList lights;
    for (const Moment &moment : std::as_const(moments)) {
        auto rebuilt = source.asOf(OverviewFixture::project, moment.at);
        QVERIFY2(rebuilt, qPrintable(rebuilt ? QString() : rebuilt.error().message));
        QVERIFY(!rebuilt->recordedFrom.isValid()); // it was here at every moment
        const Figures then = Figures::of(rebuilt->bundle, names, settings);
        const Figures saved = Figures::of(moment.saved, names, settings);
        QCOMPARE(then.rollup.rag, saved.rollup.rag);
        QCOMPARE(int(then.rating.rule), int(saved.rating.rule));
        QCOMPARE(then.rollup.progress, saved.rollup.progress);
        QVERIFY(then.byStatus == saved.byStatus);
        QVERIFY(then.byRag == saved.byRag);
        QCOMPARE(then.overdue, saved.overdue);
        QCOMPARE(Overview::Explanation::summary(then), Overview::Explanation::summary(saved));
        lights.append(Overview::Explanation::ofProject(then).join(QLatin1Char(';')));
    }
    QCOMPARE(lights.size(), 3);
    QVERIFY2(lights.at(0) != lights.at(1) && lights.at(1) != lights.at(2),
             qPrintable(lights.join(QLatin1Char('\n'))));
}

void TestProjectFigures::asOfADayBeforeTheProjectCameHereFollowsItsStatusLog()
{
    // GIVEN the fixture imported today, its status log reaching back to 2012
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    App::Workspace &workspace = seeded.workspace();
    QVERIFY(workspace.portfolio().importPortfolio(OverviewFixture::portfolio()));
    Overview::Source source({&workspace.projects(), &workspace.portfolio(), &workspace.history(),
                             &workspace.organisations()});
    auto project = workspace.projects().project(seeded.projectId(OverviewFixture::project));
    QVERIFY(project);

    // WHEN it is looked at as of 01.03.2012, between two progress reports of "I rute"
    auto figures =
        source.project(project.value(), {QDate(2012, 3, 1)}, Overview::Source::State::AsOfDay);
    QVERIFY2(figures, qPrintable(failure(figures)));

    // THEN it is shown as first recorded, with the status log up to that day only
    const Figures &f = figures.value();
    QVERIFY(f.recordedFrom.isValid());
    const Figures::Measure *onTrack =
        f.measure(QUuid(QStringLiteral("0f1e0000-0000-4000-8000-000000000405")));
    QVERIFY(onTrack);
    QCOMPARE(onTrack->progress, std::optional<int>(20));
    QVERIFY(f.decisionsNeeded.isEmpty()); // flagged only on 01.05.2012
    QCOMPARE(f.lastUpdate, QDateTime(QDate(2012, 1, 10), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(int(f.progressOverTime.size()), 1);

    // AND as of its day it has the known answers, as the project stored now has for that day
    auto onItsDay =
        source.project(project.value(), {OverviewFixture::day}, Overview::Source::State::AsOfDay);
    QVERIFY2(onItsDay, qPrintable(failure(onItsDay)));
    const Figures stored = fixtureOn(OverviewFixture::day, Overview::Settings::DefaultStaleDays);
    QCOMPARE(Overview::Explanation::summary(onItsDay.value()),
             Overview::Explanation::summary(stored));
    QCOMPARE(titles(onItsDay.value(), onItsDay->measuresOf(onItsDay->decisionsNeeded)),
             names({"Forsinket"}));
}

QTEST_GUILESS_MAIN(TestProjectFigures)
#include "tst_projectfigures.moc"
