#include "models/membertablemodel.h"

#include "models/labels.h"
#include "models/projectdata.h"

namespace Models {

MemberTableModel::MemberTableModel(const ProjectData *data, QObject *parent)
    : ProjectTableModel(data, parent)
{}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(projectData().members().size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Member &member = projectData().members().at(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        return Labels::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case GroupColumn:
            return Labels::group(member.group);
        case RoleColumn:
            return member.role;
        case NameColumn:
            return member.name.isEmpty() ? tr("not named") : member.name;
        case OrganisationColumn:
            return projectData().organisationName(member.organisationUuid);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == NameColumn && member.name.isEmpty())
            return QColor(Qt::gray);
        return {};
    case SortRole:
        switch (index.column()) {
        case GroupColumn:
            return int(member.group);
        case RoleColumn:
            return member.role.toCaseFolded();
        case NameColumn:
            return member.name.toCaseFolded();
        case OrganisationColumn:
            return projectData().organisationName(member.organisationUuid).toCaseFolded();
        default:
            return {};
        }
    case IdRole:
        return member.id.value;
    case UuidRole:
        return member.uuid;
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case RoleColumn:
        return tr("Role");
    case NameColumn:
        return tr("Name");
    case OrganisationColumn:
        return tr("Organisation");
    default:
        return {};
    }
}

} // namespace Models
