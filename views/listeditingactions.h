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

// Creating, editing and deleting what the project's lists hold beside its measures and goals:
// organisations, participants, members, indicators (of the goal chosen in the tree),
// milestones, risks, budget lines and knowledge sources. In each list Ctrl+N adds one, F2,
// Enter or a double-click edits the current one and Delete deletes it (undo brings it back, so
// nothing is asked); the Lists menu has the same. Each opens its form (EntityForm), and each
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

    QMainWindow *m_window;
    Models::ProjectData *m_data;
    Models::Editor *m_editor;
    ProjectView *m_projectView;
    std::array<Binding, ListCount> m_lists;
    QAction *m_openLink = nullptr;
    int m_removedRow = -1; // where the row deleted last was, to go on from there
};

} // namespace Views
