#pragma once

#include "models/projecttablemodel.h"

namespace Models {

// The loaded project's milestones in their stored order: when, what, the measure it belongs to
// (if any), and whether it is reached; an open milestone whose date has passed is marked.
class MilestoneTableModel : public ProjectTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, MeasureColumn, ReachedColumn, ColumnCount };
    enum Role { UuidRole = Qt::UserRole + 1, SortRole, OverdueRole };

    explicit MilestoneTableModel(const ProjectData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace Models
