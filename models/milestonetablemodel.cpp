#include "models/milestonetablemodel.h"

#include "models/domain/rules.h"
#include "models/labels.h"
#include "models/projectdata.h"

#include <QColor>

namespace Models {

MilestoneTableModel::MilestoneTableModel(const ProjectData *data, QObject *parent)
    : ProjectTableModel(data, parent)
{}

int MilestoneTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(projectData().milestones().size());
}

int MilestoneTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestoneTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Milestone &milestone = projectData().milestones().at(index.row());
    const Domain::Measure *measure = projectData().measure(milestone.measureUuid);
    const bool overdue = Domain::isOverdue(milestone, projectData().today());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return Labels::date(milestone.date);
        case TitleColumn:
            return milestone.title;
        case MeasureColumn:
            return measure ? measure->title : tr("the whole project");
        case ReachedColumn:
            return milestone.done ? tr("reached") : overdue ? tr("overdue") : tr("open");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return Labels::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::ForegroundRole:
        if (overdue && index.column() == ReachedColumn)
            return Labels::ragColor(Domain::Rag::Red);
        return {};
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return Labels::sortValue(milestone.date);
        case TitleColumn:
            return milestone.title;
        case MeasureColumn:
            return measure ? measure->title : QString();
        case ReachedColumn:
            return milestone.done ? 2 : overdue ? 0 : 1;
        default:
            return {};
        }
    case UuidRole:
        return milestone.uuid;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant MilestoneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Milestone");
    case MeasureColumn:
        return tr("Belongs to");
    case ReachedColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Models
