#include "models/organisationtablemodel.h"

#include "models/labels.h"
#include "models/projectdata.h"

namespace Models {

OrganisationTableModel::OrganisationTableModel(const ProjectData *data, QObject *parent)
    : ProjectTableModel(data, parent)
{
    OrganisationTableModel::arrange();
}

void OrganisationTableModel::arrange()
{
    m_organisations.clear();
    for (const Domain::Organisation *organisation : projectData().organisationList())
        m_organisations.append(organisation->uuid);
}

int OrganisationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organisations.size());
}

int OrganisationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Organisation *organisation =
        projectData().organisation(m_organisations.at(index.row()));
    if (!organisation)
        return {};
    const Domain::Participant *participant = nullptr;
    for (const Domain::Participant &candidate : projectData().participants()) {
        if (candidate.organisationUuid == organisation->uuid)
            participant = &candidate;
    }
    const Domain::AdministrativeLevel level = Domain::administrativeLevel(organisation->kind);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return organisation->name;
        case KindColumn:
            return Labels::organisationKind(organisation->kind);
        case LevelColumn:
            return Labels::administrativeLevel(level);
        case ProjectRoleColumn:
            return participant ? Labels::participantRole(participant->role) : tr("not taking part");
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case KindColumn:
            return int(organisation->kind);
        case LevelColumn:
            return int(level);
        case ProjectRoleColumn:
            return participant ? QVariant(int(participant->role)) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return Labels::toolTip(data(index, Qt::DisplayRole).toString());
    case UuidRole:
        return organisation->uuid;
    default:
        return {};
    }
}

QVariant OrganisationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Organisation");
    case KindColumn:
        return tr("Kind");
    case LevelColumn:
        return tr("Administrative level");
    case ProjectRoleColumn:
        return tr("In this project");
    default:
        return {};
    }
}

} // namespace Models
