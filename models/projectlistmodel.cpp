#include "models/projectlistmodel.h"

#include "models/labels.h"
#include "models/portfoliodata.h"

namespace Models {

ProjectListModel::ProjectListModel(Domain::ProjectRepository *repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{}

void ProjectListModel::setPortfolio(const PortfolioData *portfolio)
{
    m_portfolio = portfolio;
    const auto lightsChanged = [this] {
        if (!m_projects.isEmpty()) {
            emit dataChanged(
                index(0), index(int(m_projects.size()) - 1),
                {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole, RagRole});
        }
    };
    connect(portfolio, &PortfolioData::reset, this, lightsChanged);
    lightsChanged();
}

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
    const Overview::PortfolioRow *row = m_portfolio ? m_portfolio->row(project.uuid) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return project.shortName.isEmpty() ? project.name : project.shortName;
    case Qt::ToolTipRole: {
        QString tip = tr("%1\n%2, %3")
                          .arg(project.name, Labels::period(project.start, project.end),
                               Labels::status(project.status));
        if (row)
            tip += QLatin1Char('\n') + Labels::ragWithReason(row->rag, row->reason);
        return Labels::toolTip(tip);
    }
    case Qt::DecorationRole:
        return row ? QVariant(Labels::ragColor(row->rag)) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return row ? QVariant(Labels::ragWithReason(row->rag, row->reason)) : QVariant();
    case SortRole:
        return (project.shortName.isEmpty() ? project.name : project.shortName).toCaseFolded();
    case IdRole:
        return project.id.value;
    case UuidRole:
        return project.uuid;
    case StatusRole:
        return int(project.status);
    case NameRole:
        return project.name;
    case SearchRole:
        return QStringList{project.name, project.shortName, project.region}.join(QLatin1Char('\n'));
    case RagRole:
        return int(row ? row->rag : Domain::Rag::None);
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
