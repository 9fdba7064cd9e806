// Editing every entity through Domain::EditRepository (Storage::SqlEditRepository): created
// where asked, changed only at the version that was read, moved, status updates that set their
// measure in the same transaction, and removals that restore exactly what they took. After every
// step each list holds the places 0..n-1, and the project rebuilt from the history as of each
// moment is what was saved then. Runs on SQLite and PostgreSQL alike.

#include "models/storage/sqleditrepository.h"
#include "models/storage/sqlhistoryrepository.h"
#include "models/storage/sqlportfoliorepository.h"
#include "tests/storage/storagefixture.h"
#include "tests/storage/storagehelpers.h"
#include "tests/support/domaintostring.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/testportfolios.h"

#include <QSet>
#include <QTest>
#include <QThread>

#include <functional>
#include <optional>

using namespace Domain;
using namespace StorageHelpers;
using Storage::SqlEditRepository;

using Edit = std::function<Result<void>(EditRepository &, const ProjectBundle &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Domain::EntityKind)

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyEntityIsCreatedWhereItWasAskedFor();
    void subGoalsAreCreatedAmongTheirSiblingsInPreOrder();
    void everyEntityIsUpdatedAndReadsBackWithANewVersion();
    void savingWithoutChangesWritesNothing();
    void staleUpdatesAreRefusedSayingWhoAndNothingIsWritten_data();
    void staleUpdatesAreRefusedSayingWhoAndNothingIsWritten();
    void invalidEditsAreRefusedAndNothingIsWritten_data();
    void invalidEditsAreRefusedAndNothingIsWritten();
    void goalsAreIndentedOutdentedAndMovedBackExactly();
    void goalsCannotBeMovedUnderThemselvesNorTooDeep();
    void listsAreReorderedAndStayNumberedFromZero();
    void changedPartsGiveTheirOwnerANewVersion();
    void statusUpdateSetsTheMeasureInTheSameTransaction();
    void statusUpdateThatBreaksARuleOrMeetsANewerMeasureWritesNothing();
    void projectStatusUpdateSetsTheProjectStatus();
    void statusLogsAreNewestFirst();
    void removedGoalComesBackWithItsSubGoalsAndTheMeasuresThatServedIt();
    void removedMeasureComesBackWithItsActivitiesLogAndMilestones();
    void removedProjectComesBackWhole();
    void removedListEntriesComeBackInTheirPlace_data();
    void removedListEntriesComeBackInTheirPlace();
    void sharedEntitiesInUseAreNotRemoved();
    void unusedSharedEntitiesAreRemovedAndRestored();
    void staleRemovalIsRefusedAndNothingIsWritten();
    void restoreIsRefusedWhenItsPlaceIsGoneOrItIsBackAlready();
};

namespace {

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

template <typename T>
qsizetype indexOf(const QVector<T> &items, const QUuid &uuid)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

// Every list whose places are not 0..n-1, as "table of owner: position p where q belongs".
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

// Goals out of pre-order: a sub-goal not inside its parent's run of descendants.
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

#define SAMSPILL_VERIFY_PLACES(fixture, project)                                                   \
    do {                                                                                           \
        const QStringList gaps_ = gapsIn((fixture).settings()) +                                   \
                                  preOrderProblems(readBack((fixture).database(), project).goals); \
        QVERIFY2(gaps_.isEmpty(), qPrintable(gaps_.join(QLatin1Char('\n'))));                      \
    } while (false)

// What is stored, but the history (which only grows), as dump lines; the version of the
// entities named is left out (entities that stay but whose links a removal took and a restore
// put back get a new version each time).
QStringList storedContent(const StorageFixture &fixture, const QSet<QUuid> &withoutVersion = {})
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

// The project as saved after each write, and when: for checking that the project rebuilt from
// the history as of each moment (and just before it) is what was saved then.
class Timeline
{
public:
    Timeline(StorageFixture &fixture, const QUuid &project)
        : m_fixture(fixture)
        , m_project(project)
    {}

    // Notes what is stored now, at the time of the newest change set (a step that wrote
    // nothing notes the moment of the step before again).
    void note()
    {
        const QString last =
            queryRaw(m_fixture.settings(), QStringLiteral("SELECT MAX(changed_at), COUNT(*) FROM "
                                                          "change_set"))
                .value(0);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(
            last.section(QLatin1Char('|'), 0, 0).toLongLong(), Qt::UTC);
        std::optional<ProjectBundle> saved;
        if (storedProject(m_fixture.database(), m_project).isValid())
            saved = readBack(m_fixture.database(), m_project);
        if (!m_moments.isEmpty() && m_moments.constLast().at == at)
            m_moments.removeLast();
        m_moments.append({at, last.section(QLatin1Char('|'), 1, 1).toInt(), saved});
        QThread::msleep(3); // the next change set comes later to the millisecond
    }

    // Every moment where the rebuilt project is not what was saved.
    QStringList differences() const
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

private:
    struct Moment
    {
        QDateTime at;
        int changeSets = 0; // stored up to then
        std::optional<ProjectBundle> saved;
    };
    StorageFixture &m_fixture;
    QUuid m_project;
    QVector<Moment> m_moments;
};

#define SAMSPILL_VERIFY_HISTORY(timeline)                                                          \
    do {                                                                                           \
        const QStringList problems_ = (timeline).differences();                                    \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(QLatin1Char('\n'))));              \
    } while (false)

Portfolio importedSample(StorageFixture &fixture)
{
    const Portfolio sample = TestSupport::samplePortfolio();
    auto imported = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample);
    return imported ? sample : Portfolio();
}

#define SAMSPILL_SAMPLE(fixture, sample)                                                           \
    SAMSPILL_FIXTURE(fixture);                                                                     \
    const Portfolio sample = importedSample(fixture);                                              \
    QVERIFY2(!sample.projects.isEmpty(), "the sample portfolio was not imported")

template <typename T>
Result<void> asVoid(const Result<T> &result)
{
    return result ? Result<void>() : Result<void>(result.error());
}

} // namespace

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

// --- update

void TestEditing::everyEntityIsUpdatedAndReadsBackWithANewVersion()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const QUuid projectUuid = sample.projects[0].project.uuid;
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    Timeline timeline(fixture, projectUuid);
    timeline.note();
    ProjectBundle expected = readBack(fixture.database(), projectUuid);

    // WHEN each kind of entity is changed and saved
    Organisation organisation = edits.organisation(sample.organisations[0].uuid).value();
    organisation.name = QStringLiteral("Nye Ås kommune");
    auto savedOrganisation = edits.updateOrganisation(organisation);
    QVERIFY2(savedOrganisation, failure(savedOrganisation));
    QCOMPARE(savedOrganisation->version, 2);
    QCOMPARE(savedOrganisation->name, organisation.name);
    KnowledgeSource source = edits.knowledgeSource(sample.knowledgeSources[1].uuid).value();
    source.year = 1999;
    source.link = QStringLiteral("https://example.org/notat");
    auto savedSource = edits.updateKnowledgeSource(source);
    QVERIFY2(savedSource, failure(savedSource));
    QCOMPARE(savedSource->version, 2);
    QCOMPARE(savedSource->link, source.link);

    const auto saved = [&](auto result, int version) {
        QVERIFY2(result, failure(result));
        QCOMPARE(result->version, version);
        timeline.note();
    };
    expected.project.region = QStringLiteral("Innherred");
    expected.project.knowledgeSourceUuids = {sample.knowledgeSources[1].uuid};
    saved(edits.updateProject(expected.project), 2);

    expected.participants[1].role = ParticipantRole::Collaborator;
    expected.participants[1].organisationUuid = sample.organisations[2].uuid;
    saved(edits.updateParticipant(expected.participants[1]), 2);
    expected.members[2].name.clear(); // by role alone now
    expected.members[2].group = Group::ProjectGroup;
    saved(edits.updateMember(expected.members[2]), 2);

    // A goal's text and its indicators (one changed, one removed, one added, reordered)
    Goal &goal = expected.goals[0];
    goal.text = QStringLiteral("Hovedmål én, omformulert");
    Indicator added;
    added.uuid = newUuid(1);
    added.name = QStringLiteral("Nytt mål");
    Indicator changedIndicator = goal.indicators[1];
    changedIndicator.unit = QStringLiteral("stk");
    goal.indicators = {added, changedIndicator}; // indicators[0] removed
    saved(edits.updateGoal(goal), 2);
    goal = edits.goal(goal.uuid).value(); // with its new indicators' keys and versions
    goal.indicators[0].current = 2.5;
    saved(edits.updateIndicator(goal.indicators[0]), 2);
    goal.indicators[0].version = 2;

    Measure &measure = expected.measures[1];
    measure.status = Status::InProgress;
    measure.progress = 20;
    measure.goalUuids = {expected.goals[4].uuid};
    saved(edits.updateMeasure(measure), 2);
    Activity &activity = expected.measures[0].activities[1];
    activity.done = true;
    activity.due = PlanDate::quarter(2021, 4);
    saved(edits.updateActivity(activity), 2);

    Milestone &milestone = expected.milestones[1];
    milestone.measureUuid = expected.measures[2].uuid;
    milestone.done = true;
    saved(edits.updateMilestone(milestone), 2);
    StatusUpdate &update = expected.statusUpdates[0];
    update.text = QStringLiteral("Oppstart; nesten alle er med.");
    update.deviation = true;
    saved(edits.updateStatusUpdate(update), 2);
    Risk &risk = expected.risks[0];
    risk.impact = 2;
    risk.mitigation.clear();
    saved(edits.updateRisk(risk), 2);
    BudgetLine &line = expected.budgetLines[1];
    line.accountsOre = 2499999;
    saved(edits.updateBudgetLine(line), 2);

    // THEN each reads back as saved, in its place
    SAMSPILL_COMPARE_CONTENT(readBack(fixture.database(), projectUuid), expected);
    SAMSPILL_VERIFY_PLACES(fixture, projectUuid);
    // AND the history records what changed, field by field
    QCOMPARE(fieldChanges(changesAfterInsert(historyOf(fixture.database(), risk.uuid))),
             (QMap<QString, QString>{
                 {QStringLiteral("impact"), QStringLiteral("5 -> 2")},
                 {QStringLiteral("mitigation"), QStringLiteral("Dele på oppgavene -> ")}}));
    QCOMPARE(
        fieldChanges(changesAfterInsert(historyOf(fixture.database(), milestone.uuid))),
        (QMap<QString, QString>{{QStringLiteral("measure"),
                                 QStringLiteral("null -> ") + uuidText(expected.measures[2].uuid)},
                                {QStringLiteral("done"), QStringLiteral("false -> true")}}));
    // AND the project rebuilt as of each save is what was saved
    SAMSPILL_VERIFY_HISTORY(timeline);
}

void TestEditing::savingWithoutChangesWritesNothing()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle stored = readBack(fixture.database(), sample.projects[0].project.uuid);
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    const QStringList before = fixture.dump();

    // WHEN entities are saved as they were read
    QVERIFY(edits.updateGoal(stored.goals[0]));
    QVERIFY(edits.updateMember(stored.members[0]));
    QVERIFY(edits.updateActivity(stored.measures[0].activities[0]));
    auto risk = edits.updateRisk(stored.risks[0]);

    // THEN nothing at all is written, and versions stay
    QVERIFY2(risk, failure(risk));
    QCOMPARE(risk->version, 1);
    QCOMPARE(fixture.dump(), before);
}

void TestEditing::staleUpdatesAreRefusedSayingWhoAndNothingIsWritten_data()
{
    QTest::addColumn<Edit>("first");  // someone else's save
    QTest::addColumn<Edit>("second"); // mine, to the copy read before theirs
    QTest::addColumn<Edit>("stored"); // a read of what is stored, for the conflict dialog

    const auto row = [](const char *name, auto change, auto update, auto read) {
        QTest::newRow(name) << Edit([=](EditRepository &edits, const ProjectBundle &b) {
            auto entity = read(edits, b).value();
            change(entity, 1);
            return asVoid(update(edits, entity));
        }) << Edit([=](EditRepository &edits, const ProjectBundle &b) {
            auto entity = read(edits, b).value();
            entity.version = 1; // as read before the first save
            change(entity, 2);
            return asVoid(update(edits, entity));
        }) << Edit([=](EditRepository &edits, const ProjectBundle &b) {
            return asVoid(read(edits, b));
        });
    };
    row(
        "organisation", [](Organisation &o, int n) { o.name = QString::number(n); },
        [](EditRepository &e, const Organisation &o) { return e.updateOrganisation(o); },
        [](EditRepository &e, const ProjectBundle &b) {
            return e.organisation(b.participants[0].organisationUuid);
        });
    row(
        "project", [](Project &p, int n) { p.name = QString::number(n); },
        [](EditRepository &e, const Project &p) { return e.updateProject(p); },
        [](EditRepository &e, const ProjectBundle &b) { return e.project(b.project.uuid); });
    row(
        "member", [](Member &m, int n) { m.role = QString::number(n); },
        [](EditRepository &e, const Member &m) { return e.updateMember(m); },
        [](EditRepository &e, const ProjectBundle &b) { return e.member(b.members[0].uuid); });
    row(
        "goal", [](Goal &g, int n) { g.text = QString::number(n); },
        [](EditRepository &e, const Goal &g) { return e.updateGoal(g); },
        [](EditRepository &e, const ProjectBundle &b) { return e.goal(b.goals[3].uuid); });
    row(
        "indicator", [](Indicator &i, int n) { i.current = n; },
        [](EditRepository &e, const Indicator &i) { return e.updateIndicator(i); },
        [](EditRepository &e, const ProjectBundle &b) {
            return e.indicator(b.goals[0].indicators[1].uuid);
        });
    row(
        "measure", [](Measure &m, int n) { m.progress = n; },
        [](EditRepository &e, const Measure &m) { return e.updateMeasure(m); },
        [](EditRepository &e, const ProjectBundle &b) { return e.measure(b.measures[1].uuid); });
    row(
        "activity", [](Activity &a, int n) { a.title = QString::number(n); },
        [](EditRepository &e, const Activity &a) { return e.updateActivity(a); },
        [](EditRepository &e, const ProjectBundle &b) {
            return e.activity(b.measures[0].activities[2].uuid);
        });
    row(
        "milestone", [](Milestone &m, int n) { m.title = QString::number(n); },
        [](EditRepository &e, const Milestone &m) { return e.updateMilestone(m); },
        [](EditRepository &e, const ProjectBundle &b) {
            return e.milestone(b.milestones[0].uuid);
        });
    row(
        "budget line", [](BudgetLine &l, int n) { l.budgetOre = n; },
        [](EditRepository &e, const BudgetLine &l) { return e.updateBudgetLine(l); },
        [](EditRepository &e, const ProjectBundle &b) {
            return e.budgetLine(b.budgetLines[0].uuid);
        });
}

void TestEditing::staleUpdatesAreRefusedSayingWhoAndNothingIsWritten()
{
    QFETCH(Edit, first);
    QFETCH(Edit, second);
    QFETCH(Edit, stored);
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle bundle = readBack(fixture.database(), sample.projects[0].project.uuid);

    // GIVEN someone else, on a connection of their own, saved their change first
    auto other = Storage::Database::open(fixture.settings());
    QVERIFY2(other, failure(other));
    SqlEditRepository theirRepository(*other.value());
    EditRepository &theirs = theirRepository;
    auto saved = first(theirs, bundle);
    QVERIFY2(saved, failure(saved));
    const QStringList before = fixture.dump();

    // WHEN my change to the copy I read before theirs is saved
    SqlEditRepository myRepository(fixture.database());
    EditRepository &mine = myRepository;
    auto refused = second(mine, bundle);

    // THEN it is refused as a conflict that says who changed it, and nothing is written
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(fixture.database().author()),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QLatin1String("was not saved")),
             qPrintable(refused.error().message));
    QCOMPARE(fixture.dump(), before);
    // AND what they stored can be read, to show beside mine
    auto read = stored(mine, bundle);
    QVERIFY2(read, failure(read));
}

void TestEditing::invalidEditsAreRefusedAndNothingIsWritten_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("expected"); // a part of the message

    const auto row = [](const char *name, Edit edit, Error::Kind kind, const char *expected) {
        QTest::newRow(name) << edit << kind << QString::fromUtf8(expected);
    };
    const QUuid fresh = newUuid(99);
    row(
        "organisation without a name",
        [=](EditRepository &e, const ProjectBundle &) {
            return asVoid(e.createOrganisation(
                {{}, fresh, QStringLiteral(" \u200B"), OrganisationKind::Nav, 0}));
        },
        Error::Kind::Invalid, "name: must not be empty");
    row(
        "member with neither name nor role",
        [=](EditRepository &e, const ProjectBundle &b) {
            return asVoid(
                e.createMember(b.project.uuid, {{}, fresh, {}, {}, {}, Group::ProjectGroup, 0}));
        },
        Error::Kind::Invalid, "a member needs a name or a role");
    row(
        "indicator without a name",
        [=](EditRepository &e, const ProjectBundle &b) {
            Indicator indicator;
            indicator.uuid = fresh;
            return asVoid(e.createIndicator(b.goals[1].uuid, indicator));
        },
        Error::Kind::Invalid, "name: must not be empty");
    row(
        "activity of a measure that is not stored",
        [=](EditRepository &e, const ProjectBundle &) {
            return asVoid(e.createActivity(QUuid::createUuid(),
                                           {{}, fresh, QStringLiteral("X"), {}, false, 0}));
        },
        Error::Kind::NotFound, "no longer exists");
    row(
        "sub-goal of a goal of another project",
        [=](EditRepository &e, const ProjectBundle &b) {
            return asVoid(e.createGoal(b.project.uuid,
                                       {{},
                                        fresh,
                                        TestSupport::samplePortfolio().projects[1].goals[0].uuid,
                                        QStringLiteral("Mål"),
                                        {},
                                        0}));
        },
        Error::Kind::Invalid, "is not a goal of this project");
    row(
        "milestone of a measure of another project",
        [=](EditRepository &e, const ProjectBundle &b) {
            Milestone milestone{{},
                                fresh,
                                {},
                                QStringLiteral("M"),
                                TestSupport::samplePortfolio().projects[1].measures[0].uuid,
                                false,
                                0};
            return asVoid(e.createMilestone(b.project.uuid, milestone));
        },
        Error::Kind::Invalid, "is not a measure of this project");
    row(
        "risk scored 6",
        [=](EditRepository &e, const ProjectBundle &b) {
            Risk risk = b.risks[0];
            risk.likelihood = 6;
            return asVoid(e.updateRisk(risk));
        },
        Error::Kind::Invalid, "likelihood: 6 is not between 1 and 5");
    row(
        "budget line of the year 1800",
        [=](EditRepository &e, const ProjectBundle &b) {
            BudgetLine line = b.budgetLines[0];
            line.year = 1800;
            return asVoid(e.updateBudgetLine(line));
        },
        Error::Kind::Invalid, "year: 1800 is not between 1900 and 2200");
    row(
        "completed measure at 40 %",
        [=](EditRepository &e, const ProjectBundle &b) {
            Measure measure = b.measures[0];
            measure.status = Status::Completed;
            return asVoid(e.updateMeasure(measure));
        },
        Error::Kind::Invalid, "a completed measure has 100 % progress");
    row(
        "project ending before it starts",
        [=](EditRepository &e, const ProjectBundle &b) {
            Project project = b.project;
            project.end = QDate(2019, 1, 1);
            return asVoid(e.updateProject(project));
        },
        Error::Kind::Invalid, "is before the start date");
    row(
        "what a status update did",
        [=](EditRepository &e, const ProjectBundle &b) {
            StatusUpdate update = b.statusUpdates[1];
            update.newProgress = 90;
            return asVoid(e.updateStatusUpdate(update));
        },
        Error::Kind::Invalid, "record a new status update instead");
    row(
        "a goal's indicator without a name",
        [=](EditRepository &e, const ProjectBundle &b) {
            Goal goal = b.goals[0];
            goal.indicators[1].name.clear();
            return asVoid(e.updateGoal(goal));
        },
        Error::Kind::Invalid, "indicators[1].name: must not be empty");
    row(
        "a goal with the same UUID as another",
        [=](EditRepository &e, const ProjectBundle &b) {
            Goal goal{{}, b.goals[2].uuid, QUuid(), QStringLiteral("Kopi"), {}, 0};
            return asVoid(e.createGoal(b.project.uuid, goal));
        },
        Error::Kind::Conflict, "already stored");
    row(
        "a project's progress",
        [=](EditRepository &e, const ProjectBundle &b) {
            StatusUpdate update;
            update.uuid = fresh;
            update.recordedAt = QDateTime::currentDateTimeUtc();
            update.text = QStringLiteral("Halvveis");
            update.newProgress = 50;
            return asVoid(e.recordStatusUpdate(b.project.uuid, update, b.project.version));
        },
        Error::Kind::Invalid, "rolled up from its measures");
    row(
        "a kind without a list to move in",
        [=](EditRepository &e, const ProjectBundle &b) {
            return asVoid(e.move(EntityKind::StatusUpdate, b.statusUpdates[0].uuid, 0));
        },
        Error::Kind::Invalid, "has no place in a list");
}

void TestEditing::invalidEditsAreRefusedAndNothingIsWritten()
{
    QFETCH(Edit, edit);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, expected);
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle bundle = readBack(fixture.database(), sample.projects[0].project.uuid);
    const QStringList before = fixture.dump();
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;

    auto refused = edit(edits, bundle);

    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, kind);
    QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
    QCOMPARE(fixture.dump(), before);
}

// --- move

void TestEditing::goalsAreIndentedOutdentedAndMovedBackExactly()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle &a = sample.projects[0]; // G1 > G1.1 > G1.1.1, G1 > G1.2, G2
    const QUuid g1 = a.goals[0].uuid, g11 = a.goals[1].uuid, g12 = a.goals[3].uuid,
                g2 = a.goals[4].uuid;
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    Timeline timeline(fixture, a.project.uuid);
    timeline.note();
    const QStringList before = storedContent(fixture);
    const auto order = [&] {
        QStringList texts;
        for (const Goal &goal : readBack(fixture.database(), a.project.uuid).goals)
            texts.append(goal.text.section(QLatin1Char(' '), 1));
        return texts.join(QLatin1Char(' '));
    };
    QCOMPARE(order(), QStringLiteral("én 1.1 1.1.1 1.2 to"));

    // WHEN G2 is indented under G1 (last of its sub-goals)
    auto indented = edits.moveGoal(g2, g1, AtEnd);
    QVERIFY2(indented, failure(indented));
    QCOMPARE(indented->parent, QUuid());
    QCOMPARE(indented->position, 1);
    timeline.note();
    QCOMPARE(order(), QStringLiteral("én 1.1 1.1.1 1.2 to"));
    QCOMPARE(edits.goal(g2)->parentUuid, g1);
    // AND G1.1 with its sub-goal is outdented to a main goal before G1
    auto outdented = edits.moveGoal(g11, QUuid(), 0);
    QVERIFY2(outdented, failure(outdented));
    timeline.note();
    QCOMPARE(order(), QStringLiteral("1.1 1.1.1 én 1.2 to"));
    // AND G1.2 moves up above G2's place among G1's sub-goals... and down again
    auto up = edits.moveGoal(g12, g1, 1);
    QVERIFY2(up, failure(up));
    QCOMPARE(up->position, 0);
    timeline.note();
    QCOMPARE(order(), QStringLiteral("1.1 1.1.1 én to 1.2"));
    SAMSPILL_VERIFY_PLACES(fixture, a.project.uuid);

    // THEN moving each back to where it was gives back exactly the same tree
    QVERIFY(edits.moveGoal(g12, up->parent, up->position));
    QVERIFY(edits.moveGoal(g11, outdented->parent, outdented->position));
    QVERIFY(edits.moveGoal(g2, indented->parent, indented->position));
    timeline.note();
    QCOMPARE(storedContent(fixture), before); // versions too: a move is no change of content
    // AND the history rebuilds each step
    SAMSPILL_VERIFY_HISTORY(timeline);
}

void TestEditing::goalsCannotBeMovedUnderThemselvesNorTooDeep()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle &a = sample.projects[0];
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    const QStringList before = fixture.dump();

    // WHEN a goal is moved under itself or under its own sub-goal
    auto itself = edits.moveGoal(a.goals[0].uuid, a.goals[0].uuid, 0);
    auto below = edits.moveGoal(a.goals[0].uuid, a.goals[2].uuid, 0);

    // THEN both are refused and nothing moves
    QVERIFY(!itself);
    QCOMPARE(itself.error().kind, Error::Kind::Invalid);
    QVERIFY(!below);
    QVERIFY2(below.error().message.contains(QLatin1String("under itself or one of its sub-goals")),
             qPrintable(below.error().message));
    QCOMPARE(fixture.dump(), before);

    // AND a chain of goals stops at MaxGoalDepth levels, for creating and for moving
    QUuid parent = a.goals[2].uuid; // level 3
    for (int level = 4; level <= MaxGoalDepth; ++level) {
        Goal goal{{}, newUuid(level), parent, QStringLiteral("Nivå %1").arg(level), {}, 0};
        auto created = edits.createGoal(a.project.uuid, goal);
        QVERIFY2(created, failure(created));
        parent = goal.uuid;
    }
    Goal tooDeep{{}, newUuid(100), parent, QStringLiteral("For dypt"), {}, 0};
    auto refused = edits.createGoal(a.project.uuid, tooDeep);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("at most 16 levels")),
             qPrintable(refused.error().message));
    auto deeper = edits.moveGoal(a.goals[3].uuid, parent, 0); // G1.2 to level 17
    QVERIFY(!deeper);
    QCOMPARE(deeper.error().kind, Error::Kind::Invalid);
    SAMSPILL_VERIFY_PLACES(fixture, a.project.uuid);
}

void TestEditing::listsAreReorderedAndStayNumberedFromZero()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const QUuid projectUuid = sample.projects[0].project.uuid;
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    Timeline timeline(fixture, projectUuid);
    timeline.note();
    ProjectBundle expected = readBack(fixture.database(), projectUuid);
    const QStringList before =
        storedContent(fixture, {expected.goals[0].uuid, expected.measures[0].uuid});

    const auto moved = [&](EntityKind kind, const QUuid &uuid, int position, int from) {
        auto place = edits.move(kind, uuid, position);
        QVERIFY2(place, failure(place));
        QCOMPARE(place->position, from);
        timeline.note();
    };
    // WHEN an entry of each list moves
    moved(EntityKind::Participant, expected.participants[2].uuid, 0, 2);
    expected.participants.move(2, 0);
    moved(EntityKind::Member, expected.members[0].uuid, AtEnd, 0);
    expected.members.move(0, 2);
    moved(EntityKind::Indicator, expected.goals[0].indicators[1].uuid, 0, 1);
    expected.goals[0].indicators.move(1, 0);
    moved(EntityKind::Measure, expected.measures[2].uuid, 1, 2);
    expected.measures.move(2, 1);
    moved(EntityKind::Activity, expected.measures[0].activities[0].uuid, 1, 0);
    expected.measures[0].activities.move(0, 1);
    moved(EntityKind::Milestone, expected.milestones[1].uuid, 0, 1);
    expected.milestones.move(1, 0);
    moved(EntityKind::Risk, expected.risks[0].uuid, 5, 0); // alone: stays
    moved(EntityKind::BudgetLine, expected.budgetLines[0].uuid, 1, 0);
    expected.budgetLines.move(0, 1);

    // THEN each list is in the new order, numbered from 0
    SAMSPILL_COMPARE_CONTENT(readBack(fixture.database(), projectUuid), expected);
    SAMSPILL_VERIFY_PLACES(fixture, projectUuid);
    SAMSPILL_VERIFY_HISTORY(timeline);

    // AND moving them back gives back what was stored (but the new versions of the goal and
    // the measure, whose updates write the order of their parts)
    QVERIFY(edits.move(EntityKind::Participant, expected.participants[0].uuid, 2));
    QVERIFY(edits.move(EntityKind::Member, expected.members[2].uuid, 0));
    QVERIFY(edits.move(EntityKind::Indicator, expected.goals[0].indicators[0].uuid, 1));
    QVERIFY(edits.move(EntityKind::Measure, expected.measures[1].uuid, 2));
    QVERIFY(edits.move(EntityKind::Activity, expected.measures[0].activities[1].uuid, 0));
    QVERIFY(edits.move(EntityKind::Milestone, expected.milestones[0].uuid, 1));
    QVERIFY(edits.move(EntityKind::BudgetLine, expected.budgetLines[1].uuid, 0));
    QCOMPARE(storedContent(fixture, {expected.goals[0].uuid, expected.measures[0].uuid}), before);
}

void TestEditing::changedPartsGiveTheirOwnerANewVersion()
{
    SAMSPILL_SAMPLE(fixture, sample);
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    const Measure read = edits.measure(sample.projects[0].measures[0].uuid).value();
    QCOMPARE(read.version, 1);

    // WHEN an activity is added to the measure on its own, and ticked
    Activity added{{}, newUuid(1), QStringLiteral("Ny"), PlanDate(), false, 0};
    auto created = edits.createActivity(read.uuid, added);
    QVERIFY2(created, failure(created));
    Activity ticked = read.activities[1];
    ticked.done = true;
    QVERIFY(edits.updateActivity(ticked));

    // THEN a copy of the measure read before can no longer write its old list of activities
    // back (which would remove the new one and untick the other)
    QCOMPARE(edits.measure(read.uuid)->version, 2);
    Measure stale = read;
    stale.title = QStringLiteral("Endret");
    const QStringList before = fixture.dump();
    auto refused = edits.updateMeasure(stale);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(fixture.dump(), before);
    // AND a copy with the new version but an old tick cannot untick it either
    stale.version = 2;
    stale.activities.append(created.value());
    auto untick = edits.updateMeasure(stale);
    QVERIFY(!untick);
    QCOMPARE(untick.error().kind, Error::Kind::Conflict);
    QCOMPARE(fixture.dump(), before);
}

// --- status updates

void TestEditing::statusUpdateSetsTheMeasureInTheSameTransaction()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const QUuid projectUuid = sample.projects[0].project.uuid;
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    Timeline timeline(fixture, projectUuid);
    timeline.note();
    const Measure bare = edits.measure(sample.projects[0].measures[1].uuid).value();
    const QStringList before = storedContent(fixture, {bare.uuid});

    // WHEN a status update on a measure says it is in progress at 30 %
    StatusUpdate update;
    update.uuid = newUuid(1);
    update.measureUuid = bare.uuid;
    update.recordedAt = QDateTime(QDate(2021, 2, 1), QTime(9, 0), Qt::UTC);
    update.author = QStringLiteral("Prosjektleder");
    update.text = QStringLiteral("Hospitering er i gang.");
    update.newStatus = Status::InProgress;
    update.newProgress = 30;
    update.decisionNeeded = true;
    auto recorded = edits.recordStatusUpdate(projectUuid, update, bare.version);

    // THEN the log holds it and the measure has its status and progress, one change set for both
    QVERIFY2(recorded, failure(recorded));
    timeline.note();
    QCOMPARE(recorded->update.version, 1);
    QCOMPARE(recorded->update.text, update.text);
    QVERIFY(recorded->measureBefore && recorded->measureAfter);
    QCOMPARE(recorded->measureBefore->status, Status::Planned);
    QCOMPARE(recorded->measureAfter->status, Status::InProgress);
    QCOMPARE(recorded->measureAfter->progress, std::optional<int>(30));
    QCOMPARE(recorded->measureAfter->version, bare.version + 1);
    const QVector<ChangeEvent> measureHistory = historyOf(fixture.database(), bare.uuid);
    const QVector<ChangeEvent> logHistory = historyOf(fixture.database(), update.uuid);
    QCOMPARE(measureHistory.constLast().changeSet, logHistory.constLast().changeSet);

    // AND withdrawing it (undo) takes both back
    auto withdrawn = edits.withdrawStatusUpdate(recorded.value());
    QVERIFY2(withdrawn, failure(withdrawn));
    timeline.note();
    QCOMPARE(withdrawn->measureAfter->status, Status::Planned);
    QCOMPARE(withdrawn->measureAfter->progress, std::optional<int>());
    QVERIFY(edits.measureStatusLog(bare.uuid)->isEmpty());
    QCOMPARE(storedContent(fixture, {bare.uuid}), before);

    // AND recording it again (redo) stores the same update, with the same UUID
    auto again = edits.recordStatusUpdate(projectUuid, update, withdrawn->measureAfter->version);
    QVERIFY2(again, failure(again));
    timeline.note();
    QCOMPARE(again->update.uuid, update.uuid);
    QCOMPARE(again->measureAfter->status, Status::InProgress);
    SAMSPILL_VERIFY_HISTORY(timeline);
}

void TestEditing::statusUpdateThatBreaksARuleOrMeetsANewerMeasureWritesNothing()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const QUuid projectUuid = sample.projects[0].project.uuid;
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    const Measure measure = edits.measure(sample.projects[0].measures[0].uuid).value(); // 40 %
    const QStringList before = fixture.dump();
    StatusUpdate update;
    update.uuid = newUuid(1);
    update.measureUuid = measure.uuid;
    update.recordedAt = QDateTime::currentDateTimeUtc();
    update.text = QStringLiteral("Ferdig!");
    update.newStatus = Status::Completed;

    // WHEN a measure at 40 % is said to be completed
    auto incomplete = edits.recordStatusUpdate(projectUuid, update, measure.version);
    // THEN it is refused, naming the rule, and neither the log nor the measure is written
    QVERIFY(!incomplete);
    QCOMPARE(incomplete.error().kind, Error::Kind::Invalid);
    QVERIFY2(incomplete.error().message.contains(QLatin1String("100 %")),
             qPrintable(incomplete.error().message));
    QCOMPARE(fixture.dump(), before);

    // WHEN the update is given for a version of the measure that is no longer stored
    update.newProgress = 100;
    auto stale = edits.recordStatusUpdate(projectUuid, update, measure.version - 1);
    // THEN it is refused as a conflict, and again nothing is written
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QCOMPARE(fixture.dump(), before);

    // AND with 100 % at the stored version it is recorded
    auto done = edits.recordStatusUpdate(projectUuid, update, measure.version);
    QVERIFY2(done, failure(done));
    QCOMPARE(done->measureAfter->status, Status::Completed);
}

void TestEditing::projectStatusUpdateSetsTheProjectStatus()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const Project project = sample.projects[1].project; // planned
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    StatusUpdate update;
    update.uuid = newUuid(1);
    update.recordedAt = QDateTime::currentDateTimeUtc();
    update.text = QStringLiteral("Prosjektet er i gang.");
    update.newStatus = Status::InProgress;

    auto recorded = edits.recordStatusUpdate(project.uuid, update, 1);

    QVERIFY2(recorded, failure(recorded));
    QVERIFY(!recorded->measureAfter);
    QCOMPARE(recorded->projectBefore->status, Status::Planned);
    QCOMPARE(recorded->projectAfter->status, Status::InProgress);
    QCOMPARE(edits.project(project.uuid)->version, 2);
    auto withdrawn = edits.withdrawStatusUpdate(recorded.value());
    QVERIFY2(withdrawn, failure(withdrawn));
    QCOMPARE(edits.project(project.uuid)->status, Status::Planned);
}

void TestEditing::statusLogsAreNewestFirst()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle &a = sample.projects[0]; // "started" (project), "behind" (measure 0)
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    StatusUpdate later;
    later.uuid = newUuid(1);
    later.measureUuid = a.measures[0].uuid;
    later.recordedAt = QDateTime(QDate(2021, 1, 10), QTime(10, 0), Qt::UTC);
    later.text = QStringLiteral("Nytt kull");
    QVERIFY(edits.recordStatusUpdate(a.project.uuid, later, 1));

    auto project = edits.projectStatusLog(a.project.uuid);
    auto measure = edits.measureStatusLog(a.measures[0].uuid);

    QVERIFY2(project, failure(project));
    QVERIFY2(measure, failure(measure));
    QCOMPARE(project->size(), 3);
    QCOMPARE(project->at(0).uuid, later.uuid);
    QCOMPARE(project->at(1).uuid, a.statusUpdates[1].uuid);
    QCOMPARE(project->at(2).uuid, a.statusUpdates[0].uuid);
    QCOMPARE(measure->size(), 2);
    QCOMPARE(measure->at(0).uuid, later.uuid);
    QCOMPARE(measure->at(1).uuid, a.statusUpdates[1].uuid);
}

// --- remove and restore

void TestEditing::removedGoalComesBackWithItsSubGoalsAndTheMeasuresThatServedIt()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle &a = sample.projects[0];
    // G1 with G1.1, G1.1.1 and G1.2; measure 0 serves G2 and G1.1, measure 2 G1 and G1.1.1
    const Goal &g1 = a.goals[0];
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    Timeline timeline(fixture, a.project.uuid);
    timeline.note();
    const QSet<QUuid> served{a.measures[0].uuid, a.measures[2].uuid};
    const QStringList before = storedContent(fixture, served);
    const int servedVersion = edits.measure(a.measures[0].uuid)->version;

    // WHEN G1 is removed
    auto removal = edits.remove(EntityKind::Goal, g1.uuid, 1);

    // THEN its sub-goals and indicators go with it, and the measures serve what is left
    QVERIFY2(removal, failure(removal));
    timeline.note();
    QCOMPARE(removal->kind, EntityKind::Goal);
    QCOMPARE(removal->position, 0);
    QCOMPARE(removal->contents.goals.size(), 4);
    QCOMPARE(removal->links.size(), 3);
    const ProjectBundle after = readBack(fixture.database(), a.project.uuid);
    QCOMPARE(after.goals.size(), 1);
    QCOMPARE(after.goals[0].uuid, a.goals[4].uuid);
    QCOMPARE(after.measures[0].goalUuids, QVector<QUuid>{a.goals[4].uuid});
    QVERIFY(after.measures[2].goalUuids.isEmpty());
    QCOMPARE(countOf(fixture.settings(), QStringLiteral("SELECT COUNT(*) FROM indicator")), 0);
    SAMSPILL_VERIFY_PLACES(fixture, a.project.uuid);
    // AND every removed row is kept in the history
    for (const Goal &goal : removal->contents.goals) {
        QCOMPARE(historyOf(fixture.database(), goal.uuid).constLast().operation,
                 ChangeEvent::Operation::Delete);
    }
    QCOMPARE(historyOf(fixture.database(), g1.indicators[0].uuid).constLast().operation,
             ChangeEvent::Operation::Delete);

    // WHEN it is restored
    auto restored = edits.restore(removal.value());

    // THEN everything is stored as it was: keys, versions, texts, places, links
    QVERIFY2(restored, failure(restored));
    timeline.note();
    QCOMPARE(storedContent(fixture, served), before);
    // (the measures that serve it again have a version for each of the two changes)
    QCOMPARE(edits.measure(a.measures[0].uuid)->version, servedVersion + 2);
    SAMSPILL_VERIFY_PLACES(fixture, a.project.uuid);
    // AND the history rebuilds the project before the removal, after it, and after the restore
    SAMSPILL_VERIFY_HISTORY(timeline);
}

void TestEditing::removedMeasureComesBackWithItsActivitiesLogAndMilestones()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle &a = sample.projects[0];
    const Measure &full = a.measures[0]; // three activities, a status update, a milestone
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    Timeline timeline(fixture, a.project.uuid);
    timeline.note();
    const QSet<QUuid> milestones{a.milestones[0].uuid};
    const QStringList before = storedContent(fixture, milestones);

    auto removal = edits.remove(EntityKind::Measure, full.uuid, 1);

    QVERIFY2(removal, failure(removal));
    timeline.note();
    QCOMPARE(removal->contents.measures.size(), 1);
    QCOMPARE(removal->contents.measures[0].activities.size(), 3);
    QCOMPARE(removal->contents.statusUpdates.size(), 1);
    QCOMPARE(removal->links.size(), 1);
    QCOMPARE(removal->links[0].kind, EntityKind::Milestone);
    const ProjectBundle after = readBack(fixture.database(), a.project.uuid);
    QCOMPARE(after.measures.size(), 2);
    QCOMPARE(after.statusUpdates.size(), 1);
    QCOMPARE(after.milestones[0].measureUuid, QUuid()); // a milestone of the project now
    QCOMPARE(countOf(fixture.settings(), QStringLiteral("SELECT COUNT(*) FROM activity")), 0);
    SAMSPILL_VERIFY_PLACES(fixture, a.project.uuid);

    auto restored = edits.restore(removal.value());

    QVERIFY2(restored, failure(restored));
    timeline.note();
    QCOMPARE(storedContent(fixture, milestones), before);
    SAMSPILL_COMPARE_CONTENT(readBack(fixture.database(), a.project.uuid), a);
    SAMSPILL_VERIFY_HISTORY(timeline);
}

void TestEditing::removedProjectComesBackWhole()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle &a = sample.projects[0];
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    Timeline timeline(fixture, a.project.uuid);
    timeline.note();
    const QStringList before = storedContent(fixture);

    // WHEN the project is removed
    auto removal = edits.remove(EntityKind::Project, a.project.uuid, 1);

    // THEN nothing of it is left, and the other project is untouched
    QVERIFY2(removal, failure(removal));
    timeline.note();
    SAMSPILL_COMPARE_CONTENT(removal->contents, a);
    QVERIFY(!storedProject(fixture.database(), a.project.uuid).isValid());
    for (const char *table : {"participant", "member", "goal", "measure", "milestone",
                              "status_update", "risk", "budget_line"}) {
        QCOMPARE(countOf(fixture.settings(),
                         QStringLiteral("SELECT COUNT(*) FROM %1 x JOIN project p"
                                        " ON p.id = x.project_id WHERE p.uuid = '%2'")
                             .arg(QLatin1String(table), uuidText(a.project.uuid))),
                 0);
    }
    QCOMPARE(countOf(fixture.settings(), QStringLiteral("SELECT COUNT(*) FROM indicator")), 0);
    QCOMPARE(countOf(fixture.settings(), QStringLiteral("SELECT COUNT(*) FROM activity")), 0);
    SAMSPILL_COMPARE_CONTENT(readBack(fixture.database(), sample.projects[1].project.uuid),
                             sample.projects[1]);

    // WHEN it is restored
    auto restored = edits.restore(removal.value());

    // THEN it is stored exactly as before, and the history rebuilds it at each moment
    QVERIFY2(restored, failure(restored));
    timeline.note();
    QCOMPARE(storedContent(fixture), before);
    SAMSPILL_VERIFY_HISTORY(timeline);
}

void TestEditing::removedListEntriesComeBackInTheirPlace_data()
{
    QTest::addColumn<EntityKind>("kind");
    QTest::addColumn<int>("index"); // of the entity in its list in the sample
    QTest::addColumn<int>("owner"); // the goal or measure it belongs to; -1 none

    QTest::newRow("participant") << EntityKind::Participant << 1 << -1;
    QTest::newRow("member") << EntityKind::Member << 0 << -1;
    QTest::newRow("indicator") << EntityKind::Indicator << 0 << 0;
    QTest::newRow("activity") << EntityKind::Activity << 1 << 0;
    QTest::newRow("milestone") << EntityKind::Milestone << 0 << -1;
    QTest::newRow("status update") << EntityKind::StatusUpdate << 1 << -1;
    QTest::newRow("risk") << EntityKind::Risk << 0 << -1;
    QTest::newRow("budget line") << EntityKind::BudgetLine << 0 << -1;
    QTest::newRow("sub-goal") << EntityKind::Goal << 3 << -1;
}

void TestEditing::removedListEntriesComeBackInTheirPlace()
{
    QFETCH(EntityKind, kind);
    QFETCH(int, index);
    QFETCH(int, owner);
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle &a = sample.projects[0];
    QUuid uuid;
    QSet<QUuid> owners; // whose version follows their list of parts
    switch (kind) {
    case EntityKind::Participant:
        uuid = a.participants[index].uuid;
        break;
    case EntityKind::Member:
        uuid = a.members[index].uuid;
        break;
    case EntityKind::Indicator:
        uuid = a.goals[owner].indicators[index].uuid;
        owners.insert(a.goals[owner].uuid);
        break;
    case EntityKind::Activity:
        uuid = a.measures[owner].activities[index].uuid;
        owners.insert(a.measures[owner].uuid);
        break;
    case EntityKind::Milestone:
        uuid = a.milestones[index].uuid;
        break;
    case EntityKind::StatusUpdate:
        uuid = a.statusUpdates[index].uuid;
        break;
    case EntityKind::Risk:
        uuid = a.risks[index].uuid;
        break;
    case EntityKind::BudgetLine:
        uuid = a.budgetLines[index].uuid;
        break;
    default:
        uuid = a.goals[index].uuid;
        break;
    }
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    Timeline timeline(fixture, a.project.uuid);
    timeline.note();
    const QStringList before = storedContent(fixture, owners);

    auto removal = edits.remove(kind, uuid, 1);
    QVERIFY2(removal, failure(removal));
    timeline.note();
    QVERIFY(historyOf(fixture.database(), uuid).constLast().operation ==
            ChangeEvent::Operation::Delete);
    SAMSPILL_VERIFY_PLACES(fixture, a.project.uuid);
    QVERIFY(storedContent(fixture, owners) != before);

    auto restored = edits.restore(removal.value());
    QVERIFY2(restored, failure(restored));
    timeline.note();
    QCOMPARE(storedContent(fixture, owners), before);
    SAMSPILL_VERIFY_HISTORY(timeline);
}

void TestEditing::sharedEntitiesInUseAreNotRemoved()
{
    SAMSPILL_SAMPLE(fixture, sample);
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    const QStringList before = fixture.dump();

    // WHEN an organisation that two projects use, and a knowledge source a measure and a
    // project refer to, are removed
    auto organisation = edits.remove(EntityKind::Organisation, sample.organisations[0].uuid, 1);
    auto source = edits.remove(EntityKind::KnowledgeSource, sample.knowledgeSources[2].uuid, 1);

    // THEN both are refused with where they are used, and nothing is written
    QVERIFY(!organisation);
    QCOMPARE(organisation.error().kind, Error::Kind::Invalid);
    const QString used = organisation.error().message;
    // (the plural forms are the translations' job: untranslated they read "1 participant(s)")
    QVERIFY2(used.contains(QStringLiteral("\"Prosjekt Ærlig\" (1 participant(s), 1 member(s), "
                                          "1 measure(s))")),
             qPrintable(used));
    QVERIFY2(used.contains(QStringLiteral("\"Prosjekt Bølge\" (1 participant(s))")),
             qPrintable(used));
    QVERIFY(!source);
    QVERIFY2(source.error().message.contains(QLatin1String("the project itself")),
             qPrintable(source.error().message));
    QCOMPARE(fixture.dump(), before);
}

void TestEditing::unusedSharedEntitiesAreRemovedAndRestored()
{
    SAMSPILL_FIXTURE(fixture);
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    Organisation nav{{}, newUuid(1), QStringLiteral("NAV Levanger"), OrganisationKind::Nav, 0};
    QVERIFY(edits.createOrganisation(nav));
    nav.name = QStringLiteral("NAV Innherred");
    nav.version = 1;
    QVERIFY(edits.updateOrganisation(nav)); // version 2
    KnowledgeSource note;
    note.uuid = newUuid(2);
    note.title = QStringLiteral("Notat");
    QVERIFY(edits.createKnowledgeSource(note));
    const QStringList before = storedContent(fixture);

    auto organisation = edits.remove(EntityKind::Organisation, nav.uuid, 2);
    auto source = edits.remove(EntityKind::KnowledgeSource, note.uuid, 1);

    QVERIFY2(organisation, failure(organisation));
    QVERIFY2(source, failure(source));
    QCOMPARE(organisation->organisation->name, nav.name);
    QCOMPARE(edits.organisation(nav.uuid).error().kind, Error::Kind::NotFound);
    QVERIFY(edits.restore(organisation.value()));
    QVERIFY(edits.restore(source.value()));
    QCOMPARE(storedContent(fixture), before);
    QCOMPARE(edits.organisation(nav.uuid)->version, 2);
}

void TestEditing::staleRemovalIsRefusedAndNothingIsWritten()
{
    SAMSPILL_SAMPLE(fixture, sample);
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;
    Measure measure = edits.measure(sample.projects[0].measures[0].uuid).value();
    measure.progress = 45;
    QVERIFY(edits.updateMeasure(measure)); // version 2
    const QStringList before = fixture.dump();

    // WHEN the measure is removed by someone who read version 1
    auto refused = edits.remove(EntityKind::Measure, measure.uuid, 1);

    // THEN it is refused as a conflict, and nothing hanging on it is touched either
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(QLatin1String("was not removed")),
             qPrintable(refused.error().message));
    QCOMPARE(fixture.dump(), before);
}

void TestEditing::restoreIsRefusedWhenItsPlaceIsGoneOrItIsBackAlready()
{
    SAMSPILL_SAMPLE(fixture, sample);
    const ProjectBundle &a = sample.projects[0];
    SqlEditRepository repository(fixture.database());
    EditRepository &edits = repository;

    // GIVEN a removed risk, restored once
    auto risk = edits.remove(EntityKind::Risk, a.risks[0].uuid, 1);
    QVERIFY2(risk, failure(risk));
    QVERIFY(edits.restore(risk.value()));
    // AND a removed activity whose measure was removed after it
    auto activity = edits.remove(EntityKind::Activity, a.measures[0].activities[0].uuid, 1);
    QVERIFY2(activity, failure(activity));
    QVERIFY(edits.remove(EntityKind::Measure, a.measures[0].uuid, 2));
    const QStringList before = fixture.dump();

    // WHEN they are restored (again)
    auto twice = edits.restore(risk.value());
    auto orphan = edits.restore(activity.value());

    // THEN both are refused, and nothing is written
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, Error::Kind::Conflict);
    QVERIFY(!orphan);
    QCOMPARE(orphan.error().kind, Error::Kind::NotFound);
    QCOMPARE(fixture.dump(), before);
}

QTEST_GUILESS_MAIN(TestEditing)
#include "tst_editing.moc"
