#include "views/editingactions.h"

#include "models/editor.h"
#include "models/goaltreemodel.h"
#include "models/projectdata.h"
#include "views/conflictdialog.h"
#include "views/measureeditor.h"
#include "views/measuresview.h"
#include "views/projecteditor.h"
#include "views/projectview.h"
#include "views/statusupdatedialog.h"
#include "views/timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoView>

#include <algorithm>

namespace Views {
namespace {

// The goals under parent (null: the main goals), in their order.
QVector<const Domain::Goal *> siblings(const Models::ProjectData &data, const QUuid &parent)
{
    QVector<const Domain::Goal *> list;
    for (const Domain::Goal &goal : data.goals()) {
        if (goal.parentUuid == parent)
            list.append(&goal);
    }
    return list;
}

int indexOf(const QVector<const Domain::Goal *> &list, const QUuid &uuid)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i)->uuid == uuid)
            return i;
    }
    return -1;
}

} // namespace

EditingActions::EditingActions(QMainWindow *window, Models::ProjectData *data,
                               Models::Editor *editor, ProjectView *projectView)
    : QObject(window)
    , m_window(window)
    , m_data(data)
    , m_editor(editor)
    , m_projectView(projectView)
    , m_history(new QDockWidget(tr("History of changes"), window))
{
    auto *undoView = new QUndoView(&editor->undoStack(), m_history);
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setEmptyLabel(tr("<opened>"));
    m_history->setObjectName(QStringLiteral("historyDock"));
    m_history->setWidget(undoView);
    window->addDockWidget(Qt::RightDockWidgetArea, m_history);
    m_history->hide();

    connect(editor, &Models::Editor::changed, this,
            [this](Domain::EntityKind kind, const QUuid &uuid) {
                if (kind == Domain::EntityKind::Project) {
                    emit projectsChanged(uuid);
                    return;
                }
                if (kind == Domain::EntityKind::Measure)
                    m_selectMeasure = uuid;
                else if (kind == Domain::EntityKind::Goal)
                    m_selectGoal = uuid;
                afterChange();
            });
    connect(editor, &Models::Editor::refused, this, &EditingActions::showRefusal);
    connect(editor, &Models::Editor::conflicted, this, &EditingActions::showConflict);

    MeasuresView *measures = projectView->measuresView();
    connect(measures, &MeasuresView::measureActivated, this, &EditingActions::editMeasure);
    connect(projectView->goalTree(), &QTreeView::activated, this, &EditingActions::editGoal);
    connect(projectView->timelineView(), &TimelineView::measureRescheduleRequested, this,
            &EditingActions::rescheduleMeasure);
    connect(projectView->timelineView(), &TimelineView::milestoneRescheduleRequested, this,
            &EditingActions::rescheduleMilestone);
    connect(data, &Models::ProjectData::reset, this, &EditingActions::updateActions);
    connect(measures->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EditingActions::updateActions);
    connect(measures, &MeasuresView::rowsShownChanged, this, &EditingActions::updateActions);
    connect(projectView->goalTree()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EditingActions::updateActions);
}

QAction *EditingActions::action(const char *name, const QString &text, const QKeySequence &shortcut,
                                void (EditingActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

// Move up (steps -1, Alt+Up) or down (1, Alt+Down).
QAction *EditingActions::moveAction(const char *name, int steps, void (EditingActions::*move)(int))
{
    auto *action = new QAction(steps < 0 ? tr("Move &up") : tr("Move d&own"), this);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(QKeySequence(Qt::ALT | (steps < 0 ? Qt::Key_Up : Qt::Key_Down)));
    connect(action, &QAction::triggered, this, [this, move, steps] { (this->*move)(steps); });
    return action;
}

void EditingActions::addMenus(QAction *before)
{
    QMenuBar *bar = m_window->menuBar();
    QUndoStack &stack = m_editor->undoStack();

    m_editMenu = new QMenu(tr("&Edit"), m_window);
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = stack.createUndoAction(m_editMenu, tr("&Undo"));
    m_undoActions = {undo};
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack.createRedoAction(m_editMenu, tr("&Redo"));
    m_undoActions.append(redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    QAction *history = m_history->toggleViewAction();
    history->setObjectName(QStringLiteral("historyAction"));
    history->setText(tr("&History of changes"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(history);
    m_editMenu->addSeparator();
    QAction *projectUpdateAction = new QAction(tr("New status update for the &project..."), this);
    projectUpdateAction->setObjectName(QStringLiteral("projectStatusUpdateAction"));
    projectUpdateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(projectUpdateAction, &QAction::triggered, this, [this] { newStatusUpdate(true); });
    m_editMenu->addAction(projectUpdateAction);
    m_projectActions = {projectUpdateAction};
    m_editMenu->addSeparator();
    QAction *newProjectAction =
        action("newProjectAction", tr("New pro&ject..."),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &EditingActions::newProject);
    QAction *editProjectAction = action("editProjectAction", tr("&Edit the project..."),
                                        QKeySequence(), &EditingActions::editProject);
    QAction *deleteProjectAction = action("deleteProjectAction", tr("Delete the project"),
                                          QKeySequence(), &EditingActions::deleteProject);
    m_editMenu->addActions({newProjectAction, editProjectAction, deleteProjectAction});
    m_projectActions.append({editProjectAction, deleteProjectAction});
    m_anyTimeActions = {newProjectAction};

    // Delete and F2 act on the list that has the focus: the measures or the goals.
    QTableView *table = m_projectView->measuresView()->table();
    QTreeView *tree = m_projectView->goalTree();

    m_measureMenu = new QMenu(tr("&Measure"), m_window);
    m_measureMenu->setObjectName(QStringLiteral("measureMenu"));
    QAction *newMeasureAction = action("newMeasureAction", tr("&New measure..."), QKeySequence::New,
                                       &EditingActions::newMeasure);
    QAction *editMeasureAction = action("editMeasureAction", tr("&Edit measure..."),
                                        QKeySequence(Qt::Key_F2), &EditingActions::editMeasure);
    QAction *deleteMeasureAction = action("deleteMeasureAction", tr("&Delete measure"),
                                          QKeySequence::Delete, &EditingActions::deleteMeasure);
    auto *statusUpdateAction = new QAction(tr("New &status update..."), this);
    statusUpdateAction->setObjectName(QStringLiteral("statusUpdateAction"));
    statusUpdateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(statusUpdateAction, &QAction::triggered, this, [this] { newStatusUpdate(false); });
    // Alt+Up and Alt+Down, as in the goal tree and the other ordered lists.
    m_moveMeasureUp = moveAction("moveMeasureUpAction", -1, &EditingActions::moveMeasure);
    m_moveMeasureDown = moveAction("moveMeasureDownAction", 1, &EditingActions::moveMeasure);
    auto *separator = new QAction(this); // in the table's context menu
    separator->setObjectName(QStringLiteral("measureTableSeparator"));
    separator->setSeparator(true);
    for (QAction *scoped :
         {editMeasureAction, deleteMeasureAction, separator, m_moveMeasureUp, m_moveMeasureDown}) {
        scoped->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        table->addAction(scoped);
    }
    // Ctrl+N adds to the list in use: a measure from the measures and the timeline, an entry of
    // another list there (ListEditingActions).
    newMeasureAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_projectView->measuresView()->addAction(newMeasureAction);
    m_projectView->timelineView()->addAction(newMeasureAction);
    m_measureMenu->addActions({newMeasureAction, editMeasureAction, statusUpdateAction});
    m_measureMenu->addSeparator();
    m_measureMenu->addActions({m_moveMeasureUp, m_moveMeasureDown});
    m_measureMenu->addSeparator();
    m_measureMenu->addAction(deleteMeasureAction);
    m_measureMenu->setToolTipsVisible(true); // why a move is off, when it is
    m_measureActions = {editMeasureAction, deleteMeasureAction, statusUpdateAction};
    m_projectActions.append(newMeasureAction);

    m_goalMenu = new QMenu(tr("&Goal"), m_window);
    m_goalMenu->setObjectName(QStringLiteral("goalMenu"));
    auto *newGoalAction = new QAction(tr("New &main goal..."), this);
    newGoalAction->setObjectName(QStringLiteral("newGoalAction"));
    newGoalAction->setShortcut(QKeySequence::New);
    newGoalAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    tree->addAction(newGoalAction);
    connect(newGoalAction, &QAction::triggered, this, [this] { newGoal(false); });
    auto *newSubGoalAction = new QAction(tr("New &sub-goal..."), this);
    newSubGoalAction->setObjectName(QStringLiteral("newSubGoalAction"));
    newSubGoalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newSubGoalAction, &QAction::triggered, this, [this] { newGoal(true); });
    QAction *editGoalAction = action("editGoalAction", tr("&Edit goal..."),
                                     QKeySequence(Qt::Key_F2), &EditingActions::editGoal);
    QAction *deleteGoalAction = action("deleteGoalAction", tr("&Delete goal"), QKeySequence::Delete,
                                       &EditingActions::deleteGoal);
    QAction *up = moveAction("moveGoalUpAction", -1, &EditingActions::moveGoal);
    QAction *down = moveAction("moveGoalDownAction", 1, &EditingActions::moveGoal);
    auto *indent = new QAction(tr("&Indent (make a sub-goal)"), this);
    indent->setObjectName(QStringLiteral("indentGoalAction"));
    indent->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(indent, &QAction::triggered, this, [this] { indentGoal(true); });
    auto *outdent = new QAction(tr("&Outdent"), this);
    outdent->setObjectName(QStringLiteral("outdentGoalAction"));
    outdent->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(outdent, &QAction::triggered, this, [this] { indentGoal(false); });
    for (QAction *scoped : {editGoalAction, deleteGoalAction, up, down, indent, outdent}) {
        scoped->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tree->addAction(scoped);
    }
    m_goalMenu->addActions({newGoalAction, newSubGoalAction, editGoalAction});
    m_goalMenu->addSeparator();
    m_goalMenu->addActions({up, down, indent, outdent});
    m_goalMenu->addSeparator();
    m_goalMenu->addAction(deleteGoalAction);
    m_goalActions = {newSubGoalAction, editGoalAction, deleteGoalAction, up, down, indent, outdent};
    m_projectActions.append(newGoalAction);

    bar->insertMenu(before, m_editMenu);
    bar->insertMenu(before, m_measureMenu);
    bar->insertMenu(before, m_goalMenu);
    updateActions();
}

void EditingActions::updateActions()
{
    // Nothing is edited while the window shows the past ("as of" an earlier day).
    const bool loaded = m_data->isLoaded() && !m_data->asOf().isValid();
    const bool measure = loaded && currentMeasure();
    const bool goal = loaded && m_data->goal(currentGoal());
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(loaded);
    for (QAction *action : std::as_const(m_anyTimeActions))
        action->setEnabled(!m_data->asOf().isValid());
    // Undo and redo change what is stored now: not while the past is shown (the stack turns
    // them on again by itself only when it changes, which it cannot then).
    const bool past = m_data->asOf().isValid();
    const QUndoStack &stack = m_editor->undoStack();
    if (m_undoActions.size() == 2) {
        m_undoActions.at(0)->setEnabled(!past && stack.canUndo());
        m_undoActions.at(1)->setEnabled(!past && stack.canRedo());
    }
    m_history->widget()->setEnabled(!past);
    for (QAction *action : std::as_const(m_measureActions))
        action->setEnabled(measure);
    for (QAction *action : std::as_const(m_goalActions))
        action->setEnabled(goal);
    updateMeasureMoves(measure);
}

// A measure moves in the project's order, so only while the table shows it; when it is sorted
// by a column, the actions say how to get that order back.
void EditingActions::updateMeasureMoves(bool measure)
{
    if (!m_moveMeasureUp)
        return; // before addMenus
    const MeasuresView *view = m_projectView->measuresView();
    const bool ordered = view->inProjectOrder();
    const QString why =
        measure && !ordered
            ? tr("The table is sorted by a column: click its header until the arrow is gone to "
                 "see the project's order, in which measures are moved.")
            : QString();
    for (QAction *action : {m_moveMeasureUp, m_moveMeasureDown}) {
        const int steps = action == m_moveMeasureUp ? -1 : 1;
        action->setEnabled(measure && ordered && !view->shownBeside(steps).isNull());
        action->setToolTip(why);
        action->setStatusTip(why);
    }
}

const Domain::Measure *EditingActions::currentMeasure() const
{
    return m_data->measure(m_projectView->measuresView()->currentMeasure());
}

QUuid EditingActions::currentGoal() const
{
    const QModelIndex current = m_projectView->goalTree()->currentIndex();
    return current.isValid() ? current.data(Models::GoalTreeModel::UuidRole).toUuid() : QUuid();
}

// Reads the project again after a step, done, undone or redone, and puts the cursor back.
void EditingActions::afterChange()
{
    const QUuid measure = m_selectMeasure.isNull() ? m_projectView->measuresView()->currentMeasure()
                                                   : m_selectMeasure;
    const QUuid goal = m_selectGoal.isNull() ? currentGoal() : m_selectGoal;
    m_selectMeasure = {};
    m_selectGoal = {};
    if (auto reloaded = m_data->reload(); !reloaded) {
        showRefusal(reloaded.error().message);
        return;
    }
    m_projectView->measuresView()->selectMeasure(measure);
    QAbstractItemModel *goals = m_projectView->goalTree()->model();
    const QModelIndexList found = goals->match(goals->index(0, 0), Models::GoalTreeModel::UuidRole,
                                               goal, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty())
        m_projectView->goalTree()->setCurrentIndex(found.first());
}

void EditingActions::showRefusal(const QString &message)
{
    m_window->statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0));
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Not saved"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("refusedBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void EditingActions::showConflict(const Models::Conflict &conflict)
{
    auto *dialog = new ConflictDialog(conflict, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, keepMine = conflict.keepMine](int choice) {
        if (choice == ConflictDialog::KeepMine && keepMine) {
            keepMine(); // a step of its own: reported through changed() or refused()
            return;
        }
        afterChange(); // take the stored one
    });
    dialog->open();
}

void EditingActions::newProject()
{
    if (m_data->asOf().isValid())
        return;
    Domain::Project project;
    project.uuid = QUuid::createUuid();
    ProjectEditor editor(project, m_data->knowledgeSourceList(), true, m_window);
    if (editor.exec() == QDialog::Accepted)
        m_editor->create(QUuid(), editor.project());
}

void EditingActions::editProject()
{
    if (!m_data->isLoaded() || m_data->asOf().isValid())
        return;
    const Domain::Project before = m_data->project();
    ProjectEditor editor(before, m_data->knowledgeSourceList(), false, m_window);
    if (editor.exec() == QDialog::Accepted)
        m_editor->update(before, editor.project());
}

// Everything in the project goes with it; undo brings all of it back. It is the one removal that
// takes much at once, so the user is asked first.
void EditingActions::deleteProject()
{
    if (!m_data->isLoaded() || m_data->asOf().isValid())
        return;
    const Domain::Project project = m_data->project();
    QMessageBox box(QMessageBox::Question, tr("Delete the project"),
                    tr("Delete %1 with its goals, measures, participants and status log? Undo "
                       "(Ctrl+Z) brings all of it back.")
                        .arg(Models::EntityFields::quoted(project.name)),
                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("deleteProjectBox"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Yes)
        m_editor->remove(project);
}

void EditingActions::newMeasure()
{
    if (!m_data->isLoaded())
        return;
    Domain::Measure measure;
    measure.uuid = QUuid::createUuid();
    MeasureEditor editor(*m_data, measure, true, m_window);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_projectView->showTab(ProjectView::MeasuresTab);
    m_editor->create(m_data->project().uuid, editor.measure());
}

void EditingActions::editMeasure()
{
    const Domain::Measure *found = currentMeasure();
    if (!found)
        return;
    const Domain::Measure before = *found; // the reload after the step replaces *found
    MeasureEditor editor(*m_data, before, false, m_window);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_editor->update(before, editor.measure());
}

void EditingActions::deleteMeasure()
{
    const Domain::Measure *found = currentMeasure();
    if (!found)
        return;
    const QString name = Models::EntityFields::quoted(Models::EntityFields::name(*found));
    if (m_editor->remove(*found)) {
        m_window->statusBar()->showMessage(
            tr("Deleted the measure %1. Undo (Ctrl+Z) brings it back with its activities and "
               "status updates.")
                .arg(name),
            8000);
    }
}

// Past the measure shown beside it: one place in the project's order, or past the measures a
// filter hides between them, so that the move is seen.
void EditingActions::moveMeasure(int steps)
{
    const MeasuresView *view = m_projectView->measuresView();
    const Domain::Measure *found = currentMeasure();
    if (!found || m_data->asOf().isValid() || !view->inProjectOrder())
        return;
    const QVector<Domain::Measure> &measures = m_data->measures();
    const QUuid beside = view->shownBeside(steps);
    const auto to = std::find_if(
        measures.cbegin(), measures.cend(),
        [&beside](const Domain::Measure &candidate) { return candidate.uuid == beside; });
    if (beside.isNull() || to == measures.cend())
        return;
    const Domain::Measure measure = *found; // the reload after the step replaces *found
    m_editor->move(measure, int(to - measures.cbegin()));
}

void EditingActions::newStatusUpdate(bool forProject)
{
    if (!m_data->isLoaded())
        return;
    StatusUpdateDialog::Subject subject;
    int version = 0;
    if (forProject) {
        subject.name = m_data->project().name;
        subject.status = m_data->project().status;
        version = m_data->project().version;
    } else {
        const Domain::Measure *measure = currentMeasure();
        if (!measure)
            return;
        subject.measureUuid = measure->uuid;
        subject.name = Models::EntityFields::name(*measure);
        subject.status = measure->status;
        subject.progress = measure->progress;
        version = measure->version;
    }
    StatusUpdateDialog dialog(subject, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_editor->recordStatusUpdate(m_data->project().uuid, dialog.update(), version, subject.name);
}

void EditingActions::newGoal(bool subGoal)
{
    if (!m_data->isLoaded())
        return;
    Domain::Goal goal;
    goal.uuid = QUuid::createUuid();
    if (subGoal) {
        goal.parentUuid = currentGoal();
        if (goal.parentUuid.isNull())
            return;
    }
    bool ok = false;
    const QString text =
        askGoalText(subGoal ? tr("New sub-goal") : tr("New main goal"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    goal.text = text.trimmed();
    m_projectView->showTab(ProjectView::GoalsTab);
    m_editor->create(m_data->project().uuid, goal);
}

// A goal's text, over several lines; Tab moves on to the buttons rather than typing a tab, so
// that the dialog is finished by keyboard as every form is.
QString EditingActions::askGoalText(const QString &title, const QString &text, bool *ok)
{
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("goalTextDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(tr("What the goal is:"));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(text);
    if (auto *edit = dialog.findChild<QPlainTextEdit *>()) {
        edit->setObjectName(QStringLiteral("goalTextEdit"));
        edit->setTabChangesFocus(true);
    }
    *ok = dialog.exec() == QDialog::Accepted;
    return dialog.textValue();
}

void EditingActions::editGoal()
{
    const Domain::Goal *found = m_data->goal(currentGoal());
    if (!found)
        return;
    const Domain::Goal before = *found;
    bool ok = false;
    const QString text = askGoalText(tr("Edit goal"), before.text, &ok);
    if (!ok || text.trimmed().isEmpty() || text.trimmed() == before.text)
        return;
    Domain::Goal after = before;
    after.text = text.trimmed();
    m_editor->update(before, after);
}

void EditingActions::deleteGoal()
{
    const Domain::Goal *found = m_data->goal(currentGoal());
    if (!found)
        return;
    const QString name = Models::EntityFields::quoted(Models::EntityFields::name(*found));
    if (m_editor->remove(*found)) {
        m_window->statusBar()->showMessage(
            tr("Deleted the goal %1 with its sub-goals. Undo (Ctrl+Z) brings it back, with the "
               "measures' links to it.")
                .arg(name),
            8000);
    }
}

void EditingActions::moveGoal(int steps)
{
    const Domain::Goal *goal = m_data->goal(currentGoal());
    if (!goal)
        return;
    const auto list = siblings(*m_data, goal->parentUuid);
    const int to = indexOf(list, goal->uuid) + steps;
    if (to < 0 || to >= list.size())
        return;
    m_editor->moveGoal(*goal, goal->parentUuid, to);
}

// In: the goal becomes the last sub-goal of the goal above it. Out: it follows its parent.
void EditingActions::indentGoal(bool in)
{
    const Domain::Goal *goal = m_data->goal(currentGoal());
    if (!goal)
        return;
    if (in) {
        const auto list = siblings(*m_data, goal->parentUuid);
        const int at = indexOf(list, goal->uuid);
        if (at <= 0)
            return;
        m_editor->moveGoal(*goal, list.at(at - 1)->uuid, Domain::AtEnd);
        return;
    }
    const Domain::Goal *parent = m_data->goal(goal->parentUuid);
    if (!parent)
        return;
    const auto list = siblings(*m_data, parent->parentUuid);
    m_editor->moveGoal(*goal, parent->parentUuid, indexOf(list, parent->uuid) + 1);
}

void EditingActions::rescheduleMeasure(const QUuid &uuid, const Domain::PlanDate &start,
                                       const Domain::PlanDate &end)
{
    const Domain::Measure *found = m_data->measure(uuid);
    if (!found || m_data->asOf().isValid())
        return;
    const Domain::Measure before = *found;
    Domain::Measure after = before;
    after.plannedStart = start;
    after.plannedEnd = end;
    m_editor->update(before, after); // checked as the form's save is; refused() says why not
}

void EditingActions::rescheduleMilestone(const QUuid &uuid, const Domain::PlanDate &date)
{
    if (m_data->asOf().isValid())
        return;
    for (const Domain::Milestone &milestone : m_data->milestones()) {
        if (milestone.uuid != uuid)
            continue;
        const Domain::Milestone before = milestone;
        Domain::Milestone after = before;
        after.date = date;
        m_editor->update(before, after);
        return;
    }
}

} // namespace Views
