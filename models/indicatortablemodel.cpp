#include "models/indicatortablemodel.h"

#include "models/labels.h"
#include "models/projectdata.h"

namespace Models {

IndicatorTableModel::IndicatorTableModel(const ProjectData *data, QObject *parent)
    : ProjectTableModel(data, parent)
{}

void IndicatorTableModel::setGoal(const QUuid &goal)
{
    if (goal == m_goal)
        return;
    beginResetModel();
    m_goal = goal;
    endResetModel();
}

const QVector<Domain::Indicator> *IndicatorTableModel::indicators() const
{
    const Domain::Goal *goal = projectData().goal(m_goal);
    return goal ? &goal->indicators : nullptr;
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    const QVector<Domain::Indicator> *list = indicators();
    return parent.isValid() || !list ? 0 : int(list->size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Indicator &indicator = indicators()->at(index.row());
    const auto value = [&indicator](int column) -> std::optional<double> {
        switch (column) {
        case BaselineColumn:
            return indicator.baseline;
        case TargetColumn:
            return indicator.target;
        case CurrentColumn:
            return indicator.current;
        default:
            return std::nullopt;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return indicator.name;
        case UnitColumn:
            return indicator.unit;
        case MeasuredOnColumn:
            return indicator.measuredOn.isValid() ? Labels::date(indicator.measuredOn) : QString();
        default:
            return Labels::number(value(index.column()));
        }
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return indicator.name;
        case UnitColumn:
            return indicator.unit;
        case MeasuredOnColumn:
            return Labels::sortValue(indicator.measuredOn);
        default:
            if (const auto number = value(index.column()))
                return *number;
            return {};
        }
    case Qt::ToolTipRole:
        return Labels::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::TextAlignmentRole:
        if (index.column() >= BaselineColumn && index.column() <= CurrentColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UuidRole:
        return indicator.uuid;
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Indicator");
    case UnitColumn:
        return tr("Unit");
    case BaselineColumn:
        return tr("Baseline");
    case TargetColumn:
        return tr("Target");
    case CurrentColumn:
        return tr("Current value");
    case MeasuredOnColumn:
        return tr("Measured");
    default:
        return {};
    }
}

} // namespace Models
