#include "models/measuretablemodel.h"

#include "models/labels.h"
#include "models/projectdata.h"

#include <QBrush>

namespace Models {
namespace {

// A missing value (no date, progress not assessed) has a null sort value;
// MeasureFilterModel sorts it after every present value in either direction.

} // namespace

MeasureTableModel::MeasureTableModel(const ProjectData *data, QObject *parent)
    : ProjectTableModel(data, parent)
{}

int MeasureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(projectData().measures().size());
}

int MeasureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Domain::Measure *MeasureTableModel::measureAt(int row) const
{
    const QVector<Domain::Measure> &measures = projectData().measures();
    return row >= 0 && row < measures.size() ? &measures.at(row) : nullptr;
}

QVariant MeasureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Measure &measure = *measureAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(measure, column);
    case Qt::ToolTipRole:
        if (column == TitleColumn)
            return Labels::toolTip(measure.description);
        if (column == PlannedEndColumn && projectData().isOverdue(measure))
            return Labels::toolTip(tr("Overdue: the planned end has passed"));
        if (column == RagColumn) {
            return Labels::toolTip(Labels::ragWithReason(projectData().ragOf(measure),
                                                         projectData().ragReason(measure)));
        }
        return Labels::toolTip(display(measure, column).toString());
    case Qt::DecorationRole:
        if (column == RagColumn)
            return Labels::ragColor(projectData().ragOf(measure));
        return {};
    case Qt::ForegroundRole:
        if (column == PlannedEndColumn && projectData().isOverdue(measure))
            return QBrush(Labels::ragColor(Domain::Rag::Red));
        return {};
    case Qt::TextAlignmentRole:
        if (column == ProgressColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return measure.id.value;
    case UuidRole:
        return measure.uuid;
    case StatusRole:
        return int(measure.status);
    case RagRole:
        return int(projectData().ragOf(measure));
    case SortRole:
        return sortValue(measure, column);
    default:
        return {};
    }
}

QVariant MeasureTableModel::display(const Domain::Measure &measure, int column) const
{
    switch (column) {
    case TitleColumn:
        return measure.title;
    case LevelColumn:
        return Labels::level(measure.level);
    case StatusColumn:
        return Labels::status(measure.status);
    case ResponsibleColumn:
        return measure.responsibleOrganisationUuids.isEmpty()
                   ? tr("none given")
                   : projectData().organisationNames(measure.responsibleOrganisationUuids);
    case PlannedStartColumn:
        return Labels::date(measure.plannedStart);
    case PlannedEndColumn:
        return Labels::date(measure.plannedEnd);
    case ProgressColumn:
        return Labels::progress(measure.progress);
    case RagColumn:
        return Labels::rag(projectData().ragOf(measure));
    default:
        return {};
    }
}

QVariant MeasureTableModel::sortValue(const Domain::Measure &measure, int column) const
{
    switch (column) {
    case TitleColumn:
        return measure.title.toCaseFolded();
    case LevelColumn:
        return int(measure.level);
    case StatusColumn:
        return int(measure.status);
    case ResponsibleColumn:
        return projectData().organisationNames(measure.responsibleOrganisationUuids).toCaseFolded();
    case PlannedStartColumn:
        return Labels::sortValue(measure.plannedStart);
    case PlannedEndColumn:
        return Labels::sortValue(measure.plannedEnd);
    case ProgressColumn:
        return measure.progress ? QVariant(*measure.progress) : QVariant();
    case RagColumn:
        return int(projectData().ragOf(measure));
    default:
        return {};
    }
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Measure");
    case LevelColumn:
        return tr("Level");
    case StatusColumn:
        return tr("Status");
    case ResponsibleColumn:
        return tr("Responsible");
    case PlannedStartColumn:
        return tr("Planned start");
    case PlannedEndColumn:
        return tr("Planned end");
    case ProgressColumn:
        return tr("Progress");
    case RagColumn:
        return tr("Traffic light");
    default:
        return {};
    }
}

} // namespace Models
