#include "views/participantsview.h"

#include "models/membertablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "views/listsection.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
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
    m_participants->table()->horizontalHeader()->setSectionResizeMode(
        Models::ParticipantTableModel::OrganisationColumn, QHeaderView::Stretch);
    m_members->table()->horizontalHeader()->setSectionResizeMode(
        Models::MemberTableModel::RoleColumn, QHeaderView::Stretch);
    m_organisations->table()->horizontalHeader()->setSectionResizeMode(
        Models::OrganisationTableModel::NameColumn, QHeaderView::Stretch);
    for (ListSection *section : {m_participants, m_members, m_organisations})
        section->table()->horizontalHeader()->setStretchLastSection(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("participantsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_participants);
    splitter->addWidget(m_members);
    splitter->addWidget(m_organisations);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

} // namespace Views
