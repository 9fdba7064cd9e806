#pragma once

#include "models/domain/result.h"

namespace Storage {

class Database;

// Carries the change history of schema version 2 (change_history: one row per field, with
// UUIDs and times as text) over into version 3's change sets and events, inside the migration's
// transaction. Every recorded fact is kept: who, when, which entity, and each field's value
// before an update or delete and after an update. What an insert wrote is not copied, because
// the row (or the first later update's before value, or a delete's row) holds it.
class HistoryConversion
{
public:
    static Domain::Result<void> fromVersionTwo(Database &database);
};

} // namespace Storage
