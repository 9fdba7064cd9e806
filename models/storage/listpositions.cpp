#include "models/storage/listpositions.h"

#include "models/storage/entityrows.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Storage {
namespace {

using Domain::Error;
using Domain::Result;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::ListPositions)
};

// The column that names the owner of each list; table and column names are constants.
const char *ownerColumn(const Table &table)
{
    if (&table == &Rows::Indicator)
        return "goal_id";
    if (&table == &Rows::Activity)
        return "measure_id";
    return "project_id";
}

int clamped(int position, qsizetype size)
{
    return position < 0 || position > size ? int(size) : position;
}

// How deep a goal sits: 1 for a main goal. parents maps each goal to its parent.
int depthOf(const QHash<QUuid, QUuid> &parents, QUuid goal)
{
    int depth = 0;
    // Bounded, so that a damaged tree cannot keep it going.
    for (; !goal.isNull() && depth <= parents.size(); ++depth)
        goal = parents.value(goal);
    return depth;
}

QHash<QUuid, QUuid> parentsOf(const QVector<ListPositions::Entry> &goals)
{
    QHash<QUuid, QUuid> parents;
    for (const ListPositions::Entry &goal : goals)
        parents.insert(goal.uuid, goal.parentUuid);
    return parents;
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

Result<QVector<ListPositions::Entry>> ListPositions::read(const Table &table, qint64 owner)
{
    const bool goals = &table == &Rows::Goal;
    auto query = m_changes.statement(
        goals ? QStringLiteral("SELECT g.id, g.uuid, g.position, g.parent_id, p.uuid FROM goal g"
                               " LEFT JOIN goal p ON p.id = g.parent_id"
                               " WHERE g.project_id = ? ORDER BY g.position")
              : QStringLiteral("SELECT id, uuid, position FROM %1 WHERE %2 = ? ORDER BY position")
                    .arg(QLatin1String(table.name), QLatin1String(ownerColumn(table))));
    if (!query)
        return query.error();
    Statement &select = *query.value();
    select.bind(0, owner);
    if (auto done = select.run(); !done)
        return done.error();
    QVector<Entry> entries;
    while (select.next()) {
        Entry entry;
        entry.id = select.value(0).toLongLong();
        entry.uuid = Sql::toUuid(select.value(1));
        entry.position = select.value(2).toInt();
        if (goals) {
            entry.parent = select.value(3).toLongLong();
            entry.parentUuid = Sql::toUuid(select.value(4));
        }
        entries.append(entry);
    }
    select.finish();
    return entries;
}

Result<void> ListPositions::write(const Table &table, const QVector<Entry> &order)
{
    for (int i = 0; i < order.size(); ++i) {
        const Entry &entry = order.at(i);
        if (entry.position == i)
            continue;
        if (auto moved = m_changes.move(table, entry.id, entry.uuid, Rows::placeRow(entry.position),
                                        Rows::placeRow(i));
            !moved)
            return moved;
    }
    return {};
}

Result<int> ListPositions::makeRoom(const Table &table, qint64 owner, int position)
{
    auto entries = read(table, owner);
    if (!entries)
        return entries.error();
    const int at = clamped(position, entries->size());
    // Last first: a list is renumbered from its end, the way it grows.
    for (qsizetype i = entries->size() - 1; i >= at; --i) {
        const Entry &entry = entries->at(i);
        if (auto moved = m_changes.move(table, entry.id, entry.uuid, Rows::placeRow(entry.position),
                                        Rows::placeRow(int(i) + 1));
            !moved)
            return moved.error();
    }
    return at;
}

Result<void> ListPositions::closeGaps(const Table &table, qint64 owner)
{
    auto entries = read(table, owner);
    if (!entries)
        return entries.error();
    return write(table, entries.value());
}

Result<ListPositions::Moved> ListPositions::move(const Table &table, qint64 owner,
                                                 const QUuid &uuid, int position)
{
    auto entries = read(table, owner);
    if (!entries)
        return entries.error();
    QVector<Entry> &order = entries.value();
    const auto found = std::find_if(order.cbegin(), order.cend(),
                                    [&uuid](const Entry &entry) { return entry.uuid == uuid; });
    if (found == order.cend())
        return Error{Error::Kind::NotFound, Text::tr("It has been deleted by someone else.")};
    const int from = int(found - order.cbegin());
    const Entry moving = order.takeAt(from);
    const int to = clamped(position, order.size());
    order.insert(to, moving);
    if (auto written = write(table, order); !written)
        return written.error();
    return Moved{from, to};
}

Domain::Place ListPositions::placeOf(const QVector<Entry> &goals, qsizetype index)
{
    Domain::Place place{goals.at(index).parentUuid, 0};
    for (qsizetype i = 0; i < index; ++i) {
        if (goals.at(i).parentUuid == place.parent)
            ++place.position;
    }
    return place;
}

qsizetype ListPositions::subtreeEnd(const QVector<Entry> &goals, qsizetype index)
{
    QSet<QUuid> inside{goals.at(index).uuid};
    qsizetype end = index + 1;
    for (; end < goals.size() && inside.contains(goals.at(end).parentUuid); ++end)
        inside.insert(goals.at(end).uuid);
    return end;
}

Result<qsizetype> ListPositions::goalInsertion(const QVector<Entry> &goals, const QUuid &parent,
                                               int position, int height)
{
    qsizetype parentIndex = -1;
    if (!parent.isNull()) {
        const auto found =
            std::find_if(goals.cbegin(), goals.cend(),
                         [&parent](const Entry &entry) { return entry.uuid == parent; });
        if (found == goals.cend()) {
            return Error{
                Error::Kind::Invalid,
                Text::tr("parent: %1 is not a goal of this project").arg(uuidText(parent))};
        }
        parentIndex = found - goals.cbegin();
    }
    if (depthOf(parentsOf(goals), parent) + 1 + height > Domain::MaxGoalDepth) {
        return Error{Error::Kind::Invalid, Text::tr("parent: goals nest at most %1 levels deep")
                                               .arg(QString::number(Domain::MaxGoalDepth))};
    }
    int sibling = 0;
    for (qsizetype i = 0; i < goals.size(); ++i) {
        if (goals.at(i).parentUuid != parent)
            continue;
        if (sibling++ == position)
            return i;
    }
    // At the end of the parent's sub-goals: after the last of them and theirs.
    return parentIndex < 0 ? goals.size() : subtreeEnd(goals, parentIndex);
}

Result<int> ListPositions::makeRoomForGoals(qint64 project, const QUuid &parent, int position,
                                            int count, int height)
{
    auto goals = read(Rows::Goal, project);
    if (!goals)
        return goals.error();
    auto at = goalInsertion(goals.value(), parent, position, height);
    if (!at)
        return at.error();
    for (qsizetype i = goals->size() - 1; i >= at.value(); --i) {
        const Entry &entry = goals->at(i);
        if (auto moved =
                m_changes.move(Rows::Goal, entry.id, entry.uuid, Rows::placeRow(entry.position),
                               Rows::placeRow(int(i) + count));
            !moved)
            return moved.error();
    }
    return int(at.value());
}

Result<Domain::Place> ListPositions::moveGoal(qint64 project, const QUuid &goal,
                                              const QUuid &parent, int position)
{
    auto goals = read(Rows::Goal, project);
    if (!goals)
        return goals.error();
    const QVector<Entry> &stored = goals.value();
    const auto found = std::find_if(stored.cbegin(), stored.cend(),
                                    [&goal](const Entry &entry) { return entry.uuid == goal; });
    if (found == stored.cend())
        return Error{Error::Kind::NotFound, Text::tr("It has been deleted by someone else.")};
    const qsizetype from = found - stored.cbegin();
    const qsizetype end = subtreeEnd(stored, from);
    const QVector<Entry> subtree = stored.mid(from, end - from);
    const QHash<QUuid, QUuid> parents = parentsOf(stored);
    int height = 0;
    for (const Entry &entry : subtree) {
        if (entry.uuid == parent) {
            return Error{Error::Kind::Invalid,
                         Text::tr("parent: a goal cannot be moved under itself or one of its "
                                  "sub-goals")};
        }
        height = std::max(height, depthOf(parents, entry.uuid) - depthOf(parents, goal));
    }
    QVector<Entry> order = stored.mid(0, from) + stored.mid(end);
    auto at = goalInsertion(order, parent, position, height);
    if (!at)
        return at.error();
    const Domain::Place before = placeOf(stored, from);
    QVector<Entry> moving = subtree;
    Entry &root = moving.first();
    if (root.parentUuid != parent) {
        qint64 parentId = 0;
        for (const Entry &entry : order) {
            if (entry.uuid == parent)
                parentId = entry.id;
        }
        const int rootPosition = int(at.value());
        if (auto moved =
                m_changes.move(Rows::Goal, root.id, root.uuid,
                               Rows::goalPlaceRow(Ref{root.parent, root.parentUuid}, root.position),
                               Rows::goalPlaceRow(Ref{parentId, parent}, rootPosition));
            !moved)
            return moved.error();
        root.parent = parentId;
        root.parentUuid = parent;
        root.position = rootPosition;
    }
    for (qsizetype i = 0; i < moving.size(); ++i)
        order.insert(at.value() + i, moving.at(i));
    if (auto written = write(Rows::Goal, order); !written)
        return written.error();
    return before;
}

} // namespace Storage
