#include "views/listeditingactions.h"

#include "models/budgettablemodel.h"
#include "models/editor.h"
#include "models/goaltreemodel.h"
#include "models/indicatortablemodel.h"
#include "models/knowledgesourcetablemodel.h"
#include "models/membertablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "models/projectdata.h"
#include "models/risktablemodel.h"
#include "views/budgetlineform.h"
#include "views/budgetsourcesview.h"
#include "views/followupview.h"
#include "views/indicatorform.h"
#include "views/knowledgesourceform.h"
#include "views/listsection.h"
#include "views/memberform.h"
#include "views/milestoneform.h"
#include "views/organisationform.h"
#include "views/participantform.h"
#include "views/participantsview.h"
#include "views/riskform.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

#include <functional>

namespace Views {
namespace {

template <typename T>
const T *find(const QVector<T> &list, const QUuid &uuid)
{
    for (const T &entity : list) {
        if (entity.uuid == uuid)
            return &entity;
    }
    return nullptr;
}

QUuid currentGoal(const ProjectView &view)
{
    const QModelIndex current = view.goalTree()->currentIndex();
    return current.isValid() ? current.data(Models::GoalTreeModel::UuidRole).toUuid() : QUuid();
}

} // namespace

ListEditingActions::ListEditingActions(QMainWindow *window, Models::ProjectData *data,
                                       Models::Editor *editor, ProjectView *projectView)
    : QObject(window)
    , m_window(window)
    , m_data(data)
    , m_editor(editor)
    , m_projectView(projectView)
{
    using Kind = Domain::EntityKind;
    ParticipantsView *participants = projectView->participantsView();
    FollowUpView *followUp = projectView->followUpView();
    BudgetSourcesView *budget = projectView->budgetSourcesView();
    m_lists[Organisations] = {participants->organisations(),
                              Models::OrganisationTableModel::UuidRole,
                              ProjectView::ParticipantsTab, Kind::Organisation};
    m_lists[Participants] = {participants->participants(), Models::ParticipantTableModel::UuidRole,
                             ProjectView::ParticipantsTab, Kind::Participant};
    m_lists[Members] = {participants->members(), Models::MemberTableModel::UuidRole,
                        ProjectView::ParticipantsTab, Kind::Member};
    m_lists[Indicators] = {projectView->indicators(), Models::IndicatorTableModel::UuidRole,
                           ProjectView::GoalsTab, Kind::Indicator};
    m_lists[Milestones] = {followUp->milestones(), Models::MilestoneTableModel::UuidRole,
                           ProjectView::FollowUpTab, Kind::Milestone};
    m_lists[Risks] = {followUp->risks(), Models::RiskTableModel::UuidRole, ProjectView::FollowUpTab,
                      Kind::Risk};
    m_lists[BudgetLines] = {budget->budget(), Models::BudgetTableModel::UuidRole,
                            ProjectView::BudgetTab, Kind::BudgetLine};
    m_lists[KnowledgeSources] = {budget->sources(), Models::KnowledgeSourceTableModel::UuidRole,
                                 ProjectView::BudgetTab, Kind::KnowledgeSource};

    connect(editor, &Models::Editor::changed, this, &ListEditingActions::afterChange);
    connect(data, &Models::ProjectData::reset, this, &ListEditingActions::updateActions);
    connect(projectView->goalTree()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ListEditingActions::updateActions);
    for (const Binding &binding : m_lists) {
        QTableView *table = binding.section->table();
        connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ListEditingActions::updateActions);
    }
}

void ListEditingActions::bind(List list, QMenu *menu, const char *name, const QString &newText,
                              const QString &editText, const QString &deleteText)
{
    Binding &binding = m_lists[list];
    QTableView *table = binding.section->table();
    const QString suffix = QLatin1String(name) + QStringLiteral("Action");
    const auto make = [this, table, &suffix](const char *verb, const QString &text,
                                             const QKeySequence &key,
                                             const std::function<void()> &run) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(verb) + suffix);
        action->setShortcut(key);
        // The keys act on the list that has the focus; the menu entry on its current row.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        table->addAction(action);
        connect(action, &QAction::triggered, this, run);
        return action;
    };
    binding.create = make("new", newText, QKeySequence::New, [this, list] { create(list); });
    binding.edit = make("edit", editText, QKeySequence(Qt::Key_F2), [this, list] { edit(list); });
    binding.remove =
        make("delete", deleteText, QKeySequence::Delete, [this, list] { remove(list); });
    // Enter and a double-click edit too; on a knowledge source's link they open it instead.
    connect(table, &QAbstractItemView::activated, this, [this, list](const QModelIndex &index) {
        if (list == KnowledgeSources &&
            index.column() == Models::KnowledgeSourceTableModel::LinkColumn &&
            m_projectView->budgetSourcesView()->openCurrentLink())
            return;
        edit(list);
    });
    menu->addActions({binding.create, binding.edit});
    menu->addSeparator();
    menu->addAction(binding.remove);
    if (list == Organisations || list == KnowledgeSources)
        return; // kept by name and title
    binding.moveUp = make("moveUp", tr("Move &up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                          [this, list] { move(list, -1); });
    binding.moveDown = make("moveDown", tr("Move d&own"), QKeySequence(Qt::ALT | Qt::Key_Down),
                            [this, list] { move(list, 1); });
    menu->addSeparator();
    menu->addActions({binding.moveUp, binding.moveDown});
}

void ListEditingActions::addMenus(QAction *before)
{
    auto *lists = new QMenu(tr("&Lists"), m_window);
    lists->setObjectName(QStringLiteral("listsMenu"));
    const auto submenu = [this, lists](const QString &title, const char *name) {
        QMenu *menu = lists->addMenu(title);
        menu->setObjectName(QLatin1String(name));
        return menu;
    };
    bind(Participants, submenu(tr("&Participating organisations"), "participantsMenu"),
         "Participant", tr("&New participating organisation..."),
         tr("&Edit participating organisation..."), tr("&Delete participating organisation"));
    bind(Members, submenu(tr("&Members of the groups"), "membersMenu"), "Member",
         tr("&New member..."), tr("&Edit member..."), tr("&Delete member"));
    bind(Organisations, submenu(tr("All &organisations"), "organisationsMenu"), "Organisation",
         tr("&New organisation..."), tr("&Edit organisation..."), tr("&Delete organisation"));
    lists->addSeparator();
    bind(Indicators, submenu(tr("&Indicators of the goal"), "indicatorsMenu"), "Indicator",
         tr("&New indicator..."), tr("&Edit indicator..."), tr("&Delete indicator"));
    bind(Milestones, submenu(tr("Mi&lestones"), "milestonesMenu"), "Milestone",
         tr("&New milestone..."), tr("&Edit milestone..."), tr("&Delete milestone"));
    bind(Risks, submenu(tr("&Risks"), "risksMenu"), "Risk", tr("&New risk..."), tr("&Edit risk..."),
         tr("&Delete risk"));
    bind(BudgetLines, submenu(tr("&Budget"), "budgetMenu"), "BudgetLine", tr("&New budget line..."),
         tr("&Edit budget line..."), tr("&Delete budget line"));
    QMenu *sources = submenu(tr("&Knowledge sources"), "knowledgeSourcesMenu");
    bind(KnowledgeSources, sources, "KnowledgeSource", tr("&New knowledge source..."),
         tr("&Edit knowledge source..."), tr("&Delete knowledge source"));
    m_openLink = new QAction(tr("&Open the link in the browser"), this);
    m_openLink->setObjectName(QStringLiteral("openKnowledgeSourceLinkAction"));
    m_openLink->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_openLink->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_lists[KnowledgeSources].section->table()->addAction(m_openLink);
    connect(m_openLink, &QAction::triggered, this,
            [this] { m_projectView->budgetSourcesView()->openCurrentLink(); });
    sources->addSeparator();
    sources->addAction(m_openLink);

    m_window->menuBar()->insertMenu(before, lists);
    updateActions();
}

bool ListEditingActions::editable() const
{
    return m_data->isLoaded() && !m_data->asOf().isValid();
}

QUuid ListEditingActions::current(List list) const
{
    const Binding &binding = m_lists[list];
    return binding.section->currentUuid(binding.uuidRole);
}

void ListEditingActions::updateActions()
{
    const bool writable = editable();
    for (int list = 0; list < ListCount; ++list) {
        const Binding &binding = m_lists[list];
        if (!binding.create)
            continue; // before addMenus
        const bool chosen = writable && !current(List(list)).isNull();
        binding.create->setEnabled(writable &&
                                   (list != Indicators || !currentGoal(*m_projectView).isNull()));
        binding.edit->setEnabled(chosen);
        binding.remove->setEnabled(chosen);
        if (binding.moveUp) {
            const Place at = chosen ? place(List(list)) : Place();
            binding.moveUp->setEnabled(at.index > 0);
            binding.moveDown->setEnabled(at.index >= 0 && at.index + 1 < at.count);
        }
    }
    if (m_openLink) // looking at a link changes nothing: also while the past is shown
        m_openLink->setEnabled(m_data->isLoaded());
}

// After a step, done, undone or redone (the project is read again by then): the entity it was
// about is the current row of its list, or, when it is gone, the row where it was.
void ListEditingActions::afterChange(Domain::EntityKind kind, const QUuid &uuid)
{
    for (const Binding &binding : m_lists) {
        if (binding.kind != kind)
            continue;
        binding.section->select(uuid, binding.uuidRole);
        QTableView *table = binding.section->table();
        if (binding.section->currentUuid(binding.uuidRole) != uuid && m_removedRow >= 0 &&
            table->model()->rowCount() > 0) {
            table->setCurrentIndex(
                table->model()->index(qMin(m_removedRow, table->model()->rowCount() - 1), 0));
        }
    }
    m_removedRow = -1;
    updateActions();
}

template <typename Form, typename T>
void ListEditingActions::createWith(List list, const QUuid &owner, T entity)
{
    entity.uuid = QUuid::createUuid();
    Form form(*m_data, entity, true, m_window);
    if (form.exec() != QDialog::Accepted)
        return;
    m_projectView->showTab(m_lists[list].tab);
    m_editor->create(owner, form.value());
}

template <typename Form, typename T>
void ListEditingActions::editWith(const T *found)
{
    if (!found)
        return;
    const T before = *found; // the reload after the step replaces *found
    Form form(*m_data, before, false, m_window);
    if (form.exec() == QDialog::Accepted)
        m_editor->update(before, form.value());
}

// Undo brings it back with all that hung on it, so nothing is asked; the status bar says so.
template <typename T>
void ListEditingActions::removeOne(List list, const T *found)
{
    if (!found)
        return;
    m_removedRow = m_lists[list].section->table()->currentIndex().row();
    if (m_editor->remove(*found)) {
        m_window->statusBar()->showMessage(
            tr("%1. Undo (Ctrl+Z) brings it back.").arg(m_editor->undoStack().undoText()), 8000);
    }
}

void ListEditingActions::create(List list)
{
    if (!editable())
        return;
    const QUuid project = m_data->project().uuid;
    switch (list) {
    case Organisations:
        return createWith<OrganisationForm>(list, QUuid(), Domain::Organisation{});
    case Participants:
        return createWith<ParticipantForm>(list, project, Domain::Participant{});
    case Members:
        return createWith<MemberForm>(list, project, Domain::Member{});
    case Indicators:
        if (const QUuid goal = currentGoal(*m_projectView); !goal.isNull())
            createWith<IndicatorForm>(list, goal, Domain::Indicator{});
        return;
    case Milestones:
        return createWith<MilestoneForm>(list, project, Domain::Milestone{});
    case Risks:
        return createWith<RiskForm>(list, project, Domain::Risk{});
    case BudgetLines:
        return createWith<BudgetLineForm>(list, project, Domain::BudgetLine{});
    case KnowledgeSources:
        return createWith<KnowledgeSourceForm>(list, QUuid(), Domain::KnowledgeSource{});
    case ListCount:
        return;
    }
}

void ListEditingActions::edit(List list)
{
    if (!editable())
        return;
    const QUuid uuid = current(list);
    switch (list) {
    case Organisations:
        return editWith<OrganisationForm>(m_data->organisation(uuid));
    case Participants:
        return editWith<ParticipantForm>(find(m_data->participants(), uuid));
    case Members:
        return editWith<MemberForm>(find(m_data->members(), uuid));
    case Indicators:
        if (const Domain::Goal *goal = m_data->goal(currentGoal(*m_projectView)))
            editWith<IndicatorForm>(find(goal->indicators, uuid));
        return;
    case Milestones:
        return editWith<MilestoneForm>(find(m_data->milestones(), uuid));
    case Risks:
        return editWith<RiskForm>(find(m_data->risks(), uuid));
    case BudgetLines:
        return editWith<BudgetLineForm>(find(m_data->budgetLines(), uuid));
    case KnowledgeSources:
        return editWith<KnowledgeSourceForm>(m_data->knowledgeSource(uuid));
    case ListCount:
        return;
    }
}

void ListEditingActions::remove(List list)
{
    if (!editable())
        return;
    const QUuid uuid = current(list);
    switch (list) {
    case Organisations:
        return removeOne(list, m_data->organisation(uuid));
    case Participants:
        return removeOne(list, find(m_data->participants(), uuid));
    case Members:
        return removeOne(list, find(m_data->members(), uuid));
    case Indicators:
        if (const Domain::Goal *goal = m_data->goal(currentGoal(*m_projectView)))
            removeOne(list, find(goal->indicators, uuid));
        return;
    case Milestones:
        return removeOne(list, find(m_data->milestones(), uuid));
    case Risks:
        return removeOne(list, find(m_data->risks(), uuid));
    case BudgetLines:
        return removeOne(list, find(m_data->budgetLines(), uuid));
    case KnowledgeSources:
        return removeOne(list, m_data->knowledgeSource(uuid));
    case ListCount:
        return;
    }
}

template <typename T>
ListEditingActions::Place ListEditingActions::placeIn(const QVector<T> &list, const QUuid &uuid)
{
    for (int index = 0; index < list.size(); ++index) {
        if (list.at(index).uuid == uuid)
            return {index, int(list.size())};
    }
    return {};
}

ListEditingActions::Place ListEditingActions::place(List list) const
{
    const QUuid uuid = current(list);
    switch (list) {
    case Participants:
        return placeIn(m_data->participants(), uuid);
    case Members:
        return placeIn(m_data->members(), uuid);
    case Indicators:
        if (const Domain::Goal *goal = m_data->goal(currentGoal(*m_projectView)))
            return placeIn(goal->indicators, uuid);
        return {};
    case Milestones:
        return placeIn(m_data->milestones(), uuid);
    case Risks:
        return placeIn(m_data->risks(), uuid);
    case BudgetLines:
        return placeIn(m_data->budgetLines(), uuid);
    case Organisations:
    case KnowledgeSources:
    case ListCount:
        return {};
    }
    return {};
}

// A move is in the stored order: a table sorted by a column shows that order again first, so
// that the entry is seen to move.
template <typename T>
void ListEditingActions::moveIn(List list, const QVector<T> &entries, int steps)
{
    const Place at = placeIn(entries, current(list));
    const int to = at.index + steps;
    if (at.index < 0 || to < 0 || to >= at.count)
        return;
    m_lists[list].section->table()->sortByColumn(-1, Qt::AscendingOrder);
    const T entry = entries.at(at.index); // the reload after the step replaces entries
    m_editor->move(entry, to);
}

void ListEditingActions::move(List list, int steps)
{
    if (!editable())
        return;
    switch (list) {
    case Participants:
        return moveIn(list, m_data->participants(), steps);
    case Members:
        return moveIn(list, m_data->members(), steps);
    case Indicators:
        if (const Domain::Goal *goal = m_data->goal(currentGoal(*m_projectView)))
            moveIn(list, goal->indicators, steps);
        return;
    case Milestones:
        return moveIn(list, m_data->milestones(), steps);
    case Risks:
        return moveIn(list, m_data->risks(), steps);
    case BudgetLines:
        return moveIn(list, m_data->budgetLines(), steps);
    case Organisations:
    case KnowledgeSources:
    case ListCount:
        return;
    }
}

} // namespace Views
