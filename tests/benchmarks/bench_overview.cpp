// What the overview costs at portfolio scale (see the README's benchmark section): on a
// portfolio of SAMSPILL_BENCH_PROJECTS projects (100) of SAMSPILL_BENCH_MEASURES measures (100)
// each, of the shape of TestSupport::generatedPortfolio (with the seed beside them), it
// measures with QBENCHMARK
//   - the portfolio: every project's row, as the status command and the window read it;
//   - one project's overview, as the status command and the window read it;
//   - one project rebuilt as of a moment before a year of its history (52 weekly rounds of
//     progress on each of its measures: 5,200 changes to undo), and halfway through it;
//   - the portfolio as of yesterday, when every project came into the database only today;
// and (againstTheFloor) each of those beside the floor measured in the same run: plain SQLite,
// its C library in this process, reading the same rows (the best of SAMSPILL_BENCH_RUNS runs,
// 10, of each), with the ratio. asThePortfolioGrows measures the portfolio opened (with no rows
// kept in the database; first on a day, computing the rows and keeping them; by the next program
// on that day, taking the kept rows: Domain::KeptRows; first the next day, taking the rows kept
// today until their horizon), read again with nothing changed and read
// again after one project changed (the rows kept between reads, Overview::RowCache) on this
// portfolio and on one SAMSPILL_BENCH_GROWTH (10) times as large, each beside its floor.
// SAMSPILL_BENCH_FOLDER keeps the database there (for screenshots); otherwise it is temporary.

#include "app/workspace.h"
#include "models/overview/localday.h"
#include "models/overview/source.h"
#include "models/portfoliodata.h"
#include "models/projectdata.h"
#include "tests/support/generatedportfolio.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <ctime>
#include <functional>

namespace {

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// The best of `runs` runs of what, in milliseconds: wall time, and the processor time of this
// thread (what the shared machine's load does not stretch).
struct Time
{
    double wall = 0;
    double processor = 0;
};

double threadMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// prepare, when given, runs before each run, untimed.
Time bestOf(int runs, const std::function<void()> &what, const std::function<void()> &prepare = {})
{
    Time best;
    for (int run = 0; run < runs; ++run) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        const double processor = threadMilliseconds();
        what();
        const Time time{double(timer.nsecsElapsed()) / 1e6, threadMilliseconds() - processor};
        best.wall = run == 0 ? time.wall : std::min(best.wall, time.wall);
        best.processor = run == 0 ? time.processor : std::min(best.processor, time.processor);
    }
    return best;
}

// The floor: plain SQLite reading the rows of the statements, every value of every row read
// as SQLite holds it (text as UTF-8), on a connection of its own. Returns the rows read.
qint64 readRows(sqlite3 *db, const QStringList &statements)
{
    qint64 rows = 0;
    for (const QString &statement : statements) {
        sqlite3_stmt *query = nullptr;
        const QByteArray text = statement.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &query, nullptr) !=
            SQLITE_OK) {
            qFatal("%s: %s", text.constData(), sqlite3_errmsg(db));
        }
        const int columns = sqlite3_column_count(query);
        while (sqlite3_step(query) == SQLITE_ROW) {
            ++rows;
            for (int column = 0; column < columns; ++column) {
                switch (sqlite3_column_type(query, column)) {
                case SQLITE_INTEGER:
                    rows += sqlite3_column_int64(query, column) == -1 ? 1 : 0;
                    break;
                case SQLITE_TEXT:
                case SQLITE_BLOB:
                    rows += sqlite3_column_text(query, column) == nullptr ? 1 : 0;
                    break;
                default:
                    break;
                }
            }
        }
        sqlite3_finalize(query);
    }
    return rows;
}

// The rows of the tables a whole project is read from, of every project or (where) of one.
QStringList wholeProjects(const QString &where = QString())
{
    const QString one =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE x.project_id = ") + where;
    const QString ofMeasure =
        QStringLiteral(" JOIN measure m ON m.id = x.measure_id") +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE m.project_id = ") + where);
    QStringList statements{
        QStringLiteral("SELECT * FROM project x") +
            (where.isEmpty() ? QString() : QStringLiteral(" WHERE x.id = ") + where),
        QStringLiteral("SELECT * FROM organisation"),
        QStringLiteral("SELECT x.* FROM indicator x JOIN goal g ON g.id = x.goal_id") +
            (where.isEmpty() ? QString() : QStringLiteral(" WHERE g.project_id = ") + where),
    };
    for (const char *table : {"participant", "member", "goal", "measure", "milestone",
                              "status_update", "risk", "budget_line", "project_knowledge_source"})
        statements.append(QStringLiteral("SELECT * FROM %1 x").arg(QLatin1String(table)) + one);
    for (const char *table :
         {"activity", "measure_goal", "measure_organisation", "measure_knowledge_source"})
        statements.append(QStringLiteral("SELECT x.* FROM %1 x").arg(QLatin1String(table)) +
                          ofMeasure);
    return statements;
}

// The rows a portfolio of outlines is read from (Storage::ProjectOutlines), the log up to until.
QStringList outlines(const QDateTime &until)
{
    const QString at = QLatin1Char('\'') +
                       until.toUTC().toString(QStringLiteral("yyyy-MM-ddThh:mm:ss.zzzZ")) +
                       QLatin1Char('\'');
    const QString updates = QStringLiteral(
        "SELECT s.project_id, s.id, s.uuid, s.measure_id, s.recorded_at, s.author, s.text,"
        " s.new_status, s.new_progress, s.deviation, s.decision_needed, s.version"
        " FROM status_update s");
    return {
        QStringLiteral("SELECT id, uuid, name, short_name, region, description, start_date,"
                       " end_date, status, funding_notes, version FROM project ORDER BY id"),
        QStringLiteral("SELECT l.project_id, k.uuid FROM project_knowledge_source l"
                       " JOIN project p ON p.id = l.project_id"
                       " JOIN knowledge_source k ON k.id = l.knowledge_source_id"
                       " ORDER BY l.project_id, l.position"),
        QStringLiteral("SELECT m.project_id, m.position, m.id, m.uuid, m.title,"
                       " m.planned_start, m.planned_end, m.actual_start, m.actual_end,"
                       " m.status, m.progress FROM measure m"),
        QStringLiteral("SELECT a.measure_id, a.position, a.id, a.uuid, a.title, a.due_date"
                       " FROM activity a WHERE a.done = 0 AND a.due_date IS NOT NULL"),
        QStringLiteral("SELECT s.project_id, s.id, s.uuid, s.milestone_date, s.title, m.uuid,"
                       " s.done, s.version FROM milestone s"
                       " LEFT JOIN measure m ON m.id = s.measure_id"
                       " ORDER BY s.project_id, s.position"),
        updates + QStringLiteral(" WHERE s.id IN (SELECT (SELECT t.id FROM status_update t"
                                 " WHERE t.measure_id = m.id AND t.recorded_at <= %1"
                                 " ORDER BY t.recorded_at DESC, t.id DESC LIMIT 1)"
                                 " FROM measure m)")
                      .arg(at),
        updates + QStringLiteral(" WHERE s.measure_id IS NULL AND s.recorded_at <= %1"
                                 " ORDER BY s.project_id, s.recorded_at, s.id")
                      .arg(at),
    };
}

// What a read of the portfolio with its rows kept must look at, at least: the projects' rows
// and the stamp of each project's history (SqlHistoryRepository::projectStamps).
QStringList projectsAndStamps()
{
    return {QStringLiteral("SELECT * FROM project ORDER BY id"),
            QStringLiteral("SELECT e.project_uuid, COUNT(*), MAX(e.change_set) FROM change_event e"
                           " WHERE e.project_uuid IS NOT NULL GROUP BY e.project_uuid")};
}

// The load average of the last minute, as /proc/loadavg says (empty where there is none).
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 0);
}

// The change history of one project (or, with a null uuid, of all) after a moment.
QString eventsAfter(const QUuid &project, const QDateTime &at)
{
    return QStringLiteral("SELECT e.* FROM change_event e JOIN change_set s ON s.id = e.change_set"
                          " WHERE s.changed_at > %1")
               .arg(at.toMSecsSinceEpoch()) +
           (project.isNull() ? QString()
                             : QStringLiteral(" AND e.project_uuid = X'%1'")
                                   .arg(QString::fromLatin1(project.toRfc4122().toHex())));
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
    void againstTheFloor();
    void asThePortfolioGrows();

private:
    struct Line
    {
        QString what;
        Time samspill;
        Time floor;
    };
    static void print(const QString &title, const QVector<Line> &lines);
    // Fills an empty SQLite file with the given number of generated projects (and the seed).
    static std::unique_ptr<App::Workspace> portfolioOf(const QString &file, int projects,
                                                       int measures);
    // The portfolio opened, read again with nothing changed, and read again after a measure of
    // `changing` changed, on the workspace of the file, each beside its floor.
    static QVector<Line> portfolioReads(App::Workspace &workspace, const QString &file,
                                        const Domain::Project &changing, int runs);
    Overview::Source source();

    QTemporaryDir m_temporary;
    QString m_file;
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

std::unique_ptr<App::Workspace> BenchOverview::portfolioOf(const QString &file, int projects,
                                                           int measures)
{
    QFile::remove(file);
    auto workspace = App::Workspace::open(Storage::ConnectionSettings::sqlite(file));
    if (!workspace)
        qFatal("%s", qPrintable(workspace.error().message));
    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < projects; first += 10) {
        const Domain::Portfolio chunk =
            TestSupport::generatedPortfolio(std::min(10, projects - first), measures, first);
        auto imported = workspace.value()->portfolio().importPortfolio(chunk);
        if (!imported)
            qFatal("%s", qPrintable(imported.error().message));
    }
    qInfo("%d projects of %d measures imported in %.1f s", projects, measures,
          double(timer.elapsed()) / 1000.0);
    return std::move(workspace).value();
}

void BenchOverview::initTestCase()
{
    const int projects = setting("SAMSPILL_BENCH_PROJECTS", 100);
    const int measures = setting("SAMSPILL_BENCH_MEASURES", 100);
    const QString folder = qEnvironmentVariableIsSet("SAMSPILL_BENCH_FOLDER")
                               ? qEnvironmentVariable("SAMSPILL_BENCH_FOLDER")
                               : m_temporary.path();
    m_file = QDir(folder).filePath(QStringLiteral("overview.sqlite"));
    m_workspace = portfolioOf(m_file, projects, measures);
    auto all = m_workspace->projects().projects();
    QVERIFY(all && all->size() == projects + 1); // and the seed
    m_middle = all->at(all->size() / 2);

    // A year of the middle project's history: every week, each measure's progress moves.
    QElapsedTimer timer;
    timer.start();
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

void BenchOverview::againstTheFloor()
{
    const int runs = setting("SAMSPILL_BENCH_RUNS", 10);
    sqlite3 *db = nullptr;
    QVERIFY(sqlite3_open_v2(m_file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    const auto floor = [db, runs](const QStringList &statements) {
        return bestOf(runs, [db, &statements] { readRows(db, statements); });
    };
    const QDate today = QDate::currentDate();
    const QDate yesterday = today.addDays(-1);
    const QString middle = QString::number(m_middle.id.value);
    const Overview::Source::Repositories repositories{
        &m_workspace->projects(), &m_workspace->portfolio(), &m_workspace->history(),
        &m_workspace->organisations()};
    Models::ProjectData project({&m_workspace->portfolio(), &m_workspace->organisations(),
                                 &m_workspace->knowledgeSources(), &m_workspace->projects(),
                                 &m_workspace->history()});
    Overview::Source reader = source();
    auto names = reader.organisationNames();
    QVERIFY(names);

    QVector<Line> lines;
    lines.append({QStringLiteral("the portfolio opened (a new PortfolioData), against the rows of "
                                 "its outlines"),
                  bestOf(runs,
                         [&repositories] {
                             Models::PortfolioData opened(repositories);
                             QVERIFY(opened.reload());
                         }),
                  floor(outlines(Overview::LocalDay::end(today)))});
    lines.append({QStringLiteral("the same, against every row of every project"),
                  lines.constLast().samspill, floor(wholeProjects())});
    // Before the outlines: every project read whole, one after the other (Depth::Whole).
    const auto whole = [&reader](const Overview::Settings &settings,
                                 Overview::Source::State state) {
        QVERIFY(reader.portfolio(settings, state, [](const Overview::ProjectFigures &) {}));
    };
    lines.append({QStringLiteral("the portfolio read one whole project at a time (as before), "
                                 "against every row"),
                  bestOf(runs, [&] { whole({today}, Overview::Source::State::Stored); }),
                  lines.constLast().floor});
    lines.append({QStringLiteral("one project's overview (ProjectData), against its rows"),
                  bestOf(runs, [&] { QVERIFY(project.load(m_middle.id)); }),
                  floor(wholeProjects(middle))});
    lines.append(
        {QStringLiteral("one project as of before its year of history, with its figures, "
                        "against its rows and the events after"),
         bestOf(runs,
                [&] {
                    auto rebuilt = reader.asOf(m_middle.uuid, m_beforeHistory);
                    QVERIFY(rebuilt);
                    Overview::ProjectFigures::of(rebuilt->bundle, names.value(), {today});
                }),
         floor(wholeProjects(middle) + QStringList{eventsAfter(m_middle.uuid, m_beforeHistory)})});
    Models::PortfolioData portfolio(repositories);
    lines.append({QStringLiteral("the portfolio as of yesterday (PortfolioData), against every "
                                 "row and the events after"),
                  bestOf(std::max(1, runs / 5), [&] { QVERIFY(portfolio.setAsOf(yesterday)); }),
                  floor(wholeProjects() +
                        QStringList{eventsAfter(QUuid(), Overview::LocalDay::end(yesterday))})});
    lines.append({QStringLiteral("the same read one whole project at a time (as before)"),
                  bestOf(1, [&] { whole({yesterday}, Overview::Source::State::AsOfDay); }),
                  lines.constLast().floor});
    sqlite3_close(db);

    print(QStringLiteral("%1 projects of %2 measures; best of %3 runs:")
              .arg(setting("SAMSPILL_BENCH_PROJECTS", 100) + 1)
              .arg(setting("SAMSPILL_BENCH_MEASURES", 100))
              .arg(runs),
          lines);
}

QVector<BenchOverview::Line> BenchOverview::portfolioReads(App::Workspace &workspace,
                                                           const QString &file,
                                                           const Domain::Project &changing,
                                                           int runs)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        qFatal("%s: %s", qPrintable(file), sqlite3_errmsg(db));
    }
    const auto floor = [db, runs](const QStringList &statements) {
        return bestOf(runs, [db, &statements] { readRows(db, statements); });
    };
    const Overview::Source::Repositories repositories{&workspace.projects(), &workspace.portfolio(),
                                                      &workspace.history(),
                                                      &workspace.organisations()};
    Overview::Source::Repositories keeping = repositories;
    keeping.kept = &workspace.keptRows();
    sqlite3 *writer = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &writer, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        qFatal("%s: %s", qPrintable(file), sqlite3_errmsg(writer));
    }
    const auto forget = [writer] {
        if (sqlite3_exec(writer, "DELETE FROM portfolio_row", nullptr, nullptr, nullptr) !=
            SQLITE_OK) {
            qFatal("the kept rows were not removed: %s", sqlite3_errmsg(writer));
        }
    };
    QVector<Line> lines;
    lines.append({QStringLiteral("opened, nothing kept (a new PortfolioData: every row "
                                 "computed), against its outlines' rows"),
                  bestOf(runs,
                         [&repositories] {
                             Models::PortfolioData opened(repositories);
                             if (!opened.reload())
                                 qFatal("the portfolio was not read");
                         }),
                  floor(outlines(Overview::LocalDay::end(QDate::currentDate())))});
    // Each run starts with nothing kept.
    lines.append({QStringLiteral("opened first on a day (every row computed and kept in the "
                                 "database), against the same"),
                  bestOf(
                      runs,
                      [&keeping] {
                          Models::PortfolioData opened(keeping);
                          if (!opened.reload())
                              qFatal("the portfolio was not read");
                      },
                      forget),
                  lines.constLast().floor});
    lines.append(
        {QStringLiteral("opened by the next program that day (every row kept in the "
                        "database), against the projects' rows, the history's stamps "
                        "and the kept rows"),
         bestOf(runs,
                [&keeping] {
                    Models::PortfolioData opened(keeping);
                    if (!opened.reload() || opened.computed() != 0)
                        qFatal("rows were computed again");
                }),
         floor(projectsAndStamps() + QStringList{QStringLiteral("SELECT * FROM portfolio_row")})});
    // The next day, from the rows kept today (kept again before each run): only the rows whose
    // horizon has come are computed.
    int expired = 0;
    const QDate tomorrow = QDate::currentDate().addDays(1);
    const Time nextDay = bestOf(
        runs,
        [&keeping, &expired, tomorrow] {
            Models::PortfolioData opened(keeping);
            if (!opened.setToday(tomorrow))
                qFatal("the portfolio was not read");
            expired = opened.computed();
        },
        [&keeping, &forget] {
            forget();
            if (!Models::PortfolioData(keeping).reload())
                qFatal("the portfolio was not read");
        });
    lines.append({QStringLiteral("opened first the next day (%1 rows past their horizon computed, "
                                 "the others kept), against the same")
                      .arg(expired),
                  nextDay, lines.constLast().floor});
    sqlite3_close(writer);
    Models::PortfolioData portfolio(repositories);
    if (!portfolio.reload())
        qFatal("the portfolio was not read");
    lines.append({QStringLiteral("read again, nothing changed (every row kept), against the "
                                 "projects' rows and the history's stamps"),
                  bestOf(runs,
                         [&portfolio] {
                             if (!portfolio.reload() || portfolio.computed() != 0)
                                 qFatal("rows were computed again");
                         }),
                  floor(projectsAndStamps())});
    // Each run, one measure of `changing` moves on first.
    auto measures = workspace.measures().measures(changing.id);
    if (!measures)
        qFatal("%s", qPrintable(measures.error().message));
    const auto open =
        std::find_if(measures->cbegin(), measures->cend(), [](const Domain::Measure &m) {
            return m.status != Domain::Status::Completed;
        });
    if (open == measures->cend())
        qFatal("the project to change has no open measure");
    Domain::Measure measure = *open;
    const Time changed = bestOf(
        runs,
        [&portfolio] {
            if (!portfolio.reload() || portfolio.computed() != 1)
                qFatal("not the one changed project computed again");
        },
        [&workspace, &measure] {
            measure.progress = (measure.progress.value_or(0) + 1) % 100;
            auto saved = workspace.measures().updateMeasure(measure);
            if (!saved)
                qFatal("%s", qPrintable(saved.error().message));
            measure = saved.value();
        });
    lines.append({QStringLiteral("read again after one project changed (its row computed), "
                                 "against the same and that project's rows"),
                  changed,
                  floor(projectsAndStamps() + wholeProjects(QString::number(changing.id.value)))});
    sqlite3_close(db);
    return lines;
}

void BenchOverview::asThePortfolioGrows()
{
    const int runs = setting("SAMSPILL_BENCH_RUNS", 10);
    const int projects = setting("SAMSPILL_BENCH_PROJECTS", 100);
    const int measures = setting("SAMSPILL_BENCH_MEASURES", 100);
    const int larger = projects * setting("SAMSPILL_BENCH_GROWTH", 10);
    print(QStringLiteral("The portfolio (PortfolioData) of %1 projects of %2 measures, one with a "
                         "year of history; best of %3 runs:")
              .arg(projects + 1)
              .arg(measures)
              .arg(runs),
          portfolioReads(*m_workspace, m_file, m_middle, runs));

    const QString file = QFileInfo(m_file).dir().filePath(QStringLiteral("growing.sqlite"));
    std::unique_ptr<App::Workspace> grown = portfolioOf(file, larger, measures);
    auto all = grown->projects().projects();
    QVERIFY(all && all->size() == larger + 1);
    const Domain::Project changing = all->at(all->size() / 2);
    print(QStringLiteral("The same of %1 projects of %2 measures; best of %3 runs:")
              .arg(larger + 1)
              .arg(measures)
              .arg(runs),
          portfolioReads(*grown, file, changing, runs));
    grown.reset();
    if (!qEnvironmentVariableIsSet("SAMSPILL_BENCH_FOLDER"))
        QFile::remove(file);
}

void BenchOverview::print(const QString &title, const QVector<Line> &lines)
{
    qInfo("%s", qPrintable(title));
    qInfo("| what | Samspill | SQLite floor | ratio |");
    qInfo("|---|---|---|---|");
    for (const Line &line : lines) {
        qInfo("| %s | %.1f ms (%.1f ms) | %.1f ms (%.1f ms) | %.1fx (%.1fx) |",
              qPrintable(line.what), line.samspill.processor, line.samspill.wall,
              line.floor.processor, line.floor.wall, line.samspill.processor / line.floor.processor,
              line.samspill.wall / line.floor.wall);
    }
    qInfo("(processor time of the thread, and in brackets wall time; load average %s)",
          qPrintable(loadAverage()));
}

QTEST_GUILESS_MAIN(BenchOverview)
#include "bench_overview.moc"
