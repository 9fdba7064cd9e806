#include "views/projectnavigator.h"

#include "models/projectlistmodel.h"
#include "models/sortfiltermodel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace Views {

ProjectNavigator::ProjectNavigator(Models::ProjectListModel *projects, QWidget *parent)
    : QWidget(parent)
    , m_projects(projects)
    , m_filter(new Models::SortFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_list(new QListView(this))
{
    m_filter->setSourceModel(projects);
    m_filter->setSortRole(Models::ProjectListModel::SortRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(Models::ProjectListModel::SearchRole);
    m_filter->sort(0);

    auto *heading = new QLabel(tr("Projects"), this);
    heading->setObjectName(QStringLiteral("projectsHeading"));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);

    m_filterEdit->setObjectName(QStringLiteral("projectFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter projects"));
    m_filterEdit->setClearButtonEnabled(true);
    heading->setBuddy(m_filterEdit);

    m_list->setObjectName(QStringLiteral("projectList"));
    m_list->setModel(m_filter);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_list, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &ProjectNavigator::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProjectNavigator::emitCurrent);
    connect(m_list, &QListView::clicked, this, &ProjectNavigator::projectClicked);
    connect(m_list, &QListView::activated, this, &ProjectNavigator::projectClicked);
}

void ProjectNavigator::select(const QUuid &uuid)
{
    int row = m_projects->rowOf(uuid);
    QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_projects->index(row)) : QModelIndex();
    if (!index.isValid())
        index = m_filter->index(0, 0);
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

QUuid ProjectNavigator::selectedProject() const
{
    return m_chosen;
}

void ProjectNavigator::applyFilter(const QString &text)
{
    m_filtering = true;
    m_filter->setFilterFixedString(text);
    const int row = m_projects->rowOf(m_chosen);
    const QModelIndex chosen =
        row >= 0 ? m_filter->mapFromSource(m_projects->index(row)) : QModelIndex();
    if (chosen.isValid())
        m_list->setCurrentIndex(chosen);
    else
        m_list->selectionModel()->clear();
    m_filtering = false;
}

void ProjectNavigator::emitCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (m_filtering || !current.isValid())
        return;
    const QUuid uuid = current.data(Models::ProjectListModel::UuidRole).toUuid();
    if (uuid == m_chosen)
        return;
    m_chosen = uuid;
    emit projectChosen(current.data(Models::ProjectListModel::IdRole).toLongLong(), uuid);
}

} // namespace Views
