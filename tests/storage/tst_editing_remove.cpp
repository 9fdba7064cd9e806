// Part of tst_editing (tst_editing.h): removals that restore exactly what they took, shared
// entities kept while in use, and stale removals and impossible restores refused.

#include "tests/storage/tst_editing.h"

using namespace EditingTest;
using Storage::SqlEditRepository;

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
