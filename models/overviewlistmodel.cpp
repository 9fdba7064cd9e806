#include "models/overviewlistmodel.h"

#include "models/labels.h"
#include "models/projectdata.h"
#include "models/statustext.h"

namespace Models {
namespace {

const QVector<Overview::Deadline> *milestonesOf(const Overview::ProjectFigures &figures,
                                                OverviewListModel::Kind kind)
{
    switch (kind) {
    case OverviewListModel::Kind::UpcomingMilestones:
        return &figures.upcomingMilestones;
    case OverviewListModel::Kind::OverdueMilestones:
        return &figures.overdueMilestones;
    default:
        return nullptr;
    }
}

const QVector<Domain::StatusUpdate> *updatesOf(const Overview::ProjectFigures &figures,
                                               OverviewListModel::Kind kind)
{
    switch (kind) {
    case OverviewListModel::Kind::DecisionsNeeded:
        return &figures.decisionsNeeded;
    case OverviewListModel::Kind::Deviations:
        return &figures.deviations;
    default:
        return nullptr;
    }
}

} // namespace

OverviewListModel::OverviewListModel(const ProjectData *data, Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_data(data)
    , m_kind(kind)
{
    connect(data, &ProjectData::aboutToReset, this, &OverviewListModel::beginResetModel);
    connect(data, &ProjectData::reset, this, &OverviewListModel::endResetModel);
}

int OverviewListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const Overview::ProjectFigures &figures = m_data->figures();
    if (const QVector<Overview::Deadline> *milestones = milestonesOf(figures, m_kind))
        return int(milestones->size());
    if (const QVector<Domain::StatusUpdate> *updates = updatesOf(figures, m_kind))
        return int(updates->size());
    return int(figures.topRisks.size());
}

QVariant OverviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Overview::ProjectFigures &figures = m_data->figures();
    const QVector<Overview::Deadline> *milestones = milestonesOf(figures, m_kind);
    const QVector<Domain::StatusUpdate> *updates = updatesOf(figures, m_kind);
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return lineOf(row);
    case Qt::ToolTipRole:
        return Labels::toolTip(toolTipOf(row));
    case MeasuresRole: {
        const QUuid measure = milestones ? milestones->at(row).measure
                              : updates  ? updates->at(row).measureUuid
                                         : QUuid();
        return measure.isNull() ? QVariant() : QVariant::fromValue(QList<QUuid>{measure});
    }
    case UuidRole:
        return milestones ? milestones->at(row).uuid
               : updates  ? updates->at(row).uuid
                          : figures.topRisks.at(row).uuid;
    default:
        return {};
    }
}

QString OverviewListModel::lineOf(int row) const
{
    const Overview::ProjectFigures &figures = m_data->figures();
    if (const QVector<Overview::Deadline> *milestones = milestonesOf(figures, m_kind))
        return StatusText::milestoneLine(milestones->at(row), figures.day);
    if (const QVector<Domain::StatusUpdate> *updates = updatesOf(figures, m_kind))
        return StatusText::updateLine(figures, updates->at(row));
    return StatusText::riskLine(figures.topRisks.at(row));
}

QString OverviewListModel::toolTipOf(int row) const
{
    const Overview::ProjectFigures &figures = m_data->figures();
    if (const QVector<Overview::Deadline> *milestones = milestonesOf(figures, m_kind))
        return Labels::deadline(milestones->at(row));
    if (const QVector<Domain::StatusUpdate> *updates = updatesOf(figures, m_kind)) {
        const Domain::StatusUpdate &update = updates->at(row);
        return update.author.isEmpty() ? update.text
                                       : tr("%1\n– %2").arg(update.text, update.author);
    }
    const Domain::Risk &risk = figures.topRisks.at(row);
    QStringList lines{risk.description};
    if (!risk.mitigation.isEmpty())
        lines.append(tr("Mitigation: %1").arg(risk.mitigation));
    if (!risk.owner.isEmpty())
        lines.append(tr("Owner: %1").arg(risk.owner));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Models
