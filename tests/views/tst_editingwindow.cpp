#include "app/desktop.h"
#include "app/language.h"
#include "models/editor.h"
#include "models/goaltreemodel.h"
#include "models/measuretablemodel.h"
#include "models/portfoliotablemodel.h"
#include "models/storage/database.h"
#include "models/storage/sqleditrepository.h"
#include "tests/models/seededworkspace.h"
#include "tests/views/modaldialog.h"
#include "views/conflictdialog.h"
#include "views/editingactions.h"
#include "views/mainwindow.h"
#include "views/measureeditor.h"
#include "views/plandateedit.h"
#include "views/projecteditor.h"
#include "views/statusupdatedialog.h"
#include "views/timelinecanvas.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace TestSupport;

// Editing as a user does it: through the window's actions and forms, found by objectName,
// typed into with the keyboard, over a real SQLite database whose stored state is checked
// after every step, undo and redo.
class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void userCreatesAMeasureAndUndoesIt();
    void statusUpdateIsStoredUndoneAndRedone();
    void portfolioFollowsEveryChange();
    void deletedGoalComesBackWithItsLinks();
    void invalidDatesAreSaidAndNothingIsStored();
    void staleEditMeetsTheConflictChoice();
    void goalsAreIndentedAndMovedByKeyboard();
    void measuresAreMovedByKeyboardInTheProjectsOrder();
    void identityNumberIsFlaggedAndNotSavedWithoutConfirmation();
    void barDraggedOnTheTimelineIsStoredAndUndone();
    void projectIsCreatedDeletedAndBroughtBack();

private:
    std::unique_ptr<App::Desktop> openDesktop();
    void chooseProject(const QString &name);
    Domain::ProjectBundle stored();
    const Domain::Measure *storedMeasure(const Domain::ProjectBundle &bundle, const QString &title);
    void selectMeasure(const QString &title);
    // Triggers action, which opens a modal dialog of type D, and lets act fill it in.
    template <typename D>
    bool inDialog(QAction *action, const std::function<void(D &)> &act);

    QTemporaryDir m_settingsFolder;
    std::unique_ptr<SeededWorkspace> m_seeded;
    std::unique_ptr<App::Desktop> m_desktop;
};

namespace {

void expectSizeHintWarning()
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support propagateSizeHints()");
}

template <typename Widget>
Widget *child(QObject &parent, const char *name)
{
    return parent.findChild<Widget *>(QLatin1String(name));
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

// With SAMSPILL_SCREENSHOTS=DIR, the forms as the tests fill them are saved there as pictures,
// for people to look at; the tests do not depend on it.
void shoot(QWidget &widget, const char *name)
{
    const QString folder = qEnvironmentVariable("SAMSPILL_SCREENSHOTS");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(QLatin1String(name) + QStringLiteral(".png")));
}

void clickOk(QDialog &dialog, const char *buttons)
{
    child<QDialogButtonBox>(dialog, buttons)->button(QDialogButtonBox::Ok)->click();
}

QStringList goalTexts(const Domain::ProjectBundle &bundle)
{
    QStringList texts;
    for (const Domain::Goal &goal : bundle.goals)
        texts.append(goal.text + QLatin1Char('<') + goal.parentUuid.toString());
    return texts;
}

QStringList measureTitles(const Domain::ProjectBundle &bundle)
{
    QStringList titles;
    for (const Domain::Measure &measure : bundle.measures)
        titles.append(measure.title);
    return titles;
}

} // namespace

void TestEditing::initTestCase()
{
    QVERIFY(m_settingsFolder.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SamspillTest"));
    QCoreApplication::setApplicationName(QStringLiteral("views_editing"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsFolder.path());
    QVERIFY(App::Language::install(*QCoreApplication::instance(), QStringLiteral("nb")));
}

void TestEditing::init()
{
    m_desktop.reset();
    m_seeded.reset();
    QSettings().clear();
    m_seeded = std::make_unique<SeededWorkspace>();
    QVERIFY2(m_seeded->isValid(), qPrintable(m_seeded->error()));
    QCOMPARE(m_seeded->importJson(DatedProject::json()), QString());
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    chooseProject(DatedProject::name);
}

void TestEditing::cleanup()
{
    m_desktop.reset();
    m_seeded.reset();
}

std::unique_ptr<App::Desktop> TestEditing::openDesktop()
{
    auto desktop = std::make_unique<App::Desktop>(m_seeded->workspace());
    expectSizeHintWarning();
    desktop->window().show();
    desktop->window().activateWindow();
    if (!QTest::qWaitForWindowExposed(&desktop->window()) ||
        !QTest::qWaitForWindowActive(&desktop->window()))
        return nullptr;
    return desktop;
}

void TestEditing::chooseProject(const QString &name)
{
    auto *list = child<QListView>(m_desktop->window(), "projectList");
    QVERIFY(list);
    const QModelIndexList found = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole,
                                                       name, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(found.first()).center());
    QCOMPARE(m_desktop->projectData().project().name, name);
}

Domain::ProjectBundle TestEditing::stored()
{
    auto bundle =
        m_seeded->workspace().portfolio().projectBundle(m_seeded->projectId(DatedProject::project));
    if (!bundle)
        qFatal("cannot read the project: %s", qPrintable(bundle.error().message));
    return bundle.value();
}

const Domain::Measure *TestEditing::storedMeasure(const Domain::ProjectBundle &bundle,
                                                  const QString &title)
{
    for (const Domain::Measure &measure : bundle.measures) {
        if (measure.title == title)
            return &measure;
    }
    return nullptr;
}

void TestEditing::selectMeasure(const QString &title)
{
    child<QAction>(m_desktop->window(), "showMeasuresAction")->trigger();
    auto *table = child<QTableView>(m_desktop->window(), "measureTable");
    const QModelIndexList found =
        table->model()->match(table->model()->index(0, Models::MeasureTableModel::TitleColumn),
                              Qt::DisplayRole, title, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    table->setFocus();
    table->setCurrentIndex(found.first());
}

template <typename D>
bool TestEditing::inDialog(QAction *action, const std::function<void(D &)> &act)
{
    const bool seen = inModalDialog<D>(
        this, [action] { action->trigger(); }, act);
    // Back in the main window, as the user is when the dialog has closed: its shortcuts work.
    m_desktop->window().activateWindow();
    return seen && QTest::qWaitForWindowActive(&m_desktop->window());
}

void TestEditing::userCreatesAMeasureAndUndoesIt()
{
    QMainWindow &window = m_desktop->window();
    auto *table = child<QTableView>(window, "measureTable");
    const qsizetype before = stored().measures.size();
    const QString title = QStringLiteral("Felles opplæring for ansatte");

    QVERIFY(inDialog<Views::MeasureEditor>(
        child<QAction>(window, "newMeasureAction"), [&title](Views::MeasureEditor &editor) {
            QTest::keyClicks(child<QLineEdit>(editor, "measureTitleEdit"), title);
            QTest::keyClicks(child<QLineEdit>(editor, "measurePlannedStartEdit"),
                             QStringLiteral("2012-Q3"));
            QTest::keyClicks(child<QLineEdit>(editor, "measurePlannedEndEdit"),
                             QStringLiteral("høsten 2012"));
            QVERIFY2(editor.problems().isEmpty(),
                     qPrintable(editor.problems().join(QLatin1Char('\n'))));
            shoot(editor, "measure-editor");
            clickOk(editor, "measureEditorButtons");
        }));

    // In the table, selected, and stored with the half-year as typed.
    QVERIFY(column(*table->model(), Models::MeasureTableModel::TitleColumn).contains(title));
    QCOMPARE(table->currentIndex().data(Models::MeasureTableModel::UuidRole).toUuid(),
             storedMeasure(stored(), title)->uuid);
    Domain::ProjectBundle bundle = stored();
    QCOMPARE(bundle.measures.size(), before + 1);
    const Domain::Measure *created = storedMeasure(bundle, title);
    QVERIFY(created);
    QCOMPARE(created->plannedStart, Domain::PlanDate::quarter(2012, 3));
    QCOMPARE(created->plannedEnd, Domain::PlanDate::halfYear(2012, 2));

    QAction *undo = child<QAction>(window, "undoAction");
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text().remove(QLatin1Char('&')),
             QStringLiteral("Angre Legg til tiltaket «Felles opplæring for ansatte»"));
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!storedMeasure(stored(), title));
    QVERIFY(!column(*table->model(), Models::MeasureTableModel::TitleColumn).contains(title));
    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
    QVERIFY(storedMeasure(stored(), title));
    QCOMPARE(storedMeasure(stored(), title)->plannedEnd, Domain::PlanDate::halfYear(2012, 2));
}

void TestEditing::statusUpdateIsStoredUndoneAndRedone()
{
    QMainWindow &window = m_desktop->window();
    selectMeasure(QStringLiteral("Alfa"));
    const Domain::Measure alfa = *storedMeasure(stored(), QStringLiteral("Alfa"));
    QCOMPARE(alfa.status, Domain::Status::InProgress);

    QVERIFY(inDialog<Views::StatusUpdateDialog>(
        child<QAction>(window, "statusUpdateAction"), [](Views::StatusUpdateDialog &dialog) {
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "statusUpdateText"),
                             QStringLiteral("Kurset er gjennomført i alle kommunene."));
            auto *status = child<QComboBox>(dialog, "statusUpdateStatus");
            status->setCurrentIndex(status->findData(int(Domain::Status::Completed)));
            QCOMPARE(child<QSpinBox>(dialog, "statusUpdateProgress")->value(), 100);
            child<QCheckBox>(dialog, "statusUpdateDecisionNeeded")->click();
            shoot(dialog, "status-update");
            clickOk(dialog, "statusUpdateButtons");
        }));

    const auto check = [this](Domain::Status status, std::optional<int> progress, int log) {
        const Domain::ProjectBundle bundle = stored();
        const Domain::Measure *measure = storedMeasure(bundle, QStringLiteral("Alfa"));
        QCOMPARE(measure->status, status);
        QCOMPARE(measure->progress, progress);
        QCOMPARE(bundle.statusUpdates.size(), log);
    };
    check(Domain::Status::Completed, 100, 1);
    const Domain::StatusUpdate update = stored().statusUpdates.first();
    QCOMPARE(update.text, QStringLiteral("Kurset er gjennomført i alle kommunene."));
    QVERIFY(update.decisionNeeded);
    QVERIFY(!update.deviation);
    QCOMPARE(update.measureUuid, alfa.uuid);

    QAction *undo = child<QAction>(window, "undoAction");
    QCOMPARE(undo->text().remove(QLatin1Char('&')),
             QStringLiteral("Angre Ny statusoppdatering for «Alfa»"));
    undo->trigger();
    check(alfa.status, alfa.progress, 0);
    child<QAction>(window, "redoAction")->trigger();
    check(Domain::Status::Completed, 100, 1);
    QCOMPARE(stored().statusUpdates.first().uuid, update.uuid);
}

// The portfolio's row of the project follows a change, its undo and its redo at once, without
// a reload: the last update a status update gives, and the light of the project list.
void TestEditing::portfolioFollowsEveryChange()
{
    QMainWindow &window = m_desktop->window();
    auto *portfolio = child<QTableView>(window, "portfolioTable");
    QVERIFY(portfolio);
    const auto lastUpdate = [portfolio] {
        const QAbstractItemModel *model = portfolio->model();
        const QModelIndexList found =
            model->match(model->index(0, 0), Models::PortfolioTableModel::UuidRole,
                         DatedProject::project, 1, Qt::MatchExactly);
        return found.isEmpty() ? QStringLiteral("(no row)")
                               : found.first()
                                     .siblingAtColumn(Models::PortfolioTableModel::LastUpdateColumn)
                                     .data()
                                     .toString();
    };
    const QString before = lastUpdate();
    QVERIFY(before != QStringLiteral("(no row)"));
    const QString today = QLocale().toString(QDate::currentDate(), QStringLiteral("dd.MM.yyyy"));
    QVERIFY2(!before.contains(today), qPrintable(before));

    selectMeasure(QStringLiteral("Alfa"));
    QVERIFY(inDialog<Views::StatusUpdateDialog>(
        child<QAction>(window, "statusUpdateAction"), [](Views::StatusUpdateDialog &dialog) {
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "statusUpdateText"),
                             QStringLiteral("Møte holdt."));
            clickOk(dialog, "statusUpdateButtons");
        }));
    QVERIFY2(lastUpdate().contains(today), qPrintable(lastUpdate()));
    child<QAction>(window, "undoAction")->trigger();
    QCOMPARE(lastUpdate(), before);
    child<QAction>(window, "redoAction")->trigger();
    QVERIFY2(lastUpdate().contains(today), qPrintable(lastUpdate()));
}

void TestEditing::deletedGoalComesBackWithItsLinks()
{
    QMainWindow &window = m_desktop->window();
    const Domain::ProjectBundle before = stored();
    child<QAction>(window, "showGoalsAction")->trigger();
    auto *tree = child<QTreeView>(window, "goalTree");
    const QModelIndexList found =
        tree->model()->match(tree->model()->index(0, 0), Models::GoalTreeModel::UuidRole,
                             DatedProject::mainGoalA, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    tree->setFocus();
    tree->setCurrentIndex(found.first());
    QTest::keyClick(tree, Qt::Key_Delete);

    Domain::ProjectBundle after = stored();
    QCOMPARE(goalTexts(after), QStringList{QStringLiteral("Hovedmål B<") + QUuid().toString()});
    for (const Domain::Measure &measure : after.measures) {
        QVERIFY(!measure.goalUuids.contains(DatedProject::mainGoalA));
        QVERIFY(!measure.goalUuids.contains(DatedProject::subGoal));
    }
    QCOMPARE(tree->model()->rowCount(), 1);

    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    after = stored();
    QCOMPARE(goalTexts(after), goalTexts(before));
    QCOMPARE(after.measures.size(), before.measures.size());
    for (qsizetype i = 0; i < before.measures.size(); ++i)
        QCOMPARE(after.measures.at(i).goalUuids, before.measures.at(i).goalUuids);
    QCOMPARE(tree->model()->rowCount(), 2);
}

void TestEditing::invalidDatesAreSaidAndNothingIsStored()
{
    const Domain::ProjectBundle before = stored();
    QVERIFY(inDialog<Views::MeasureEditor>(
        child<QAction>(m_desktop->window(), "newMeasureAction"), [](Views::MeasureEditor &editor) {
            auto *ok = child<QDialogButtonBox>(editor, "measureEditorButtons")
                           ->button(QDialogButtonBox::Ok);
            auto *problems = child<QLabel>(editor, "measureProblems");
            QVERIFY(!ok->isEnabled()); // no title yet
            QTest::keyClicks(child<QLineEdit>(editor, "measureTitleEdit"), QStringLiteral("Ny"));
            QVERIFY(ok->isEnabled());

            QTest::keyClicks(child<QLineEdit>(editor, "measurePlannedStartEdit"),
                             QStringLiteral("høsten 20x2"));
            QVERIFY(!ok->isEnabled());
            QVERIFY2(problems->isVisible() &&
                         problems->text().startsWith(QStringLiteral("Planlagt start: ")),
                     qPrintable(problems->text()));

            child<QLineEdit>(editor, "measurePlannedStartEdit")->clear();
            QTest::keyClicks(child<QLineEdit>(editor, "measurePlannedStartEdit"),
                             QStringLiteral("2013"));
            QTest::keyClicks(child<QLineEdit>(editor, "measurePlannedEndEdit"),
                             QStringLiteral("våren 2012"));
            QVERIFY(!ok->isEnabled());
            QVERIFY2(problems->text().startsWith(QStringLiteral("Planlagt slutt: ")),
                     qPrintable(problems->text()));
            shoot(editor, "validation-message");

            child<QLineEdit>(editor, "measurePlannedEndEdit")->clear();
            auto *status = child<QComboBox>(editor, "measureStatusCombo");
            status->setCurrentIndex(status->findData(int(Domain::Status::Completed)));
            QVERIFY(!ok->isEnabled());
            QVERIFY2(problems->text().startsWith(QStringLiteral("Framdrift: ")),
                     qPrintable(problems->text()));
            ok->click(); // refused while disabled: the dialog stays
            QVERIFY(editor.isVisible());
        }));
    const Domain::ProjectBundle after = stored();
    QCOMPARE(after.measures.size(), before.measures.size());
    QVERIFY(!m_desktop->editor().undoStack().canUndo());
}

void TestEditing::staleEditMeetsTheConflictChoice()
{
    QMainWindow &window = m_desktop->window();
    selectMeasure(QStringLiteral("Alfa"));

    // Someone else, in another program, renames the measure after this window read it.
    auto other =
        Storage::Database::open(m_seeded->settings(), Storage::Database::Access::ReadWrite);
    QVERIFY2(other, qPrintable(other ? QString() : other.error().message));
    Storage::SqlEditRepository theirs(*other.value());
    Domain::Measure renamed = *storedMeasure(stored(), QStringLiteral("Alfa"));
    renamed.title = QStringLiteral("Alfa (omdøpt)");
    QVERIFY(theirs.updateMeasure(renamed));

    QVERIFY(inDialog<Views::MeasureEditor>(
        child<QAction>(window, "editMeasureAction"), [](Views::MeasureEditor &editor) {
            auto *progress = child<QSpinBox>(editor, "measureProgressSpin");
            progress->setValue(60);
            clickOk(editor, "measureEditorButtons");
        }));

    // Nothing overwritten yet: theirs is stored, and the choice is shown.
    QCOMPARE(storedMeasure(stored(), QStringLiteral("Alfa (omdøpt)"))->progress, 50);
    auto *dialog = window.findChild<Views::ConflictDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Said once, in the dialog's own words: which measure, who stored theirs and when; nothing
    // of the storage's advice to reload, which the choice makes needless.
    const QString text = child<QLabel>(*dialog, "conflictMessage")->text();
    auto last = theirs.lastChange(renamed.uuid);
    QVERIFY(last && last.value());
    const QString when =
        QLocale().toString(last.value()->changedAt.toLocalTime(), QLocale::ShortFormat);
    for (const QString &said :
         {Models::EntityFields::kindName(Domain::EntityKind::Measure),
          Models::EntityFields::quoted(QStringLiteral("Alfa")), other.value()->author(), when})
        QVERIFY2(text.count(said) == 1, qPrintable(said + QStringLiteral(" in: ") + text));
    const QRegularExpression overwritten(QStringLiteral("overwritten|overskrevet"),
                                         QRegularExpression::CaseInsensitiveOption);
    QCOMPARE(text.count(overwritten), 1);
    const QRegularExpression reload(QStringLiteral("reload|last inn|laste inn"),
                                    QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!text.contains(reload), qPrintable(text));
    auto *fields = child<QTableWidget>(*dialog, "conflictFields");
    QVERIFY(!fields->isVisible());
    shoot(*dialog, "conflict-message");
    child<QPushButton>(*dialog, "lookAtBothButton")->click();
    QVERIFY(fields->isVisible());
    shoot(*dialog, "conflict-choice");
    QStringList differing;
    for (int row = 0; row < fields->rowCount() && fields->item(row, 0)->font().bold(); ++row)
        differing.append(fields->item(row, 1)->text() + QStringLiteral(" / ") +
                         fields->item(row, 2)->text());
    QCOMPARE(differing,
             QStringList({QStringLiteral("Alfa / Alfa (omdøpt)"), QStringLiteral("60 % / 50 %")}));

    child<QPushButton>(*dialog, "keepMineButton")->click();
    const Domain::Measure *mine = storedMeasure(stored(), QStringLiteral("Alfa"));
    QVERIFY(mine);
    QCOMPARE(mine->progress, 60);
    // Undo gives back what the other one stored.
    child<QAction>(window, "undoAction")->trigger();
    const Domain::Measure *back = storedMeasure(stored(), QStringLiteral("Alfa (omdøpt)"));
    QVERIFY(back);
    QCOMPARE(back->progress, 50);
}

void TestEditing::goalsAreIndentedAndMovedByKeyboard()
{
    QMainWindow &window = m_desktop->window();
    child<QAction>(window, "showGoalsAction")->trigger();
    auto *tree = child<QTreeView>(window, "goalTree");
    const QModelIndexList found =
        tree->model()->match(tree->model()->index(0, 0), Models::GoalTreeModel::UuidRole,
                             DatedProject::mainGoalB, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    tree->setFocus();
    tree->setCurrentIndex(found.first());
    const QStringList before = goalTexts(stored());

    // B under A, after A's own sub-goal; then up before it; then out again.
    QTest::keyClick(tree, Qt::Key_Right, Qt::AltModifier);
    const QString underA = QLatin1Char('<') + DatedProject::mainGoalA.toString();
    QCOMPARE(goalTexts(stored()), QStringList({QStringLiteral("Hovedmål A<") + QUuid().toString(),
                                               QStringLiteral("Delmål") + underA,
                                               QStringLiteral("Hovedmål B") + underA}));
    QCOMPARE(tree->currentIndex().data(Models::GoalTreeModel::UuidRole).toUuid(),
             DatedProject::mainGoalB);
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(goalTexts(stored()), QStringList({QStringLiteral("Hovedmål A<") + QUuid().toString(),
                                               QStringLiteral("Hovedmål B") + underA,
                                               QStringLiteral("Delmål") + underA}));
    QTest::keyClick(tree, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(goalTexts(stored()), before);

    // Three steps, each undone in turn.
    QUndoStack &stack = m_desktop->editor().undoStack();
    QCOMPARE(stack.count(), 3);
    stack.undo();
    stack.undo();
    stack.undo();
    QCOMPARE(goalTexts(stored()), before);
}

void TestEditing::measuresAreMovedByKeyboardInTheProjectsOrder()
{
    QMainWindow &window = m_desktop->window();
    auto *table = child<QTableView>(window, "measureTable");
    auto *up = child<QAction>(window, "moveMeasureUpAction");
    auto *down = child<QAction>(window, "moveMeasureDownAction");
    QVERIFY(up && down);
    QVERIFY(child<QMenu>(window, "measureMenu")->actions().contains(up));
    QUndoStack &stack = m_desktop->editor().undoStack();
    const auto shown = [table] {
        return column(*table->model(), Models::MeasureTableModel::TitleColumn);
    };
    const auto current = [table] {
        return table->currentIndex()
            .siblingAtColumn(Models::MeasureTableModel::TitleColumn)
            .data()
            .toString();
    };
    const QStringList before = {QStringLiteral("Alfa"), QStringLiteral("Beta"),
                                QStringLiteral("Gamma"), QStringLiteral("Delta"),
                                QStringLiteral("Epsilon")};
    QCOMPARE(measureTitles(stored()), before);
    QCOMPARE(shown(), before); // the project's order until the user sorts

    // Beta down a place, then up twice, where the first goes no further; chosen and focused
    selectMeasure(QStringLiteral("Beta"));
    QVERIFY(up->isEnabled() && down->isEnabled());
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    const QStringList betaDown = {QStringLiteral("Alfa"), QStringLiteral("Gamma"),
                                  QStringLiteral("Beta"), QStringLiteral("Delta"),
                                  QStringLiteral("Epsilon")};
    QCOMPARE(measureTitles(stored()), betaDown);
    QCOMPARE(shown(), betaDown);
    QCOMPARE(current(), QStringLiteral("Beta"));
    QVERIFY(table->hasFocus());
    QVERIFY2(stack.undoText().startsWith(QStringLiteral("Flytt ")), qPrintable(stack.undoText()));
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    const QStringList betaFirst = {QStringLiteral("Beta"), QStringLiteral("Alfa"),
                                   QStringLiteral("Gamma"), QStringLiteral("Delta"),
                                   QStringLiteral("Epsilon")};
    QCOMPARE(measureTitles(stored()), betaFirst);
    QCOMPARE(current(), QStringLiteral("Beta"));
    QVERIFY(!up->isEnabled());
    QVERIFY(down->isEnabled());
    QCOMPARE(stack.count(), 3);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(stack.count(), 3);

    // Ctrl+Z puts it back (the last step: Beta second again), Ctrl+Y moves it again, the measure
    // chosen all along
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(measureTitles(stored()), before);
    QCOMPARE(shown(), before);
    QCOMPARE(current(), QStringLiteral("Beta"));
    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(measureTitles(stored()), betaFirst);
    QCOMPARE(current(), QStringLiteral("Beta"));
    for (int step = 0; step < 3; ++step)
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(measureTitles(stored()), before);

    // The last goes no further down
    selectMeasure(QStringLiteral("Epsilon"));
    QVERIFY(up->isEnabled());
    QVERIFY(!down->isEnabled());

    // Sorted by title (Epsilon fourth of five): no move, and the actions say why; the third
    // click on the header shows the project's order again
    QHeaderView *header = table->horizontalHeader();
    const auto clickTitle = [header] {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(Models::MeasureTableModel::TitleColumn) + 5,
                   header->height() / 2));
    };
    clickTitle();
    QCOMPARE(header->sortIndicatorSection(), int(Models::MeasureTableModel::TitleColumn));
    QCOMPARE(current(), QStringLiteral("Epsilon"));
    QVERIFY(!up->isEnabled());
    QVERIFY(!down->isEnabled());
    QVERIFY(!up->statusTip().isEmpty());
    QCOMPARE(down->toolTip(), up->statusTip());
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(measureTitles(stored()), before);
    QCOMPARE(stack.count(), 3);
    clickTitle(); // descending
    QVERIFY(!up->isEnabled());
    clickTitle();
    QCOMPARE(header->sortIndicatorSection(), -1);
    QCOMPARE(shown(), before);
    QVERIFY(up->isEnabled());
    QVERIFY(up->statusTip().isEmpty());

    // Filtered to Beta and Delta: Delta moves past the one shown above it, over what is hidden
    QTest::keyClicks(child<QLineEdit>(window, "measureFilter"), QStringLiteral("ta"));
    QCOMPARE(shown(), QStringList({QStringLiteral("Beta"), QStringLiteral("Delta")}));
    selectMeasure(QStringLiteral("Delta"));
    QVERIFY(!down->isEnabled());
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(measureTitles(stored()),
             QStringList({QStringLiteral("Alfa"), QStringLiteral("Delta"), QStringLiteral("Beta"),
                          QStringLiteral("Gamma"), QStringLiteral("Epsilon")}));
    QCOMPARE(shown(), QStringList({QStringLiteral("Delta"), QStringLiteral("Beta")}));
    QVERIFY(!up->isEnabled());

    // The table's context menu holds the moves too
    const QPoint at = table->visualRect(table->currentIndex()).center();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &menuKey);
    auto *menu = child<QMenu>(*table, "measureContextMenu");
    QVERIFY(menu && menu->isVisible());
    QVERIFY(menu->actions().contains(up) && menu->actions().contains(down));
    shoot(*menu, "measure-context-menu");
    menu->close();
}

void TestEditing::identityNumberIsFlaggedAndNotSavedWithoutConfirmation()
{
    // A synthetic number (born 31.12.39, control digits computed), never a person's.
    const QString description = QStringLiteral("Oppfølging av bruker 311239 50057 etter møtet.");
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == QLatin1String("personalDataBox"))
                box->button(button)->click();
        });
    };
    QVERIFY(inDialog<Views::MeasureEditor>(
        child<QAction>(m_desktop->window(), "newMeasureAction"),
        [&description, &answer](Views::MeasureEditor &editor) {
            QTest::keyClicks(child<QLineEdit>(editor, "measureTitleEdit"), QStringLiteral("Nytt"));
            QTest::keyClicks(child<QPlainTextEdit>(editor, "measureDescriptionEdit"), description);
            auto *messages = child<QLabel>(editor, "measureProblems");
            QVERIFY2(messages->text().contains(QStringLiteral("fødselsnummer")),
                     qPrintable(messages->text()));
            QVERIFY(!messages->text().contains(QStringLiteral("50057"))); // never the number
            shoot(editor, "identity-number");
            // Cancel on the question: the form stays open, nothing is stored
            answer(QMessageBox::Cancel);
            clickOk(editor, "measureEditorButtons");
            QVERIFY(editor.isVisible());
            // Save on the question: stored as the user insists
            answer(QMessageBox::Save);
            clickOk(editor, "measureEditorButtons");
            QVERIFY(!editor.isVisible());
        }));
    const Domain::Measure *stored = storedMeasure(this->stored(), QStringLiteral("Nytt"));
    QVERIFY(stored);
    QCOMPARE(stored->description, description);
}

void TestEditing::barDraggedOnTheTimelineIsStoredAndUndone()
{
    QMainWindow &window = m_desktop->window();
    const Domain::Measure alfa = *storedMeasure(stored(), QStringLiteral("Alfa"));
    child<QAction>(window, "showTimelineAction")->trigger();
    auto *canvas = child<Views::TimelineCanvas>(window, "timelineCanvas");
    QVERIFY(canvas && canvas->isVisible());
    canvas->setZoom(Timeline::Zoom::Month);
    canvas->setSelectedMeasure({});
    canvas->setSelectedMeasure(alfa.uuid); // scrolls its bar into view
    QSignalSpy asked(canvas, &Views::TimelineCanvas::measureRescheduleRequested);

    // The bar of Alfa dragged a month to the right, by mouse
    const QRectF bar = canvas->plannedBarRect(alfa.uuid);
    const QPoint from = QPointF(bar.left() + 40, bar.center().y()).toPoint();
    const QPoint to = from + QPoint(qRound(31 * canvas->pixelsPerDay()), 0);
    QVERIFY2(canvas->viewport()->rect().contains(from) && canvas->viewport()->rect().contains(to),
             qPrintable(QStringLiteral("%1,%2 -> %3,%4 in %5x%6")
                            .arg(from.x())
                            .arg(from.y())
                            .arg(to.x())
                            .arg(to.y())
                            .arg(canvas->viewport()->width())
                            .arg(canvas->viewport()->height())));
    QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas->viewport(), (from + to) / 2);
    QTest::mouseMove(canvas->viewport(), to);
    QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, to);

    // stored as the canvas asked, as one undoable step
    QCOMPARE(asked.count(), 1);
    const Domain::Measure *moved = storedMeasure(stored(), QStringLiteral("Alfa"));
    QCOMPARE(moved->plannedStart, asked.at(0).at(1).value<Domain::PlanDate>());
    QCOMPARE(moved->plannedEnd, asked.at(0).at(2).value<Domain::PlanDate>());
    QVERIFY(alfa.plannedStart < moved->plannedStart);
    QCOMPARE(m_desktop->editor().undoStack().count(), 1);
    child<QAction>(window, "undoAction")->trigger();
    const Domain::Measure *back = storedMeasure(stored(), QStringLiteral("Alfa"));
    QCOMPARE(back->plannedStart, alfa.plannedStart);
    QCOMPARE(back->plannedEnd, alfa.plannedEnd);
}

void TestEditing::projectIsCreatedDeletedAndBroughtBack()
{
    QMainWindow &window = m_desktop->window();
    auto *title = child<QLabel>(window, "projectTitle");
    const QString name = QStringLiteral("Bedre overganger mellom sykehus og kommune");
    QVERIFY(inDialog<Views::ProjectEditor>(
        child<QAction>(window, "newProjectAction"), [&name](Views::ProjectEditor &editor) {
            auto *ok = child<QDialogButtonBox>(editor, "projectEditorButtons")
                           ->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // a project needs a name
            QTest::keyClicks(child<QLineEdit>(editor, "projectNameEdit"), name);
            QTest::keyClicks(child<QLineEdit>(editor, "projectStartEdit"), QStringLiteral("2014"));
            QVERIFY(!ok->isEnabled()); // a project's period is given in days
            child<QLineEdit>(editor, "projectStartEdit")->clear();
            QTest::keyClicks(child<QLineEdit>(editor, "projectStartEdit"),
                             QStringLiteral("01.01.2014"));
            QTest::keyClicks(child<QLineEdit>(editor, "projectEndEdit"),
                             QStringLiteral("31.12.2015"));
            QVERIFY(ok->isEnabled());
            clickOk(editor, "projectEditorButtons");
        }));
    // shown at once, and stored
    QCOMPARE(title->text(), name);
    QCOMPARE(m_desktop->projectData().project().start, QDate(2014, 1, 1));

    // Deleted after the question, and brought back whole by undo
    const auto answerYes = [] {
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == QLatin1String("deleteProjectBox"))
                box->button(QMessageBox::Yes)->click();
        });
    };
    const QUuid dated = DatedProject::project;
    auto *list = child<QListView>(window, "projectList");
    const auto chosen = [list](const QString &text) {
        const QModelIndexList found = list->model()->match(
            list->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchContains);
        return found.isEmpty() ? QModelIndex() : found.first();
    };
    list->setCurrentIndex(chosen(DatedProject::name));
    QCOMPARE(m_desktop->projectData().project().uuid, dated);
    const qsizetype measures = m_desktop->projectData().measures().size();
    answerYes();
    child<QAction>(window, "deleteProjectAction")->trigger();
    QVERIFY(!chosen(DatedProject::name).isValid());
    QVERIFY(m_desktop->projectData().project().uuid != dated);
    m_desktop->editor().undoStack().undo();
    QVERIFY(chosen(DatedProject::name).isValid());
    list->setCurrentIndex(chosen(DatedProject::name));
    QCOMPARE(m_desktop->projectData().measures().size(), measures);
}

QTEST_MAIN(TestEditing)
#include "tst_editingwindow.moc"
