#pragma once

#include "models/domain/result.h"

#include <QString>

namespace Storage {

class Database;

struct MigrationReport
{
    int fromVersion = 0; // 0: the database was empty and has been created
    int toVersion = 0;
    QString backupFile; // SQLite: the copy taken before an existing file was migrated
};

// The ordered, versioned schema migrations. Each runs in its own transaction together with the
// update of samspill_meta.schema_version, so a failure leaves the database at the last version
// that completed. Before an existing SQLite file is migrated, a copy is taken beside it.
class Migrations
{
public:
    static int latestVersion();

    // The version recorded in the database; 0 for an empty one.
    static Domain::Result<int> schemaVersion(Database &database);

    // Brings the database to targetVersion (by default the latest). Refuses a database made by
    // a newer Samspill.
    static Domain::Result<MigrationReport> migrate(Database &database, int targetVersion = -1);
};

} // namespace Storage
