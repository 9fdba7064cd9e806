#include "models/projectdata.h"

#include "tests/models/seededworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;

// ProjectData is the one loaded project every item model observes: what it holds after a load,
// and the aboutToReset/reset pair the models rely on.
class TestProjectData : public QObject
{
    Q_OBJECT

private slots:
    void loadingAProjectResetsOnceAroundTheNewContent();
    void loadedProjectHoldsWhatTheDatabaseHolds();
    void failedLoadKeepsTheShownProjectAndEmitsNothing();
    void reloadShowsAChangeMadeElsewhere();
    void setTodayReevaluatesTheRulesAndResets();
    void todayIsTheClockUntilSet();
    void clearShowsNoProject();
};

void TestProjectData::loadingAProjectResetsOnceAroundTheNewContent()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    QStringList events;
    connect(&data, &Models::ProjectData::aboutToReset, this,
            [&] { events.append(QStringLiteral("aboutToReset:%1").arg(data.measures().size())); });
    connect(&data, &Models::ProjectData::reset, this,
            [&] { events.append(QStringLiteral("reset:%1").arg(data.measures().size())); });

    QVERIFY(!data.isLoaded());
    auto loaded = data.load(seeded.projectId(Seed::project));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));

    // aboutToReset comes while the old (empty) content is still there, reset with the new.
    QCOMPARE(events, QStringList({QStringLiteral("aboutToReset:0"), QStringLiteral("reset:3")}));
    QVERIFY(data.isLoaded());
}

void TestProjectData::loadedProjectHoldsWhatTheDatabaseHolds()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());

    QCOMPARE(data.project().name, Seed::projectName);
    QCOMPARE(data.project().start, QDate(2009, 12, 1));
    QCOMPARE(data.project().end, QDate(2013, 12, 31));
    QCOMPARE(data.participants().size(), 6);
    QCOMPARE(data.members().size(), 3);
    QCOMPARE(data.goals().size(), 2);
    QCOMPARE(data.measures().size(), 3);
    QCOMPARE(data.measures().at(1).title, Seed::referralMeasure);
    QCOMPARE(data.organisationName(QUuid(QStringLiteral("b32da958-7ea9-4de8-b24b-e455e1ef940a"))),
             QStringLiteral("Mental Helse"));
    QVERIFY(data.organisationName(QUuid::createUuid()).isEmpty());
    const Domain::KnowledgeSource *form =
        data.knowledgeSource(QUuid(QStringLiteral("55a7a1a0-d92e-4aa0-a516-dc29bf4891b0")));
    QVERIFY(form);
    QCOMPARE(form->title, QStringLiteral("Gode henvisninger til spesialisthelsetjenesten"));
    QVERIFY(data.goal(Seed::collaborationGoal));
    QCOMPARE(data.goal(Seed::collaborationGoal)->text, Seed::collaborationGoalText);
}

void TestProjectData::failedLoadKeepsTheShownProjectAndEmitsNothing()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());
    QSignalSpy aboutToReset(&data, &Models::ProjectData::aboutToReset);
    QSignalSpy reset(&data, &Models::ProjectData::reset);

    auto loaded = data.load(Domain::ProjectId{999999});

    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.error().message.isEmpty());
    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(data.project().name, Seed::projectName);
    QCOMPARE(data.measures().size(), 3);
}

void TestProjectData::reloadShowsAChangeMadeElsewhere()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());

    Domain::Measure changed = data.measures().at(0);
    changed.status = Domain::Status::Postponed;
    auto stored = seeded.workspace().measures().updateMeasure(changed);
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
    QCOMPARE(data.measures().at(0).status, Domain::Status::InProgress); // not yet re-read

    QSignalSpy reset(&data, &Models::ProjectData::reset);
    QVERIFY(data.reload().ok());

    QCOMPARE(reset.count(), 1);
    QCOMPARE(data.measures().at(0).status, Domain::Status::Postponed);
}

void TestProjectData::setTodayReevaluatesTheRulesAndResets()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(DatedProject::json()), QString());
    Models::ProjectData data(seeded.repositories());
    QVERIFY(data.load(seeded.projectId(DatedProject::project)).ok());
    const Domain::Measure &alfa = data.measures().at(0);
    QCOMPARE(alfa.title, QStringLiteral("Alfa"));

    data.setToday(QDate(2011, 6, 1));
    QVERIFY(!data.isOverdue(alfa));
    QCOMPARE(data.ragOf(alfa), Domain::Rag::Green);
    QVERIFY(!data.isProjectOverdue());

    QSignalSpy reset(&data, &Models::ProjectData::reset);
    data.setToday(DatedProject::today);

    QCOMPARE(reset.count(), 1);
    QCOMPARE(data.today(), DatedProject::today);
    QVERIFY(data.isOverdue(alfa));
    QCOMPARE(data.ragOf(alfa), Domain::Rag::Red);
    QCOMPARE(data.goalRollup(DatedProject::subGoal).rag, Domain::Rag::Red);

    data.setToday(QDate(2014, 1, 1));
    QVERIFY(data.isProjectOverdue());
    QCOMPARE(data.projectRollup().rag, Domain::Rag::Red);
}

void TestProjectData::todayIsTheClockUntilSet()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    const QDate before = QDate::currentDate();
    const QDate today = data.today();
    QVERIFY(today == before || today == QDate::currentDate()); // midnight may pass between
    data.setToday(QDate(2010, 3, 4));
    QCOMPARE(data.today(), QDate(2010, 3, 4));
}

void TestProjectData::clearShowsNoProject()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());
    QSignalSpy aboutToReset(&data, &Models::ProjectData::aboutToReset);
    QSignalSpy reset(&data, &Models::ProjectData::reset);

    data.clear();

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QVERIFY(!data.isLoaded());
    QVERIFY(data.participants().isEmpty());
    QVERIFY(data.members().isEmpty());
    QVERIFY(data.goals().isEmpty());
    QVERIFY(data.measures().isEmpty());
    QCOMPARE(data.projectRollup().measureCount, 0);
    QVERIFY(data.reload().ok()); // nothing to reload
    QVERIFY(!data.isLoaded());
}

QTEST_GUILESS_MAIN(TestProjectData)
#include "tst_projectdata.moc"
