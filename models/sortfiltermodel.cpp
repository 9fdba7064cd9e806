#include "models/sortfiltermodel.h"

namespace Models {

SortFilterModel::SortFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale())
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
}

bool SortFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    const bool leftMissing = leftValue.isNull();
    const bool rightMissing = rightValue.isNull();
    if (leftMissing || rightMissing) {
        // The view reverses the order for a descending sort; missing values stay last.
        if (leftMissing == rightMissing)
            return false;
        return sortOrder() == Qt::AscendingOrder ? rightMissing : leftMissing;
    }
    if (leftValue.typeId() == QMetaType::QString && rightValue.typeId() == QMetaType::QString)
        return m_collator.compare(leftValue.toString(), rightValue.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Models
