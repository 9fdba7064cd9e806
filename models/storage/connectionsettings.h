#pragma once

#include "models/domain/result.h"

#include <QMap>
#include <QString>

namespace Storage {

// Where the data lives: an SQLite file (the embedded default) or a PostgreSQL database shared
// by a project group.
struct ConnectionSettings
{
    enum class Driver { Sqlite, Postgres };

    Driver driver = Driver::Sqlite;
    QString file;  // SQLite
    QString host;  // PostgreSQL; empty with a service, or for libpq's default socket
    int port = -1; // -1: libpq's default (5432, or the service's)
    QString user;
    QString password;
    QString databaseName;
    // libpq connection parameters from the URL's query (sslmode, sslrootcert, connect_timeout,
    // application_name, service), passed on as they are; every one of them is known to work.
    QMap<QString, QString> parameters;
    // SQLite: false for a file being made that no other program opens yet (an import into a new
    // database): it is written without a write-ahead log, which saves writing every page twice,
    // and switched to one (Database::useWriteAheadLog) once complete.
    bool writeAheadLog = true;

    static ConnectionSettings sqlite(const QString &file);

    // Parses what --database takes: a file path, or a URL of the form
    // postgresql://[user[:password]@]host[:port]/database[?parameter=value&...] (also
    // postgres://), or postgresql:///?service=name for an entry of pg_service.conf. A URL
    // parameter Samspill does not pass on is refused by name, never dropped: a dropped
    // sslmode=require would send everything in plain text.
    static Domain::Result<ConnectionSettings> fromArgument(const QString &argument);

    // The URL parameters that are passed on to libpq.
    static QStringList supportedParameters();

    // For the status bar and messages; never shows the password.
    QString displayName() const;

    // The libpq options of the connection, as QPSQL takes them: "key='value';key='value'".
    QString postgresOptions() const;

    // text, which may hold a PostgreSQL URL, with any password in it replaced by ***, for
    // messages about a URL that could not even be parsed.
    static QString masked(const QString &text);
};

} // namespace Storage
