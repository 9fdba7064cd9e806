#include "models/storage/database.h"

#include "models/domain/text.h"
#include "models/storage/databasefiles.h"
#include "models/storage/meta.h"
#include "models/storage/sqlsupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Storage {
namespace {

using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::Database)
};

// How long SQLite itself waits for another program's write before our own loop takes over and
// tells the user that it is waiting (Transaction, configure()).
constexpr int busyTimeoutMs = 1000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("samspill-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString operatingSystemUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

// SQLite files start with this 16-byte header. Checked before SQLite touches the file, so that
// a text file given by mistake is refused untouched.
// A database that could be opened but not read: damaged, or (when the reason is the file
// system) not readable here.
Error damaged(const ConnectionSettings &settings, const Error &reason)
{
    return Error{Error::Kind::Format,
                 Text::tr("%1 is damaged and cannot be read: %2")
                     .arg(Domain::quoted(settings.displayName()), reason.message)};
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray header("SQLite format 3\0", 16);
    return file.read(header.size()) == header;
}

} // namespace

Database::Database(ConnectionSettings settings, Access access, QString connectionName,
                   Notifier notifier)
    : m_settings(std::move(settings))
    , m_access(access)
    , m_connectionName(std::move(connectionName))
    , m_notifier(std::move(notifier))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Domain::Result<std::unique_ptr<Database>> Database::open(const ConnectionSettings &settings,
                                                         Access access, Notifier notifier)
{
    QString readOnlyReason;
    if (settings.driver == ConnectionSettings::Driver::Sqlite) {
        const QFileInfo info(settings.file);
        const QString name = Domain::quoted(settings.displayName());
        if (info.exists() && !info.isFile())
            return Error{Error::Kind::Io, Text::tr("%1 is not a file.").arg(name)};
        if (!info.exists() && access == Access::ReadOnly)
            return Error{Error::Kind::Io, Text::tr("%1 does not exist.").arg(name)};
        if (info.exists() && !info.isReadable()) {
            return Error{Error::Kind::Io,
                         Text::tr("Cannot read %1: you have no permission to read it.").arg(name)};
        }
        if (info.exists() && info.size() > 0 && !hasSqliteHeader(settings.file)) {
            return Error{
                Error::Kind::Format,
                Text::tr("%1 is not a Samspill database: it is not an SQLite file.").arg(name)};
        }
        if (!info.exists()) {
            const QString folder = QDir::toNativeSeparators(info.absolutePath());
            if (!QDir().mkpath(info.absolutePath())) {
                return Error{Error::Kind::Io,
                             Text::tr("Cannot create the folder %1.").arg(Domain::quoted(folder))};
            }
            if (!QFileInfo(info.absolutePath()).isWritable()) {
                return Error{Error::Kind::Io,
                             Text::tr("Cannot create %1: the folder %2 is read-only to you.")
                                 .arg(name, Domain::quoted(folder))};
            }
        }
        if (access == Access::ReadWrite && info.exists()) {
            readOnlyReason = DatabaseFiles(settings.file).whyNotWritable();
            if (!readOnlyReason.isEmpty())
                access = Access::ReadOnly;
        }
    }

    std::unique_ptr<Database> database(
        new Database(settings, access, nextConnectionName(), std::move(notifier)));
    database->m_readOnlyReason = readOnlyReason;
    if (auto opened = database->openConnection(); !opened)
        return opened.error();
    if (auto inspected = database->inspectContent(); !inspected)
        return inspected.error();
    if (auto configured = database->configure(); !configured)
        return configured.error();
    return database;
}

void Database::notify(const QString &message) const
{
    if (m_notifier)
        m_notifier(message);
}

Domain::Result<void> Database::checkWritable()
{
    const QString name = Domain::quoted(m_settings.displayName());
    if (m_access == Access::ReadOnly) {
        if (m_readOnlyReason.isEmpty()) {
            return Error{
                Error::Kind::Invalid,
                Text::tr("%1 was opened for reading only; nothing was changed.").arg(name)};
        }
        return Error{Error::Kind::Io,
                     Text::tr("Cannot write to %1: %2.").arg(name, m_readOnlyReason)};
    }
    if (driver() != ConnectionSettings::Driver::Sqlite)
        return {};
    if (!m_soundness) {
        QStringList damage;
        auto check = Sql::run(connection(), QStringLiteral("PRAGMA quick_check"), {});
        if (!check) {
            damage.append(check.error().message);
        } else {
            while (check->next()) {
                const QString line = check->value(0).toString();
                if (line == QLatin1String("ok"))
                    continue;
                for (const QString &part : line.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    if (!part.startsWith(QLatin1String("***"))) // "*** in database main ***"
                        damage.append(Domain::printable(part));
                }
            }
        }
        if (damage.isEmpty()) {
            m_soundness = Domain::Result<void>();
        } else {
            const DatabaseFiles files(m_settings.file);
            const auto backups = files.backups();
            // samspill export cannot help here: it reads through the same damaged index and
            // fails as the check did. SQLite's own tool reads the tables alone, and a file it
            // could not read whole stays empty, which samspill check then says.
            const QFileInfo file(m_settings.file);
            const QString recovered = QDir::toNativeSeparators(
                file.dir().filePath(file.completeBaseName() + QStringLiteral("-recovered.sqlite")));
            const QString restore =
                backups.isEmpty()
                    ? Text::tr("There is no backup of it beside it. Restore it from your own "
                               "backup, or copy what can still be read into a new file with "
                               "the sqlite3 program: sqlite3 %1 .dump | sqlite3 %2; then run "
                               "samspill check on the new file and use it if no problems are "
                               "found.")
                          .arg(Domain::quoted(QDir::toNativeSeparators(m_settings.file)),
                               Domain::quoted(recovered))
                    : Text::tr("Restore the newest backup, %1 (taken %2): close every Samspill "
                               "that has the database open, then copy the backup over %3.")
                          .arg(Domain::quoted(QDir::toNativeSeparators(backups.first().path)),
                               QLocale().toString(backups.first().takenAt.toLocalTime(),
                                                  QLocale::ShortFormat),
                               name);
            m_soundness = Domain::Result<void>(
                Error{Error::Kind::Format,
                      Text::tr("%1 is damaged, so Samspill will not write to it: %2. %3")
                          .arg(name, damage.mid(0, 3).join(QStringLiteral("; ")), restore)});
        }
    }
    return *m_soundness;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::dialect(QString ddl) const
{
    const bool sqlite = driver() == ConnectionSettings::Driver::Sqlite;
    ddl.replace(QLatin1String("{id}"), sqlite ? QLatin1String("INTEGER PRIMARY KEY")
                                              : QLatin1String("BIGINT GENERATED BY DEFAULT AS "
                                                              "IDENTITY PRIMARY KEY"));
    ddl.replace(QLatin1String("{date}"), sqlite ? QLatin1String("TEXT") : QLatin1String("DATE"));
    ddl.replace(QLatin1String("{timestamp}"),
                sqlite ? QLatin1String("TEXT") : QLatin1String("TIMESTAMPTZ"));
    ddl.replace(QLatin1String("{uuid}"), sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    ddl.replace(QLatin1String("{bytes}"), sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    return ddl;
}

Domain::Result<void> Database::openConnection()
{
    const bool sqlite = driver() == ConnectionSettings::Driver::Sqlite;
    const QString driverName = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        return Error{Error::Kind::Database,
                     Text::tr("The Qt SQL driver %1 is not installed.").arg(driverName)};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, m_connectionName);
    if (sqlite) {
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        // A file nobody may write is read as immutable below when it can be: opening it
        // read-only in WAL mode would otherwise create -wal and -shm files owned by this user,
        // which lock the owner out.
        if (m_access == Access::ReadOnly &&
            !QFileInfo::exists(m_settings.file + QStringLiteral("-wal"))) {
            // Nobody has the file open and nothing waits in a write-ahead log: read it as
            // immutable, so that not even SQLite's -wal and -shm side files appear beside it.
            db.setDatabaseName(QUrl::fromLocalFile(m_settings.file).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?mode=ro&immutable=1"));
            options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
        } else {
            db.setDatabaseName(m_settings.file);
            if (m_access == Access::ReadOnly)
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        db.setConnectOptions(options);
    } else {
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        db.setDatabaseName(m_settings.databaseName);
        db.setConnectOptions(m_settings.postgresOptions());
    }
    if (!db.open()) {
        return Error{Error::Kind::Database,
                     Text::tr("Cannot open %1: %2")
                         .arg(Domain::quoted(m_settings.displayName()),
                              Domain::printable(db.lastError().text().trimmed()))};
    }
    if (sqlite) {
        m_author = operatingSystemUser();
        return Sql::execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    if (auto quiet = Sql::execute(db, QStringLiteral("SET client_min_messages TO warning")); !quiet)
        return quiet;
    auto role = Sql::run(db, QStringLiteral("SELECT current_user"), {});
    if (!role)
        return role.error();
    QSqlQuery &query = role.value();
    m_author = query.next() ? query.value(0).toString() : QStringLiteral("unknown");
    return {};
}

Domain::Result<QStringList> Database::tableNames()
{
    const bool sqlite = driver() == ConnectionSettings::Driver::Sqlite;
    auto query =
        Sql::run(connection(),
                 sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                         " AND name NOT LIKE 'sqlite_%'")
                        : QStringLiteral("SELECT table_name FROM information_schema.tables"
                                         " WHERE table_schema = current_schema()"),
                 {});
    if (!query) {
        return damaged(m_settings, query.error());
    }
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

Domain::Result<void> Database::inspectContent()
{
    auto tables = tableNames();
    if (!tables)
        return tables.error();
    if (tables->isEmpty()) {
        m_content = Content::Empty;
        return {};
    }
    if (tables->contains(QLatin1String("samspill_meta"))) {
        auto application = Meta::value(*this, QStringLiteral("application"));
        if (!application)
            return damaged(m_settings, application.error());
        if (application->value_or(QString()) == QLatin1String("samspill")) {
            m_content = Content::Samspill;
            return {};
        }
    }
    return Error{Error::Kind::Format,
                 Text::tr("%1 is not a Samspill database: it holds tables of another program.")
                     .arg(Domain::quoted(m_settings.displayName()))};
}

Domain::Result<void> Database::configure()
{
    if (driver() != ConnectionSettings::Driver::Sqlite || m_access == Access::ReadOnly)
        return {};
    // Only now, with the file known to be empty or ours, settings that write to it. A file of
    // ours not yet in WAL mode (one an import of an earlier version made) is checked first:
    // switching the journal mode writes its header, and a file that fails its quick check is
    // never written to. Its writes are refused later, by checkWritable().
    bool sound = true;
    if (m_settings.writeAheadLog && m_content == Content::Samspill) {
        auto mode = Sql::run(connection(), QStringLiteral("PRAGMA journal_mode"), {});
        const bool inWal =
            mode && mode->next() &&
            mode->value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (mode)
            mode->finish(); // the mode cannot change while a statement is open
        if (!inWal)
            sound = checkWritable().ok();
    }
    if (m_settings.writeAheadLog && sound) {
        if (auto wal = useWriteAheadLog(); !wal)
            return wal;
        if (auto normal = Sql::execute(connection(), QStringLiteral("PRAGMA synchronous = NORMAL"));
            !normal)
            return normal;
    }
    // A page cache of up to 32 MB, not SQLite's 2 MB: an import of a portfolio writes thousands
    // of pages in one transaction, and a cache that spills re-reads and re-zeroes them.
    return Sql::execute(connection(), QStringLiteral("PRAGMA cache_size = -32768"));
}

Domain::Result<void> Database::useWriteAheadLog()
{
    if (driver() != ConnectionSettings::Driver::Sqlite)
        return {};
    // Switching to WAL needs the file to itself and does not wait for a busy file: while
    // another program sets up the same new file, try again until it is done or the wait has
    // gone on too long.
    QElapsedTimer waited;
    waited.start();
    bool told = false;
    for (;;) {
        bool inWal = false;
        if (auto mode = Sql::run(connection(), QStringLiteral("PRAGMA journal_mode"), {});
            mode && mode->next()) {
            inWal =
                mode->value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        } // the query ends here: the mode cannot change while a statement is open
        if (inWal)
            return {};
        auto wal = Sql::execute(connection(), QStringLiteral("PRAGMA journal_mode = WAL"));
        if (wal)
            return {};
        if (waited.elapsed() > MaxWaitMs)
            return wal;
        if (!told && waited.elapsed() > busyTimeoutMs) {
            notify(Text::tr("Waiting for another program that is setting up %1 ...")
                       .arg(Domain::quoted(m_settings.displayName())));
            told = true;
        }
        QThread::msleep(20);
    }
}

} // namespace Storage
