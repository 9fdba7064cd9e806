#include "app/commandline.h"
#include "app/desktop.h"
#include "app/importer.h"
#include "app/language.h"
#include "app/session.h"
#include "app/workspace.h"
#include "models/exchange/jsonreader.h"
#include "models/measuretablemodel.h"
#include "models/portfoliotablemodel.h"
#include "models/projectlistmodel.h"
#include "tests/models/seededworkspace.h"
#include "tests/support/mainwindowfixture.h"
#include "views/fileactions.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace TestSupport;

// Finding and filtering, and the File menu, as the user meets them (views_findfile): the
// measure filters and the project list's, Enter and Down to the first hit, the message when
// nothing matches, filters remembered per project across switches and restarts, export from
// the menu read back by the importer `samspill import` runs, another database and the recent
// ones, the language for the next start. A fresh seeded SQLite database plus one project of
// our own each time; settings in a temporary folder.
class TestFindFile : public QObject, private MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eachMeasureFilterNarrowsTheTable();
    void nothingMatchingIsSaidAndUndoneInOneClick();
    void downAndEnterInTheMeasureFilterGoToTheFirstHit();
    void projectListFiltersByStatusAndEnterOpensTheHit();
    void filtersAreRememberedPerProjectAndAfterARestart();
    void exportFromTheMenuIsReadBackByImport();
    void exportOntoTheDatabaseIsRefused();
    void anotherDatabaseReplacesTheShownOneAndIsRemembered();
    void recentDatabasesListTheOthersAndGreyTheMissing();
    void languageChoiceIsRememberedForTheNextStart();
    void longDescriptionIsCutWithShowMore();
    void measureLayoutIsRememberedAfterARestart();
    void portfolioReasonTakesTheWidthLeftAndUserWidthsAreKept();

private:
    QTableView *showMeasures();
};

namespace {

const QUuid nav{QStringLiteral("88ad3550-ee74-4f20-b452-d2fb906acd8f")};

const QString describedProjectName = QStringLiteral("Beskrevet prosjekt");

QByteArray describedProjectJson(const QString &description)
{
    return QStringLiteral(R"json({
        "format": "samspill-exchange", "formatVersion": 1,
        "projects": [{"uuid": "7c3f5e2a-1b4d-4e6f-8a9b-0c1d2e3f0002",
                      "name": "Beskrevet prosjekt", "status": "planned",
                      "description": "%1"}]})json")
        .arg(description)
        .toUtf8();
}

// A text of the window in the language it speaks: Norwegian where the catalogue has it.
QString shown(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

QStringList titles(const QTableView &table)
{
    QStringList values;
    for (int row = 0; row < table.model()->rowCount(); ++row)
        values.append(
            table.model()->index(row, Models::MeasureTableModel::TitleColumn).data().toString());
    return values;
}

QStringList shownProjects(const QListView &list)
{
    QStringList values;
    for (int row = 0; row < list.model()->rowCount(); ++row)
        values.append(
            list.model()->index(row, 0).data(Models::ProjectListModel::NameRole).toString());
    return values;
}

// Chooses the entry of a combo box by keyboard, as a user does: focus, then Down until it is
// there.
bool chooseByKeyboard(QComboBox *box, const QString &text)
{
    box->setFocus();
    box->setCurrentIndex(0);
    for (int step = 0; step < box->count(); ++step) {
        if (box->currentText().trimmed() == text)
            return true;
        QTest::keyClick(box, Qt::Key_Down);
    }
    return box->currentText().trimmed() == text;
}

// How many projects an exchange file holds, as `samspill import` reads it: through the same
// importer, into a new database of its own.
int importedProjects(const QString &file, QString *error)
{
    ScratchDatabase target(Storage::ConnectionSettings::Driver::Sqlite);
    auto workspace = App::Workspace::open(target.settings(), App::Workspace::Seeding::Never);
    if (!workspace) {
        *error = workspace.error().message;
        return -1;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return -1;
    }
    auto outcome = App::Importer::run(*workspace.value(), in, App::Importer::PersonalData::Refuse);
    if (!outcome || !outcome->summary) {
        *error = outcome ? outcome->description() : outcome.error().message;
        return -1;
    }
    return outcome->summary->projects;
}

} // namespace

void TestFindFile::initTestCase()
{
    setUpTestCase(QStringLiteral("views_findfile"));
}

void TestFindFile::init()
{
    setUp();
}

void TestFindFile::cleanup()
{
    tearDown();
}

QTableView *TestFindFile::showMeasures()
{
    QTest::keyClick(&m_desktop->window(), Qt::Key_4, Qt::ControlModifier);
    auto *table = child<QTableView>(m_desktop->window(), "measureTable");
    return table && table->isVisible() ? table : nullptr;
}

void TestFindFile::eachMeasureFilterNarrowsTheTable()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    chooseProject(Seed::projectName);
    QTableView *table = showMeasures();
    QVERIFY(table);
    auto *organisation = child<QComboBox>(window, "measureOrganisationFilter");
    auto *level = child<QComboBox>(window, "measureLevelFilter");
    auto *goal = child<QComboBox>(window, "measureGoalFilter");
    auto *overdue = child<QCheckBox>(window, "measureOverdueFilter");
    auto *stale = child<QCheckBox>(window, "measureStaleFilter");
    auto *staleDays = child<QSpinBox>(window, "measureStaleDays");
    auto *count = child<QLabel>(window, "measureCount");
    QVERIFY(organisation && level && goal && overdue && stale && staleDays && count);
    const QStringList all{Seed::exchangeMeasure, Seed::referralMeasure, Seed::coordinatorMeasure};
    QCOMPARE(titles(*table), all);

    // The organisations of the project, and the measures each carries or takes part in.
    QVERIFY(chooseByKeyboard(organisation, QStringLiteral("NAV")));
    QCOMPARE(titles(*table), (QStringList{Seed::exchangeMeasure, Seed::coordinatorMeasure}));
    QVERIFY(chooseByKeyboard(organisation, QStringLiteral("Fastlegene")));
    QCOMPARE(titles(*table), QStringList{Seed::referralMeasure});
    QVERIFY(chooseByKeyboard(organisation, shown("Views::MeasureFilterBar", "All organisations")));
    QCOMPARE(titles(*table), all);

    QVERIFY(chooseByKeyboard(level, QStringLiteral("individnivå")));
    QCOMPARE(titles(*table), QStringList{Seed::referralMeasure});
    QCOMPARE(count->text(), QStringLiteral("1 av 3 tiltak"));
    QVERIFY(chooseByKeyboard(level, shown("Views::MeasureFilterBar", "All levels")));

    QVERIFY(chooseByKeyboard(goal, Seed::betterServicesGoalText));
    QCOMPARE(titles(*table), (QStringList{Seed::referralMeasure, Seed::coordinatorMeasure}));
    QVERIFY(chooseByKeyboard(goal, shown("Views::MeasureFilterBar", "All goals")));

    // On 1 June 2012, before any status update of the seed: the exchange measure has started
    // (it is undated) and has none; the coordinator measure starts in the autumn.
    QVERIFY(!staleDays->isEnabled());
    stale->setFocus();
    QTest::keyClick(stale, Qt::Key_Space);
    QVERIFY(staleDays->isEnabled());
    QCOMPARE(titles(*table), QStringList{Seed::exchangeMeasure});
    QTest::keyClick(stale, Qt::Key_Space);
    QCOMPARE(titles(*table), all);

    // Nothing of the seed is overdue on that day.
    overdue->setFocus();
    QTest::keyClick(overdue, Qt::Key_Space);
    QCOMPARE(titles(*table), QStringList());
    QTest::keyClick(overdue, Qt::Key_Space);
    QCOMPARE(titles(*table), all);
}

void TestFindFile::nothingMatchingIsSaidAndUndoneInOneClick()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    chooseProject(Seed::projectName);
    QTableView *table = showMeasures();
    QVERIFY(table);
    auto *filter = child<QLineEdit>(window, "measureFilter");
    auto *noMatch = child<QWidget>(window, "measureNoMatch");
    auto *text = child<QLabel>(window, "measureNoMatchText");
    QVERIFY(filter && noMatch && text);
    QVERIFY(!noMatch->isVisible());

    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, QStringLiteral("finnes ikke"));

    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    QCOMPARE(text->text(), shown("Views::MeasuresView", "No measure matches these filters."));

    QTest::mouseClick(child<QToolButton>(window, "noMatchShowAllButton"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(filter->text(), QString());
    QVERIFY(!noMatch->isVisible());

    // A project without measures is not "nothing matches".
    chooseProject(firstProjectName);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!noMatch->isVisible());
}

void TestFindFile::downAndEnterInTheMeasureFilterGoToTheFirstHit()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    chooseProject(Seed::projectName);
    QTableView *table = showMeasures();
    QVERIFY(table);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *filter = child<QLineEdit>(window, "measureFilter");
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("koordinator"));

    // Down: to the first measure shown, in the table.
    QTest::keyClick(filter, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->currentIndex().data(Models::MeasureTableModel::UuidRole).toUuid(),
             QUuid(QStringLiteral("3a5af1ac-fca5-4c32-90a6-d2967664e09d")));

    // Enter: opens it, as Enter in the table does.
    filter->setFocus();
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != QLatin1String("measureEditor"))
            return;
        if (auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("measureTitleEdit")))
            opened = title->text();
        static_cast<QDialog *>(dialog)->reject();
    });
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(opened, Seed::coordinatorMeasure);
}

void TestFindFile::projectListFiltersByStatusAndEnterOpensTheHit()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    Views::MainWindow &window = m_desktop->window();
    auto *list = child<QListView>(window, "projectList");
    auto *filter = child<QLineEdit>(window, "projectFilter");
    auto *status = child<QComboBox>(window, "projectStatusFilter");
    auto *noMatch = child<QLabel>(window, "projectNoMatch");
    auto *title = child<QLabel>(window, "projectTitle");
    QVERIFY(list && filter && status && noMatch && title);
    QCOMPARE(shownProjects(*list), (QStringList{firstProjectName, Seed::projectName}));

    QVERIFY(chooseByKeyboard(status, QStringLiteral("fullført")));
    QCOMPARE(shownProjects(*list), QStringList{Seed::projectName});
    QVERIFY(!noMatch->isVisible());
    QVERIFY(chooseByKeyboard(status, QStringLiteral("avbrutt")));
    QCOMPARE(shownProjects(*list), QStringList());
    QVERIFY(noMatch->isVisible());
    QCOMPARE(noMatch->text(), shown("Views::ProjectNavigator", "No project matches the filter."));
    QVERIFY(chooseByKeyboard(status, shown("Views::ProjectNavigator", "All statuses")));
    QVERIFY(!noMatch->isVisible());

    // By region: Nord-Trøndelag is the seed's; Enter opens it on the project page.
    child<QAction>(window, "showPortfolioAction")->trigger();
    QCOMPARE(window.page(), Views::MainWindow::Page::Portfolio);
    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, QStringLiteral("nord-trø"));
    QCOMPARE(shownProjects(*list), QStringList{Seed::projectName});
    QCOMPARE(title->text(), firstProjectName);
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(title->text(), Seed::projectName);
    QCOMPARE(window.page(), Views::MainWindow::Page::Project);
    QVERIFY(list->hasFocus());

    // Down moves to the first project listed.
    filter->setFocus();
    filter->clear();
    QTest::keyClick(filter, Qt::Key_Down);
    QVERIFY(list->hasFocus());
    QCOMPARE(title->text(), firstProjectName);
}

void TestFindFile::filtersAreRememberedPerProjectAndAfterARestart()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    chooseProject(Seed::projectName);
    QTableView *table = showMeasures();
    QVERIFY(table);
    auto *filter = child<QLineEdit>(m_desktop->window(), "measureFilter");
    auto *organisation = child<QComboBox>(m_desktop->window(), "measureOrganisationFilter");
    QVERIFY(chooseByKeyboard(organisation, QStringLiteral("NAV")));
    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, QStringLiteral("koordinator"));
    QCOMPARE(titles(*table), QStringList{Seed::coordinatorMeasure});

    // Another project shows its own filters (none), and keeps what is typed for it.
    chooseProject(firstProjectName);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(organisation->currentIndex(), 0);
    QTest::mouseClick(filter, Qt::LeftButton);
    QTest::keyClicks(filter, QStringLiteral("alfa"));

    chooseProject(Seed::projectName);
    QCOMPARE(filter->text(), QStringLiteral("koordinator"));
    QCOMPARE(organisation->currentData().toUuid(), nav);
    QCOMPARE(titles(*table), QStringList{Seed::coordinatorMeasure});

    // After a restart: a new window over the same settings.
    QVERIFY(m_desktop->window().close());
    m_desktop.reset();
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    table = child<QTableView>(m_desktop->window(), "measureTable");
    filter = child<QLineEdit>(m_desktop->window(), "measureFilter");
    organisation = child<QComboBox>(m_desktop->window(), "measureOrganisationFilter");
    QCOMPARE(child<QLabel>(m_desktop->window(), "projectTitle")->text(), Seed::projectName);
    QCOMPARE(filter->text(), QStringLiteral("koordinator"));
    QCOMPARE(organisation->currentData().toUuid(), nav);
    QCOMPARE(titles(*table), QStringList{Seed::coordinatorMeasure});
    chooseProject(firstProjectName);
    QCOMPARE(filter->text(), QStringLiteral("alfa"));
}

void TestFindFile::exportFromTheMenuIsReadBackByImport()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    Views::MainWindow &window = m_desktop->window();
    chooseProject(Seed::projectName);
    QTemporaryDir folder;
    QString asked;
    m_desktop->files().setFileChooser(
        [&](Views::FileActions::Purpose purpose, const QString &suggestion) {
            asked = suggestion;
            return folder.filePath(purpose == Views::FileActions::Purpose::ExportProject
                                       ? QStringLiteral("prosjekt.json")
                                       : QStringLiteral("alle.json"));
        });

    // The project, by Ctrl+E, under a name suggested from its short name.
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QVERIFY2(asked.endsWith(Seed::projectShortName + QStringLiteral(".json")), qPrintable(asked));
    QString error;
    QCOMPARE(importedProjects(folder.filePath(QStringLiteral("prosjekt.json")), &error), 1);
    QCOMPARE(error, QString());
    QVERIFY2(fileContents(folder.filePath(QStringLiteral("prosjekt.json")))
                 .contains(Seed::projectName.toUtf8()),
             "the project's name is in the file");
    QVERIFY(!fileContents(folder.filePath(QStringLiteral("prosjekt.json")))
                 .contains(firstProjectName.toUtf8()));
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.contains(QStringLiteral("prosjekt.json")), qPrintable(said));

    // The portfolio, from the menu.
    child<QAction>(window, "exportPortfolioAction")->trigger();
    QCOMPARE(importedProjects(folder.filePath(QStringLiteral("alle.json")), &error), 2);
    QCOMPARE(error, QString());
}

void TestFindFile::exportOntoTheDatabaseIsRefused()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    Views::MainWindow &window = m_desktop->window();
    const QString database = m_seeded->settings().file;
    const QStringList before = dumpData(m_seeded->settings());
    const QByteArray bytes = fileContents(database);
    for (const QString &target : QStringList{database, database + QStringLiteral("-wal")}) {
        m_desktop->files().setFileChooser(
            [target](Views::FileActions::Purpose, const QString &) { return target; });
        child<QAction>(window, "exportPortfolioAction")->trigger();
        auto *box = child<QMessageBox>(window, "exportFailedBox");
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("selve databasen")), qPrintable(box->text()));
        box->close();
        QTRY_VERIFY(!child<QMessageBox>(window, "exportFailedBox"));
    }
    QCOMPARE(fileContents(database), bytes);
    QCOMPARE(dumpData(m_seeded->settings()), before);
}

void TestFindFile::anotherDatabaseReplacesTheShownOneAndIsRemembered()
{
    // GIVEN a session over one database, and another database file
    ScratchDatabase firstFile(Storage::ConnectionSettings::Driver::Sqlite);
    ScratchDatabase otherFile(Storage::ConnectionSettings::Driver::Sqlite);
    auto first = App::Workspace::open(firstFile.settings());
    QVERIFY(first);
    {
        auto other = App::Workspace::open(otherFile.settings(), App::Workspace::Seeding::Never);
        QVERIFY(other);
        QVERIFY(other.value()->portfolio().importPortfolio(
            Exchange::JsonReader::read(firstProjectJson()).value()));
    }
    App::Session session(std::move(first).value());
    expectSizeHintWarning();
    session.show();
    QVERIFY(QTest::qWaitForWindowExposed(&session.desktop().window()));
    QCOMPARE(child<QLabel>(session.desktop().window(), "projectTitle")->text(), Seed::projectName);
    QCOMPARE(Views::FileActions::recentDatabases().value(0),
             QFileInfo(firstFile.settings().file).absoluteFilePath());

    // WHEN the user opens the other one from the File menu
    session.desktop().files().setFileChooser(
        [&](Views::FileActions::Purpose purpose, const QString &) {
            return purpose == Views::FileActions::Purpose::OpenDatabase ? otherFile.settings().file
                                                                        : QString();
        });
    expectSizeHintWarning();
    child<QAction>(session.desktop().window(), "openDatabaseAction")->trigger();

    // THEN the window shows it, names it, and remembers it first
    QVERIFY(QTest::qWaitForWindowExposed(&session.desktop().window()));
    QCOMPARE(child<QLabel>(session.desktop().window(), "projectTitle")->text(), firstProjectName);
    QVERIFY(child<QLabel>(session.desktop().window(), "databaseLocation")
                ->text()
                .contains(otherFile.settings().file));
    QCOMPARE(Views::FileActions::recentDatabases().mid(0, 2),
             (QStringList{QFileInfo(otherFile.settings().file).absoluteFilePath(),
                          QFileInfo(firstFile.settings().file).absoluteFilePath()}));

    // A file that is not a database leaves the window as it was, and says why.
    QTemporaryDir folder;
    const QString text = folder.filePath(QStringLiteral("notes.txt"));
    {
        QFile out(text);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("not a database\n");
    }
    auto refused = session.open(text);
    QVERIFY(!refused);
    QCOMPARE(child<QLabel>(session.desktop().window(), "projectTitle")->text(), firstProjectName);
    QCOMPARE(fileContents(text), QByteArray("not a database\n"));
}

void TestFindFile::recentDatabasesListTheOthersAndGreyTheMissing()
{
    QTemporaryDir folder;
    const QString there = folder.filePath(QStringLiteral("der.sqlite"));
    const QString gone = folder.filePath(QStringLiteral("borte.sqlite"));
    {
        QFile out(there);
        QVERIFY(out.open(QIODevice::WriteOnly));
    }
    Views::FileActions::rememberDatabase(gone);
    Views::FileActions::rememberDatabase(there);
    for (int i = 0; i < Views::FileActions::MaxRecent; ++i)
        Views::FileActions::rememberDatabase(folder.filePath(QStringLiteral("%1.sqlite").arg(i)));
    Views::FileActions::rememberDatabase(there);
    Views::FileActions::rememberDatabase(gone);
    m_desktop = openDesktop(); // the database shown comes first
    QVERIFY(m_desktop);
    const QStringList recent = Views::FileActions::recentDatabases();
    QCOMPARE(recent.size(), Views::FileActions::MaxRecent);
    QCOMPARE(recent.mid(0, 3),
             (QStringList{QFileInfo(m_seeded->settings().file).absoluteFilePath(), gone, there}));

    QString requested;
    m_desktop->setDatabaseOpener([&requested](const QString &file) { requested = file; });
    auto *menu = child<QMenu>(m_desktop->window(), "recentDatabasesMenu");
    QVERIFY(menu);
    emit menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    // Every one but the database shown, newest first.
    QCOMPARE(actions.size(), Views::FileActions::MaxRecent - 1);
    QCOMPARE(actions.at(0)->data().toString(), gone);
    QVERIFY(!actions.at(0)->isEnabled());
    QCOMPARE(actions.at(1)->data().toString(), there);
    QVERIFY(actions.at(1)->isEnabled());
    actions.at(1)->trigger();
    QCOMPARE(requested, there);
}

void TestFindFile::languageChoiceIsRememberedForTheNextStart()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    Views::MainWindow &window = m_desktop->window();
    auto *nb = child<QAction>(window, "languageNbAction");
    auto *en = child<QAction>(window, "languageEnAction");
    QVERIFY(nb && en);
    QVERIFY(nb->isChecked());
    QCOMPARE(App::Language::remembered(), QStringLiteral("nb"));

    en->trigger();

    QCOMPARE(App::Language::remembered(), QStringLiteral("en"));
    auto *box = child<QMessageBox>(window, "languageNoteBox");
    QVERIFY(box);
    QCOMPARE(box->text(),
             shown("Views::FileActions", "Samspill will speak English from the next start."));
    box->close();
    // The next start speaks it, unless --lang says otherwise.
    QCOMPARE(App::CommandLine::requestedLanguage({}, App::Language::remembered()),
             QStringLiteral("en"));
    QCOMPARE(App::CommandLine::requestedLanguage({QStringLiteral("--lang"), QStringLiteral("nb")},
                                                 App::Language::remembered()),
             QStringLiteral("nb"));

    // The next window shows the choice.
    QVERIFY(window.close());
    m_desktop.reset();
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QVERIFY(child<QAction>(m_desktop->window(), "languageEnAction")->isChecked());
    // Back to the language the window speaks: nothing to wait for, nothing said.
    child<QAction>(m_desktop->window(), "languageNbAction")->trigger();
    QCOMPARE(App::Language::remembered(), QStringLiteral("nb"));
    QVERIFY(!child<QMessageBox>(m_desktop->window(), "languageNoteBox"));
}

void TestFindFile::longDescriptionIsCutWithShowMore()
{
    const QString sentence =
        QStringLiteral("Prosjektet skal styrke samhandlingen mellom kommunene og helseforetaket. ");
    QString description;
    for (int i = 0; i < 30; ++i)
        description += sentence;
    QCOMPARE(m_seeded->importJson(describedProjectJson(description.trimmed())), QString());
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    Views::MainWindow &window = m_desktop->window();
    window.resize(1280, 800);
    chooseProject(describedProjectName);
    auto *text = child<QLabel>(window, "projectDescription");
    auto *more = child<QToolButton>(window, "descriptionMoreButton");
    QVERIFY(text && more);
    QTRY_VERIFY(more->isVisible());
    QCOMPARE(more->text(), shown("Views::ProjectView", "Show more"));
    const int lineSpacing = text->fontMetrics().lineSpacing();
    QVERIFY2(text->height() <= 3 * lineSpacing, qPrintable(QString::number(text->height())));

    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_VERIFY(text->height() > 6 * lineSpacing);
    QCOMPARE(more->text(), shown("Views::ProjectView", "Show less"));
    QVERIFY(window.width() <= 1280); // the header wraps; it never widens the window

    // A project without a long description has no button.
    chooseProject(firstProjectName);
    QTRY_VERIFY(!more->isVisible());
}

void TestFindFile::measureLayoutIsRememberedAfterARestart()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    chooseProject(Seed::projectName);
    QTableView *table = showMeasures();
    QVERIFY(table);
    auto *splitter = child<QSplitter>(m_desktop->window(), "measureSplitter");
    QVERIFY(splitter);
    // The traffic light first, and the details given most of the height.
    QHeaderView *header = table->horizontalHeader();
    header->moveSection(header->visualIndex(Models::MeasureTableModel::RagColumn), 0);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({total / 4, total - total / 4});
    QVERIFY(m_desktop->window().close());
    m_desktop.reset();

    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    table = showMeasures();
    QVERIFY(table);
    QCOMPARE(table->horizontalHeader()->visualIndex(Models::MeasureTableModel::RagColumn), 0);
    // The same share of the height (the pixels follow the header above, laid out anew).
    const QList<int> restored = child<QSplitter>(m_desktop->window(), "measureSplitter")->sizes();
    QVERIFY2(restored.value(0) * 2 < restored.value(1),
             qPrintable(QStringLiteral("%1 : %2").arg(restored.value(0)).arg(restored.value(1))));
}

void TestFindFile::portfolioReasonTakesTheWidthLeftAndUserWidthsAreKept()
{
    using Table = Models::PortfolioTableModel;
    QTableView *table = nullptr;
    QHeaderView *header = nullptr;
    const auto showPortfolio = [&] {
        m_desktop = openDesktop();
        QVERIFY(m_desktop);
        m_desktop->window().resize(1280, 800);
        child<QAction>(m_desktop->window(), "showPortfolioAction")->trigger();
        table = child<QTableView>(m_desktop->window(), "portfolioTable");
        QVERIFY(table && table->isVisible());
        header = table->horizontalHeader();
    };
    const auto widths = [&]() -> QString {
        QStringList all;
        for (int column = 0; column < header->count(); ++column)
            all.append(QString::number(header->sectionSize(column)));
        return all.join(u' ') + QStringLiteral(" of %1").arg(table->viewport()->width());
    };
    showPortfolio();
    QVERIFY(table);
    // The reason takes what the other columns leave: the table fills its width at 1280 pixels
    // without scrolling sideways, and the reason is more than twice as wide as the name or any
    // other column.
    QTRY_VERIFY2(header->length() == table->viewport()->width(), qPrintable(widths()));
    for (int column = 0; column < Table::ReasonColumn; ++column) {
        QVERIFY2(header->sectionSize(Table::ReasonColumn) > 2 * header->sectionSize(column),
                 qPrintable(widths()));
    }
    QCOMPARE(header->sectionResizeMode(Table::ReasonColumn), QHeaderView::Interactive);

    // A column the user widens keeps that width; the reason gives way to it.
    const int reason = header->sectionSize(Table::ReasonColumn);
    const int region = header->sectionSize(Table::RegionColumn) + 40;
    header->resizeSection(Table::RegionColumn, region);
    QCOMPARE(header->sectionSize(Table::ReasonColumn), reason - 40);
    QCOMPARE(header->length(), table->viewport()->width());
    QVERIFY(m_desktop->window().close());
    m_desktop.reset();

    // After a restart the user's width still wins, and the reason fills the rest again.
    showPortfolio();
    QVERIFY(table);
    QTRY_VERIFY2(header->length() == table->viewport()->width(), qPrintable(widths()));
    QCOMPARE(header->sectionSize(Table::RegionColumn), region);
    QCOMPARE(header->sectionSize(Table::ReasonColumn), reason - 40);
}

QTEST_MAIN(TestFindFile)
#include "tst_findfile.moc"
