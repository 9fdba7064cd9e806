#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Models {

// Sorts on a model's raw values the way a reader of the UI language expects: text by that
// language's collation ("Ål" after "Øl" in Norwegian, numbers in numeric order, case ignored),
// and missing values (null) after every present one in either direction.
class SortFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SortFilterModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace Models
