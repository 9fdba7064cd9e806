#pragma once

#include "models/domain/result.h"
#include "models/storage/connectionsettings.h"

#include <QStringList>

namespace Storage {

struct CheckReport
{
    QString location;
    int schemaVersion = 0;
    int latestVersion = 0;
    int projects = 0;
    int measures = 0;
    QStringList problems; // empty: the database is sound
};

// Looks a database over without changing it: an SQLite file is opened read-only, after its
// header says it is SQLite at all. A file that is not a Samspill database is an Error; a
// Samspill database with damage comes back with its problems listed.
class DatabaseCheck
{
public:
    static Domain::Result<CheckReport> run(const ConnectionSettings &settings);
};

} // namespace Storage
