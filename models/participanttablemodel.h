#pragma once

#include "models/projecttablemodel.h"

namespace Models {

// The organisations taking part in the loaded project, with their level and role.
class ParticipantTableModel : public ProjectTableModel
{
    Q_OBJECT

public:
    enum Column { OrganisationColumn, KindColumn, LevelColumn, RoleColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, OrganisationUuidRole, UuidRole };

    explicit ParticipantTableModel(const ProjectData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace Models
