#include "app/desktop.h"

#include "app/workspace.h"
#include "models/goaltreemodel.h"
#include "models/measuretablemodel.h"
#include "models/membertablemodel.h"
#include "models/participanttablemodel.h"
#include "models/projectdata.h"
#include "models/projectlistmodel.h"
#include "views/mainwindow.h"
#include "views/projectview.h"

#include <QStatusBar>

namespace App {

Desktop::Desktop(Workspace &workspace)
    : m_projects(std::make_unique<Models::ProjectListModel>(&workspace.projects()))
    , m_projectData(std::make_unique<Models::ProjectData>(Models::ProjectData::Repositories{
          &workspace.portfolio(), &workspace.organisations(), &workspace.knowledgeSources()}))
    , m_goals(std::make_unique<Models::GoalTreeModel>(m_projectData.get()))
    , m_participants(std::make_unique<Models::ParticipantTableModel>(m_projectData.get()))
    , m_members(std::make_unique<Models::MemberTableModel>(m_projectData.get()))
    , m_measures(std::make_unique<Models::MeasureTableModel>(m_projectData.get()))
{
    auto *projectView =
        new Views::ProjectView(m_projectData.get(), {m_goals.get(), m_participants.get(),
                                                     m_members.get(), m_measures.get()});
    m_window =
        std::make_unique<Views::MainWindow>(m_projects.get(), m_projectData.get(), projectView,
                                            workspace.database().settings().displayName());
    if (auto loaded = m_projects->reload(); !loaded)
        m_window->statusBar()->showMessage(loaded.error().message);
    m_window->restoreSession();
}

Desktop::~Desktop() = default;

} // namespace App
