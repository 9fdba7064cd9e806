// The SQL repositories against a real database: SQLite (storage_sqlite) and PostgreSQL
// (storage_postgresql, the server named by SAMSPILL_TEST_PG). Every test gets a database of its
// own. What is imported reads back field for field; writes bump versions and leave history;
// refused writes leave every row as it was. Imports and the database's own guarantees are in
// tst_guarantees.cpp.

#include "models/domain/validation.h"
#include "models/storage/sqlgoalrepository.h"
#include "models/storage/sqlhistoryrepository.h"
#include "models/storage/sqlknowledgesourcerepository.h"
#include "models/storage/sqlmeasurerepository.h"
#include "models/storage/sqlorganisationrepository.h"
#include "models/storage/sqlportfoliorepository.h"
#include "models/storage/sqlprojectrepository.h"
#include "tests/storage/storagefixture.h"
#include "tests/storage/storagehelpers.h"
#include "tests/support/domaintostring.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/testportfolios.h"

#include <QSet>
#include <QSqlDatabase>
#include <QTest>

#include <functional>
#include <limits>

using namespace Domain;
using namespace StorageHelpers;
using Storage::ConnectionSettings;
using TestSupport::executeRaw;
using TestSupport::queryRaw;

using MeasureChange = std::function<void(Measure &, const Portfolio &)>;
Q_DECLARE_METATYPE(MeasureChange)

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newDatabaseIsMigratedToTheLatestVersion();
    void importedSeedReadsBackExactly();
    void importedSampleReadsBackExactly();
    void importedRowsStartAtVersionOneWithInsertHistory();
    void sharedEntitiesAlreadyStoredAreKeptAsStored();
    void updateProjectBumpsVersionAndRecordsEachChangedField();
    void updateMeasureBumpsVersionAndRecordsEachChangedField();
    void staleProjectUpdateIsRefusedAndTheStoredRowKept();
    void savingWithoutChangesWritesNothing();
    void staleMeasureUpdateFromAnotherConnectionIsRefused();
    void invalidMeasureIsRefusedAndNothingWritten_data();
    void invalidMeasureIsRefusedAndNothingWritten();
    void invalidProjectIsRefusedAndNothingWritten();
    void missingEntitiesAreReportedAsNotFound();
    void activitiesAreAddedRemovedAndReorderedThroughUpdateMeasure();
};

void TestStorage::initTestCase()
{
    SAMSPILL_REQUIRE_DRIVER();
}

// --- creating and reading back

void TestStorage::newDatabaseIsMigratedToTheLatestVersion()
{
    // GIVEN an empty database
    TestSupport::ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    auto opened = Storage::Database::open(scratch.settings());
    QVERIFY2(opened, failure(opened));
    Storage::Database &database = *opened.value();
    QCOMPARE(database.contentAtOpen(), Storage::Database::Content::Empty);
    QCOMPARE(Storage::Migrations::schemaVersion(database).value(), 0);

    // WHEN it is migrated
    auto report = Storage::Migrations::migrate(database);

    // THEN it is at the latest version, recorded in samspill_meta, with nothing to back up
    QVERIFY2(report, failure(report));
    QCOMPARE(report->fromVersion, 0);
    QCOMPARE(report->toVersion, Storage::Migrations::latestVersion());
    QVERIFY(report->backupFile.isEmpty());
    QCOMPARE(Storage::Migrations::schemaVersion(database).value(),
             Storage::Migrations::latestVersion());
    QCOMPARE(
        queryRaw(scratch.settings(),
                 QStringLiteral("SELECT value FROM samspill_meta WHERE key = 'schema_version'")),
        QStringList{QString::number(Storage::Migrations::latestVersion())});
    QCOMPARE(queryRaw(scratch.settings(),
                      QStringLiteral("SELECT value FROM samspill_meta WHERE key = 'application'")),
             QStringList{QStringLiteral("samspill")});

    // AND migrating again changes nothing
    const QStringList before = TestSupport::dumpData(scratch.settings());
    auto again = Storage::Migrations::migrate(database);
    QVERIFY2(again, failure(again));
    QCOMPARE(again->fromVersion, Storage::Migrations::latestVersion());
    QCOMPARE(again->toVersion, Storage::Migrations::latestVersion());
    QCOMPARE(TestSupport::dumpData(scratch.settings()), before);

    // AND opened again, it is recognised as a Samspill database
    opened.value().reset();
    auto reopened = Storage::Database::open(scratch.settings());
    QVERIFY2(reopened, failure(reopened));
    QCOMPARE(reopened.value()->contentAtOpen(), Storage::Database::Content::Samspill);
}

void TestStorage::importedSeedReadsBackExactly()
{
    SAMSPILL_FIXTURE(fixture);
    auto seed = TestSupport::seedPortfolio();
    QVERIFY2(seed, failure(seed));

    // WHEN the seed (project and knowledge library) is imported
    auto summary = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(*seed);

    // THEN the summary counts what was added
    QVERIFY2(summary, failure(summary));
    QCOMPARE(summary->projects, 1);
    QCOMPARE(summary->organisationsAdded, 6);
    QCOMPARE(summary->knowledgeSourcesAdded, int(seed->knowledgeSources.size()));
    QCOMPARE(seed->knowledgeSources.size(), 12);

    // AND every repository reads back exactly what was imported
    Storage::SqlProjectRepository projects(fixture.database());
    auto all = projects.projects();
    QVERIFY2(all, failure(all));
    QCOMPARE(all->size(), 1);
    const ProjectBundle &expected = seed->projects.constFirst();
    SAMSPILL_COMPARE_CONTENT(all->constFirst(), expected.project);
    const ProjectId id = all->constFirst().id;
    QVERIFY(id.isValid());

    auto byUuid = projects.projectByUuid(expected.project.uuid);
    QVERIFY2(byUuid, failure(byUuid));
    QCOMPARE(byUuid->id, id);
    auto participants = projects.participants(id);
    QVERIFY2(participants, failure(participants));
    SAMSPILL_COMPARE_CONTENT(participants.value(), expected.participants);
    auto members = projects.members(id);
    QVERIFY2(members, failure(members));
    SAMSPILL_COMPARE_CONTENT(members.value(), expected.members);

    auto goals = Storage::SqlGoalRepository(fixture.database()).goals(id);
    QVERIFY2(goals, failure(goals));
    SAMSPILL_COMPARE_CONTENT(goals.value(), expected.goals);

    Storage::SqlMeasureRepository measureRepository(fixture.database());
    auto measures = measureRepository.measures(id);
    QVERIFY2(measures, failure(measures));
    SAMSPILL_COMPARE_CONTENT(measures.value(), expected.measures);
    for (const Measure &listed : measures.value()) {
        auto single = measureRepository.measure(listed.id);
        QVERIFY2(single, failure(single));
        SAMSPILL_COMPARE_CONTENT(single.value(), listed);
    }

    auto bundle = Storage::SqlPortfolioRepository(fixture.database()).projectBundle(id);
    QVERIFY2(bundle, failure(bundle));
    SAMSPILL_COMPARE_CONTENT(bundle.value(), expected);

    // Organisations and the library are read in the database's collation order.
    auto organisations = Storage::SqlOrganisationRepository(fixture.database()).organisations();
    QVERIFY2(organisations, failure(organisations));
    SAMSPILL_COMPARE_CONTENT(TestSupport::sortedByUuid(organisations.value()),
                             TestSupport::sortedByUuid(seed->organisations));
    auto sources = Storage::SqlKnowledgeSourceRepository(fixture.database()).knowledgeSources();
    QVERIFY2(sources, failure(sources));
    SAMSPILL_COMPARE_CONTENT(TestSupport::sortedByUuid(sources.value()),
                             TestSupport::sortedByUuid(seed->knowledgeSources));

    // AND what the seed leaves undated or unknown is stored as NULL, not as empty text or zero:
    // the hospitering has no date and no progress; the referral measure (completed) has its
    // 100 %, the coordinator training its start "høsten 2012", and its first activity that due
    // date; the other activities are undated.
    int blankMeasures = 0;
    int undatedActivities = 0;
    for (const Measure &measure : seed->projects.constFirst().measures) {
        blankMeasures += measure.plannedStart.isNull() && measure.plannedEnd.isNull() &&
                                 measure.actualStart.isNull() && measure.actualEnd.isNull() &&
                                 !measure.progress && measure.anchoredOn.isNull()
                             ? 1
                             : 0;
        for (const Activity &activity : measure.activities)
            undatedActivities += activity.due.isNull() ? 1 : 0;
    }
    QCOMPARE(blankMeasures, 1);
    QCOMPARE(undatedActivities, 8);
    QCOMPARE(countOf(fixture.settings(),
                     QStringLiteral("SELECT COUNT(*) FROM measure WHERE planned_start IS NULL"
                                    " AND planned_end IS NULL AND actual_start IS NULL"
                                    " AND actual_end IS NULL AND progress IS NULL"
                                    " AND anchored_on IS NULL")),
             blankMeasures);
    QCOMPARE(countOf(fixture.settings(),
                     QStringLiteral("SELECT COUNT(*) FROM activity WHERE due_date IS NULL")),
             undatedActivities);
    int yearless = 0;
    for (const KnowledgeSource &source : seed->knowledgeSources)
        yearless += source.year ? 0 : 1;
    QVERIFY(yearless > 0);
    QCOMPARE(countOf(fixture.settings(),
                     QStringLiteral("SELECT COUNT(*) FROM knowledge_source WHERE year IS NULL")),
             yearless);
}

void TestStorage::importedSampleReadsBackExactly()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();

    auto summary = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample);
    QVERIFY2(summary, failure(summary));
    QCOMPARE(summary->projects, 2);

    for (const ProjectBundle &expected : sample.projects) {
        const ProjectId id = storedProject(fixture.database(), expected.project.uuid);
        QVERIFY(id.isValid());
        auto bundle = Storage::SqlPortfolioRepository(fixture.database()).projectBundle(id);
        QVERIFY2(bundle, failure(bundle));
        SAMSPILL_COMPARE_CONTENT(bundle.value(), expected);
    }

    // Goals come in pre-order, each sub-goal after its parent and naming it.
    auto goals = Storage::SqlGoalRepository(fixture.database())
                     .goals(storedProject(fixture.database(), sample.projects[0].project.uuid));
    QVERIFY2(goals, failure(goals));
    QStringList texts;
    QSet<QUuid> seen;
    for (const Goal &goal : goals.value()) {
        texts.append(goal.text);
        QVERIFY2(goal.parentUuid.isNull() || seen.contains(goal.parentUuid), qPrintable(goal.text));
        seen.insert(goal.uuid);
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("Hovedmål én"), QStringLiteral("Delmål 1.1"),
                                 QStringLiteral("Delmål 1.1.1"), QStringLiteral("Delmål 1.2"),
                                 QStringLiteral("Hovedmål to")}));
    QCOMPARE(goals->at(2).parentUuid, goals->at(1).uuid);
    QCOMPARE(goals->at(3).parentUuid, goals->at(0).uuid);
}

void TestStorage::importedRowsStartAtVersionOneWithInsertHistory()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));

    // Every stored row starts at version 1
    const ProjectId id = storedProject(fixture.database(), sample.projects[0].project.uuid);
    auto bundle = Storage::SqlPortfolioRepository(fixture.database()).projectBundle(id);
    QVERIFY2(bundle, failure(bundle));
    QCOMPARE(bundle->project.version, 1);
    for (const Measure &measure : bundle->measures) {
        QCOMPARE(measure.version, 1);
        for (const Activity &activity : measure.activities)
            QCOMPARE(activity.version, 1);
    }
    for (const Goal &goal : bundle->goals)
        QCOMPARE(goal.version, 1);

    // AND the import is one change set with one insert event per entity, which records no
    // values: the rows hold them
    const Measure &full = sample.projects[0].measures[0];
    const QVector<ChangeEvent> history = historyOf(fixture.database(), full.uuid);
    QCOMPARE(history.size(), 1);
    const ChangeEvent &inserted = history.constFirst();
    QCOMPARE(inserted.operation, ChangeEvent::Operation::Insert);
    QCOMPARE(inserted.entity, QStringLiteral("measure"));
    QCOMPARE(inserted.entityUuid, full.uuid);
    QCOMPARE(inserted.projectUuid, sample.projects[0].project.uuid);
    QVERIFY(inserted.fields.isEmpty());
    QCOMPARE(inserted.author, fixture.database().author());
    QVERIFY(!inserted.author.isEmpty());
    QCOMPARE(inserted.changedAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(inserted.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // And the other entities of the project are in the same change set
    for (const QUuid &other : {sample.projects[0].project.uuid, full.activities[0].uuid,
                               sample.projects[0].goals[0].uuid, sample.projects[1].project.uuid}) {
        const QVector<ChangeEvent> events = historyOf(fixture.database(), other);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().changeSet, inserted.changeSet);
        QCOMPARE(events.constFirst().operation, ChangeEvent::Operation::Insert);
    }
    QCOMPARE(historyOf(fixture.database(), sample.projects[0].project.uuid).constFirst().entity,
             QStringLiteral("project"));
}

void TestStorage::sharedEntitiesAlreadyStoredAreKeptAsStored()
{
    SAMSPILL_FIXTURE(fixture);
    Portfolio first = TestSupport::samplePortfolio();
    first.projects.removeLast();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(first));

    // GIVEN a second file with the same organisation under another name, and a new project
    Portfolio second = TestSupport::samplePortfolio();
    second.projects.removeFirst();
    second.organisations[0].name = QStringLiteral("Renamed elsewhere");

    auto summary = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(second);

    // THEN the project lands and the stored organisation is kept as it was
    QVERIFY2(summary, failure(summary));
    QCOMPARE(summary->projects, 1);
    QCOMPARE(summary->organisationsAdded, 0);
    QCOMPARE(summary->knowledgeSourcesAdded, 0);
    auto organisations = Storage::SqlOrganisationRepository(fixture.database()).organisations();
    QVERIFY2(organisations, failure(organisations));
    SAMSPILL_COMPARE_CONTENT(TestSupport::sortedByUuid(organisations.value()),
                             TestSupport::sortedByUuid(first.organisations));
}

// --- updates

void TestStorage::updateProjectBumpsVersionAndRecordsEachChangedField()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    Storage::SqlProjectRepository projects(fixture.database());
    const QUuid uuid = sample.projects[0].project.uuid;
    auto stored = projects.projectByUuid(uuid);
    QVERIFY2(stored, failure(stored));

    // WHEN the name and end date are changed
    Project changed = stored.value();
    changed.name = QStringLiteral("Prosjekt Ærlig II");
    changed.end = QDate(2023, 6, 30);
    changed.shortName.clear();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto updated = projects.updateProject(changed);
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    // THEN it is stored with the next version
    QVERIFY2(updated, failure(updated));
    QCOMPARE(updated->version, 2);
    SAMSPILL_COMPARE_CONTENT(updated.value(), changed);
    auto reread = projects.project(stored->id);
    QVERIFY2(reread, failure(reread));
    QCOMPARE(reread->version, 2);
    SAMSPILL_COMPARE_CONTENT(reread.value(), changed);

    // AND history has one update event with each changed field, old and new
    const QVector<ChangeEvent> history = historyOf(fixture.database(), uuid);
    const QVector<ChangeEvent> changes = changesAfterInsert(history);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(fieldChanges(changes),
             (QMap<QString, QString>{
                 {QStringLiteral("name"), QStringLiteral("Prosjekt Ærlig -> Prosjekt Ærlig II")},
                 {QStringLiteral("end"), QStringLiteral("2022-12-31 -> 2023-06-30")},
                 {QStringLiteral("shortName"), QStringLiteral("Ærlig -> ")},
             }));
    const ChangeEvent &update = changes.constFirst();
    QCOMPARE(update.operation, ChangeEvent::Operation::Update);
    QCOMPARE(update.entity, QStringLiteral("project"));
    QCOMPARE(update.projectUuid, uuid);
    QCOMPARE(update.author, fixture.database().author());
    QVERIFY2(update.changedAt >= before && update.changedAt <= after,
             qPrintable(update.changedAt.toString(Qt::ISODateWithMs)));
    QVERIFY(update.changeSet > history.constFirst().changeSet);
    // The cleared short name is recorded as empty text, not as "no value".
    for (const ChangeEvent::Field &field : update.fields) {
        if (field.name == QLatin1String("shortName"))
            QCOMPARE(field.after, QJsonValue(QString()));
    }
}

void TestStorage::updateMeasureBumpsVersionAndRecordsEachChangedField()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    const ProjectBundle &project = sample.projects[0];
    const std::optional<Measure> stored =
        storedMeasure(fixture.database(), project.project.uuid, project.measures[0].uuid);
    QVERIFY(stored);

    // WHEN fields change, a goal link is dropped and the responsible organisations are reordered
    Measure changed = *stored;
    changed.title = QStringLiteral("Felles opplæring, runde 2");
    changed.theme.clear();
    changed.plannedEnd = Domain::PlanDate::day(QDate(2021, 6, 30));
    changed.actualEnd = Domain::PlanDate::day(QDate(2021, 6, 1));
    changed.status = Status::Postponed;
    changed.progress = 50;
    changed.goalUuids = {project.goals[1].uuid};
    changed.responsibleOrganisationUuids = {stored->responsibleOrganisationUuids[2],
                                            stored->responsibleOrganisationUuids[0],
                                            stored->responsibleOrganisationUuids[1]};
    auto updated = Storage::SqlMeasureRepository(fixture.database()).updateMeasure(changed);

    // THEN it is stored as changed, with the next version
    QVERIFY2(updated, failure(updated));
    QCOMPARE(updated->version, stored->version + 1);
    SAMSPILL_COMPARE_CONTENT(updated.value(), changed);
    const std::optional<Measure> reread =
        storedMeasure(fixture.database(), project.project.uuid, changed.uuid);
    QVERIFY(reread);
    SAMSPILL_COMPARE_CONTENT(*reread, changed);
    QCOMPARE(reread->version, 2);

    // AND history names each changed field in the exchange format, with old and new value
    const QVector<ChangeEvent> changes =
        changesAfterInsert(historyOf(fixture.database(), changed.uuid));
    QCOMPARE(changes.size(), 1);
    const QString municipality = uuidText(sample.organisations[0].uuid);
    const QString trust = uuidText(sample.organisations[1].uuid);
    const QString users = uuidText(sample.organisations[2].uuid);
    QCOMPARE(fieldChanges(changes),
             (QMap<QString, QString>{
                 {QStringLiteral("title"),
                  QStringLiteral("Felles opplæring -> Felles opplæring, runde 2")},
                 {QStringLiteral("theme"), QStringLiteral("Recovery -> ")},
                 {QStringLiteral("plannedEnd"), QStringLiteral("2021-03-31 -> 2021-06-30")},
                 {QStringLiteral("actualEnd"), QStringLiteral("null -> 2021-06-01")},
                 {QStringLiteral("status"), QStringLiteral("in_progress -> postponed")},
                 {QStringLiteral("progress"), QStringLiteral("40 -> 50")},
                 {QStringLiteral("goals"),
                  QStringLiteral("%1,%2 -> %2")
                      .arg(uuidText(project.goals[4].uuid), uuidText(project.goals[1].uuid))},
                 {QStringLiteral("responsibleOrganisations"),
                  QStringLiteral("%1,%2,%3 -> %3,%1,%2").arg(trust, users, municipality)},
             }));
    QCOMPARE(changes.constFirst().operation, ChangeEvent::Operation::Update);
    QCOMPARE(changes.constFirst().projectUuid, project.project.uuid);
    QVERIFY(!changes.constFirst().author.isEmpty());
}

void TestStorage::staleProjectUpdateIsRefusedAndTheStoredRowKept()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    Storage::SqlProjectRepository projects(fixture.database());
    auto read = projects.projectByUuid(sample.projects[0].project.uuid);
    QVERIFY2(read, failure(read));

    // GIVEN the project was changed after it was read (version 1 -> 2)
    Project first = read.value();
    first.region = QStringLiteral("Innherred");
    auto saved = projects.updateProject(first);
    QVERIFY2(saved, failure(saved));
    const QStringList before = fixture.dump();

    // WHEN a change made to the old copy (version 1) is saved
    Project stale = read.value();
    stale.name = QStringLiteral("Overwritten?");
    auto refused = projects.updateProject(stale);

    // THEN it is refused as a conflict, and nothing is written
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(QLatin1String("Nothing was overwritten")),
             qPrintable(refused.error().message));
    QCOMPARE(fixture.dump(), before);
    auto kept = projects.project(read->id);
    QVERIFY2(kept, failure(kept));
    QCOMPARE(kept->version, 2);
    QCOMPARE(kept->name, read->name);
    QCOMPARE(kept->region, QStringLiteral("Innherred"));
}

void TestStorage::savingWithoutChangesWritesNothing()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    const QUuid projectUuid = sample.projects[0].project.uuid;
    auto project = Storage::SqlProjectRepository(fixture.database()).projectByUuid(projectUuid);
    QVERIFY2(project, failure(project));
    std::optional<Measure> measure =
        storedMeasure(fixture.database(), projectUuid, sample.projects[0].measures[0].uuid);
    QVERIFY(measure);
    const QStringList before = fixture.dump();

    // WHEN the project and a measure are saved exactly as read
    auto savedProject = Storage::SqlProjectRepository(fixture.database()).updateProject(*project);
    auto savedMeasure = Storage::SqlMeasureRepository(fixture.database()).updateMeasure(*measure);

    // THEN both succeed, keep their versions, and nothing at all is written
    QVERIFY2(savedProject, failure(savedProject));
    QVERIFY2(savedMeasure, failure(savedMeasure));
    QCOMPARE(savedProject->version, project->version);
    QCOMPARE(savedMeasure->version, measure->version);
    QCOMPARE(fixture.dump(), before);
}

void TestStorage::staleMeasureUpdateFromAnotherConnectionIsRefused()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    const QUuid projectUuid = sample.projects[0].project.uuid;
    const QUuid measureUuid = sample.projects[0].measures[0].uuid;

    // GIVEN two users with the same database open, both having read the measure
    auto other = Storage::Database::open(fixture.settings());
    QVERIFY2(other, failure(other));
    const std::optional<Measure> mine = storedMeasure(fixture.database(), projectUuid, measureUuid);
    const std::optional<Measure> theirs = storedMeasure(*other.value(), projectUuid, measureUuid);
    QVERIFY(mine && theirs);

    // WHEN they save first, and then I save my change to the copy I read
    Measure theirChange = *theirs;
    theirChange.progress = 60;
    auto saved = Storage::SqlMeasureRepository(*other.value()).updateMeasure(theirChange);
    QVERIFY2(saved, failure(saved));
    const QStringList before = fixture.dump();
    Measure myChange = *mine;
    myChange.progress = 10;
    myChange.title = QStringLiteral("Mine");
    auto refused = Storage::SqlMeasureRepository(fixture.database()).updateMeasure(myChange);

    // THEN mine is refused and theirs is what is stored
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(fixture.dump(), before);
    const std::optional<Measure> stored =
        storedMeasure(fixture.database(), projectUuid, measureUuid);
    QVERIFY(stored);
    QCOMPARE(stored->progress, std::optional<int>(60));
    QCOMPARE(stored->title, theirs->title);
    QCOMPARE(stored->version, 2);
}

void TestStorage::invalidMeasureIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<MeasureChange>("change");
    QTest::addColumn<QString>("expected"); // a part of the message

    QTest::newRow("planned end before planned start")
        << MeasureChange([](Measure &m, const Portfolio &) {
               m.plannedEnd = Domain::PlanDate::day(QDate(2019, 1, 1));
           })
        << QStringLiteral("plannedEnd: %1 is before the start date %2")
               .arg(Domain::PlanDate::day(QDate(2019, 1, 1)).toText(),
                    Domain::PlanDate::day(QDate(2020, 2, 1)).toText());
    QTest::newRow("progress 101") << MeasureChange([](Measure &m, const Portfolio &) {
        m.progress = 101;
    }) << QStringLiteral("progress: 101 is not between 0 and 100");
    QTest::newRow("completed at 40 %")
        << MeasureChange([](Measure &m, const Portfolio &) { m.status = Status::Completed; })
        << QStringLiteral("progress: a completed measure has 100 % progress");
    QTest::newRow("blank title") << MeasureChange([](Measure &m, const Portfolio &) {
        m.title = QStringLiteral(" ");
    }) << QStringLiteral("title: must not be empty");
    QTest::newRow("activity without title")
        << MeasureChange([](Measure &m, const Portfolio &) { m.activities[1].title.clear(); })
        << QStringLiteral("activities[1].title: must not be empty");
    QTest::newRow("goal of another project") << MeasureChange([](Measure &m, const Portfolio &p) {
        m.goalUuids.append(p.projects[1].goals[0].uuid);
    }) << QStringLiteral("is not a goal of this project");
    QTest::newRow("organisation that does not exist")
        << MeasureChange([](Measure &m, const Portfolio &) {
               m.participatingOrganisationUuids.append(QUuid::createUuid());
           })
        << QStringLiteral("which does not exist");
    QTest::newRow("knowledge source that does not exist")
        << MeasureChange([](Measure &m, const Portfolio &) {
               m.knowledgeSourceUuids.prepend(QUuid::createUuid());
           })
        << QStringLiteral("which does not exist");
}

void TestStorage::invalidMeasureIsRefusedAndNothingWritten()
{
    QFETCH(MeasureChange, change);
    QFETCH(QString, expected);

    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    std::optional<Measure> measure = storedMeasure(
        fixture.database(), sample.projects[0].project.uuid, sample.projects[0].measures[0].uuid);
    QVERIFY(measure);
    const QStringList before = fixture.dump();
    QVERIFY(!before.isEmpty());

    // WHEN a change breaking a rule is saved
    measure->title = QStringLiteral("Changed as well");
    change(*measure, sample);
    auto refused = Storage::SqlMeasureRepository(fixture.database()).updateMeasure(*measure);

    // THEN it is refused as invalid, saying why, and no row changed
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
    QCOMPARE(fixture.dump(), before);
}

void TestStorage::invalidProjectIsRefusedAndNothingWritten()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    Storage::SqlProjectRepository projects(fixture.database());
    auto project = projects.projectByUuid(sample.projects[0].project.uuid);
    QVERIFY2(project, failure(project));
    const QStringList before = fixture.dump();

    Project changed = project.value();
    changed.region = QStringLiteral("Changed as well");
    changed.end = QDate(2019, 12, 31);
    auto refused = projects.updateProject(changed);

    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("end: %1 is before the start date %2")
                     .arg(Domain::PlanDate::day(QDate(2019, 12, 31)).toText(),
                          Domain::PlanDate::day(QDate(2020, 1, 1)).toText())),
             qPrintable(refused.error().message));
    QCOMPARE(fixture.dump(), before);
}

void TestStorage::missingEntitiesAreReportedAsNotFound()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    const QStringList before = fixture.dump();
    const qint64 missing = 987654321;

    Storage::SqlProjectRepository projects(fixture.database());
    QCOMPARE(projects.project(ProjectId{missing}).error().kind, Error::Kind::NotFound);
    QCOMPARE(projects.projectByUuid(QUuid::createUuid()).error().kind, Error::Kind::NotFound);
    Storage::SqlMeasureRepository measures(fixture.database());
    QCOMPARE(measures.measure(MeasureId{missing}).error().kind, Error::Kind::NotFound);
    QCOMPARE(Storage::SqlPortfolioRepository(fixture.database())
                 .projectBundle(ProjectId{missing})
                 .error()
                 .kind,
             Error::Kind::NotFound);

    // An update of something that is gone is refused as not found, and writes nothing.
    Measure gone = sample.projects[0].measures[1];
    gone.id = MeasureId{missing};
    gone.version = 1;
    QCOMPARE(measures.updateMeasure(gone).error().kind, Error::Kind::NotFound);
    Project goneProject = sample.projects[0].project;
    goneProject.id = ProjectId{missing};
    goneProject.version = 1;
    QCOMPARE(projects.updateProject(goneProject).error().kind, Error::Kind::NotFound);
    QCOMPARE(fixture.dump(), before);
}

void TestStorage::activitiesAreAddedRemovedAndReorderedThroughUpdateMeasure()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    const QUuid projectUuid = sample.projects[0].project.uuid;
    std::optional<Measure> measure =
        storedMeasure(fixture.database(), projectUuid, sample.projects[0].measures[0].uuid);
    QVERIFY(measure);
    QCOMPARE(measure->activities.size(), 3);
    const Activity first = measure->activities[0];  // "Planlegge samlinger", done
    const Activity second = measure->activities[1]; // "Invitere pårørende", undated
    const Activity third = measure->activities[2];  // "Evaluere"

    // WHEN the third moves to the top, the first is reopened and renamed, the second is
    // removed and a new one is added at the end
    Activity reopened = first;
    reopened.title = QStringLiteral("Planlegge flere samlinger");
    reopened.done = false;
    Activity added;
    added.uuid = QUuid::createUuid();
    added.title = QStringLiteral("Skrive rapport");
    added.due = Domain::PlanDate::day(QDate(2021, 5, 1));
    Measure changed = *measure;
    changed.activities = {third, reopened, added};
    auto updated = Storage::SqlMeasureRepository(fixture.database()).updateMeasure(changed);

    // THEN the measure holds exactly those, in that order
    QVERIFY2(updated, failure(updated));
    QCOMPARE(updated->version, 2);
    SAMSPILL_COMPARE_CONTENT(updated->activities, changed.activities);
    const std::optional<Measure> reread =
        storedMeasure(fixture.database(), projectUuid, changed.uuid);
    QVERIFY(reread);
    SAMSPILL_COMPARE_CONTENT(reread->activities, changed.activities);
    QCOMPARE(countOf(fixture.settings(),
                     QStringLiteral("SELECT COUNT(*) FROM activity WHERE uuid = '%1'")
                         .arg(uuidText(second.uuid))),
             0);

    // AND the history tells what happened to each
    const QMap<QString, QString> removedHistory =
        fieldChanges(changesAfterInsert(historyOf(fixture.database(), second.uuid)));
    QCOMPARE(removedHistory.value(QStringLiteral("title")),
             QStringLiteral("Invitere pårørende -> null"));
    QCOMPARE(removedHistory.value(QStringLiteral("measure")),
             uuidText(changed.uuid) + QStringLiteral(" -> null"));
    for (const ChangeEvent &event : changesAfterInsert(historyOf(fixture.database(), second.uuid)))
        QCOMPARE(event.operation, ChangeEvent::Operation::Delete);

    const QVector<ChangeEvent> addedHistory = historyOf(fixture.database(), added.uuid);
    QCOMPARE(addedHistory.size(), 1);
    QCOMPARE(addedHistory.constFirst().operation, ChangeEvent::Operation::Insert);

    QCOMPARE(fieldChanges(changesAfterInsert(historyOf(fixture.database(), first.uuid))),
             (QMap<QString, QString>{
                 {QStringLiteral("title"),
                  QStringLiteral("Planlegge samlinger -> Planlegge flere samlinger")},
                 {QStringLiteral("done"), QStringLiteral("true -> false")},
                 {QStringLiteral("position"), QStringLiteral("0 -> 1")},
             }));
    QCOMPARE(fieldChanges(changesAfterInsert(historyOf(fixture.database(), third.uuid))),
             (QMap<QString, QString>{{QStringLiteral("position"), QStringLiteral("2 -> 0")}}));

    // AND it all happened in the change set of the update
    const qint64 changeSet =
        changesAfterInsert(historyOf(fixture.database(), third.uuid)).constFirst().changeSet;
    QCOMPARE(addedHistory.constFirst().changeSet, changeSet);
    QCOMPARE(changesAfterInsert(historyOf(fixture.database(), second.uuid)).constFirst().changeSet,
             changeSet);
}
QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
