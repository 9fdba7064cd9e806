#pragma once

#include "models/domain/result.h"

namespace Storage {

class Database;

// One write transaction. SQLite starts it with BEGIN IMMEDIATE, so the write lock is taken up
// front and a second writer waits (busy timeout) instead of failing halfway. Rolls back on
// destruction unless commit() succeeded: an early return on error leaves the data as it was.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; check before writing.
    const Domain::Result<void> &started() const { return m_started; }

    Domain::Result<void> commit();

private:
    Database &m_database;
    Domain::Result<void> m_started;
    bool m_open = false;
};

} // namespace Storage
