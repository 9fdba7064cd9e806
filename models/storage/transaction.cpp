#include "models/storage/transaction.h"

#include "models/storage/database.h"
#include "models/storage/sqlsupport.h"

namespace Storage {

Transaction::Transaction(Database &database)
    : m_database(database)
{
    const bool sqlite = database.driver() == ConnectionSettings::Driver::Sqlite;
    m_started = Sql::execute(database.connection(),
                             sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_open = m_started.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)Sql::execute(m_database.connection(), QStringLiteral("ROLLBACK"));
}

Domain::Result<void> Transaction::commit()
{
    if (!m_open)
        return m_started.ok() ? Domain::Result<void>() : m_started;
    auto committed = Sql::execute(m_database.connection(), QStringLiteral("COMMIT"));
    if (committed)
        m_open = false;
    return committed;
}

} // namespace Storage
