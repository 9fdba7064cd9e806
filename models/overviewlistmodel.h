#pragma once

#include <QAbstractListModel>

namespace Models {

class ProjectData;

// One of the lists of the loaded project's overview, one line each, from
// Overview::ProjectFigures: the milestones coming up or overdue, the open decisions and
// deviations, or the top risks. A line about a measure carries it in MeasuresRole, so a view
// can open it. The ProjectData outlives the model.
class OverviewListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind {
        UpcomingMilestones,
        OverdueMilestones,
        DecisionsNeeded,
        Deviations,
        TopRisks
    };
    enum Role {
        MeasuresRole = Qt::UserRole + 1, // QList<QUuid>: the measure a line is about, if any
        UuidRole,                        // the milestone's, status update's or risk's
    };

    OverviewListModel(const ProjectData *data, Kind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString lineOf(int row) const;
    QString toolTipOf(int row) const;

    const ProjectData *m_data;
    const Kind m_kind;
};

} // namespace Models
