#pragma once

#include "models/domain/result.h"
#include "models/storage/connectionsettings.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;

namespace Storage {

// One open, named connection to a Samspill database. The connection belongs to the thread that
// opened it; everything in storage runs on that thread. The Database outlives every repository
// built on it, and closes and removes its connection when destroyed.
//
// Opening never modifies a file that is not a Samspill database: a file that is not SQLite, or
// an SQLite file with tables of another program, is refused before anything is written.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // What was found on opening: an empty database (new), or a Samspill schema of some version.
    enum class Content { Empty, Samspill };

    static Domain::Result<std::unique_ptr<Database>> open(const ConnectionSettings &settings,
                                                          Access access = Access::ReadWrite);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const ConnectionSettings &settings() const { return m_settings; }
    ConnectionSettings::Driver driver() const { return m_settings.driver; }
    Access access() const { return m_access; }
    Content contentAtOpen() const { return m_content; }

    // Who the change history names as the author of this connection's writes: the OS user for
    // SQLite, the database role for PostgreSQL.
    QString author() const { return m_author; }

    QSqlDatabase connection() const;

    // Data-definition text for this driver: replaces {id}, {date} and {timestamp} in schema
    // statements with the driver's column types. Never used for values.
    QString dialect(QString ddl) const;

    // The tables of the database, read through a query so that a damaged file is reported
    // instead of looking empty.
    Domain::Result<QStringList> tableNames();

private:
    friend class Transaction; // keeps m_transactionDepth

    Database(ConnectionSettings settings, Access access, QString connectionName);
    Domain::Result<void> openConnection();
    Domain::Result<void> inspectContent();
    Domain::Result<void> configure();

    ConnectionSettings m_settings;
    Access m_access;
    QString m_connectionName;
    QString m_author;
    Content m_content = Content::Empty;
    int m_transactionDepth = 0;
};

} // namespace Storage
