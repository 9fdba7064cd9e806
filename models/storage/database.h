#pragma once

#include "models/domain/result.h"
#include "models/storage/connectionsettings.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace Storage {

// One open, named connection to a Samspill database. The connection belongs to the thread that
// opened it; everything in storage runs on that thread. The Database outlives every repository
// built on it, and closes and removes its connection when destroyed.
//
// Opening never modifies a file that is not a Samspill database: a file that is not SQLite, or
// an SQLite file with tables of another program, is refused before anything is written.
//
// An SQLite file this user may not write (a read-only file or folder, or a side file another
// user left) is opened read-only, so that a reader leaves nothing behind that would lock out
// the owner; a write on it is refused with the reason. A file that fails SQLite's quick check is
// never written to either: the first write transaction checks it, and a file of ours not yet in
// WAL mode is checked on opening, before the switch to WAL mode would write its header.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // What was found on opening: an empty database (new), or a Samspill schema of some version.
    enum class Content { Empty, Samspill };

    // Told when a write has to wait for another program, in words for the user.
    using Notifier = std::function<void(const QString &)>;

    // How long a writer waits for another program's write before it gives up: long enough for
    // an import of a whole portfolio.
    static constexpr int MaxWaitMs = 10 * 60 * 1000;

    static Domain::Result<std::unique_ptr<Database>> open(const ConnectionSettings &settings,
                                                          Access access = Access::ReadWrite,
                                                          Notifier notifier = {});
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const ConnectionSettings &settings() const { return m_settings; }
    ConnectionSettings::Driver driver() const { return m_settings.driver; }
    // ReadOnly also when ReadWrite was asked for but the file cannot be written.
    Access access() const { return m_access; }
    Content contentAtOpen() const { return m_content; }

    // Why the database was opened read-only although writing was asked for; empty otherwise.
    const QString &readOnlyReason() const { return m_readOnlyReason; }

    // Whether a write may begin: not on a database opened read-only, nor on one that fails
    // SQLite's quick check (run once, before the first write). The error says why and, for a
    // damaged file, which backup to restore.
    Domain::Result<void> checkWritable();

    // Puts an SQLite database in WAL mode (the mode it is used in), waiting while another
    // program sets up the same file. For a database made without a write-ahead log (see
    // ConnectionSettings::writeAheadLog) once it is complete; nothing on PostgreSQL.
    Domain::Result<void> useWriteAheadLog();

    // Passes a message on to whoever opened the database (a terminal, a window).
    void notify(const QString &message) const;

    // Who the change history names as the author of this connection's writes: the OS user for
    // SQLite, the database role for PostgreSQL.
    QString author() const { return m_author; }

    QSqlDatabase connection() const;

    // Data-definition text for this driver: replaces {id}, {date}, {timestamp}, {uuid} (16
    // bytes) and {bytes} (any bytes) in schema statements with the driver's column types. Never
    // used for values.
    QString dialect(QString ddl) const;

    // The tables of the database, read through a query so that a damaged file is reported
    // instead of looking empty.
    Domain::Result<QStringList> tableNames();

private:
    friend class Transaction; // keeps m_transactionDepth

    Database(ConnectionSettings settings, Access access, QString connectionName, Notifier notifier);
    Domain::Result<void> openConnection();
    Domain::Result<void> inspectContent();
    Domain::Result<void> configure();

    ConnectionSettings m_settings;
    Access m_access;
    QString m_connectionName;
    QString m_author;
    Content m_content = Content::Empty;
    QString m_readOnlyReason;
    Notifier m_notifier;
    std::optional<Domain::Result<void>> m_soundness; // the quick check's verdict, once run
    int m_transactionDepth = 0;
};

} // namespace Storage
