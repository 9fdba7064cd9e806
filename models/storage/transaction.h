#pragma once

#include "models/domain/result.h"

namespace Storage {

class Database;

// One transaction on a Database. A write transaction on SQLite starts with BEGIN IMMEDIATE, so
// the write lock is taken up front and a second writer waits (busy timeout) instead of failing
// halfway; on PostgreSQL it also takes Samspill's advisory lock when asked to (Lock::Exclusive),
// for the few writes that must not run twice at once (migrations, the seed). A read
// transaction sees one consistent snapshot of everything it reads.
//
// A write that can be done another time (keeping derived rows, Domain::KeptRows) asks
// Wait::Once: on SQLite it tries to begin once (with SQLite's own short busy timeout) and gives
// up, without a word to the user, while another program writes.
//
// Rolls back on destruction unless commit() succeeded: an early return on error leaves the
// data as it was. A Transaction begun while another is open on the same Database joins it:
// only the outermost one begins, commits and rolls back.
class Transaction
{
public:
    enum class Mode { Write, Read };
    enum class Lock { Normal, Exclusive };
    enum class Wait { AsLongAsNeeded, Once };

    explicit Transaction(Database &database, Mode mode = Mode::Write, Lock lock = Lock::Normal,
                         Wait wait = Wait::AsLongAsNeeded);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; check before writing.
    const Domain::Result<void> &started() const { return m_started; }

    Domain::Result<void> commit();

private:
    Database &m_database;
    Domain::Result<void> m_started;
    bool m_outermost = false;
    bool m_open = false;
};

// Runs work, which begins and commits a Transaction of its own, once more when it failed for a
// reason another try can overcome (Error::Kind::Transient: on PostgreSQL a serialization failure
// or a deadlock with another program), up to maxAttempts times. Only for the outermost
// transaction: a joined one cannot be tried again on its own.
template <typename Work>
auto retried(Work work, int maxAttempts = 5) -> decltype(work())
{
    for (int attempt = 1;; ++attempt) {
        auto result = work();
        if (result || result.error().kind != Domain::Error::Kind::Transient ||
            attempt >= maxAttempts)
            return result;
    }
}

} // namespace Storage
