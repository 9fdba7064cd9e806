#pragma once

#include "models/projecttablemodel.h"

namespace Models {

// The seats in the loaded project's groups. A seat may have a role and organisation only.
class MemberTableModel : public ProjectTableModel
{
    Q_OBJECT

public:
    enum Column { GroupColumn, RoleColumn, NameColumn, OrganisationColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, UuidRole };

    explicit MemberTableModel(const ProjectData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace Models
