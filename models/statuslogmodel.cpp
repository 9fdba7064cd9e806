#include "models/statuslogmodel.h"

#include "models/labels.h"
#include "models/projectdata.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace Models {

StatusLogModel::StatusLogModel(const ProjectData *data, QObject *parent)
    : ProjectTableModel(data, parent)
{
    StatusLogModel::arrange();
}

void StatusLogModel::arrange()
{
    const QVector<Domain::StatusUpdate> &log = projectData().statusUpdates();
    m_order.resize(log.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    // Newest first; entries of the same moment in the reverse of their stored order.
    std::stable_sort(m_order.begin(), m_order.end(), [&log](int a, int b) {
        return log.at(a).recordedAt > log.at(b).recordedAt ||
               (log.at(a).recordedAt == log.at(b).recordedAt && a > b);
    });
}

int StatusLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int StatusLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::StatusUpdate &update = projectData().statusUpdates().at(m_order.at(index.row()));
    const Domain::Measure *measure = projectData().measure(update.measureUuid);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecordedColumn:
            return QLocale().toString(update.recordedAt.toLocalTime(), QLocale::ShortFormat);
        case AboutColumn:
            return measure ? measure->title : tr("the project");
        case AuthorColumn:
            return update.author;
        case TextColumn:
            return update.text;
        case ChangeColumn: {
            QStringList change;
            if (update.newStatus)
                change.append(Labels::status(*update.newStatus));
            if (update.newProgress)
                change.append(Labels::progress(update.newProgress));
            return change.join(QStringLiteral(", "));
        }
        case FlagsColumn: {
            QStringList flags;
            if (update.deviation)
                flags.append(tr("deviation"));
            if (update.decisionNeeded)
                flags.append(tr("decision needed"));
            return flags.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return Labels::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::ForegroundRole:
        if (index.column() == FlagsColumn && (update.deviation || update.decisionNeeded))
            return Labels::ragColor(Domain::Rag::Amber);
        return {};
    case SortRole:
        if (index.column() == RecordedColumn)
            return update.recordedAt;
        return data(index, Qt::DisplayRole);
    case UuidRole:
        return update.uuid;
    default:
        return {};
    }
}

QVariant StatusLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordedColumn:
        return tr("Recorded");
    case AboutColumn:
        return tr("About");
    case AuthorColumn:
        return tr("Author");
    case TextColumn:
        return tr("What happened");
    case ChangeColumn:
        return tr("New status");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace Models
