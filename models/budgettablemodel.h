#pragma once

#include "models/projecttablemodel.h"

#include <QVector>

namespace Models {

// The loaded project's budget against its accounts, year by year: the lines of each year (in
// their stored order within it), then the year's sum, and the sum of all years at the end.
// Amounts are whole øre and are added as such; the difference is accounts minus budget.
// Its rows are in that fixed order: not for sorting.
class BudgetTableModel : public ProjectTableModel
{
    Q_OBJECT

public:
    enum Column {
        YearColumn,
        LabelColumn,
        BudgetColumn,
        AccountsColumn,
        DifferenceColumn,
        OwnContributionColumn,
        ColumnCount
    };
    enum Role { UuidRole = Qt::UserRole + 1, AmountRole, RowKindRole };
    enum class RowKind { Line, YearSum, Total };

    explicit BudgetTableModel(const ProjectData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void arrange() override;

private:
    struct Row
    {
        RowKind kind = RowKind::Line;
        int line = -1; // in ProjectData::budgetLines(), for a line
        int year = 0;
        qint64 budget = 0;
        qint64 accounts = 0;
        qint64 ownContribution = 0;
    };

    QVector<Row> m_rows;
};

} // namespace Models
