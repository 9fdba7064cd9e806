#include "models/goaltreemodel.h"

#include "models/labels.h"
#include "models/projectdata.h"

#include <QHash>

namespace Models {

GoalTreeModel::GoalTreeModel(const ProjectData *data, QObject *parent)
    : QAbstractItemModel(parent)
    , m_data(data)
{
    connect(data, &ProjectData::aboutToReset, this, &GoalTreeModel::beginResetModel);
    connect(data, &ProjectData::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    rebuild();
}

void GoalTreeModel::rebuild()
{
    const QVector<Domain::Goal> &goals = m_data->goals();
    const int count = int(goals.size());
    QHash<QUuid, int> positionOf;
    for (int i = 0; i < count; ++i)
        positionOf.insert(goals.at(i).uuid, i);

    m_parentOf.fill(-1, count);
    m_rowOf.fill(0, count);
    m_childrenOf = QVector<QVector<int>>(count + 1);
    for (int i = 0; i < count; ++i) {
        const int parent = positionOf.value(goals.at(i).parentUuid, -1);
        m_parentOf[i] = parent;
        QVector<int> &siblings = m_childrenOf[parent < 0 ? count : parent];
        m_rowOf[i] = int(siblings.size());
        siblings.append(i);
    }
}

int GoalTreeModel::goalOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex GoalTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int parentGoal = goalOf(parent);
    const QVector<int> &children =
        m_childrenOf.at(parentGoal < 0 ? m_childrenOf.size() - 1 : parentGoal);
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex GoalTreeModel::parent(const QModelIndex &child) const
{
    const int goal = goalOf(child);
    if (goal < 0)
        return {};
    const int parentGoal = m_parentOf.at(goal);
    if (parentGoal < 0)
        return {};
    return createIndex(m_rowOf.at(parentGoal), 0, quintptr(parentGoal));
}

int GoalTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int goal = goalOf(parent);
    return int(m_childrenOf.at(goal < 0 ? m_childrenOf.size() - 1 : goal).size());
}

int GoalTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GoalTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Domain::Goal &goal = m_data->goals().at(goalOf(index));
    const Domain::Rollup rollup = m_data->goalRollup(goal.uuid);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case GoalColumn:
            return goal.text;
        case MeasuresColumn:
            return rollup.measureCount;
        case ProgressColumn:
            return Labels::progress(rollup.progress);
        case RagColumn:
            return Labels::rag(rollup.rag);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == GoalColumn) {
            return Labels::toolTip(goal.isMainGoal() ? tr("Main goal: %1").arg(goal.text)
                                                     : tr("Sub-goal: %1").arg(goal.text));
        }
        if (index.column() == RagColumn)
            return Labels::toolTip(
                Labels::ragWithReason(rollup.rag, m_data->goalReason(goal.uuid)));
        return Labels::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::DecorationRole:
        return index.column() == RagColumn ? QVariant(Labels::ragColor(rollup.rag)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == MeasuresColumn || index.column() == ProgressColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case GoalColumn:
            return goal.text.toCaseFolded();
        case MeasuresColumn:
            return rollup.measureCount;
        case ProgressColumn:
            return rollup.progress.value_or(-1);
        case RagColumn:
            return int(rollup.rag);
        default:
            return {};
        }
    case IdRole:
        return goal.id.value;
    case UuidRole:
        return goal.uuid;
    case RagRole:
        return int(rollup.rag);
    default:
        return {};
    }
}

QVariant GoalTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GoalColumn:
        return tr("Goal");
    case MeasuresColumn:
        return tr("Measures");
    case ProgressColumn:
        return tr("Progress");
    case RagColumn:
        return tr("Traffic light");
    default:
        return {};
    }
}

} // namespace Models
