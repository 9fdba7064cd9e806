// How Samspill behaves with a large portfolio: 200 projects of 500 measures each (100,000
// measures, 300,000 activities) in one SQLite file. Measures what a user waits for: the
// project list, opening one project in the window's models, exporting one project, and saving
// one measure. SAMSPILL_BENCH_PROJECTS and SAMSPILL_BENCH_MEASURES change the size.

#include "app/workspace.h"
#include "models/projectdata.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

namespace {

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

Domain::ProjectBundle generatedProject(int number, int measures, const QUuid &organisation)
{
    Domain::ProjectBundle bundle;
    bundle.project.uuid = QUuid::createUuid();
    bundle.project.name = QStringLiteral("Prosjekt %1").arg(number, 4, 10, QLatin1Char('0'));
    bundle.project.start = QDate(2020, 1, 1);
    bundle.project.end = QDate(2030, 12, 31);
    bundle.project.status = Domain::Status::InProgress;
    Domain::Participant participant;
    participant.uuid = QUuid::createUuid();
    participant.organisationUuid = organisation;
    bundle.participants.append(participant);
    for (int g = 0; g < 2; ++g) {
        Domain::Goal goal;
        goal.uuid = QUuid::createUuid();
        goal.text = QStringLiteral("Mål %1").arg(g + 1);
        bundle.goals.append(goal);
    }
    for (int m = 0; m < measures; ++m) {
        Domain::Measure measure;
        measure.uuid = QUuid::createUuid();
        measure.title = QStringLiteral("Tiltak %1").arg(m + 1);
        measure.description =
            QStringLiteral("Beskrivelse av tiltak %1 i prosjekt %2").arg(m).arg(number);
        measure.status = Domain::Status(m % 5);
        measure.progress = measure.status == Domain::Status::Completed ? 100 : (m * 7) % 100;
        const QDate start = QDate(2021, 1, 1).addDays(m % 365);
        measure.plannedStart = Domain::PlanDate::day(start);
        measure.plannedEnd = Domain::PlanDate::day(start.addDays(180 + m % 400));
        measure.goalUuids = {bundle.goals.at(m % 2).uuid};
        measure.responsibleOrganisationUuids = {organisation};
        for (int a = 0; a < 3; ++a) {
            Domain::Activity activity;
            activity.uuid = QUuid::createUuid();
            activity.title = QStringLiteral("Aktivitet %1").arg(a + 1);
            activity.due = Domain::PlanDate::day(start.addDays(30 * (a + 1)));
            activity.done = a == 0;
            measure.activities.append(activity);
        }
        bundle.measures.append(measure);
    }
    return bundle;
}

} // namespace

class BenchPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listProjects();
    void openProject();
    void exportProject();
    void saveMeasure();

private:
    QTemporaryDir m_folder;
    std::unique_ptr<App::Workspace> m_workspace;
    Domain::ProjectId m_middle;
};

void BenchPortfolio::initTestCase()
{
    const int projects = setting("SAMSPILL_BENCH_PROJECTS", 200);
    const int measures = setting("SAMSPILL_BENCH_MEASURES", 500);
    auto workspace = App::Workspace::open(
        Storage::ConnectionSettings::sqlite(m_folder.filePath(QStringLiteral("bench.sqlite"))));
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
    m_workspace = std::move(workspace).value();

    Domain::Organisation organisation;
    organisation.uuid = QUuid::createUuid();
    organisation.name = QStringLiteral("Kommunen");
    organisation.kind = Domain::OrganisationKind::Municipality;

    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < projects; first += 10) {
        Domain::Portfolio chunk;
        chunk.organisations = {organisation};
        for (int number = first; number < qMin(first + 10, projects); ++number)
            chunk.projects.append(generatedProject(number, measures, organisation.uuid));
        auto imported = m_workspace->portfolio().importPortfolio(chunk);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    }
    qInfo("Imported %d projects x %d measures in %.1f s", projects, measures,
          double(timer.elapsed()) / 1000.0);

    auto all = m_workspace->projects().projects();
    QVERIFY(all && all->size() == projects + 1); // and the seed project
    m_middle = all->at(all->size() / 2).id;
}

void BenchPortfolio::listProjects()
{
    QBENCHMARK
    {
        auto projects = m_workspace->projects().projects();
        QVERIFY(projects);
    }
}

void BenchPortfolio::openProject()
{
    Models::ProjectData data({&m_workspace->portfolio(), &m_workspace->organisations(),
                              &m_workspace->knowledgeSources()});
    QBENCHMARK
    {
        auto loaded = data.load(m_middle);
        QVERIFY(loaded);
    }
    QCOMPARE(data.measures().size(), setting("SAMSPILL_BENCH_MEASURES", 500));
}

void BenchPortfolio::exportProject()
{
    QBENCHMARK
    {
        auto bundle = m_workspace->portfolio().projectBundle(m_middle);
        QVERIFY(bundle);
    }
}

void BenchPortfolio::saveMeasure()
{
    auto measures = m_workspace->measures().measures(m_middle);
    QVERIFY(measures && !measures->isEmpty());
    Domain::Measure measure = measures->constFirst();
    int progress = 0;
    QBENCHMARK
    {
        measure.status = Domain::Status::InProgress;
        measure.progress = progress++ % 100;
        auto saved = m_workspace->measures().updateMeasure(measure);
        QVERIFY(saved);
        measure = saved.value();
    }
}

QTEST_GUILESS_MAIN(BenchPortfolio)
#include "bench_portfolio.moc"
