#include "models/projectfiltermodel.h"

#include "models/projectlistmodel.h"

namespace Models {

ProjectFilterModel::ProjectFilterModel(QObject *parent)
    : SortFilterModel(parent)
{
    setSortRole(ProjectListModel::SortRole);
}

void ProjectFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void ProjectFilterModel::setStatus(std::optional<Domain::Status> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool ProjectFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(ProjectListModel::StatusRole).toInt() != int(*m_status))
        return false;
    return m_text.isEmpty() || index.data(ProjectListModel::SearchRole)
                                   .toString()
                                   .contains(m_text, Qt::CaseInsensitive);
}

} // namespace Models
