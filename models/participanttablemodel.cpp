#include "models/participanttablemodel.h"

#include "models/domain/organisation.h"
#include "models/labels.h"
#include "models/projectdata.h"

namespace Models {

ParticipantTableModel::ParticipantTableModel(const ProjectData *data, QObject *parent)
    : ProjectTableModel(data, parent)
{}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(projectData().participants().size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Participant &participant = projectData().participants().at(index.row());
    const Domain::Organisation *organisation =
        projectData().organisation(participant.organisationUuid);
    const Domain::OrganisationKind kind =
        organisation ? organisation->kind : Domain::OrganisationKind::Other;

    switch (role) {
    case Qt::ToolTipRole:
        return Labels::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrganisationColumn:
            return organisation ? organisation->name : QString();
        case KindColumn:
            return Labels::organisationKind(kind);
        case LevelColumn:
            return Labels::administrativeLevel(Domain::administrativeLevel(kind));
        case RoleColumn:
            return Labels::participantRole(participant.role);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case OrganisationColumn:
            return organisation ? organisation->name.toCaseFolded() : QString();
        case KindColumn:
            return int(kind);
        case LevelColumn:
            return int(Domain::administrativeLevel(kind));
        case RoleColumn:
            return int(participant.role);
        default:
            return {};
        }
    case IdRole:
        return participant.id.value;
    case UuidRole:
        return participant.uuid;
    case OrganisationUuidRole:
        return participant.organisationUuid;
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrganisationColumn:
        return tr("Organisation");
    case KindColumn:
        return tr("Kind");
    case LevelColumn:
        return tr("Administrative level");
    case RoleColumn:
        return tr("Role in the project");
    default:
        return {};
    }
}

} // namespace Models
