#include "views/participantsview.h"

#include "models/membertablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "views/listsection.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace Views {

ParticipantsView::ParticipantsView(Models::ParticipantTableModel *participants,
                                   Models::MemberTableModel *members,
                                   Models::OrganisationTableModel *organisations, QWidget *parent)
    : QWidget(parent)
    , m_participants(new ListSection(
          tr("Participating organisations"), QStringLiteral("participantTable"), participants,
          Models::ParticipantTableModel::SortRole,
          tr("No organisation takes part yet: Ctrl+N in this list adds one."), this))
    , m_members(new ListSection(tr("Groups"), QStringLiteral("memberTable"), members,
                                Models::MemberTableModel::SortRole,
                                tr("Nobody sits in the project's groups yet: Ctrl+N in this list "
                                   "adds a member, by name or by role and organisation."),
                                this))
    , m_organisations(
          new ListSection(tr("All organisations (shared by every project)"),
                          QStringLiteral("allOrganisationsTable"), organisations,
                          Models::OrganisationTableModel::SortRole,
                          tr("No organisation is registered: Ctrl+N in this list adds one."), this))
{
    m_participants->setColumns(Models::ParticipantTableModel::OrganisationColumn,
                               {{Models::ParticipantTableModel::KindColumn, 100},
                                {Models::ParticipantTableModel::LevelColumn, 130},
                                {Models::ParticipantTableModel::RoleColumn, 120}});
    m_members->setColumns(Models::MemberTableModel::RoleColumn,
                          {{Models::MemberTableModel::GroupColumn, 110},
                           {Models::MemberTableModel::NameColumn, 110},
                           {Models::MemberTableModel::OrganisationColumn, 130}});
    m_organisations->setColumns(Models::OrganisationTableModel::NameColumn,
                                {{Models::OrganisationTableModel::KindColumn, 100},
                                 {Models::OrganisationTableModel::LevelColumn, 110},
                                 {Models::OrganisationTableModel::ProjectRoleColumn, 100}});

    // The project's own on the left, the register to choose from on the right.
    auto *project = new QSplitter(Qt::Vertical, this);
    project->setChildrenCollapsible(false);
    project->addWidget(m_participants);
    project->addWidget(m_members);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("participantsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(project);
    splitter->addWidget(m_organisations);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

} // namespace Views
