#include "models/portfoliotablemodel.h"

#include "models/labels.h"
#include "models/portfoliodata.h"

#include <QFont>

namespace Models {
namespace {

QString shortNameOf(const Domain::Project &project)
{
    return project.shortName.isEmpty() ? project.name : project.shortName;
}

} // namespace

PortfolioTableModel::PortfolioTableModel(const PortfolioData *data, QObject *parent)
    : QAbstractTableModel(parent)
    , m_data(data)
{
    connect(data, &PortfolioData::aboutToReset, this, &PortfolioTableModel::beginResetModel);
    connect(data, &PortfolioData::reset, this, &PortfolioTableModel::endResetModel);
}

int PortfolioTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_data->figures().projects();
}

int PortfolioTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Overview::PortfolioRow &row = m_data->figures().rows.at(index.row());
    const Domain::Project &project = row.project;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RagColumn:
            return Labels::rag(row.rag);
        case ShortNameColumn:
            return shortNameOf(project);
        case RegionColumn:
            return project.region;
        case PeriodColumn:
            return Labels::period(project.start, project.end);
        case ProgressColumn:
            return Labels::progress(row.progress);
        case RedColumn:
            return row.red;
        case AmberColumn:
            return row.amber;
        case OverdueColumn:
            return row.overdue;
        case LastUpdateColumn:
            return Labels::timestampDate(row.lastUpdate);
        case NextDeadlineColumn:
            return row.nextDeadline ? Labels::date(row.nextDeadline->date) : tr("none");
        case ReasonColumn:
            return row.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case RagColumn:
        case ReasonColumn:
            return Labels::toolTip(Labels::ragWithReason(row.rag, row.reason));
        case ShortNameColumn: {
            QString tip = project.name;
            if (row.recordedFrom.isValid()) {
                tip += QLatin1Char('\n') +
                       tr("In this database only since %1: shown as first recorded, with its "
                          "status log up to the day shown.")
                           .arg(Labels::timestampDate(row.recordedFrom));
            }
            return Labels::toolTip(tip);
        }
        case NextDeadlineColumn:
            return row.nextDeadline ? Labels::toolTip(Labels::deadline(*row.nextDeadline))
                                    : QVariant();
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == RagColumn ? QVariant(Labels::ragColor(row.rag)) : QVariant();
    case Qt::FontRole:
        if (column == ShortNameColumn && row.recordedFrom.isValid()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case ProgressColumn:
        case RedColumn:
        case AmberColumn:
        case OverdueColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case RagColumn:
            return int(row.rag);
        case ShortNameColumn:
            return shortNameOf(project);
        case RegionColumn:
            return project.region.isEmpty() ? QVariant() : QVariant(project.region);
        case PeriodColumn:
            return project.start.isValid() ? QVariant(project.start) : QVariant();
        case ProgressColumn:
            return row.progress ? QVariant(*row.progress) : QVariant();
        case RedColumn:
            return row.red;
        case AmberColumn:
            return row.amber;
        case OverdueColumn:
            return row.overdue;
        case LastUpdateColumn:
            return row.lastUpdate.isValid() ? QVariant(row.lastUpdate.toMSecsSinceEpoch())
                                            : QVariant();
        case NextDeadlineColumn:
            return row.nextDeadline ? QVariant(row.nextDeadline->by()) : QVariant();
        case ReasonColumn:
            return row.reason;
        default:
            return {};
        }
    case IdRole:
        return project.id.value;
    case UuidRole:
        return project.uuid;
    case RagRole:
        return int(row.rag);
    default:
        return {};
    }
}

QVariant PortfolioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip says the whole of a header cut short in a narrow column.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case RagColumn:
        return tr("Traffic light");
    case ShortNameColumn:
        return tr("Project");
    case RegionColumn:
        return tr("Region");
    case PeriodColumn:
        return tr("Period");
    case ProgressColumn:
        return tr("Progress");
    case RedColumn:
        return tr("Red");
    case AmberColumn:
        return tr("Amber");
    case OverdueColumn:
        return tr("Overdue");
    case LastUpdateColumn:
        return tr("Last update");
    case NextDeadlineColumn:
        return tr("Next deadline");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace Models
