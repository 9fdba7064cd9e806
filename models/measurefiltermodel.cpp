#include "models/measurefiltermodel.h"

#include "models/measuretablemodel.h"

namespace Models {

MeasureFilterModel::MeasureFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MeasureTableModel::SortRole);
    setDynamicSortFilter(true);
}

void MeasureFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void MeasureFilterModel::setStatus(std::optional<Domain::Status> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool MeasureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *measures = qobject_cast<const MeasureTableModel *>(sourceModel());
    if (!measures || sourceParent.isValid())
        return true;
    const Domain::Measure *measure = measures->measureAt(sourceRow);
    if (!measure)
        return false;
    if (m_status && measure->status != *m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    // The organisations' names, not the placeholder shown when there are none.
    const QString responsible = measures->index(sourceRow, MeasureTableModel::ResponsibleColumn)
                                    .data(MeasureTableModel::SortRole)
                                    .toString();
    for (const QString &haystack :
         {measure->title, measure->description, measure->theme, responsible}) {
        if (haystack.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool MeasureFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftMissing = left.data(sortRole()).isNull();
    const bool rightMissing = right.data(sortRole()).isNull();
    if (leftMissing || rightMissing) {
        // The view reverses the order for a descending sort; missing values stay last.
        if (leftMissing == rightMissing)
            return false;
        return sortOrder() == Qt::AscendingOrder ? rightMissing : leftMissing;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Models
