#include "models/budgettablemodel.h"

#include "models/labels.h"
#include "models/projectdata.h"

#include <QFont>

#include <map>

namespace Models {

BudgetTableModel::BudgetTableModel(const ProjectData *data, QObject *parent)
    : ProjectTableModel(data, parent)
{
    BudgetTableModel::arrange();
}

void BudgetTableModel::arrange()
{
    m_rows.clear();
    const QVector<Domain::BudgetLine> &lines = projectData().budgetLines();
    if (lines.isEmpty())
        return;
    std::map<int, QVector<int>> byYear;
    for (int i = 0; i < lines.size(); ++i)
        byYear[lines.at(i).year].append(i);
    Row total{RowKind::Total, -1, 0, 0, 0, 0};
    for (const auto &[year, indexes] : byYear) {
        Row sum{RowKind::YearSum, -1, year, 0, 0, 0};
        for (int i : indexes) {
            const Domain::BudgetLine &line = lines.at(i);
            m_rows.append({RowKind::Line, i, year, line.budgetOre, line.accountsOre,
                           line.ownContributionOre});
            sum.budget += line.budgetOre;
            sum.accounts += line.accountsOre;
            sum.ownContribution += line.ownContributionOre;
        }
        m_rows.append(sum);
        total.budget += sum.budget;
        total.accounts += sum.accounts;
        total.ownContribution += sum.ownContribution;
    }
    m_rows.append(total);
}

int BudgetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    qint64 amount = 0;
    switch (index.column()) {
    case BudgetColumn:
        amount = row.budget;
        break;
    case AccountsColumn:
        amount = row.accounts;
        break;
    case DifferenceColumn:
        amount = row.accounts - row.budget;
        break;
    case OwnContributionColumn:
        amount = row.ownContribution;
        break;
    default:
        break;
    }
    const bool isAmount = index.column() >= BudgetColumn;

    switch (role) {
    case Qt::DisplayRole:
        if (isAmount)
            return Labels::money(amount);
        if (index.column() == YearColumn)
            return row.kind == RowKind::Total ? QString() : QString::number(row.year);
        switch (row.kind) {
        case RowKind::Line:
            return projectData().budgetLines().at(row.line).label;
        case RowKind::YearSum:
            return tr("Sum %1").arg(row.year);
        case RowKind::Total:
            return tr("Sum of all years");
        }
        return {};
    case Qt::ToolTipRole:
        return Labels::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::TextAlignmentRole:
        return isAmount ? int(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (row.kind != RowKind::Line) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Spent beyond the budget.
        if (index.column() == DifferenceColumn && amount > 0)
            return Labels::ragColor(Domain::Rag::Red);
        return {};
    case UuidRole:
        return row.kind == RowKind::Line ? projectData().budgetLines().at(row.line).uuid : QUuid();
    case AmountRole:
        return isAmount ? QVariant(amount) : QVariant();
    case RowKindRole:
        return int(row.kind);
    default:
        return {};
    }
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case YearColumn:
        return tr("Year");
    case LabelColumn:
        return tr("Item");
    case BudgetColumn:
        return tr("Budget");
    case AccountsColumn:
        return tr("Accounts");
    case DifferenceColumn:
        return tr("Accounts − budget");
    case OwnContributionColumn:
        return tr("Own contribution");
    default:
        return {};
    }
}

} // namespace Models
