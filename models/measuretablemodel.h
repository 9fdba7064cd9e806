#pragma once

#include "models/domain/measure.h"
#include "models/projecttablemodel.h"

namespace Models {

// The measures of the loaded project, one row each, in stored order.
class MeasureTableModel : public ProjectTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        LevelColumn,
        StatusColumn,
        ResponsibleColumn,
        PlannedStartColumn,
        PlannedEndColumn,
        ProgressColumn,
        RagColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 key of the measure
        SortRole,                  // raw value of the cell, for sorting; null when missing
        UuidRole,
        StatusRole, // Domain::Status as int, for filtering
        RagRole,    // Domain::Rag as int
    };

    explicit MeasureTableModel(const ProjectData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Domain::Measure *measureAt(int row) const;

private:
    QVariant display(const Domain::Measure &measure, int column) const;
    QVariant sortValue(const Domain::Measure &measure, int column) const;
};

} // namespace Models
