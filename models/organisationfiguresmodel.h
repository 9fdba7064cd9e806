#pragma once

#include "models/projecttablemodel.h"

namespace Models {

// Per organisation of the loaded project: the measures it is responsible for, takes part in,
// and has overdue (Overview::ProjectFigures::organisations). Each count's cell carries the
// measures behind it in MeasuresRole, so a view can open that list.
class OrganisationFiguresModel : public ProjectTableModel
{
    Q_OBJECT

public:
    enum Column {
        OrganisationColumn,
        ResponsibleColumn,
        ParticipatingColumn,
        OverdueColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        UuidRole,     // the organisation's
        MeasuresRole, // QList<QUuid>: the measures the cell counts
    };

    explicit OrganisationFiguresModel(const ProjectData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace Models
