#pragma once

#include "models/domain/indicator.h"
#include "models/projecttablemodel.h"

#include <QUuid>

namespace Models {

// The indicators of one goal of the loaded project (the goal chosen in the goal tree): how
// attainment is measured, from the baseline towards the target, with the latest value and when
// it was measured.
class IndicatorTableModel : public ProjectTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UnitColumn,
        BaselineColumn,
        TargetColumn,
        CurrentColumn,
        MeasuredOnColumn,
        ColumnCount
    };
    enum Role { UuidRole = Qt::UserRole + 1, SortRole };

    explicit IndicatorTableModel(const ProjectData *data, QObject *parent = nullptr);

    // The goal whose indicators are shown; null for none.
    void setGoal(const QUuid &goal);
    QUuid goal() const { return m_goal; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const QVector<Domain::Indicator> *indicators() const;

    QUuid m_goal;
};

} // namespace Models
