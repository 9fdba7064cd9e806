#include "models/storage/projectoutlines.h"

#include "models/storage/database.h"
#include "models/storage/entityreaders.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/statement.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Storage {
namespace {

using Domain::Error;
using Domain::Result;
using namespace Storage::Sql;

// Where an entity's outline is: its project's bundle and its place in the bundle's list.
struct Place
{
    int bundle = -1;
    int index = -1;
};

// Runs a statement bound to the given values; its rows can then be read.
Result<void> start(Statement &statement, std::initializer_list<QVariant> values)
{
    if (!statement.prepared())
        return statement.prepared();
    int position = 0;
    for (const QVariant &value : values)
        statement.bind(position++, value);
    return statement.run();
}

// The columns of a status update: its project's key, id, uuid, its measure's key, recorded_at,
// author, text, new_status, new_progress, deviation, decision_needed, version.
const char *const updateColumns =
    "SELECT s.project_id, s.id, s.uuid, s.measure_id, s.recorded_at, s.author, s.text,"
    " s.new_status, s.new_progress, s.deviation, s.decision_needed, s.version FROM status_update s";

// The update of a row of updateColumns, about the given measure (null: the project).
Domain::StatusUpdate readUpdate(const Statement &q, const QUuid &measure, QString &problem)
{
    const int first = 1;
    Domain::StatusUpdate update;
    update.id.value = q.value(first).toLongLong();
    const QVariant uuid = q.value(first + 1);
    update.uuid = toUuid(uuid);
    update.measureUuid = measure;
    update.recordedAt = toTimestamp(q.value(first + 3));
    update.author = q.value(first + 4).toString();
    update.text = q.value(first + 5).toString();
    const QVariant status = q.value(first + 6);
    if (!status.isNull())
        update.newStatus = Readers::decode(status, Domain::Status::Planned, uuid, problem);
    update.newProgress = toOptionalInt(q.value(first + 7));
    update.deviation = q.value(first + 8).toInt() != 0;
    update.decisionNeeded = q.value(first + 9).toInt() != 0;
    update.version = q.value(first + 10).toInt();
    return update;
}

// Rows read in the order stored, with the list and place each has in it, put in list order:
// an ORDER BY would have SQLite find each row through the index of places, one by one.
template <typename T>
struct Placed
{
    qint64 list = 0;
    int position = 0;
    T item;
};

template <typename T>
void sortByPlace(std::vector<Placed<T>> &rows)
{
    const auto before = [](const Placed<T> &a, const Placed<T> &b) {
        return a.list != b.list ? a.list < b.list : a.position < b.position;
    };
    if (!std::is_sorted(rows.cbegin(), rows.cend(), before))
        std::sort(rows.begin(), rows.end(), before);
}

Result<void> readMeasures(Database &database, QVector<Domain::ProjectBundle> &bundles,
                          const QHash<qint64, int> &bundleOf, QHash<qint64, Place> &measureAt)
{
    Statement q(database,
                QStringLiteral("SELECT m.project_id, m.position, m.id, m.uuid, m.title,"
                               " m.planned_start, m.planned_end, m.actual_start, m.actual_end,"
                               " m.status, m.progress FROM measure m"));
    if (auto started = start(q, {}); !started)
        return started;
    std::vector<Placed<Domain::Measure>> rows;
    QString problem;
    while (q.next()) {
        const int bundle = bundleOf.value(q.value(0).toLongLong(), -1);
        if (bundle < 0)
            continue;
        Domain::Measure measure;
        measure.id.value = q.value(2).toLongLong();
        const QVariant uuid = q.value(3);
        measure.uuid = toUuid(uuid);
        measure.title = q.value(4).toString();
        measure.plannedStart = Readers::planDate(q.value(5), uuid, problem);
        measure.plannedEnd = Readers::planDate(q.value(6), uuid, problem);
        measure.actualStart = Readers::planDate(q.value(7), uuid, problem);
        measure.actualEnd = Readers::planDate(q.value(8), uuid, problem);
        measure.status = Readers::decode(q.value(9), Domain::Status::Planned, uuid, problem);
        measure.progress = toOptionalInt(q.value(10));
        if (!problem.isEmpty())
            return Error{Error::Kind::Format, problem};
        rows.push_back({bundle, q.value(1).toInt(), std::move(measure)});
    }
    sortByPlace(rows);
    for (Placed<Domain::Measure> &row : rows) {
        QVector<Domain::Measure> &measures = bundles[int(row.list)].measures;
        measureAt.insert(row.item.id.value, {int(row.list), int(measures.size())});
        measures.append(std::move(row.item));
    }
    return {};
}

// Of the activities, only those open and dated: the others are never overdue and never due.
Result<void> readActivities(Database &database, QVector<Domain::ProjectBundle> &bundles,
                            const QHash<qint64, Place> &measureAt)
{
    Statement q(database, QStringLiteral("SELECT a.measure_id, a.position, a.id, a.uuid, a.title,"
                                         " a.due_date FROM activity a"
                                         " WHERE a.done = 0 AND a.due_date IS NOT NULL"));
    if (auto started = start(q, {}); !started)
        return started;
    std::vector<Placed<Domain::Activity>> rows;
    QString problem;
    while (q.next()) {
        const qint64 measure = q.value(0).toLongLong();
        if (!measureAt.contains(measure))
            continue;
        Domain::Activity activity;
        activity.id.value = q.value(2).toLongLong();
        const QVariant uuid = q.value(3);
        activity.uuid = toUuid(uuid);
        activity.title = q.value(4).toString();
        activity.due = Readers::planDate(q.value(5), uuid, problem);
        if (!problem.isEmpty())
            return Error{Error::Kind::Format, problem};
        rows.push_back({measure, q.value(1).toInt(), std::move(activity)});
    }
    sortByPlace(rows);
    for (Placed<Domain::Activity> &row : rows) {
        const Place place = measureAt.value(row.list);
        bundles[place.bundle].measures[place.index].activities.append(std::move(row.item));
    }
    return {};
}

Result<void> readMilestones(Database &database, QVector<Domain::ProjectBundle> &bundles,
                            const QHash<qint64, int> &bundleOf)
{
    Statement q(database,
                QStringLiteral("SELECT s.project_id, s.id, s.uuid, s.milestone_date, s.title,"
                               " m.uuid, s.done, s.version"
                               " FROM milestone s LEFT JOIN measure m ON m.id = s.measure_id"
                               " ORDER BY s.project_id, s.position"));
    if (auto started = start(q, {}); !started)
        return started;
    QString problem;
    while (q.next()) {
        const int bundle = bundleOf.value(q.value(0).toLongLong(), -1);
        if (bundle < 0)
            continue;
        Domain::Milestone milestone;
        milestone.id.value = q.value(1).toLongLong();
        const QVariant uuid = q.value(2);
        milestone.uuid = toUuid(uuid);
        milestone.date = Readers::planDate(q.value(3), uuid, problem);
        milestone.title = q.value(4).toString();
        milestone.measureUuid = toUuid(q.value(5));
        milestone.done = q.value(6).toInt() != 0;
        milestone.version = q.value(7).toInt();
        if (!problem.isEmpty())
            return Error{Error::Kind::Format, problem};
        bundles[bundle].milestones.append(milestone);
    }
    return {};
}

// Of the status log up to logUntil, for each measure the latest update and (WithLastSettings)
// the latest that set its status and the latest that set its progress, found through the
// index of each measure's updates by time and then read in the order stored; then the same of
// each project as a whole (those are few: a project's own log); each log in time order, as
// Readers::statusUpdates reads it.
Result<void> readLatestUpdates(Database &database, QVector<Domain::ProjectBundle> &bundles,
                               const QHash<qint64, int> &bundleOf,
                               const QHash<qint64, Place> &measureAt, const QDateTime &logUntil,
                               Domain::PortfolioRepository::OutlineLog log)
{
    const bool settings = log == Domain::PortfolioRepository::OutlineLog::WithLastSettings;
    const QVariant until = fromTimestamp(logUntil);
    const QString latest = QStringLiteral("SELECT (SELECT t.id FROM status_update t"
                                          " WHERE t.measure_id = m.id AND t.recorded_at <= ?%1"
                                          " ORDER BY t.recorded_at DESC, t.id DESC LIMIT 1)"
                                          " FROM measure m");
    QString ids = latest.arg(QString());
    if (settings) {
        ids += QStringLiteral(" UNION ALL ") +
               latest.arg(QStringLiteral(" AND t.new_status IS NOT NULL")) +
               QStringLiteral(" UNION ALL ") +
               latest.arg(QStringLiteral(" AND t.new_progress IS NOT NULL"));
    }
    QString problem;
    {
        Statement q(database,
                    QLatin1String(updateColumns) + QStringLiteral(" WHERE s.id IN (%1)").arg(ids));
        auto started = settings ? start(q, {until, until, until}) : start(q, {until});
        if (!started)
            return started;
        while (q.next()) {
            const Place place = measureAt.value(q.value(3).toLongLong());
            if (place.bundle < 0)
                continue;
            Domain::ProjectBundle &bundle = bundles[place.bundle];
            bundle.statusUpdates.append(
                readUpdate(q, bundle.measures.at(place.index).uuid, problem));
            if (!problem.isEmpty())
                return Error{Error::Kind::Format, problem};
        }
    }
    Statement q(database, QLatin1String(updateColumns) +
                              QStringLiteral(" WHERE s.measure_id IS NULL AND s.recorded_at <= ?"
                                             " ORDER BY s.project_id, s.recorded_at, s.id"));
    if (auto started = start(q, {until}); !started)
        return started;
    // The rows come in time order: the last of each project, and the last that set a status.
    QHash<int, Domain::StatusUpdate> latestOf;
    QHash<int, Domain::StatusUpdate> statusOf;
    while (q.next()) {
        const int bundle = bundleOf.value(q.value(0).toLongLong(), -1);
        const Domain::StatusUpdate update = readUpdate(q, QUuid(), problem);
        if (!problem.isEmpty())
            return Error{Error::Kind::Format, problem};
        if (bundle < 0)
            continue;
        latestOf.insert(bundle, update);
        if (settings && update.newStatus)
            statusOf.insert(bundle, update);
    }
    for (auto it = statusOf.cbegin(); it != statusOf.cend(); ++it) {
        if (it.value().id != latestOf.value(it.key()).id)
            bundles[it.key()].statusUpdates.append(it.value());
    }
    for (auto it = latestOf.cbegin(); it != latestOf.cend(); ++it)
        bundles[it.key()].statusUpdates.append(it.value());
    for (Domain::ProjectBundle &bundle : bundles) {
        std::sort(bundle.statusUpdates.begin(), bundle.statusUpdates.end(),
                  [](const Domain::StatusUpdate &a, const Domain::StatusUpdate &b) {
                      return a.recordedAt != b.recordedAt ? a.recordedAt < b.recordedAt
                                                          : a.id.value < b.id.value;
                  });
    }
    return {};
}

} // namespace

Result<QVector<Domain::ProjectBundle>>
ProjectOutlines::read(Database &database, const QDateTime &logUntil,
                      Domain::PortfolioRepository::OutlineLog log)
{
    auto projects = Readers::projects(database.connection());
    if (!projects)
        return projects.error();
    QVector<Domain::ProjectBundle> bundles(projects->size());
    QHash<qint64, int> bundleOf;
    for (int i = 0; i < projects->size(); ++i) {
        bundles[i].project = projects->at(i);
        bundleOf.insert(projects->at(i).id.value, i);
    }
    QHash<qint64, Place> measureAt;
    if (auto read = readMeasures(database, bundles, bundleOf, measureAt); !read)
        return read.error();
    if (auto read = readActivities(database, bundles, measureAt); !read)
        return read.error();
    if (auto read = readMilestones(database, bundles, bundleOf); !read)
        return read.error();
    if (auto read = readLatestUpdates(database, bundles, bundleOf, measureAt, logUntil, log); !read)
        return read.error();
    return bundles;
}

} // namespace Storage
