#include "views/mainwindow.h"

#include "app/desktop.h"
#include "app/importjob.h"
#include "app/startupnotice.h"
#include "models/goaltreemodel.h"
#include "models/measuretablemodel.h"
#include "models/participanttablemodel.h"
#include "models/portfoliodata.h"
#include "models/projectlistmodel.h"
#include "models/storage/database.h"
#include "models/storage/databasefiles.h"
#include "models/storage/meta.h"
#include "models/storage/migrations.h"
#include "models/storage/transaction.h"
#include "tests/models/seededworkspace.h"
#include "tests/support/mainwindowfixture.h"
#include "views/timelinecanvas.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>

#include <chrono>
#include <future>
#include <memory>
#include <optional>
#include <thread>

using namespace TestSupport;

// The main window as its user meets it: a fresh database seeded on first start, plus one
// project of our own whose name sorts first, so that choosing the Nord-Trøndelag project is a
// real choice. Settings live in a temporary folder, never in the user's own.
class TestMainWindow : public QObject, private MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void userFindsAMeasureOfTheChosenProject();
    void userFiltersMeasuresByStatus();
    void findMeasureShortcutFocusesTheFilter();
    void goalsTabShowsBothGoals();
    void participantsTabShowsTheOrganisations();
    void statusBarShowsTheDatabase();
    void projectFilterNarrowsTheList();
    void clearingAProjectFilterKeepsTheShownProjectSelected();
    void reloadShowsProjectsImportedMeanwhile();
    void userImportsAFileAndSeesItsProject();
    void importOfABadFileSaysWhyAndChangesNothing();
    void firstStartShowsTheFirstProject();
    void databaseWithoutProjectsShowsNone();
    void windowRestoresProjectTabAndGeometry();
    void upgradeOnOpeningSaysWhereTheCopyIs();
    void failedUpgradeOnOpeningNamesTheCopy();
    void waitForAnotherProgramIsShownBeforeTheWindow();
    void windowRestoresTheTimelinesZoom();
    void lookingBackMarksThePastAndAllowsNoEditing();
    void aFigureOfTheOverviewOpensTheMeasuresBehindIt();
};

namespace {

QStringList column(const QAbstractItemModel &model, int column, const QModelIndex &parent = {},
                   int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(parent); ++row)
        values.append(model.index(row, column, parent).data(role).toString());
    return values;
}

// The projects of the navigator by their full names (the list shows their short names).
QStringList projectNames(const QAbstractItemModel &model)
{
    return column(model, 0, {}, Models::ProjectListModel::NameRole);
}

} // namespace

void TestMainWindow::initTestCase()
{
    setUpTestCase(QStringLiteral("views_mainwindow"));
}

void TestMainWindow::init()
{
    setUp();
}

void TestMainWindow::cleanup()
{
    tearDown();
}

void TestMainWindow::userFindsAMeasureOfTheChosenProject()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    auto *title = child<QLabel>(window, "projectTitle");
    auto *table = child<QTableView>(window, "measureTable");
    auto *filter = child<QLineEdit>(window, "measureFilter");
    auto *count = child<QLabel>(window, "measureCount");
    auto *details = child<QTextBrowser>(window, "measureDetails");
    QVERIFY(title && table && filter && count && details);
    QCOMPARE(title->text(), firstProjectName);
    QCOMPARE(table->model()->rowCount(), 0);

    chooseProject(Seed::projectName);
    QCOMPARE(title->text(), Seed::projectName);
    QCOMPARE(window.windowTitle(), Seed::projectName + QStringLiteral(" – Samspill"));
    const QString summary = child<QLabel>(window, "projectSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("01.12.2009 – 31.12.2013")), qPrintable(summary));
    // The seed reads as completed at the end of its period, and green (README, "Seed data").
    QVERIFY2(summary.contains(QStringLiteral("fullført")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("grønn")), qPrintable(summary));

    // Away to the goals and back to the measures with Ctrl+4.
    child<QAction>(window, "showGoalsAction")->trigger();
    QVERIFY(!table->isVisible());
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QVERIFY(table->isVisible());
    QCOMPARE(column(*table->model(), Models::MeasureTableModel::TitleColumn),
             QStringList({Seed::exchangeMeasure, Seed::referralMeasure, Seed::coordinatorMeasure}));
    QCOMPARE(count->text(), QStringLiteral("3 av 3 tiltak"));

    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, QStringLiteral("henvis"));
    QCOMPARE(column(*table->model(), Models::MeasureTableModel::TitleColumn),
             QStringList{Seed::referralMeasure});
    QCOMPARE(count->text(), QStringLiteral("1 av 3 tiltak"));

    // Back to all, then the user picks the coordinator measure and reads it in full.
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(count->text(), QStringLiteral("3 av 3 tiltak"));
    const QString description = QStringLiteral(
        "Det planlegges et felles opplæringsprogram for ansatte i kommunen, NAV og helseforetaket");
    QVERIFY(!details->toPlainText().contains(description));
    const QModelIndex coordinator =
        table->model()->index(2, Models::MeasureTableModel::TitleColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(coordinator).center());
    QCOMPARE(table->currentIndex().row(), 2);
    QVERIFY2(details->toPlainText().contains(description), qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(Seed::coordinatorMeasure));
}

void TestMainWindow::userFiltersMeasuresByStatus()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    chooseProject(Seed::projectName);
    child<QAction>(window, "showMeasuresAction")->trigger();
    auto *status = child<QComboBox>(window, "measureStatusFilter");
    auto *table = child<QTableView>(window, "measureTable");
    auto *count = child<QLabel>(window, "measureCount");
    QVERIFY(status && table && count);
    QCOMPARE(status->currentText(), QStringLiteral("Alle statuser"));

    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // the next choice: planned
    QCOMPARE(status->currentText(), QStringLiteral("planlagt"));
    QCOMPARE(column(*table->model(), Models::MeasureTableModel::TitleColumn),
             QStringList{Seed::coordinatorMeasure});
    QCOMPARE(count->text(), QStringLiteral("1 av 3 tiltak"));

    QTest::keyClick(status, Qt::Key_Down); // in progress
    QCOMPARE(status->currentText(), QStringLiteral("pågår"));
    QCOMPARE(column(*table->model(), Models::MeasureTableModel::TitleColumn),
             QStringList{Seed::exchangeMeasure});
    QCOMPARE(count->text(), QStringLiteral("1 av 3 tiltak"));

    QTest::keyClick(status, Qt::Key_Down); // completed
    QCOMPARE(status->currentText(), QStringLiteral("fullført"));
    QCOMPARE(column(*table->model(), Models::MeasureTableModel::TitleColumn),
             QStringList{Seed::referralMeasure});
    QCOMPARE(count->text(), QStringLiteral("1 av 3 tiltak"));
}

void TestMainWindow::findMeasureShortcutFocusesTheFilter()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    chooseProject(Seed::projectName);
    child<QAction>(window, "showGoalsAction")->trigger();
    auto *filter = child<QLineEdit>(window, "measureFilter");
    QVERIFY(filter);
    QVERIFY(!filter->isVisible());

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);

    QVERIFY(filter->isVisible());
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("hospit"));
    QCOMPARE(filter->text(), QStringLiteral("hospit"));
    QCOMPARE(child<QTableView>(window, "measureTable")->model()->rowCount(), 1);
}

void TestMainWindow::goalsTabShowsBothGoals()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    chooseProject(Seed::projectName);
    auto *tree = child<QTreeView>(window, "goalTree");
    QVERIFY(tree);

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);

    QVERIFY(tree->isVisible());
    QVERIFY(child<QTabWidget>(window, "projectTabs")->currentWidget()->isAncestorOf(tree));
    QCOMPARE(column(*tree->model(), Models::GoalTreeModel::GoalColumn),
             QStringList({Seed::betterServicesGoalText, Seed::collaborationGoalText}));
    QCOMPARE(column(*tree->model(), Models::GoalTreeModel::MeasuresColumn),
             QStringList({QStringLiteral("2"), QStringLiteral("3")}));
}

void TestMainWindow::participantsTabShowsTheOrganisations()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    chooseProject(Seed::projectName);
    auto *participants = child<QTableView>(window, "participantTable");
    auto *members = child<QTableView>(window, "memberTable");
    QVERIFY(participants && members);

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);

    QVERIFY(participants->isVisible());
    QVERIFY(members->isVisible());
    const QStringList organisations =
        column(*participants->model(), Models::ParticipantTableModel::OrganisationColumn);
    QCOMPARE(organisations.size(), 6);
    const int mentalHelse = int(organisations.indexOf(QStringLiteral("Mental Helse")));
    QVERIFY(mentalHelse >= 0);
    QCOMPARE(participants->model()
                 ->index(mentalHelse, Models::ParticipantTableModel::RoleColumn)
                 .data()
                 .toString(),
             QStringLiteral("brukerrepresentasjon"));
    QCOMPARE(members->model()->rowCount(), 3);
}

void TestMainWindow::statusBarShowsTheDatabase()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    auto *location = child<QLabel>(m_desktop->window(), "databaseLocation");
    QVERIFY(location);
    QVERIFY(location->isVisible());
    QVERIFY2(location->text().contains(m_seeded->settings().file), qPrintable(location->text()));
}

void TestMainWindow::projectFilterNarrowsTheList()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    auto *filter = child<QLineEdit>(m_desktop->window(), "projectFilter");
    auto *list = child<QListView>(m_desktop->window(), "projectList");
    QVERIFY(filter && list);
    QCOMPARE(list->model()->rowCount(), 2);

    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, QStringLiteral("trøndelag"));

    QCOMPARE(projectNames(*list->model()), QStringList{Seed::projectName});
}

void TestMainWindow::clearingAProjectFilterKeepsTheShownProjectSelected()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    chooseProject(Seed::projectName);
    auto *filter = child<QLineEdit>(m_desktop->window(), "projectFilter");
    auto *list = child<QListView>(m_desktop->window(), "projectList");
    auto *title = child<QLabel>(m_desktop->window(), "projectTitle");
    QVERIFY(filter && list && title);

    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, QStringLiteral("finnes ikke"));
    QCOMPARE(list->model()->rowCount(), 0);
    QCOMPARE(title->text(), Seed::projectName); // still shown
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(title->text(), Seed::projectName);

    // The shown project is highlighted again, and the session remembers it.
    QCOMPARE(list->currentIndex().data(Models::ProjectListModel::NameRole).toString(),
             Seed::projectName);

    QVERIFY(m_desktop->window().close());
    m_desktop.reset();
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QCOMPARE(child<QLabel>(m_desktop->window(), "projectTitle")->text(), Seed::projectName);
}

void TestMainWindow::userImportsAFileAndSeesItsProject()
{
    // GIVEN the window, and an exchange file with a project of its own
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    Views::MainWindow &window = m_desktop->window();
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("dated.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(DatedProject::json());
    }
    window.setImportFileChooser([file] { return file; });
    auto *list = child<QListView>(window, "projectList");
    QCOMPARE(list->model()->rowCount(), 2);

    // WHEN the user imports it (Ctrl+I)
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(m_desktop->import());
    QSignalSpy done(m_desktop->import(), &App::ImportJob::finished);
    QVERIFY(done.wait(30000));
    QCoreApplication::processEvents();

    // THEN its project is in the list, and the status bar says what came in
    QVERIFY(done.at(0).at(0).toBool());
    QCOMPARE(list->model()->rowCount(), 3);
    QVERIFY(projectNames(*list->model()).contains(DatedProject::name));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("dated.json")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!m_desktop->import());
}

void TestMainWindow::importOfABadFileSaysWhyAndChangesNothing()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    Views::MainWindow &window = m_desktop->window();
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("bad.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(DatedProject::json()).replace("\"status\"", "\"statsu\""));
    }
    window.setImportFileChooser([file] { return file; });
    auto *list = child<QListView>(window, "projectList");

    child<QAction>(window, "importAction")->trigger();
    QVERIFY(m_desktop->import());
    QSignalSpy done(m_desktop->import(), &App::ImportJob::finished);
    QVERIFY(done.wait(30000));
    QCoreApplication::processEvents();

    QVERIFY(!done.at(0).at(0).toBool());
    QCOMPARE(list->model()->rowCount(), 2);
    auto *box = child<QMessageBox>(window, "importFailedBox");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("statsu")), qPrintable(box->text()));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    box->close();
}

void TestMainWindow::reloadShowsProjectsImportedMeanwhile()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    chooseProject(Seed::projectName);
    auto *list = child<QListView>(window, "projectList");
    QCOMPARE(list->model()->rowCount(), 2);

    // Someone else adds a project to the shared database while the window is open.
    QCOMPARE(m_seeded->importJson(DatedProject::json()), QString());
    QCOMPARE(list->model()->rowCount(), 2);
    child<QAction>(window, "reloadAction")->trigger();

    QCOMPARE(projectNames(*list->model()),
             QStringList({firstProjectName, DatedProject::name, Seed::projectName}));
    QCOMPARE(list->currentIndex().data(Models::ProjectListModel::NameRole).toString(),
             Seed::projectName);
    QCOMPARE(child<QLabel>(window, "projectTitle")->text(), Seed::projectName);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Lastet inn på nytt fra databasen."));
}

void TestMainWindow::firstStartShowsTheFirstProject()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    auto *list = child<QListView>(window, "projectList");
    QCOMPARE(list->currentIndex().data(Models::ProjectListModel::NameRole).toString(),
             firstProjectName);
    QCOMPARE(list->currentIndex().data(Models::ProjectListModel::UuidRole).toUuid(), firstProject);
    QCOMPARE(child<QLabel>(window, "projectTitle")->text(), firstProjectName);
    QVERIFY(child<QWidget>(window, "overviewScroll")->isVisible()); // the overview first
}

void TestMainWindow::databaseWithoutProjectsShowsNone()
{
    // A database that was seeded once and holds no project now: it is not seeded again.
    ScratchDatabase scratch(Storage::ConnectionSettings::Driver::Sqlite);
    {
        auto database = Storage::Database::open(scratch.settings());
        QVERIFY(database.ok());
        QVERIFY(Storage::Migrations::migrate(*database.value()).ok());
        QVERIFY(Storage::Meta::setValue(*database.value(), QStringLiteral("seeded"),
                                        QStringLiteral("2026-11-23T10:00:00Z"))
                    .ok());
    }
    auto opened = App::Workspace::open(scratch.settings());
    QVERIFY(opened.ok());
    QVERIFY(!opened.value()->wasSeeded());
    App::Desktop desktop(*opened.value());
    expectSizeHintWarning();
    desktop.window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&desktop.window()));

    QCOMPARE(child<QListView>(desktop.window(), "projectList")->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(desktop.window(), "projectTitle")->text(),
             QStringLiteral("Ingen prosjekt valgt"));
    QCOMPARE(child<QTableView>(desktop.window(), "measureTable")->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(desktop.window(), "measureCount")->text(),
             QStringLiteral("0 av 0 tiltak"));
    QCOMPARE(desktop.window().windowTitle(), QStringLiteral("Samspill"));
}

void TestMainWindow::windowRestoresProjectTabAndGeometry()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    chooseProject(Seed::projectName);
    QTest::keyClick(&m_desktop->window(), Qt::Key_3, Qt::ControlModifier);
    // Within the offscreen screen (800x600) and above the window's minimum size, so that
    // nothing has a reason to adjust it.
    expectSizeHintWarning();
    m_desktop->window().setGeometry(20, 30, 740, 500);
    QTRY_COMPARE(m_desktop->window().size(), QSize(740, 500));
    const QRect saved = m_desktop->window().geometry();
    QVERIFY(m_desktop->window().close());
    m_desktop.reset();

    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();

    QCOMPARE(window.geometry(), saved);
    QCOMPARE(child<QListView>(window, "projectList")
                 ->currentIndex()
                 .data(Models::ProjectListModel::NameRole)
                 .toString(),
             Seed::projectName);
    QCOMPARE(child<QLabel>(window, "projectTitle")->text(), Seed::projectName);
    QVERIFY(child<QTableView>(window, "participantTable")->isVisible());
}

namespace {

// A database of an earlier schema version, as an earlier Samspill left it.
Domain::Result<void> makeOldDatabase(const Storage::ConnectionSettings &settings, int version)
{
    auto opened = Storage::Database::open(settings);
    if (!opened)
        return opened.error();
    auto migrated = Storage::Migrations::migrate(*opened.value(), version);
    if (!migrated)
        return migrated.error();
    return {};
}

} // namespace

void TestMainWindow::upgradeOnOpeningSaysWhereTheCopyIs()
{
    // GIVEN a database of the previous schema version
    ScratchDatabase scratch(Storage::ConnectionSettings::Driver::Sqlite);
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    const auto old = makeOldDatabase(scratch.settings(), Storage::Migrations::latestVersion() - 1);
    QVERIFY2(old, qPrintable(old ? QString() : old.error().message));

    // WHEN the application opens it for the window, as main() does
    App::StartupNotice notice;
    auto workspace =
        App::Workspace::open(scratch.settings(), App::Workspace::Seeding::IfNew, notice.notifier());
    notice.close();
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
    const auto backups = Storage::DatabaseFiles(scratch.settings().file).backups();
    QCOMPARE(backups.size(), 1);
    const QString copy = QFileInfo(backups.first().path).fileName();
    {
        App::Desktop desktop(*workspace.value());
        expectSizeHintWarning();
        desktop.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desktop.window()));

        // THEN the notice before the window, the status bar and a note in the window each say
        // where the copy taken before the upgrade is kept
        QVERIFY2(notice.messages().join(QLatin1Char(' ')).contains(copy),
                 qPrintable(notice.messages().join(QLatin1Char(' '))));
        const QString status = desktop.window().statusBar()->currentMessage();
        QVERIFY2(status.contains(copy), qPrintable(status));
        auto *note = desktop.window().findChild<QMessageBox *>(QStringLiteral("upgradeNoteBox"));
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(copy), qPrintable(note->text()));
    }
}

void TestMainWindow::failedUpgradeOnOpeningNamesTheCopy()
{
    // GIVEN a database of schema version 2 in which another program took a name version 3 needs
    ScratchDatabase scratch(Storage::ConnectionSettings::Driver::Sqlite);
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    const auto old = makeOldDatabase(scratch.settings(), 2);
    QVERIFY2(old, qPrintable(old ? QString() : old.error().message));
    QCOMPARE(executeRaw(scratch.settings(),
                        {QStringLiteral("CREATE INDEX change_set_time ON organisation (name)")}),
             QString());

    // WHEN the application opens it for the window, and the upgrade fails
    App::StartupNotice notice;
    auto workspace =
        App::Workspace::open(scratch.settings(), App::Workspace::Seeding::IfNew, notice.notifier());
    notice.close();

    // THEN the message the window shows (in its error dialog) names the copy taken before
    QVERIFY(!workspace);
    const auto backups = Storage::DatabaseFiles(scratch.settings().file).backups();
    QCOMPARE(backups.size(), 1);
    QVERIFY2(workspace.error().message.contains(QFileInfo(backups.first().path).fileName()),
             qPrintable(workspace.error().message));
}

void TestMainWindow::waitForAnotherProgramIsShownBeforeTheWindow()
{
    // GIVEN a new database, not seeded yet, whose write lock another program holds for a while
    ScratchDatabase scratch(Storage::ConnectionSettings::Driver::Sqlite);
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    {
        auto created = App::Workspace::open(scratch.settings(), App::Workspace::Seeding::Never);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    }
    const Storage::ConnectionSettings settings = scratch.settings();
    std::promise<bool> locked;
    std::future<bool> lockTaken = locked.get_future();
    std::thread holder([&settings, &locked] {
        auto other = Storage::Database::open(settings);
        std::optional<Storage::Transaction> write;
        if (other)
            write.emplace(*other.value(), Storage::Transaction::Mode::Write);
        locked.set_value(other && write->started().ok());
        std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    }); // the write is rolled back and the connection closed on that thread
    if (!lockTaken.get()) {
        holder.join();
        QFAIL("the other program could not take the write lock");
    }

    // WHEN the application opens it for the window, which seeds it
    App::StartupNotice notice;
    QElapsedTimer waited;
    waited.start();
    auto workspace =
        App::Workspace::open(settings, App::Workspace::Seeding::IfNew, notice.notifier());
    const qint64 elapsed = waited.elapsed();
    holder.join();

    // THEN it waited its turn, said so in a window of its own while it waited, and went on
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
    QVERIFY(workspace.value()->wasSeeded());
    QVERIFY2(elapsed >= 1500, qPrintable(QString::number(elapsed)));
    QVERIFY(!notice.messages().isEmpty());
    QVERIFY2(notice.messages().first().contains(QFileInfo(settings.file).fileName()),
             qPrintable(notice.messages().first()));
    QVERIFY(notice.window());
    QVERIFY(notice.window()->isVisible());
    QVERIFY2(notice.window()->text().contains(notice.messages().first()),
             qPrintable(notice.window()->text()));
    notice.close();
    QVERIFY(!notice.window()->isVisible());
}

void TestMainWindow::windowRestoresTheTimelinesZoom()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    chooseProject(Seed::projectName);
    QTest::keyClick(&m_desktop->window(), Qt::Key_5, Qt::ControlModifier);
    auto *canvas = child<Views::TimelineCanvas>(m_desktop->window(), "timelineCanvas");
    QVERIFY(canvas && canvas->isVisible());
    QVERIFY(canvas->isFitted()); // a project is first shown whole
    child<QToolBar>(m_desktop->window(), "timelineToolBar")
        ->findChild<QAction *>(QStringLiteral("timelineYearAction"))
        ->trigger();
    QCOMPARE(canvas->zoom(), Timeline::Zoom::Year);
    QVERIFY(m_desktop->window().close());
    m_desktop.reset();

    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    canvas = child<Views::TimelineCanvas>(m_desktop->window(), "timelineCanvas");
    QVERIFY(canvas->isVisible());
    QVERIFY(!canvas->isFitted());
    QCOMPARE(canvas->zoom(), Timeline::Zoom::Year);
}

void TestMainWindow::lookingBackMarksThePastAndAllowsNoEditing()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    chooseProject(Seed::projectName);
    auto *banner = child<QWidget>(window, "asOfBanner");
    auto *import = child<QAction>(window, "importAction");
    auto *summary = child<QLabel>(window, "statusSummary");
    QVERIFY(banner && import && summary);
    QVERIFY(!banner->isVisible());
    QVERIFY(import->isEnabled());

    // WHEN the user looks back to 31.03.2012
    auto *date = child<QDateEdit>(window, "asOfDate");
    QVERIFY(date);
    date->setFocus();
    date->setDate(QDate(2012, 3, 31));
    QTest::keyClick(date, Qt::Key_Return);

    // THEN the past is marked everywhere it applies, and nothing can be written
    QVERIFY(banner->isVisible());
    const QString marked = child<QLabel>(window, "asOfBannerText")->text();
    QVERIFY2(marked.contains(QStringLiteral("31.03.2012")), qPrintable(marked));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("31.03.2012")),
             qPrintable(window.windowTitle()));
    QVERIFY2(summary->text().contains(QStringLiteral("31.03.2012")), qPrintable(summary->text()));
    QVERIFY2(child<QLabel>(window, "projectSummary")->text().contains(QStringLiteral("31.03.2012")),
             qPrintable(child<QLabel>(window, "projectSummary")->text()));
    QVERIFY(!import->isEnabled());
    QCOMPARE(m_desktop->projectData().asOf(), QDate(2012, 3, 31));
    QCOMPARE(m_desktop->portfolioData().figures().day, QDate(2012, 3, 31));
    QVERIFY(m_desktop->portfolioData().figures().asOf);

    // AND back to today, everything is as it was
    QTest::mouseClick(child<QPushButton>(window, "asOfBackButton"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QVERIFY(import->isEnabled());
    QVERIFY(!window.windowTitle().contains(QStringLiteral("31.03.2012")));
    QVERIFY(!m_desktop->projectData().asOf().isValid());
    QVERIFY(!m_desktop->portfolioData().figures().asOf);
}

void TestMainWindow::aFigureOfTheOverviewOpensTheMeasuresBehindIt()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    chooseProject(Seed::projectName);
    auto *overview = child<QWidget>(window, "overviewScroll");
    auto *table = child<QTableView>(window, "measureTable");
    QVERIFY(overview && table);
    QVERIFY(overview->isVisible()); // the overview is the first tab

    // WHEN the user clicks the number of measures not rated
    auto *notRated = child<QPushButton>(window, "notRatedFigure");
    QVERIFY(notRated);
    // (only the exchange measure: the referral form is completed, the training is dated)
    QVERIFY2(notRated->text().endsWith(QStringLiteral(": 1")), qPrintable(notRated->text()));
    QTest::mouseClick(notRated, Qt::LeftButton);

    // THEN the measures tab shows exactly those measures, and says which figure they are
    QVERIFY(table->isVisible());
    QCOMPARE(column(*table->model(), Models::MeasureTableModel::TitleColumn),
             QStringList{Seed::exchangeMeasure});
    QVERIFY(child<QWidget>(window, "measureSelectionBar")->isVisible());

    // AND the overdue figure opens an empty list (nothing is overdue in June 2012), and "show all"
    // brings every measure back
    child<QAction>(window, "showOverviewAction")->trigger();
    QVERIFY(overview->isVisible());
    QTest::mouseClick(child<QPushButton>(window, "overdueFigure"), Qt::LeftButton);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 0);
    QTest::mouseClick(child<QWidget>(window, "showAllMeasuresButton"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 3);
    QVERIFY(!child<QWidget>(window, "measureSelectionBar")->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
