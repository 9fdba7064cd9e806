// The change history (models/domain/changeevent.h) and what it is for: a project rebuilt as it
// stood at any past moment equals what was saved then, whatever happened since; and the
// history of a period names who changed what. Runs on SQLite and PostgreSQL alike.

#include "models/storage/sqlhistoryrepository.h"
#include "models/storage/sqlmeasurerepository.h"
#include "models/storage/sqlportfoliorepository.h"
#include "models/storage/sqlprojectrepository.h"
#include "tests/storage/storagefixture.h"
#include "tests/storage/storagehelpers.h"
#include "tests/support/domaintostring.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/testportfolios.h"

#include <QTest>
#include <QThread>

using namespace Domain;
using namespace StorageHelpers;

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void projectAsOfEachSavedMomentIsWhatWasSaved();
    void projectBeforeItsImportDidNotExist();
    void changesOfAPeriodAreThoseMadeInIt();
    void insertsOfAnImportCostAFewRowsAndNoValues();

private:
    struct Moment
    {
        QDateTime at; // when it was saved
        ProjectBundle saved;
    };
};

namespace {

ProjectBundle readBack(Storage::Database &database, const QUuid &project)
{
    return Storage::SqlPortfolioRepository(database)
        .projectBundle(storedProject(database, project))
        .value();
}

// The time of the newest change set, as the history recorded it.
QDateTime lastChange(Storage::Database &database, const QUuid &entity)
{
    const QVector<ChangeEvent> events = historyOf(database, entity);
    return events.isEmpty() ? QDateTime() : events.constLast().changedAt;
}

} // namespace

void TestHistory::initTestCase()
{
    SAMSPILL_REQUIRE_DRIVER();
}

void TestHistory::projectAsOfEachSavedMomentIsWhatWasSaved()
{
    SAMSPILL_FIXTURE(fixture);
    Storage::Database &database = fixture.database();
    const Portfolio sample = TestSupport::samplePortfolio();
    const QUuid project = sample.projects[0].project.uuid;
    QVector<Moment> moments;

    // GIVEN a project imported, then edited again and again, each edit a few milliseconds apart
    QVERIFY(Storage::SqlPortfolioRepository(database).importPortfolio(sample));
    moments.append({lastChange(database, project), readBack(database, project)});

    Storage::SqlMeasureRepository measures(database);
    Measure first = moments.last().saved.measures[0];
    first.title = QStringLiteral("Felles opplæring, runde 2");
    first.status = Status::Postponed;
    first.progress = 55;
    first.goalUuids = {sample.projects[0].goals[1].uuid};
    first.responsibleOrganisationUuids.removeFirst();
    Activity added;
    added.uuid = QUuid::createUuid();
    added.title = QStringLiteral("Skrive rapport");
    added.due = Domain::PlanDate::day(QDate(2021, 5, 1));
    first.activities = {first.activities[2], added, first.activities[0]}; // one removed
    QThread::msleep(5);
    auto saved = measures.updateMeasure(first);
    QVERIFY2(saved, failure(saved));
    moments.append({lastChange(database, first.uuid), readBack(database, project)});

    Storage::SqlProjectRepository projects(database);
    Project renamed = moments.last().saved.project;
    renamed.name = QStringLiteral("Prosjekt Ærlig II");
    renamed.end = QDate(2023, 6, 30);
    renamed.description.clear();
    QThread::msleep(5);
    auto savedProject = projects.updateProject(renamed);
    QVERIFY2(savedProject, failure(savedProject));
    moments.append({lastChange(database, project), readBack(database, project)});

    Measure again = saved.value();
    again.activities[1].done = true;
    again.activities.removeFirst();
    again.knowledgeSourceUuids.clear();
    again.plannedEnd = Domain::PlanDate::day(QDate());
    QThread::msleep(5);
    QVERIFY(measures.updateMeasure(again));
    moments.append({lastChange(database, again.uuid), readBack(database, project)});

    // WHEN it is rebuilt as of each moment, and just before it
    // THEN it is what was saved at that moment, and before it what was saved before
    Storage::SqlHistoryRepository history(database);
    for (int i = 0; i < moments.size(); ++i) {
        QVERIFY(moments.at(i).at.isValid());
        auto rebuilt = history.projectAsOf(project, moments.at(i).at);
        QVERIFY2(rebuilt, failure(rebuilt));
        SAMSPILL_COMPARE_CONTENT(rebuilt.value(), moments.at(i).saved);
        if (i > 0) {
            QVERIFY(moments.at(i).at > moments.at(i - 1).at);
            auto earlier = history.projectAsOf(project, moments.at(i).at.addMSecs(-1));
            QVERIFY2(earlier, failure(earlier));
            SAMSPILL_COMPARE_CONTENT(earlier.value(), moments.at(i - 1).saved);
        }
    }
    // AND the other project is untouched by the first one's history
    auto other = history.projectAsOf(sample.projects[1].project.uuid, moments.first().at);
    QVERIFY2(other, failure(other));
    SAMSPILL_COMPARE_CONTENT(other.value(), sample.projects[1]);
}

void TestHistory::projectBeforeItsImportDidNotExist()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    const QDateTime imported = lastChange(fixture.database(), sample.projects[0].project.uuid);

    Storage::SqlHistoryRepository history(fixture.database());
    auto before = history.projectAsOf(sample.projects[0].project.uuid, imported.addMSecs(-1));
    QVERIFY(!before);
    QCOMPARE(before.error().kind, Error::Kind::NotFound);
    auto unknown = history.projectAsOf(QUuid::createUuid(), QDateTime::currentDateTimeUtc());
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
}

void TestHistory::changesOfAPeriodAreThoseMadeInIt()
{
    SAMSPILL_FIXTURE(fixture);
    Storage::Database &database = fixture.database();
    const Portfolio sample = TestSupport::samplePortfolio();
    const QUuid project = sample.projects[0].project.uuid;
    QVERIFY(Storage::SqlPortfolioRepository(database).importPortfolio(sample));
    QThread::msleep(5);
    const QDateTime from = QDateTime::currentDateTimeUtc();
    Measure measure = readBack(database, project).measures[1];
    measure.status = Status::InProgress;
    measure.progress = 10;
    QVERIFY(Storage::SqlMeasureRepository(database).updateMeasure(measure));
    const QDateTime to = QDateTime::currentDateTimeUtc().addMSecs(1);

    auto changes = Storage::SqlHistoryRepository(database).changesOfProject(project, from, to);
    QVERIFY2(changes, failure(changes));
    QCOMPARE(changes->size(), 1);
    const ChangeEvent &event = changes->constFirst();
    QCOMPARE(event.entityUuid, measure.uuid);
    QCOMPARE(event.author, database.author());
    QCOMPARE(fieldChanges(changes.value()),
             (QMap<QString, QString>{
                 {QStringLiteral("status"), QStringLiteral("planned -> in_progress")},
                 {QStringLiteral("progress"), QStringLiteral("null -> 10")}}));
    auto none = Storage::SqlHistoryRepository(database).changesOfProject(
        sample.projects[1].project.uuid, from, to);
    QVERIFY2(none, failure(none));
    QVERIFY(none->isEmpty());
}

void TestHistory::insertsOfAnImportCostAFewRowsAndNoValues()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    int entities = sample.organisations.size() + sample.knowledgeSources.size();
    for (const ProjectBundle &bundle : sample.projects) {
        entities += 1 + bundle.participants.size() + bundle.members.size() + bundle.goals.size() +
                    bundle.measures.size() + bundle.milestones.size() +
                    bundle.statusUpdates.size() + bundle.risks.size() + bundle.budgetLines.size();
        for (const Goal &goal : bundle.goals)
            entities += goal.indicators.size();
        for (const Measure &measure : bundle.measures)
            entities += measure.activities.size();
    }
    // One change set; one row per kind of entity and project (shared entities count as a
    // project of their own), listing the UUIDs, 16 bytes each; no values
    QCOMPARE(countOf(fixture.settings(), QStringLiteral("SELECT COUNT(*) FROM change_set")), 1);
    const int rows =
        countOf(fixture.settings(), QStringLiteral("SELECT COUNT(*) FROM change_event"));
    QVERIFY2(rows <= 13 * (sample.projects.size() + 1), qPrintable(QString::number(rows)));
    QCOMPARE(countOf(fixture.settings(),
                     QStringLiteral("SELECT SUM(LENGTH(inserted)) FROM change_event")),
             16 * entities);
    QCOMPARE(countOf(fixture.settings(),
                     QStringLiteral("SELECT COUNT(*) FROM change_event WHERE data IS NOT NULL"
                                    " OR entity_uuid IS NOT NULL")),
             0);
    // AND each entity still has its own insert in its history
    const Measure &measure = sample.projects[0].measures[2];
    const QVector<ChangeEvent> events = historyOf(fixture.database(), measure.uuid);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().operation, ChangeEvent::Operation::Insert);
    QCOMPARE(events.first().entity, QStringLiteral("measure"));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
