#pragma once

#include "models/domain/portfolio.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QUuid>

namespace Storage {

class Database;

// Rebuilds a project as it stood at a past time from what is stored now and the change
// history: each entity of the project is taken as the history records it (exchange-format
// field names and text values), and the project's events after that time are undone newest
// first: an insert removes the entity, an update puts back the values it replaced, a delete
// brings the row back whole. What is left is turned back into domain values.
//
// This relies on two things every writer keeps: every write records its event in the same
// transaction (ChangeWriter), and positions are the indices 0..n-1 of their lists (goals: of
// the project's goals in pre-order), renumbered by whoever reorders or removes.
class ProjectAsOf
{
public:
    static Domain::Result<Domain::ProjectBundle> rebuild(Database &database, const QUuid &project,
                                                         const QDateTime &at);
};

} // namespace Storage
