#include "models/risktablemodel.h"

#include "models/labels.h"
#include "models/projectdata.h"

#include <QColor>

namespace Models {

RiskTableModel::RiskTableModel(const ProjectData *data, QObject *parent)
    : ProjectTableModel(data, parent)
{}

int RiskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(projectData().risks().size());
}

int RiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Risk &risk = projectData().risks().at(index.row());
    const int score = risk.likelihood * risk.impact;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case DescriptionColumn:
            return risk.description;
        case LikelihoodColumn:
            return risk.likelihood;
        case ImpactColumn:
            return risk.impact;
        case ScoreColumn:
            return score;
        case MitigationColumn:
            return risk.mitigation;
        case OwnerColumn:
            return risk.owner;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return Labels::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::ForegroundRole:
        // A usual reading of a 5x5 risk matrix: 15 and above high (red), 8 and above medium.
        if (index.column() == ScoreColumn && score >= 8)
            return Labels::ragColor(score >= 15 ? Domain::Rag::Red : Domain::Rag::Amber);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= LikelihoodColumn && index.column() <= ScoreColumn)
            return int(Qt::AlignCenter);
        return {};
    case UuidRole:
        return risk.uuid;
    default:
        return {};
    }
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    // The three figures are headed short, as a risk matrix is ("S", "K", "S×K" in Norwegian), so
    // that the table fits beside the milestones; the tool tip says the heading whole.
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case DescriptionColumn:
        return tr("Risk");
    case LikelihoodColumn:
        return tip ? tr("Likelihood") : tr("L", "short for likelihood");
    case ImpactColumn:
        return tip ? tr("Impact") : tr("I", "short for impact");
    case ScoreColumn:
        return tip ? tr("Score") : tr("L×I", "short for the score, likelihood times impact");
    case MitigationColumn:
        return tr("Mitigation");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

} // namespace Models
