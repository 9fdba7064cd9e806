#pragma once

#include "models/storage/connectionsettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

// Which database the storage tests run against: SAMSPILL_TEST_DRIVER=sqlite (the default) or
// postgresql. The PostgreSQL server is named by SAMSPILL_TEST_PG, a URL such as
// postgresql://postgres@127.0.0.1:5433/postgres for a role that may create databases.
Storage::ConnectionSettings::Driver driverUnderTest();
QString postgresAdminUrl(); // empty when no server is given

// A new, empty database for one test: an SQLite file in a temporary folder, or a PostgreSQL
// database with a unique name, dropped again on destruction. Every test gets its own, so
// tests never see each other's data and may run in parallel.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(Storage::ConnectionSettings::Driver driver = driverUnderTest());
    ~ScratchDatabase();

    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const Storage::ConnectionSettings &settings() const { return m_settings; }
    QString folder() const { return m_folder.path(); }

private:
    Storage::ConnectionSettings m_settings;
    QTemporaryDir m_folder;
    QString m_error;
};

// Every row of every table of the database, as text in a stable order: two dumps are equal
// exactly when the stored data is. For "nothing changed" assertions. A dump that could not be
// taken holds an "ERROR: " line unique to it, so it never equals another dump.
QStringList dumpData(const Storage::ConnectionSettings &settings);

// Runs the statements in order on a connection of its own, as another program would (no
// foreign keys switched on, no Samspill checks). Returns the first failure's text; empty when
// every statement succeeded.
QString executeRaw(const Storage::ConnectionSettings &settings, const QStringList &statements);

// The rows of one query on a connection of its own, each as its values joined by '|' (NULL for
// null). A failure comes back as a single row starting with "ERROR: ".
QStringList queryRaw(const Storage::ConnectionSettings &settings, const QString &statement);

// The bytes of a file; empty when it cannot be read.
QByteArray fileContents(const QString &path);

} // namespace TestSupport
