#include "models/projectlistmodel.h"

#include "models/labels.h"

namespace Models {

ProjectListModel::ProjectListModel(Domain::ProjectRepository *repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{}

Domain::Result<void> ProjectListModel::reload()
{
    auto projects = m_repository->projects();
    if (!projects)
        return projects.error();
    beginResetModel();
    m_projects = std::move(projects).value();
    endResetModel();
    return {};
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Project &project = m_projects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return project.name;
    case Qt::ToolTipRole:
        return Labels::toolTip(tr("%1\n%2, %3")
                                   .arg(project.name, Labels::period(project.start, project.end),
                                        Labels::status(project.status)));
    case SortRole:
        return project.name.toCaseFolded();
    case IdRole:
        return project.id.value;
    case UuidRole:
        return project.uuid;
    case StatusRole:
        return int(project.status);
    default:
        return {};
    }
}

int ProjectListModel::rowOf(const QUuid &uuid) const
{
    for (int row = 0; row < m_projects.size(); ++row) {
        if (m_projects.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

} // namespace Models
