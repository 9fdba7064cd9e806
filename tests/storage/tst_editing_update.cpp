// Part of tst_editing (tst_editing.h): every entity updated and read back with a new version,
// a save without changes writing nothing, and stale or invalid edits refused with nothing
// written.

#include "tests/storage/tst_editing.h"

using namespace EditingTest;
using Storage::SqlEditRepository;

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
