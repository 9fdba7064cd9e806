#pragma once

#include "models/domain/editrepository.h"
#include "models/domain/result.h"
#include "models/storage/changewriter.h"

#include <QUuid>
#include <QVector>

namespace Storage {

// The places of entities in their lists, kept 0..n-1. A list is the rows of one table with one
// owner: a project's participants, members, measures, milestones, risks and budget lines, a
// goal's indicators, a measure's activities; and a project's goals, one list in pre-order (a
// goal before its sub-goals, siblings in their order) whose tree is kept by each goal's parent.
//
// Every place that changes is written and recorded through the ChangeWriter of the transaction
// (ChangeWriter::move: no version changes, see there), so that the history can rebuild every
// list as it was. Internal to storage; used inside a Transaction.
class ListPositions
{
public:
    explicit ListPositions(ChangeWriter &changes)
        : m_changes(changes)
    {}

    // One entry of a list as stored. parent and parentUuid only for goals.
    struct Entry
    {
        qint64 id = 0;
        QUuid uuid;
        int position = 0;
        qint64 parent = 0;
        QUuid parentUuid;
    };

    // The list of table (one of Rows::) whose owner has the key owner, in order.
    Domain::Result<QVector<Entry>> read(const Table &table, qint64 owner);

    // Makes room at position (AtEnd, or beyond the end: the end) by moving what is there and
    // after it one place on; returns the place the new entry is to take.
    Domain::Result<int> makeRoom(const Table &table, qint64 owner, int position);
    // Renumbers the list 0..n-1 in its order, after entries were removed from it.
    Domain::Result<void> closeGaps(const Table &table, qint64 owner);
    // Where a move took an entry from and to; equal when it stayed.
    struct Moved
    {
        int from = 0;
        int to = 0;
    };
    // Moves the entry to position (AtEnd, or beyond the end: the end).
    Domain::Result<Moved> move(const Table &table, qint64 owner, const QUuid &uuid, int position);

    // Goals of project: makes room for a goal with `height` levels of sub-goals below it (0: none)
    // to go under parent (null: a main goal) at position among parent's sub-goals, and returns
    // its place in the pre-order list; the entries to insert there follow it. Refused as
    // Invalid when parent is no goal of the project or the tree would grow deeper than
    // Domain::MaxGoalDepth.
    Domain::Result<int> makeRoomForGoals(qint64 project, const QUuid &parent, int position,
                                         int count, int height);
    // Moves a goal with its sub-goals under parent at position among its sub-goals, and returns
    // where it was. Refused as Invalid when parent is the goal itself or one of its sub-goals,
    // is no goal of the project, or the tree would grow too deep.
    Domain::Result<Domain::Place> moveGoal(qint64 project, const QUuid &goal, const QUuid &parent,
                                           int position);
    // Where a goal sits: its parent and its place among that parent's sub-goals.
    static Domain::Place placeOf(const QVector<Entry> &goals, qsizetype index);
    // The index after the goal at index and its sub-goals (they follow it in pre-order).
    static qsizetype subtreeEnd(const QVector<Entry> &goals, qsizetype index);

private:
    // Writes the places of order (and for goals, each one's parent) where they differ from
    // what is stored.
    Domain::Result<void> write(const Table &table, const QVector<Entry> &order);
    static Domain::Result<qsizetype> goalInsertion(const QVector<Entry> &goals, const QUuid &parent,
                                                   int position, int height);

    ChangeWriter &m_changes;
};

} // namespace Storage
