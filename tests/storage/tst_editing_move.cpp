// Part of tst_editing (tst_editing.h): goals indented, outdented and moved back, lists
// reordered and numbered from zero, owners given a new version by changed parts, and status
// updates that set their measure or project in the same transaction.

#include "tests/storage/tst_editing.h"

using namespace EditingTest;
using Storage::SqlEditRepository;

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
