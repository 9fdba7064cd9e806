#pragma once

#include "models/domain/result.h"

#include <QString>

namespace Storage {

// Where the data lives: an SQLite file (the embedded default) or a PostgreSQL database shared
// by a project group.
struct ConnectionSettings
{
    enum class Driver { Sqlite, Postgres };

    Driver driver = Driver::Sqlite;
    QString file; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    static ConnectionSettings sqlite(const QString &file);

    // Parses what --database takes: a file path, or a URL of the form
    // postgresql://user[:password]@host[:port]/database (also postgres://).
    static Domain::Result<ConnectionSettings> fromArgument(const QString &argument);

    // For the status bar and messages; never shows the password.
    QString displayName() const;
};

} // namespace Storage
