#include "models/overview/periodfigures.h"

#include "models/overview/localday.h"

#include <QSet>

#include <algorithm>

namespace Overview {

QDateTime PeriodFigures::start(QDate from)
{
    return LocalDay::end(from.addDays(-1)).addMSecs(1);
}

QDateTime PeriodFigures::end(QDate to)
{
    return LocalDay::end(to).addMSecs(1);
}

PeriodFigures PeriodFigures::of(const Domain::ProjectBundle &bundle, const ProjectFigures &figures,
                                QDate from, QDate to)
{
    PeriodFigures period;
    period.from = from;
    period.to = to;
    const QDateTime first = start(from);
    const QDateTime after = end(to);
    QSet<QUuid> completedByLog;
    for (const Domain::StatusUpdate &update : bundle.statusUpdates) {
        if (update.recordedAt < first || update.recordedAt >= after)
            continue;
        period.updates.append(update);
        if (update.newStatus == Domain::Status::Completed && !update.measureUuid.isNull())
            completedByLog.insert(update.measureUuid);
    }
    std::stable_sort(period.updates.begin(), period.updates.end(),
                     [](const Domain::StatusUpdate &a, const Domain::StatusUpdate &b) {
                         return a.recordedAt < b.recordedAt;
                     });
    for (const Domain::Measure &measure : bundle.measures) {
        const ProjectFigures::Measure *standing = figures.measure(measure.uuid);
        if (!standing || standing->status != Domain::Status::Completed)
            continue;
        const QDate ended = measure.actualEnd.last();
        if (completedByLog.contains(measure.uuid) ||
            (ended.isValid() && ended >= from && ended <= to)) {
            period.completed.append(measure.uuid);
        }
    }
    return period;
}

} // namespace Overview
