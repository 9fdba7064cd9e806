#pragma once

#include "models/projecttablemodel.h"

namespace Models {

// The loaded project's risks: what may happen, its likelihood and impact (1-5), their product
// as the score the overview ranks by, what is done about it and who owns it.
class RiskTableModel : public ProjectTableModel
{
    Q_OBJECT

public:
    enum Column {
        DescriptionColumn,
        LikelihoodColumn,
        ImpactColumn,
        ScoreColumn,
        MitigationColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role { UuidRole = Qt::UserRole + 1, SortRole };

    explicit RiskTableModel(const ProjectData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace Models
