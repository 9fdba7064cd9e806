// What the overview costs at portfolio scale (see the README's benchmark section): on a
// portfolio of SAMSPILL_BENCH_PROJECTS projects (100) of SAMSPILL_BENCH_MEASURES measures (100)
// each, of the shape of TestSupport::generatedPortfolio (with the seed beside them), it
// measures with QBENCHMARK
//   - the portfolio: every project's row, as the status command and the window read it;
//   - one project's overview, as the status command and the window read it;
//   - one project rebuilt as of a moment before a year of its history (52 weekly rounds of
//     progress on each of its measures: 5,200 changes to undo), and halfway through it;
//   - the portfolio as of yesterday, when every project came into the database only today.
// SAMSPILL_BENCH_FOLDER keeps the database there (for screenshots); otherwise it is temporary.

#include "app/workspace.h"
#include "models/overview/source.h"
#include "models/portfoliodata.h"
#include "models/projectdata.h"
#include "tests/support/generatedportfolio.h"

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

} // namespace

class BenchOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void portfolio();
    void portfolioInTheWindow();
    void projectOverview();
    void projectOverviewInTheWindow();
    void asOfBeforeAYearOfHistory();
    void asOfHalfwayThroughTheYear();
    void portfolioAsOfYesterday();

private:
    Overview::Source source();

    QTemporaryDir m_temporary;
    std::unique_ptr<App::Workspace> m_workspace;
    Domain::Project m_middle;
    QDateTime m_beforeHistory;
    QDateTime m_halfway;
};

Overview::Source BenchOverview::source()
{
    return Overview::Source({&m_workspace->projects(), &m_workspace->portfolio(),
                             &m_workspace->history(), &m_workspace->organisations()});
}

void BenchOverview::initTestCase()
{
    const int projects = setting("SAMSPILL_BENCH_PROJECTS", 100);
    const int measures = setting("SAMSPILL_BENCH_MEASURES", 100);
    const QString folder = qEnvironmentVariableIsSet("SAMSPILL_BENCH_FOLDER")
                               ? qEnvironmentVariable("SAMSPILL_BENCH_FOLDER")
                               : m_temporary.path();
    const QString file = QDir(folder).filePath(QStringLiteral("overview.sqlite"));
    QFile::remove(file);
    auto workspace = App::Workspace::open(Storage::ConnectionSettings::sqlite(file));
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
    m_workspace = std::move(workspace).value();

    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < projects; first += 10) {
        const Domain::Portfolio chunk =
            TestSupport::generatedPortfolio(std::min(10, projects - first), measures, first);
        auto imported = m_workspace->portfolio().importPortfolio(chunk);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    }
    auto all = m_workspace->projects().projects();
    QVERIFY(all && all->size() == projects + 1); // and the seed
    m_middle = all->at(all->size() / 2);
    qInfo("%d projects of %d measures imported in %.1f s", projects, measures,
          double(timer.elapsed()) / 1000.0);

    // A year of the middle project's history: every week, each measure's progress moves.
    timer.restart();
    QTest::qWait(5);
    m_beforeHistory = QDateTime::currentDateTimeUtc();
    QTest::qWait(5);
    auto stored = m_workspace->measures().measures(m_middle.id);
    QVERIFY(stored);
    QVector<Domain::Measure> current = stored.value();
    for (int week = 0; week < 52; ++week) {
        for (Domain::Measure &measure : current) {
            if (measure.status == Domain::Status::Completed)
                continue;
            measure.progress = (week * 2 + int(measure.id.value % 7)) % 100;
            auto saved = m_workspace->measures().updateMeasure(measure);
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
            measure = saved.value();
        }
        if (week == 25) {
            QTest::qWait(5);
            m_halfway = QDateTime::currentDateTimeUtc();
            QTest::qWait(5);
        }
    }
    qInfo("a year of history (52 rounds over %lld measures) written in %.1f s",
          qint64(current.size()), double(timer.elapsed()) / 1000.0);
}

void BenchOverview::portfolio()
{
    Overview::Source reader = source();
    QBENCHMARK
    {
        auto figures = reader.portfolio({QDate::currentDate()}, Overview::Source::State::Stored);
        QVERIFY(figures);
    }
}

void BenchOverview::portfolioInTheWindow()
{
    Models::PortfolioData data({&m_workspace->projects(), &m_workspace->portfolio(),
                                &m_workspace->history(), &m_workspace->organisations()});
    QBENCHMARK
    {
        QVERIFY(data.reload());
    }
    QCOMPARE(data.figures().projects(), setting("SAMSPILL_BENCH_PROJECTS", 100) + 1);
}

void BenchOverview::projectOverview()
{
    Overview::Source reader = source();
    QBENCHMARK
    {
        auto figures =
            reader.project(m_middle, {QDate::currentDate()}, Overview::Source::State::Stored);
        QVERIFY(figures);
    }
}

void BenchOverview::projectOverviewInTheWindow()
{
    Models::ProjectData data({&m_workspace->portfolio(), &m_workspace->organisations(),
                              &m_workspace->knowledgeSources(), &m_workspace->projects(),
                              &m_workspace->history()});
    QBENCHMARK
    {
        QVERIFY(data.load(m_middle.id));
    }
    QCOMPARE(data.figures().measures.size(), setting("SAMSPILL_BENCH_MEASURES", 100));
}

void BenchOverview::asOfBeforeAYearOfHistory()
{
    Overview::Source reader = source();
    QBENCHMARK
    {
        auto rebuilt = reader.asOf(m_middle.uuid, m_beforeHistory);
        QVERIFY(rebuilt);
    }
}

void BenchOverview::asOfHalfwayThroughTheYear()
{
    Overview::Source reader = source();
    QBENCHMARK
    {
        auto rebuilt = reader.asOf(m_middle.uuid, m_halfway);
        QVERIFY(rebuilt);
    }
}

void BenchOverview::portfolioAsOfYesterday()
{
    Overview::Source reader = source();
    QBENCHMARK
    {
        auto figures =
            reader.portfolio({QDate::currentDate().addDays(-1)}, Overview::Source::State::AsOfDay);
        QVERIFY(figures);
    }
}

QTEST_GUILESS_MAIN(BenchOverview)
#include "bench_overview.moc"
