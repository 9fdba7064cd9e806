#include "app/desktop.h"
#include "app/language.h"
#include "app/seed.h"
#include "app/workspace.h"
#include "models/editor.h"
#include "models/goaltreemodel.h"
#include "models/measuretablemodel.h"
#include "models/projectdata.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/scratchdatabase.h"
#include "tests/views/modaldialog.h"
#include "views/entityform.h"
#include "views/mainwindow.h"
#include "views/measureeditor.h"
#include "views/projecteditor.h"
#include "views/statusupdatedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace TestSupport;

// The Done-when of issue 8: the whole Nord-Trøndelag seed entered into an empty database through
// the real main window by keyboard alone, driven by the seed's own data so that it covers all of
// it and cannot drift. Only key events reach the application: each goes to the widget that has
// the focus (or the open menu), fields are reached with Tab, lists and dialogs opened by their
// shortcuts and menus by Alt+letter. What is stored is then compared with the seed field by
// field (storage keys, UUIDs, versions and the time of day of a status update aside); every step
// is undone with Ctrl+Z until nothing is left, and redone with Ctrl+Y until it is all back.
//
// What the window by design does not let one type, and the test therefore leaves out of the
// comparison (see README "Tests"): a status update's time of day (the dialog takes the day and
// records the time it is saved, so the log keeps the order things were said in), and the order
// of a measure's or project's links (responsible and taking-part organisations, goals, knowledge
// sources), which is the order of the checklists they are ticked in.
class TestKeyboardEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeSeedIsEnteredByKeyboardUndoneAndRedone();

private:
    QMainWindow &window() { return m_desktop->window(); }
    // The seed's one project, the organisations and every knowledge source (the library's too).
    Domain::ProjectBundle seedProject() const { return m_seed.projects.constFirst(); }

    void enterProject(const Domain::Project &project);
    void linkProjectSources(const Domain::Project &project);
    void enterOrganisation(const Domain::Organisation &organisation);
    void enterKnowledgeSource(const Domain::KnowledgeSource &source);
    void enterParticipant(const Domain::Participant &participant);
    void enterMember(const Domain::Member &member);
    void enterGoal(const Domain::Goal &goal);
    void enterMeasure(const Domain::Measure &measure);
    void enterActivities(const QVector<Domain::Activity> &activities);
    void enterStatusUpdate(const Domain::StatusUpdate &update);

    // The seed with every UUID replaced by the one the window gave the same entity, and the
    // links in the order the window stores them; compared with what is stored.
    Domain::Portfolio expected(const Domain::Portfolio &stored) const;
    Domain::Portfolio stored();
    void compareWithSeed();

    QString organisationName(const QUuid &seedUuid) const;
    QString sourceTitle(const QUuid &seedUuid) const;
    QString goalText(const QUuid &seedUuid) const;

    QTemporaryDir m_settingsFolder;
    Domain::Portfolio m_seed;
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<App::Workspace> m_workspace;
    std::unique_ptr<App::Desktop> m_desktop;
};

namespace {

// --- the keyboard: every key goes where a real one would

QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    return QApplication::activeWindow();
}

// Between two keys a real keyboard leaves the event loop its turn (a cell's editor, for one,
// is closed by a queued call after Return).
void key(int code, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyTarget(), Qt::Key(code), modifiers);
    QCoreApplication::processEvents();
}

void keys(int code, int times)
{
    for (int i = 0; i < times; ++i)
        key(code);
}

// Types text as a keyboard does: one key per character, a new line by Return; a character with
// no key of its own (a dash, a quotation mark) arrives as a key event carrying it, as a compose
// key or an input method delivers it.
void type(const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            key(Qt::Key_Return);
        else if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            QTest::keyClick(keyTarget(), c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, keyTarget(), Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        QCoreApplication::processEvents();
    }
}

bool within(const QWidget *widget, const QString &name)
{
    for (; widget; widget = widget->parentWidget()) {
        if (widget->objectName() == name)
            return true;
    }
    return false;
}

// Presses Tab until the focus is in the widget named name; whether it got there. Proves that the
// tab order reaches it.
bool tabTo(const QString &name)
{
    for (int presses = 0; presses < 120; ++presses) {
        if (within(QApplication::focusWidget(), name))
            return true;
        key(Qt::Key_Tab);
    }
    return within(QApplication::focusWidget(), name);
}

#define TAB_TO(name)                                                                               \
    QVERIFY2(tabTo(QStringLiteral(name)),                                                          \
             qPrintable(QStringLiteral("Tab does not reach " name "; the focus stays on %1")       \
                            .arg(QApplication::focusWidget()                                       \
                                     ? QApplication::focusWidget()->objectName()                   \
                                     : QStringLiteral("nothing"))))

template <typename W>
W *named(QWidget &parent, const char *name)
{
    return parent.findChild<W *>(QLatin1String(name));
}

// Replaces what the focused field holds with text.
void replaceText(const QString &text)
{
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_Delete);
    type(text);
}

// Chooses the entry at index of the focused (closed) combo box: Home, then Down.
void chooseEntry(int index)
{
    key(Qt::Key_Home);
    keys(Qt::Key_Down, index);
}

// Ticks exactly the entries of the focused checklist whose text is in wanted (by arrows and
// Space).
void tickExactly(const QListWidget &list, const QStringList &wanted)
{
    for (int row = 0; row < list.count(); ++row) {
        key(row == 0 ? Qt::Key_Home : Qt::Key_Down);
        const bool want = wanted.contains(list.item(row)->text().trimmed());
        if ((list.item(row)->checkState() == Qt::Checked) != want)
            key(Qt::Key_Space);
    }
}

// Tabs to the dialog's OK button and presses it with Space.
bool pressOk(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QAbstractButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
    if (!ok)
        return false;
    for (int presses = 0; presses < 120 && QApplication::focusWidget() != ok; ++presses)
        key(Qt::Key_Tab);
    if (QApplication::focusWidget() != ok || !ok->isEnabled())
        return false;
    key(Qt::Key_Space);
    return !dialog.isVisible();
}

// What the dialog says is wrong, for a failure's message.
QString problemsOf(const QDialog &dialog)
{
    QStringList lines;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QLatin1String("Problems")))
            lines.append(label->text());
    }
    return lines.join(QLatin1Char(' '));
}

#define PRESS_OK(dialog)                                                                           \
    QVERIFY2(pressOk(dialog), qPrintable(QStringLiteral("%1 was not accepted: %2")                 \
                                             .arg((dialog).objectName(), problemsOf(dialog))))

// Opens a dialog of type D with keys and lets fill work in it; whether it was shown.
template <typename D>
bool inDialog(QObject *context, const std::function<void()> &open,
              const std::function<void(D &)> &fill)
{
    QWidget *parent = QApplication::activeWindow();
    // The offscreen platform has no window manager: the new dialog is activated as one would,
    // and the window again once the dialog has closed.
    const bool shown = inModalDialog<D>(context, open, [&fill](D &dialog) {
        dialog.activateWindow();
        QTRY_VERIFY2(dialog.isActiveWindow(), "the dialog did not get the keyboard");
        fill(dialog);
    });
    if (parent) {
        parent->activateWindow();
        return QTest::qWaitFor([parent] { return parent->isActiveWindow(); }) && shown;
    }
    return shown;
}

// Moves the current row of the focused table to the one whose role holds value, by arrows.
bool arrowTo(QAbstractItemView &view, int column, int role, const QVariant &value)
{
    key(Qt::Key_Home, Qt::ControlModifier);
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.currentIndex().siblingAtColumn(column).data(role) == value)
            return true;
        key(Qt::Key_Down);
    }
    return false;
}

QString mnemonicOf(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < text.size() ? text.mid(at + 1, 1).toLower() : QString();
}

// Chooses the menu bar's action named name by Alt+letter and its own letter.
bool throughMenu(QMainWindow &window, const char *name)
{
    for (QAction *entry : window.menuBar()->actions()) {
        QMenu *menu = entry->menu();
        if (!menu)
            continue;
        for (QAction *action : menu->actions()) {
            if (action->objectName() != QLatin1String(name))
                continue;
            const QString menuKey = mnemonicOf(menu->title());
            const QString actionKey = mnemonicOf(action->text());
            if (menuKey.isEmpty() || actionKey.isEmpty())
                return false;
            QTest::keyClick(keyTarget(), menuKey.at(0).toLatin1(), Qt::AltModifier);
            if (QApplication::activePopupWidget() != menu)
                return false;
            QTest::keyClick(menu, actionKey.at(0).toLatin1());
            // The closed menu leaves the keyboard to the window, as a window manager does.
            window.activateWindow();
            return QTest::qWaitFor([&window] { return window.isActiveWindow(); });
        }
    }
    return false;
}

template <typename T>
QVector<T> sortedLinks(QVector<T> links)
{
    std::sort(links.begin(), links.end(),
              [](const QUuid &a, const QUuid &b) { return a.toString() < b.toString(); });
    return links;
}

} // namespace

void TestKeyboardEntry::initTestCase()
{
    if (driverUnderTest() == Storage::ConnectionSettings::Driver::Postgres &&
        postgresAdminUrl().isEmpty())
        QSKIP("SAMSPILL_TEST_PG names no PostgreSQL server");
    QVERIFY(m_settingsFolder.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SamspillTest"));
    QCoreApplication::setApplicationName(QStringLiteral("views_keyboardentry"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsFolder.path());
    QVERIFY(App::Language::install(*QCoreApplication::instance(), QStringLiteral("nb")));

    auto seed = App::Seed::portfolio();
    QVERIFY2(seed, qPrintable(seed ? QString() : seed.error().message));
    m_seed = seed.value();
    QCOMPARE(m_seed.projects.size(), 1);
}

void TestKeyboardEntry::wholeSeedIsEnteredByKeyboardUndoneAndRedone()
{
    QElapsedTimer timer;
    timer.start();
    m_scratch = std::make_unique<ScratchDatabase>();
    QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
    auto opened = App::Workspace::open(m_scratch->settings(), App::Workspace::Seeding::Never);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_workspace = std::move(opened).value();
    m_desktop = std::make_unique<App::Desktop>(*m_workspace);
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support propagateSizeHints()");
    window().resize(1280, 800);
    window().show();
    window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window()));

    const Domain::ProjectBundle seed = seedProject();
    // The lists the seed leaves empty: when it gains any, this test must learn to enter them.
    QVERIFY2(seed.milestones.isEmpty() && seed.risks.isEmpty() && seed.budgetLines.isEmpty(),
             "the seed now has milestones, risks or budget lines: enter them here too");
    for (const Domain::Goal &goal : seed.goals)
        QVERIFY2(goal.indicators.isEmpty(), "the seed now has indicators: enter them here too");

    enterProject(seed.project);
    QCOMPARE(m_desktop->projectData().project().name, seed.project.name);

    key(Qt::Key_3, Qt::ControlModifier); // Deltakere
    TAB_TO("allOrganisationsTable");
    for (const Domain::Organisation &organisation : m_seed.organisations) {
        enterOrganisation(organisation);
        if (QTest::currentTestFailed())
            return;
    }
    TAB_TO("participantTable");
    for (const Domain::Participant &participant : seed.participants) {
        enterParticipant(participant);
        if (QTest::currentTestFailed())
            return;
    }
    TAB_TO("memberTable");
    for (const Domain::Member &member : seed.members) {
        enterMember(member);
        if (QTest::currentTestFailed())
            return;
    }

    key(Qt::Key_7, Qt::ControlModifier); // Budsjett og kilder
    TAB_TO("knowledgeSourceTable");
    for (const Domain::KnowledgeSource &source : m_seed.knowledgeSources) {
        enterKnowledgeSource(source);
        if (QTest::currentTestFailed())
            return;
    }
    linkProjectSources(seed.project);
    if (QTest::currentTestFailed())
        return;

    key(Qt::Key_2, Qt::ControlModifier); // Mål
    TAB_TO("goalTree");
    for (const Domain::Goal &goal : seed.goals) {
        enterGoal(goal);
        if (QTest::currentTestFailed())
            return;
    }

    key(Qt::Key_4, Qt::ControlModifier); // Tiltak
    TAB_TO("measureTable");
    for (const Domain::Measure &measure : seed.measures) {
        enterMeasure(measure);
        if (QTest::currentTestFailed())
            return;
    }
    for (const Domain::StatusUpdate &update : seed.statusUpdates) {
        enterStatusUpdate(update);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("entered by keyboard in %lld ms", timer.elapsed());

    compareWithSeed();
    if (QTest::currentTestFailed())
        return;

    // Every step undone with Ctrl+Z: nothing of the project is left, and no organisation or
    // source. Where the focus is in a text field, the field takes Ctrl+Z and Ctrl+Y for its own
    // text (Qt's rule for every line edit), and a user takes the Edit menu, as here.
    QUndoStack &stack = m_desktop->editor().undoStack();
    const int steps = stack.count();
    const auto step = [this, &stack](bool redo) {
        const int before = stack.index();
        key(redo ? Qt::Key_Y : Qt::Key_Z, Qt::ControlModifier);
        if (stack.index() == before)
            QVERIFY(throughMenu(window(), redo ? "redoAction" : "undoAction"));
        QCOMPARE(stack.index(), before + (redo ? 1 : -1));
    };
    for (int undone = 0; undone < steps && stack.canUndo() && !QTest::currentTestFailed(); ++undone)
        step(false);
    QVERIFY(!stack.canUndo());
    QVERIFY(m_workspace->projects().projects().value().isEmpty());
    QVERIFY(m_workspace->organisations().organisations().value().isEmpty());
    QVERIFY(m_workspace->knowledgeSources().knowledgeSources().value().isEmpty());
    QVERIFY(!m_desktop->projectData().isLoaded());

    // And redone with Ctrl+Y: all of it back, as entered.
    for (int redone = 0; redone < steps && stack.canRedo() && !QTest::currentTestFailed(); ++redone)
        step(true);
    QVERIFY(!stack.canRedo());
    QCOMPARE(stack.index(), steps);
    compareWithSeed();
    qInfo("%d steps entered, undone and redone in %lld ms", steps, timer.elapsed());
}

// --- entering

void TestKeyboardEntry::enterProject(const Domain::Project &project)
{
    const bool shown = inDialog<Views::ProjectEditor>(
        this, [] { key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier); },
        [&project](Views::ProjectEditor &editor) {
            TAB_TO("projectNameEdit");
            replaceText(project.name);
            TAB_TO("projectShortNameEdit");
            replaceText(project.shortName);
            TAB_TO("projectRegionEdit");
            replaceText(project.region);
            TAB_TO("projectStartEdit");
            replaceText(Domain::PlanDate::day(project.start).toText());
            TAB_TO("projectEndEdit");
            replaceText(Domain::PlanDate::day(project.end).toText());
            TAB_TO("projectStatusCombo");
            chooseEntry(
                named<QComboBox>(editor, "projectStatusCombo")->findData(int(project.status)));
            TAB_TO("projectDescriptionEdit");
            replaceText(project.description);
            TAB_TO("projectFundingEdit");
            replaceText(project.fundingNotes);
            PRESS_OK(editor);
        });
    QVERIFY(shown);
}

// The project's own knowledge sources, ticked once the sources are there: Rediger › Rediger
// prosjektet.
void TestKeyboardEntry::linkProjectSources(const Domain::Project &project)
{
    QStringList titles;
    for (const QUuid &uuid : project.knowledgeSourceUuids)
        titles.append(sourceTitle(uuid));
    const bool shown = inDialog<Views::ProjectEditor>(
        this, [this] { QVERIFY(throughMenu(window(), "editProjectAction")); },
        [&titles](Views::ProjectEditor &editor) {
            TAB_TO("projectSourceList");
            tickExactly(*named<QListWidget>(editor, "projectSourceList"), titles);
            PRESS_OK(editor);
        });
    QVERIFY(shown);
}

void TestKeyboardEntry::enterOrganisation(const Domain::Organisation &organisation)
{
    const bool shown = inDialog<Views::EntityForm>(
        this, [] { key(Qt::Key_N, Qt::ControlModifier); },
        [&organisation](Views::EntityForm &form) {
            TAB_TO("organisationNameEdit");
            replaceText(organisation.name);
            TAB_TO("organisationKindCombo");
            chooseEntry(
                named<QComboBox>(form, "organisationKindCombo")->findData(int(organisation.kind)));
            PRESS_OK(form);
        });
    QVERIFY(shown);
}

void TestKeyboardEntry::enterKnowledgeSource(const Domain::KnowledgeSource &source)
{
    const bool shown = inDialog<Views::EntityForm>(
        this, [] { key(Qt::Key_N, Qt::ControlModifier); },
        [&source](Views::EntityForm &form) {
            TAB_TO("knowledgeSourceTitleEdit");
            replaceText(source.title);
            TAB_TO("knowledgeSourcePublisherEdit");
            replaceText(source.publisher);
            TAB_TO("knowledgeSourceAuthorsEdit");
            replaceText(source.authors);
            TAB_TO("knowledgeSourceYearEdit");
            replaceText(source.year ? QString::number(*source.year) : QString());
            TAB_TO("knowledgeSourceReferenceEdit");
            replaceText(source.reference);
            TAB_TO("knowledgeSourceLinkEdit");
            replaceText(source.link);
            TAB_TO("knowledgeSourceSummaryEdit");
            replaceText(source.summary);
            PRESS_OK(form);
        });
    QVERIFY(shown);
}

void TestKeyboardEntry::enterParticipant(const Domain::Participant &participant)
{
    const QString organisation = organisationName(participant.organisationUuid);
    const bool shown = inDialog<Views::EntityForm>(
        this, [] { key(Qt::Key_N, Qt::ControlModifier); },
        [&participant, &organisation](Views::EntityForm &form) {
            TAB_TO("participantOrganisationCombo");
            chooseEntry(named<QComboBox>(form, "participantOrganisationCombo")
                            ->findText(organisation, Qt::MatchExactly));
            TAB_TO("participantRoleCombo");
            chooseEntry(
                named<QComboBox>(form, "participantRoleCombo")->findData(int(participant.role)));
            PRESS_OK(form);
        });
    QVERIFY(shown);
}

void TestKeyboardEntry::enterMember(const Domain::Member &member)
{
    const QString organisation =
        member.organisationUuid.isNull() ? QString() : organisationName(member.organisationUuid);
    const bool shown = inDialog<Views::EntityForm>(
        this, [] { key(Qt::Key_N, Qt::ControlModifier); },
        [&member, &organisation](Views::EntityForm &form) {
            TAB_TO("memberNameEdit");
            replaceText(member.name);
            TAB_TO("memberRoleEdit");
            replaceText(member.role);
            TAB_TO("memberOrganisationCombo");
            auto *box = named<QComboBox>(form, "memberOrganisationCombo");
            chooseEntry(organisation.isEmpty() ? 0 : box->findText(organisation, Qt::MatchExactly));
            TAB_TO("memberGroupCombo");
            chooseEntry(named<QComboBox>(form, "memberGroupCombo")->findData(int(member.group)));
            PRESS_OK(form);
        });
    QVERIFY(shown);
}

void TestKeyboardEntry::enterGoal(const Domain::Goal &goal)
{
    auto *tree = named<QTreeView>(window(), "goalTree");
    Qt::KeyboardModifiers shortcut = Qt::ControlModifier;
    if (!goal.parentUuid.isNull()) {
        // A sub-goal: its parent chosen in the tree with the arrows, then Ctrl+Shift+N.
        const QString parent = goalText(goal.parentUuid);
        key(Qt::Key_Home);
        for (int i = 0;
             i < 64 && tree->currentIndex().data(Qt::DisplayRole).toString().trimmed() != parent;
             ++i)
            key(Qt::Key_Down);
        QCOMPARE(tree->currentIndex().data(Qt::DisplayRole).toString().trimmed(), parent);
        shortcut = Qt::ControlModifier | Qt::ShiftModifier;
    }
    const bool shown = inDialog<QInputDialog>(
        this, [shortcut] { key(Qt::Key_N, shortcut); },
        [&goal](QInputDialog &dialog) {
            type(goal.text);
            PRESS_OK(dialog);
        });
    QVERIFY(shown);
    QCOMPARE(tree->currentIndex().data(Models::GoalTreeModel::UuidRole).isValid(), true);
}

void TestKeyboardEntry::enterMeasure(const Domain::Measure &measure)
{
    QStringList responsible, participating, goals, sources;
    for (const QUuid &uuid : measure.responsibleOrganisationUuids)
        responsible.append(organisationName(uuid));
    for (const QUuid &uuid : measure.participatingOrganisationUuids)
        participating.append(organisationName(uuid));
    for (const QUuid &uuid : measure.goalUuids)
        goals.append(goalText(uuid));
    for (const QUuid &uuid : measure.knowledgeSourceUuids)
        sources.append(sourceTitle(uuid));

    const bool shown = inDialog<Views::MeasureEditor>(
        this, [] { key(Qt::Key_N, Qt::ControlModifier); },
        [&](Views::MeasureEditor &editor) {
            TAB_TO("measureTitleEdit");
            replaceText(measure.title);
            TAB_TO("measureStatusCombo");
            chooseEntry(
                named<QComboBox>(editor, "measureStatusCombo")->findData(int(measure.status)));
            TAB_TO("measureProgressSpin");
            if (measure.progress) {
                replaceText(QString::number(*measure.progress));
            } else {
                keys(Qt::Key_PageDown, 11); // down to "not assessed"
            }
            TAB_TO("measurePlannedStartEdit");
            replaceText(measure.plannedStart.toText());
            TAB_TO("measurePlannedEndEdit");
            replaceText(measure.plannedEnd.toText());
            TAB_TO("measureActualStartEdit");
            replaceText(measure.actualStart.toText());
            TAB_TO("measureActualEndEdit");
            replaceText(measure.actualEnd.toText());
            TAB_TO("measureDescriptionEdit");
            replaceText(measure.description);
            TAB_TO("measureLevelCombo");
            chooseEntry(
                named<QComboBox>(editor, "measureLevelCombo")->findData(int(measure.level)));
            TAB_TO("measureThemeEdit");
            replaceText(measure.theme);
            TAB_TO("measureAnchoringCombo");
            chooseEntry(named<QComboBox>(editor, "measureAnchoringCombo")
                            ->findData(int(measure.anchoring)));
            TAB_TO("measureAnchoredOnEdit");
            replaceText(measure.anchoredOn.isValid()
                            ? Domain::PlanDate::day(measure.anchoredOn).toText()
                            : QString());

            auto *pages = named<QTabWidget>(editor, "measureEditorTabs");
            const auto openPage = [pages](int page) {
                const QString letter = mnemonicOf(pages->tabText(page));
                QVERIFY2(!letter.isEmpty(), qPrintable(pages->tabText(page)));
                QTest::keyClick(keyTarget(), letter.at(0).toLatin1(), Qt::AltModifier);
                QCOMPARE(pages->currentIndex(), page);
            };
            openPage(1); // the activities
            enterActivities(measure.activities);
            if (QTest::currentTestFailed())
                return;

            openPage(2); // the links
            TAB_TO("measureResponsibleList");
            tickExactly(*named<QListWidget>(editor, "measureResponsibleList"), responsible);
            TAB_TO("measureParticipatingList");
            tickExactly(*named<QListWidget>(editor, "measureParticipatingList"), participating);
            TAB_TO("measureGoalList");
            tickExactly(*named<QListWidget>(editor, "measureGoalList"), goals);
            TAB_TO("measureSourceList");
            tickExactly(*named<QListWidget>(editor, "measureSourceList"), sources);
            PRESS_OK(editor);
        });
    QVERIFY(shown);
}

// On the activities' page: for each, Add activity (Tab to it, Space), its title typed into the
// cell that opens, Tab to its due date, Return; Left to "done" and Space when it is.
void TestKeyboardEntry::enterActivities(const QVector<Domain::Activity> &activities)
{
    auto *table = named<QTableWidget>(*QApplication::activeModalWidget(), "activityTable");
    QVERIFY(table);
    for (const Domain::Activity &activity : activities) {
        TAB_TO("addActivityButton");
        key(Qt::Key_Space);
        type(activity.title);
        key(Qt::Key_Tab);
        type(activity.due.toText());
        key(Qt::Key_Return);
        QVERIFY(within(QApplication::focusWidget(), QStringLiteral("activityTable")));
        const int row = table->rowCount() - 1;
        QCOMPARE(table->item(row, 1)->text(), activity.title);
        if (activity.done) {
            keys(Qt::Key_Left, 2);
            QCOMPARE(table->currentColumn(), 0);
            key(Qt::Key_Space);
            QCOMPARE(table->item(row, 0)->checkState(), Qt::Checked);
        }
    }
}

void TestKeyboardEntry::enterStatusUpdate(const Domain::StatusUpdate &update)
{
    std::function<void()> open;
    if (update.measureUuid.isNull()) {
        open = [] { key(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier); };
    } else {
        QString title;
        for (const Domain::Measure &measure : seedProject().measures) {
            if (measure.uuid == update.measureUuid)
                title = measure.title;
        }
        key(Qt::Key_4, Qt::ControlModifier);
        TAB_TO("measureTable");
        auto *table = named<QTableView>(window(), "measureTable");
        QVERIFY(arrowTo(*table, Models::MeasureTableModel::TitleColumn, Qt::DisplayRole, title));
        open = [] { key(Qt::Key_U, Qt::ControlModifier); };
    }
    const QDate day = update.recordedAt.toLocalTime().date();
    const bool shown = inDialog<Views::StatusUpdateDialog>(
        this, open, [&update, &day](Views::StatusUpdateDialog &dialog) {
            TAB_TO("statusUpdateDate");
            // Day, month and year, each section typed whole (the locale's order in Norwegian).
            type(day.toString(QStringLiteral("ddMMyyyy")));
            QCOMPARE(named<QDateEdit>(dialog, "statusUpdateDate")->date(), day);
            TAB_TO("statusUpdateAuthor");
            replaceText(update.author);
            TAB_TO("statusUpdateText");
            replaceText(update.text);
            TAB_TO("statusUpdateStatus");
            auto *status = named<QComboBox>(dialog, "statusUpdateStatus");
            chooseEntry(update.newStatus ? status->findData(int(*update.newStatus)) : 0);
            auto *progress = named<QSpinBox>(dialog, "statusUpdateProgress");
            if (progress->isVisible()) {
                TAB_TO("statusUpdateProgress");
                if (update.newProgress)
                    replaceText(QString::number(*update.newProgress));
                else
                    keys(Qt::Key_PageDown, 11); // down to "unchanged"
            }
            for (const auto &[name, on] :
                 {std::pair{"statusUpdateDeviation", update.deviation},
                  std::pair{"statusUpdateDecisionNeeded", update.decisionNeeded}}) {
                QVERIFY(tabTo(QLatin1String(name)));
                if (named<QCheckBox>(dialog, name)->isChecked() != on)
                    key(Qt::Key_Space);
            }
            PRESS_OK(dialog);
        });
    QVERIFY(shown);
}

// --- comparing

QString TestKeyboardEntry::organisationName(const QUuid &seedUuid) const
{
    for (const Domain::Organisation &organisation : m_seed.organisations) {
        if (organisation.uuid == seedUuid)
            return organisation.name;
    }
    return QString();
}

QString TestKeyboardEntry::sourceTitle(const QUuid &seedUuid) const
{
    for (const Domain::KnowledgeSource &source : m_seed.knowledgeSources) {
        if (source.uuid == seedUuid)
            return source.title;
    }
    return QString();
}

QString TestKeyboardEntry::goalText(const QUuid &seedUuid) const
{
    for (const Domain::Goal &goal : seedProject().goals) {
        if (goal.uuid == seedUuid)
            return goal.text;
    }
    return QString();
}

Domain::Portfolio TestKeyboardEntry::stored()
{
    Domain::Portfolio portfolio;
    portfolio.organisations = m_workspace->organisations().organisations().value();
    portfolio.knowledgeSources = m_workspace->knowledgeSources().knowledgeSources().value();
    const QVector<Domain::Project> projects = m_workspace->projects().projects().value();
    for (const Domain::Project &project : projects)
        portfolio.projects.append(m_workspace->portfolio().projectBundle(project.id).value());
    return portfolio;
}

Domain::Portfolio TestKeyboardEntry::expected(const Domain::Portfolio &stored) const
{
    QHash<QUuid, QUuid> to; // seed -> stored
    const auto byKey = [&to](const auto &seedList, const auto &storedList, auto keyOf) {
        for (const auto &seedItem : seedList) {
            for (const auto &storedItem : storedList) {
                if (keyOf(storedItem) == keyOf(seedItem))
                    to.insert(seedItem.uuid, storedItem.uuid);
            }
        }
    };
    const auto byPlace = [&to](const auto &seedList, const auto &storedList) {
        for (qsizetype i = 0; i < qMin(seedList.size(), storedList.size()); ++i)
            to.insert(seedList.at(i).uuid, storedList.at(i).uuid);
    };
    byKey(m_seed.organisations, stored.organisations,
          [](const Domain::Organisation &o) { return o.name; });
    byKey(m_seed.knowledgeSources, stored.knowledgeSources,
          [](const Domain::KnowledgeSource &s) { return s.title; });
    Domain::ProjectBundle seed = seedProject();
    if (stored.projects.size() != 1)
        return {};
    const Domain::ProjectBundle &bundle = stored.projects.constFirst();
    to.insert(seed.project.uuid, bundle.project.uuid);
    byPlace(seed.participants, bundle.participants);
    byPlace(seed.members, bundle.members);
    byKey(seed.goals, bundle.goals, [](const Domain::Goal &g) { return g.text; });
    byKey(seed.measures, bundle.measures, [](const Domain::Measure &m) { return m.title; });
    for (const Domain::Measure &measure : seed.measures) {
        for (const Domain::Measure &other : bundle.measures) {
            if (other.title == measure.title)
                byPlace(measure.activities, other.activities);
        }
    }
    byKey(seed.statusUpdates, bundle.statusUpdates,
          [](const Domain::StatusUpdate &u) { return u.text; });

    const auto map = [&to](QUuid &uuid) { uuid = to.value(uuid, uuid); };
    const auto mapAll = [&map](QVector<QUuid> &uuids) {
        for (QUuid &uuid : uuids)
            map(uuid);
        uuids = sortedLinks(uuids);
    };
    Domain::Portfolio result;
    result.organisations = m_seed.organisations;
    for (Domain::Organisation &organisation : result.organisations)
        map(organisation.uuid);
    result.knowledgeSources = m_seed.knowledgeSources;
    for (Domain::KnowledgeSource &source : result.knowledgeSources)
        map(source.uuid);
    map(seed.project.uuid);
    mapAll(seed.project.knowledgeSourceUuids);
    for (Domain::Participant &participant : seed.participants) {
        map(participant.uuid);
        map(participant.organisationUuid);
    }
    for (Domain::Member &member : seed.members) {
        map(member.uuid);
        map(member.organisationUuid);
    }
    for (Domain::Goal &goal : seed.goals) {
        map(goal.uuid);
        map(goal.parentUuid);
    }
    for (Domain::Measure &measure : seed.measures) {
        map(measure.uuid);
        mapAll(measure.goalUuids);
        mapAll(measure.responsibleOrganisationUuids);
        mapAll(measure.participatingOrganisationUuids);
        mapAll(measure.knowledgeSourceUuids);
        for (Domain::Activity &activity : measure.activities)
            map(activity.uuid);
    }
    for (Domain::StatusUpdate &update : seed.statusUpdates) {
        map(update.uuid);
        map(update.measureUuid);
        // The day as typed; the time of day is the moment it was saved.
        for (const Domain::StatusUpdate &other : bundle.statusUpdates) {
            if (other.uuid == update.uuid &&
                other.recordedAt.toLocalTime().date() == update.recordedAt.toLocalTime().date())
                update.recordedAt = other.recordedAt;
        }
    }
    result.projects = {seed};
    return result;
}

void TestKeyboardEntry::compareWithSeed()
{
    Domain::Portfolio actual = stored();
    QCOMPARE(actual.projects.size(), 1);
    Domain::Project &project = actual.projects.first().project;
    project.knowledgeSourceUuids = sortedLinks(project.knowledgeSourceUuids);
    for (Domain::Measure &measure : actual.projects.first().measures) {
        measure.goalUuids = sortedLinks(measure.goalUuids);
        measure.responsibleOrganisationUuids = sortedLinks(measure.responsibleOrganisationUuids);
        measure.participatingOrganisationUuids =
            sortedLinks(measure.participatingOrganisationUuids);
        measure.knowledgeSourceUuids = sortedLinks(measure.knowledgeSourceUuids);
    }
    Domain::Portfolio wanted = expected(actual);
    // The library's order is the database's collation (by title): compared by UUID.
    actual.organisations = sortedByUuid(actual.organisations);
    wanted.organisations = sortedByUuid(wanted.organisations);
    actual.knowledgeSources = sortedByUuid(actual.knowledgeSources);
    wanted.knowledgeSources = sortedByUuid(wanted.knowledgeSources);
    SAMSPILL_COMPARE_CONTENT(actual, wanted);
}

QTEST_MAIN(TestKeyboardEntry)
#include "tst_keyboardentry.moc"
