#include "views/participantsview.h"

#include "models/membertablemodel.h"
#include "models/participanttablemodel.h"
#include "models/sortfiltermodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Views {

ParticipantsView::ParticipantsView(Models::ParticipantTableModel *participants,
                                   Models::MemberTableModel *members, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *organisationsHeading = new QLabel(tr("Participating organisations"), this);
    auto *membersHeading = new QLabel(tr("Groups"), this);
    for (QLabel *heading : {organisationsHeading, membersHeading}) {
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
    }
    QTableView *organisations = makeTable(QStringLiteral("participantTable"), participants,
                                          Models::ParticipantTableModel::SortRole);
    organisations->horizontalHeader()->setSectionResizeMode(
        Models::ParticipantTableModel::OrganisationColumn, QHeaderView::Stretch);
    QTableView *seats =
        makeTable(QStringLiteral("memberTable"), members, Models::MemberTableModel::SortRole);
    seats->horizontalHeader()->setSectionResizeMode(Models::MemberTableModel::RoleColumn,
                                                    QHeaderView::Stretch);

    layout->addWidget(organisationsHeading);
    layout->addWidget(organisations, 3);
    layout->addWidget(membersHeading);
    layout->addWidget(seats, 2);
}

QTableView *ParticipantsView::makeTable(const QString &objectName, QAbstractItemModel *model,
                                        int sortRole)
{
    auto *proxy = new Models::SortFilterModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultSectionSize(180);
    return table;
}

} // namespace Views
