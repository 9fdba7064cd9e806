#pragma once

#include "models/storage/database.h"
#include "models/storage/migrations.h"
#include "tests/support/scratchdatabase.h"

#include <QByteArray>
#include <QString>

#include <memory>

// A fresh database for one test, opened and migrated to the latest schema: a scratch SQLite
// file or PostgreSQL database as SAMSPILL_TEST_DRIVER says. Check ready() first:
//     StorageFixture fixture;
//     QVERIFY2(fixture.ready(), qPrintable(fixture.problem()));
class StorageFixture
{
public:
    explicit StorageFixture(
        Storage::ConnectionSettings::Driver driver = TestSupport::driverUnderTest())
        : m_scratch(driver)
    {
        if (!m_scratch.isValid()) {
            m_problem = m_scratch.error();
            return;
        }
        auto opened = Storage::Database::open(m_scratch.settings());
        if (!opened) {
            m_problem = opened.error().message;
            return;
        }
        m_database = std::move(opened).value();
        auto migrated = Storage::Migrations::migrate(*m_database);
        if (!migrated)
            m_problem = migrated.error().message;
    }

    bool ready() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    Storage::Database &database() { return *m_database; }
    const Storage::ConnectionSettings &settings() const { return m_scratch.settings(); }
    const TestSupport::ScratchDatabase &scratch() const { return m_scratch; }

    // Closes the connection, as quitting the program would.
    void close() { m_database.reset(); }

    // Every row of every table, for "nothing changed" assertions.
    QStringList dump() const { return TestSupport::dumpData(m_scratch.settings()); }

private:
    TestSupport::ScratchDatabase m_scratch;
    std::unique_ptr<Storage::Database> m_database;
    QString m_problem;
};

// The message of a failed result, for QVERIFY2; empty for a success.
template <typename T>
const char *failure(const Domain::Result<T> &result)
{
    static QByteArray text;
    text = result ? QByteArray() : result.error().message.toUtf8();
    return text.constData();
}

#define SAMSPILL_FIXTURE(name)                                                                     \
    StorageFixture name;                                                                           \
    QVERIFY2(name.ready(), qPrintable(name.problem()))
