#include "models/storage/transaction.h"

#include "models/domain/text.h"
#include "models/storage/database.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace Storage {
namespace {

using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::Transaction)
};

// Samspill's key for pg_advisory_xact_lock: "SAMS" in ASCII.
constexpr qint64 advisoryLockKey = 0x53414d53;

QString beginStatement(ConnectionSettings::Driver driver, Transaction::Mode mode)
{
    if (driver == ConnectionSettings::Driver::Sqlite) {
        return mode == Transaction::Mode::Write ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("BEGIN");
    }
    return mode == Transaction::Mode::Write
               ? QStringLiteral("BEGIN")
               : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString waitingMessage(const Database &database)
{
    return Text::tr("Waiting for another program that is writing to %1 ...")
        .arg(Domain::quoted(database.settings().displayName()));
}

Error gaveUp(const Database &database)
{
    return Error{Error::Kind::Database,
                 Text::tr("%1 has been busy with another program's work for %2 minutes; nothing "
                          "was changed. Try again when it is done.")
                     .arg(Domain::quoted(database.settings().displayName()),
                          QString::number(Database::MaxWaitMs / 60000))};
}

// BEGIN, waiting for as long as another program reasonably needs: SQLite's own busy timeout
// waits a second, then the user is told, and the wait goes on up to Database::MaxWaitMs.
// Wait::Once gives up after SQLite's own wait, untold.
Domain::Result<void> begin(Database &database, Transaction::Mode mode, Transaction::Wait wait)
{
    const QString statement = beginStatement(database.driver(), mode);
    QElapsedTimer waited;
    waited.start();
    bool told = false;
    for (;;) {
        QSqlQuery query(database.connection());
        if (query.exec(statement))
            return {};
        if (!Sql::isBusy(query.lastError()) || wait == Transaction::Wait::Once)
            return Sql::errorOf(query);
        if (waited.elapsed() > Database::MaxWaitMs)
            return gaveUp(database);
        if (!told) {
            database.notify(waitingMessage(database));
            told = true;
        }
    }
}

// Samspill's server-side lock on PostgreSQL, for the writes that must not run twice at once
// (migrations, the seed, imports). Another program holding it is waited for, and the user told.
Domain::Result<void> lockExclusively(Database &database)
{
    auto tried = Sql::run(database.connection(),
                          QStringLiteral("SELECT pg_try_advisory_xact_lock(?)"), {advisoryLockKey});
    if (!tried)
        return tried.error();
    if (tried->next() && tried->value(0).toBool())
        return {};
    tried->finish();
    database.notify(waitingMessage(database));
    auto locked = Sql::run(database.connection(), QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                           {advisoryLockKey});
    return locked ? Domain::Result<void>() : Domain::Result<void>(locked.error());
}

} // namespace

Transaction::Transaction(Database &database, Mode mode, Lock lock, Wait wait)
    : m_database(database)
{
    if (database.m_transactionDepth++ > 0)
        return; // joins the open transaction
    m_outermost = true;
    if (mode == Mode::Write) {
        m_started = database.checkWritable();
        if (!m_started)
            return;
    }
    m_started = begin(database, mode, wait);
    m_open = m_started.ok();
    if (m_open && lock == Lock::Exclusive &&
        database.driver() == ConnectionSettings::Driver::Postgres) {
        m_started = lockExclusively(database);
    }
}

Transaction::~Transaction()
{
    --m_database.m_transactionDepth;
    if (m_open)
        (void)Sql::execute(m_database.connection(), QStringLiteral("ROLLBACK"));
}

Domain::Result<void> Transaction::commit()
{
    if (!m_started)
        return m_started;
    if (!m_outermost)
        return {}; // the outermost transaction commits
    if (!m_open)
        return {};
    auto committed = Sql::execute(m_database.connection(), QStringLiteral("COMMIT"));
    if (committed)
        m_open = false;
    return committed;
}

} // namespace Storage
