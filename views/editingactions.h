#pragma once

#include "models/domain/measure.h"
#include "models/domain/plandate.h"

#include <QObject>
#include <QUuid>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace Models {
class Editor;
class ProjectData;
struct Conflict;
} // namespace Models

namespace Views {

class ProjectView;

// Editing in the main window: the Edit menu (undo, redo, the history of changes), the actions
// on measures and goals (new, edit, delete, move, status update) with their keyboard
// shortcuts, the forms they open, and what the window does when a change is refused or meets
// someone else's. Every change goes through the Models::Editor, so every one can be undone.
class EditingActions : public QObject
{
    Q_OBJECT

public:
    EditingActions(QMainWindow *window, Models::ProjectData *data, Models::Editor *editor,
                   ProjectView *projectView);

    // Inserts the Edit, Measure and Goal menus before before (the Help menu).
    void addMenus(QAction *before);

    // What the actions do, for the keyboard, the menus and tests.
    void newProject();
    void editProject();
    void deleteProject();
    void newMeasure();
    void editMeasure();
    void deleteMeasure();
    // Moves the current measure past the one shown above (-1) or below (1) it in the project's
    // order; only while the table shows that order.
    void moveMeasure(int steps);
    void newStatusUpdate(bool forProject);
    void newGoal(bool subGoal);
    void editGoal();
    QString askGoalText(const QString &title, const QString &text, bool *ok);
    void deleteGoal();
    void moveGoal(int steps);
    void indentGoal(bool in);
    // A bar or a milestone dragged (or moved by key) on the timeline.
    void rescheduleMeasure(const QUuid &uuid, const Domain::PlanDate &start,
                           const Domain::PlanDate &end);
    void rescheduleMilestone(const QUuid &uuid, const Domain::PlanDate &date);

signals:
    // A project was created, changed, removed or brought back: the list of projects is to be
    // read again, showing uuid (or the first project when it is gone).
    void projectsChanged(const QUuid &uuid);

private:
    QAction *action(const char *name, const QString &text, const QKeySequence &shortcut,
                    void (EditingActions::*slot)());
    QAction *moveAction(const char *name, int steps, void (EditingActions::*move)(int));
    void afterChange();
    void showRefusal(const QString &message);
    void showConflict(const Models::Conflict &conflict);
    void updateActions();
    void updateMeasureMoves(bool measure);
    const Domain::Measure *currentMeasure() const; // the table's, as loaded
    QUuid currentGoal() const;

    QMainWindow *m_window;
    Models::ProjectData *m_data;
    Models::Editor *m_editor;
    ProjectView *m_projectView;
    QDockWidget *m_history;
    QList<QAction *> m_measureActions;
    QList<QAction *> m_goalActions;
    QList<QAction *> m_projectActions;
    QList<QAction *> m_undoActions;
    QList<QAction *> m_anyTimeActions; // need no project, only today
    QAction *m_moveMeasureUp = nullptr;
    QAction *m_moveMeasureDown = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_measureMenu = nullptr;
    QMenu *m_goalMenu = nullptr;
    QUuid m_selectMeasure; // what to select after the next reload
    QUuid m_selectGoal;
};

} // namespace Views
