#include "models/storage/transaction.h"

#include "models/storage/database.h"
#include "models/storage/sqlsupport.h"

namespace Storage {
namespace {

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

} // namespace

Transaction::Transaction(Database &database, Mode mode, Lock lock)
    : m_database(database)
{
    if (database.m_transactionDepth++ > 0)
        return; // joins the open transaction
    m_outermost = true;
    m_started = Sql::execute(database.connection(), beginStatement(database.driver(), mode));
    m_open = m_started.ok();
    if (m_open && lock == Lock::Exclusive &&
        database.driver() == ConnectionSettings::Driver::Postgres) {
        auto locked =
            Sql::run(database.connection(), QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                     {advisoryLockKey});
        if (!locked)
            m_started = locked.error();
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
