#pragma once

#include <QAbstractItemModel>
#include <QVector>

namespace Models {

class ProjectData;

// The loaded project's goals as a tree: hovedmål at the top, delmål beneath, each with the
// status rolled up from the measures that serve it. The ProjectData outlives the model.
class GoalTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { GoalColumn, MeasuresColumn, ProgressColumn, RagColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, UuidRole, RagRole };

    explicit GoalTreeModel(const ProjectData *data, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    int goalOf(const QModelIndex &index) const; // -1 for the root

    const ProjectData *m_data;
    QVector<int> m_parentOf;            // per goal (pre-order position): its parent's, or -1
    QVector<QVector<int>> m_childrenOf; // per goal, plus the root at the end
    QVector<int> m_rowOf;               // per goal: its row among its siblings
};

} // namespace Models
