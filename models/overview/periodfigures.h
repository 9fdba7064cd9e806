#pragma once

#include "models/domain/portfolio.h"
#include "models/overview/projectfigures.h"

#include <QDate>
#include <QDateTime>
#include <QUuid>
#include <QVector>

namespace Overview {

// What happened in a project between two days, both included, as a report for that period
// tells it: beside the figures of the project on a day (ProjectFigures), the status updates
// recorded in the period and the measures completed in it. Days are local days (LocalDay).
struct PeriodFigures
{
    // bundle and figures are of the same project on the same day (normally the period's last).
    static PeriodFigures of(const Domain::ProjectBundle &bundle, const ProjectFigures &figures,
                            QDate from, QDate to);

    // The first moment of `from` and the first moment after `to`, in UTC: the period as
    // HistoryRepository::changesOfProject takes it.
    static QDateTime start(QDate from);
    static QDateTime end(QDate to);

    QDate from;
    QDate to;
    // Recorded within the period, oldest first (the project's own and its measures').
    QVector<Domain::StatusUpdate> updates;
    // Completed on the figures' day and completed within the period: a status update in it set
    // the measure completed, or its actual end falls in it. In the project's order.
    QVector<QUuid> completed;
};

} // namespace Overview
