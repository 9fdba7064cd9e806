#pragma once

#include "models/domain/result.h"

#include <QString>

#include <optional>

namespace Storage {

class Database;

// The samspill_meta table: facts about the database itself (application, schema_version,
// seeded). Each write is one statement: atomic on its own, or part of the caller's transaction.
class Meta
{
public:
    // Whether the built-in data was put in, or why not: present once that was decided (when
    // the database was seeded, or first imported into), so it is decided once.
    static inline const QString SeededKey = QStringLiteral("seeded");

    static Domain::Result<std::optional<QString>> value(Database &database, const QString &key);
    static Domain::Result<void> setValue(Database &database, const QString &key,
                                         const QString &value);
};

} // namespace Storage
