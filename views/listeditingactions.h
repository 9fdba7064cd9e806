#pragma once

#include "views/projectview.h"

#include "models/domain/entitykind.h"

#include <QObject>
#include <QUuid>

#include <array>

class QAction;
class QMainWindow;
class QMenu;

namespace Models {
class Editor;
class ProjectData;
} // namespace Models

namespace Views {

class ListSection;

// Creating, editing, deleting and reordering what the project's lists hold beside its measures
// and goals: organisations, participants, members, indicators (of the goal chosen in the tree),
// milestones, risks, budget lines and knowledge sources. In each list Ctrl+N adds one, F2,
// Enter or a double-click edits the current one and Delete deletes it (undo brings it back, so
// nothing is asked); in the ordered lists (all but the organisations and knowledge sources,
// which the database keeps by name and title) Alt+Up and Alt+Down move the current one, as in
// the goal tree. The Lists menu has the same. Each opens its form (EntityForm), and each
// change is one step of the Models::Editor; a refusal or someone else's newer version is
// reported as for every other edit (EditingActions). Nothing is editable while the window
// shows an earlier day.
class ListEditingActions : public QObject
{
    Q_OBJECT

public:
    enum List {
        Organisations,
        Participants,
        Members,
        Indicators,
        Milestones,
        Risks,
        BudgetLines,
        KnowledgeSources,
        ListCount
    };

    ListEditingActions(QMainWindow *window, Models::ProjectData *data, Models::Editor *editor,
                       ProjectView *projectView);

    // Inserts the Lists menu before before (the Help menu).
    void addMenus(QAction *before);

    // What the actions do, for the keyboard, the menus and tests.
    void create(List list);
    void edit(List list);
    void remove(List list);
    // Moves the current entry steps places in the stored order (-1 up, 1 down).
    void move(List list, int steps);

private:
    struct Binding
    {
        ListSection *section = nullptr;
        int uuidRole = 0;
        ProjectView::Tab tab = ProjectView::OverviewTab;
        Domain::EntityKind kind = Domain::EntityKind::Organisation;
        QAction *create = nullptr;
        QAction *edit = nullptr;
        QAction *remove = nullptr;
        QAction *moveUp = nullptr; // null for a list the database keeps in an order of its own
        QAction *moveDown = nullptr;
    };
    // Where the current entry of list stands in its stored order, and how many there are.
    struct Place
    {
        int index = -1;
        int count = 0;
    };

    void bind(List list, QMenu *menu, const char *name, const QString &newText,
              const QString &editText, const QString &deleteText);
    bool editable() const;
    QUuid current(List list) const;
    void updateActions();
    void afterChange(Domain::EntityKind kind, const QUuid &uuid);
    template <typename Form, typename T>
    void createWith(List list, const QUuid &owner, T entity);
    template <typename Form, typename T>
    void editWith(const T *found);
    template <typename T>
    void removeOne(List list, const T *found);
    template <typename T>
    static Place placeIn(const QVector<T> &list, const QUuid &uuid);
    Place place(List list) const;
    template <typename T>
    void moveIn(List list, const QVector<T> &entries, int steps);

    QMainWindow *m_window;
    Models::ProjectData *m_data;
    Models::Editor *m_editor;
    ProjectView *m_projectView;
    std::array<Binding, ListCount> m_lists;
    QAction *m_openLink = nullptr;
    int m_removedRow = -1; // where the row deleted last was, to go on from there
};

} // namespace Views
