// Editing every entity through Domain::EditRepository (Storage::SqlEditRepository): created
// where asked, changed only at the version that was read, moved, status updates that set their
// measure in the same transaction, and removals that restore exactly what they took. After every
// step each list holds the places 0..n-1, and the project rebuilt from the history as of each
// moment is what was saved then. Runs on SQLite and PostgreSQL alike.

// The parts: this file (the shared helpers, and creating), tst_editing_update.cpp,
// tst_editing_move.cpp (moves and status updates) and tst_editing_remove.cpp.

#include "tests/storage/tst_editing.h"

#include <QThread>

using Storage::SqlEditRepository;

namespace EditingTest {

QUuid newUuid(int n)
{
    return QUuid::fromString(
        QStringLiteral("ed170000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

ProjectBundle readBack(Storage::Database &database, const QUuid &project)
{
    auto bundle =
        Storage::SqlPortfolioRepository(database).projectBundle(storedProject(database, project));
    return bundle ? bundle.value() : ProjectBundle();
}

QStringList gapsIn(const Storage::ConnectionSettings &settings)
{
    static const char *const lists[][2] = {
        {"participant", "project_id"}, {"member", "project_id"},  {"goal", "project_id"},
        {"indicator", "goal_id"},      {"measure", "project_id"}, {"activity", "measure_id"},
        {"milestone", "project_id"},   {"risk", "project_id"},    {"budget_line", "project_id"},
    };
    QStringList gaps;
    for (const auto &list : lists) {
        const QStringList rows =
            queryRaw(settings, QStringLiteral("SELECT %2, position FROM %1 ORDER BY %2, position")
                                   .arg(QLatin1String(list[0]), QLatin1String(list[1])));
        QString owner;
        int expected = 0;
        for (const QString &row : rows) {
            if (row.section(QLatin1Char('|'), 0, 0) != owner) {
                owner = row.section(QLatin1Char('|'), 0, 0);
                expected = 0;
            }
            const int position = row.section(QLatin1Char('|'), 1, 1).toInt();
            if (position != expected) {
                gaps.append(QStringLiteral("%1 of %2: position %3 where %4 belongs")
                                .arg(QLatin1String(list[0]), owner)
                                .arg(position)
                                .arg(expected));
            }
            ++expected;
        }
    }
    return gaps;
}

QStringList preOrderProblems(const QVector<Goal> &goals)
{
    QStringList problems;
    QVector<QUuid> ancestors;
    for (const Goal &goal : goals) {
        while (!ancestors.isEmpty() && ancestors.constLast() != goal.parentUuid)
            ancestors.removeLast();
        if (!goal.parentUuid.isNull() && ancestors.isEmpty())
            problems.append(goal.text + QStringLiteral(" is not below its parent"));
        ancestors.append(goal.uuid);
    }
    return problems;
}

QStringList storedContent(const StorageFixture &fixture, const QSet<QUuid> &withoutVersion)
{
    QSet<QString> uuids;
    for (const QUuid &uuid : withoutVersion)
        uuids.insert(uuidText(uuid));
    QStringList lines;
    for (const QString &line : fixture.dump()) {
        if (line.startsWith(QLatin1String("change_set|")) ||
            line.startsWith(QLatin1String("change_event|")))
            continue;
        QStringList fields = line.split(QLatin1Char('|'));
        if (fields.size() > 3 && uuids.contains(fields.at(2)))
            fields.last() = QStringLiteral("(version)");
        lines.append(fields.join(QLatin1Char('|')));
    }
    lines.sort();
    return lines;
}

Timeline::Timeline(StorageFixture &fixture, const QUuid &project)
    : m_fixture(fixture)
    , m_project(project)
{}

void Timeline::note()
{
    const QString last =
        queryRaw(m_fixture.settings(), QStringLiteral("SELECT MAX(changed_at), COUNT(*) FROM "
                                                      "change_set"))
            .value(0);
    const QDateTime at =
        QDateTime::fromMSecsSinceEpoch(last.section(QLatin1Char('|'), 0, 0).toLongLong(), Qt::UTC);
    std::optional<ProjectBundle> saved;
    if (storedProject(m_fixture.database(), m_project).isValid())
        saved = readBack(m_fixture.database(), m_project);
    if (!m_moments.isEmpty() && m_moments.constLast().at == at)
        m_moments.removeLast();
    m_moments.append({at, last.section(QLatin1Char('|'), 1, 1).toInt(), saved});
    QThread::msleep(3); // the next change set comes later to the millisecond
}

QStringList Timeline::differences() const
{
    QStringList problems;
    Storage::SqlHistoryRepository history(m_fixture.database());
    const auto compare = [&](const QDateTime &at, const std::optional<ProjectBundle> &saved,
                             const QString &moment) {
        auto rebuilt = history.projectAsOf(m_project, at);
        if (!saved) {
            if (rebuilt || rebuilt.error().kind != Error::Kind::NotFound)
                problems.append(moment + QStringLiteral(": the project should not exist"));
            return;
        }
        if (!rebuilt) {
            problems.append(moment + QStringLiteral(": ") + rebuilt.error().message);
            return;
        }
        for (const QString &difference : TestSupport::differences(*saved, rebuilt.value()))
            problems.append(moment + QStringLiteral(": ") + difference);
    };
    for (qsizetype i = 0; i < m_moments.size(); ++i) {
        const Moment &moment = m_moments.at(i);
        compare(moment.at, moment.saved, QStringLiteral("moment %1").arg(i));
        // Just before a step of one change set, the project is as the step before left it.
        if (i > 0 && moment.changeSets == m_moments.at(i - 1).changeSets + 1) {
            compare(moment.at.addMSecs(-1), m_moments.at(i - 1).saved,
                    QStringLiteral("just before moment %1").arg(i));
        }
    }
    return problems;
}

Portfolio importedSample(StorageFixture &fixture)
{
    const Portfolio sample = TestSupport::samplePortfolio();
    auto imported = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample);
    return imported ? sample : Portfolio();
}

} // namespace EditingTest

using namespace EditingTest;

void TestEditing::initTestCase()
{
    SAMSPILL_REQUIRE_DRIVER();
}

// --- create

void TestEditing::everyEntityIsCreatedWhereItWasAskedFor()
{
    SAMSPILL_FIXTURE(fixture);
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    const QUuid projectUuid = newUuid(1);
    Timeline timeline(fixture, projectUuid);
    ProjectBundle expected;

    // GIVEN an organisation and a knowledge source of the portfolio
    Organisation kommune{
        {}, newUuid(2), QStringLiteral("Levanger kommune"), OrganisationKind::Municipality, 0};
    auto organisation = edits.createOrganisation(kommune);
    QVERIFY2(organisation, failure(organisation));
    QVERIFY(organisation->id.isValid());
    QCOMPARE(organisation->version, 1);
    QCOMPARE(organisation->name, kommune.name);
    KnowledgeSource guide;
    guide.uuid = newUuid(3);
    guide.title = QStringLiteral("Veileder");
    guide.year = 2012;
    auto source = edits.createKnowledgeSource(guide);
    QVERIFY2(source, failure(source));
    QCOMPARE(source->version, 1);
    QCOMPARE(source->year, std::optional<int>(2012));

    // WHEN an empty project is created, and everything in it one call at a time
    expected.project.uuid = projectUuid;
    expected.project.name = QStringLiteral("Samhandling i Innherred");
    expected.project.start = QDate(2010, 1, 1);
    expected.project.knowledgeSourceUuids = {guide.uuid};
    auto project = edits.createProject(expected.project);
    QVERIFY2(project, failure(project));
    QVERIFY(project->id.isValid());
    QCOMPARE(project->version, 1);
    timeline.note();

    Participant owner{{}, newUuid(10), kommune.uuid, ParticipantRole::Owner, 0};
    Participant partner{{}, newUuid(11), kommune.uuid, ParticipantRole::Partner, 0};
    QVERIFY(edits.createParticipant(projectUuid, partner));
    auto first = edits.createParticipant(projectUuid, owner, 0); // before the partner
    QVERIFY2(first, failure(first));
    QCOMPARE(first->version, 1);
    expected.participants = {owner, partner};
    timeline.note();

    // A member by role and organisation alone
    Member representative{
        {},           newUuid(20),          QString(), QStringLiteral("Brukerrepresentant"),
        kommune.uuid, Group::SteeringGroup, 0};
    auto member = edits.createMember(projectUuid, representative, 7); // beyond the end: the end
    QVERIFY2(member, failure(member));
    QCOMPARE(member->role, representative.role);
    expected.members = {representative};
    timeline.note();

    Goal main{{}, newUuid(30), QUuid(), QStringLiteral("Bedre samhandling"), {}, 0};
    Indicator share;
    share.uuid = newUuid(31);
    share.name = QStringLiteral("Andel med plan");
    share.target = 80;
    main.indicators = {share};
    QVERIFY(edits.createGoal(projectUuid, main));
    Goal sub{{}, newUuid(32), main.uuid, QStringLiteral("Felles rutiner"), {}, 0};
    auto subGoal = edits.createGoal(projectUuid, sub);
    QVERIFY2(subGoal, failure(subGoal));
    QCOMPARE(subGoal->parentUuid, main.uuid);
    Goal earlier{{}, newUuid(33), QUuid(), QStringLiteral("Kunnskap"), {}, 0};
    QVERIFY(edits.createGoal(projectUuid, earlier, 0)); // before the first main goal
    Indicator count;
    count.uuid = newUuid(34);
    count.name = QStringLiteral("Antall samlinger");
    auto indicator = edits.createIndicator(main.uuid, count, 0);
    QVERIFY2(indicator, failure(indicator));
    QCOMPARE(indicator->version, 1);
    main.indicators.prepend(count);
    expected.goals = {earlier, main, sub};
    timeline.note();

    Measure training;
    training.uuid = newUuid(40);
    training.title = QStringLiteral("Opplæring");
    training.goalUuids = {sub.uuid, main.uuid};
    training.responsibleOrganisationUuids = {kommune.uuid};
    training.knowledgeSourceUuids = {guide.uuid};
    training.plannedEnd = PlanDate::halfYear(2011, 2);
    training.activities = {{{}, newUuid(41), QStringLiteral("Planlegge"), PlanDate(), false, 0}};
    Measure referral;
    referral.uuid = newUuid(42);
    referral.title = QStringLiteral("Henvisning");
    QVERIFY(edits.createMeasure(projectUuid, referral));
    auto measure = edits.createMeasure(projectUuid, training, 0);
    QVERIFY2(measure, failure(measure));
    QCOMPARE(measure->activities.size(), 1);
    QCOMPARE(measure->goalUuids, training.goalUuids);
    Activity invite{{}, newUuid(43), QStringLiteral("Invitere"), PlanDate::month(2011, 3), true, 0};
    auto activity = edits.createActivity(training.uuid, invite, 0);
    QVERIFY2(activity, failure(activity));
    QCOMPARE(activity->done, true);
    training.activities.prepend(invite);
    expected.measures = {training, referral};
    timeline.note();

    Milestone kickoff{{},
                      newUuid(50),
                      PlanDate::day(QDate(2010, 3, 1)),
                      QStringLiteral("Oppstart"),
                      training.uuid,
                      false,
                      0};
    auto milestone = edits.createMilestone(projectUuid, kickoff);
    QVERIFY2(milestone, failure(milestone));
    QCOMPARE(milestone->measureUuid, training.uuid);
    Risk turnover;
    turnover.uuid = newUuid(60);
    turnover.description = QStringLiteral("Turnover");
    turnover.likelihood = 4;
    turnover.impact = 3;
    QVERIFY(edits.createRisk(projectUuid, turnover));
    BudgetLine salaries{{}, newUuid(70), 2010, QStringLiteral("Lønn"), 100000, 0, 5000, 0};
    BudgetLine travel{{}, newUuid(71), 2010, QStringLiteral("Reise"), 20000, 0, 0, 0};
    QVERIFY(edits.createBudgetLine(projectUuid, travel));
    auto line = edits.createBudgetLine(projectUuid, salaries, 0);
    QVERIFY2(line, failure(line));
    QCOMPARE(line->budgetOre, salaries.budgetOre);
    expected.milestones = {kickoff};
    expected.risks = {turnover};
    expected.budgetLines = {salaries, travel};
    timeline.note();

    // THEN the project reads back with each entity where it was put, each list numbered from 0
    SAMSPILL_COMPARE_CONTENT(readBack(fixture.database(), projectUuid), expected);
    SAMSPILL_VERIFY_PLACES(fixture, projectUuid);
    // AND the history rebuilds it as it stood after each step
    SAMSPILL_VERIFY_HISTORY(timeline);
}

void TestEditing::subGoalsAreCreatedAmongTheirSiblingsInPreOrder()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle &a = sample.projects[0]; // G1 > G1.1 > G1.1.1, G1 > G1.2, G2
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;

    // WHEN a sub-goal of G1 goes between G1.1 and G1.2, and one goes last under G1.1
    Goal between{{}, newUuid(1), a.goals[0].uuid, QStringLiteral("Mellom"), {}, 0};
    QVERIFY(edits.createGoal(a.project.uuid, between, 1));
    Goal last{{}, newUuid(2), a.goals[1].uuid, QStringLiteral("Sist under 1.1"), {}, 0};
    QVERIFY(edits.createGoal(a.project.uuid, last));

    // THEN they follow their siblings' sub-goals, in pre-order
    const QVector<Goal> goals = readBack(fixture.database(), a.project.uuid).goals;
    QStringList texts;
    for (const Goal &goal : goals)
        texts.append(goal.text);
    QCOMPARE(texts, (QStringList{QStringLiteral("Hovedmål én"), QStringLiteral("Delmål 1.1"),
                                 QStringLiteral("Delmål 1.1.1"), QStringLiteral("Sist under 1.1"),
                                 QStringLiteral("Mellom"), QStringLiteral("Delmål 1.2"),
                                 QStringLiteral("Hovedmål to")}));
    SAMSPILL_VERIFY_PLACES(fixture, a.project.uuid);
}

QTEST_GUILESS_MAIN(TestEditing)
