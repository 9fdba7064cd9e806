#include "models/organisationfiguresmodel.h"

#include "models/labels.h"
#include "models/projectdata.h"

#include <QBrush>

namespace Models {
namespace {

const QVector<QUuid> *measuresOf(const Overview::ProjectFigures::Organisation &organisation,
                                 int column)
{
    switch (column) {
    case OrganisationFiguresModel::ResponsibleColumn:
        return &organisation.responsible;
    case OrganisationFiguresModel::ParticipatingColumn:
        return &organisation.participating;
    case OrganisationFiguresModel::OverdueColumn:
        return &organisation.overdue;
    default:
        return nullptr;
    }
}

} // namespace

OrganisationFiguresModel::OrganisationFiguresModel(const ProjectData *data, QObject *parent)
    : ProjectTableModel(data, parent)
{}

int OrganisationFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(projectData().figures().organisations.size());
}

int OrganisationFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Overview::ProjectFigures::Organisation &organisation =
        projectData().figures().organisations.at(index.row());
    const QVector<QUuid> *measures = measuresOf(organisation, index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == OrganisationColumn)
            return organisation.name;
        return int(measures->size());
    case Qt::ToolTipRole:
        if (index.column() == OrganisationColumn)
            return Labels::toolTip(organisation.name);
        if (measures->isEmpty())
            return {};
        return Labels::toolTip(tr("Click to see these measures"));
    case Qt::ForegroundRole:
        if (index.column() == OverdueColumn && !organisation.overdue.isEmpty())
            return QBrush(Labels::ragColor(Domain::Rag::Red));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != OrganisationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (index.column() == OrganisationColumn)
            return organisation.name;
        return int(measures->size());
    case UuidRole:
        return organisation.uuid;
    case MeasuresRole:
        return measures ? QVariant::fromValue(QList<QUuid>(*measures)) : QVariant();
    default:
        return {};
    }
}

QVariant OrganisationFiguresModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrganisationColumn:
        return tr("Organisation");
    case ResponsibleColumn:
        return tr("Responsible for");
    case ParticipatingColumn:
        return tr("Takes part in");
    case OverdueColumn:
        return tr("Overdue");
    default:
        return {};
    }
}

} // namespace Models
