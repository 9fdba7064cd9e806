#include "models/storage/databasefiles.h"

#include "models/domain/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Storage {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::DatabaseFiles)
};

const char *const sideSuffixes[] = {"-wal", "-shm", "-journal"};

// The path a link leads to, followed to its end even when the end does not exist (yet).
QString resolved(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        current = info.symLinkTarget(); // absolute
    }
    const QFileInfo info(current);
    if (info.exists())
        return info.canonicalFilePath();
    // A file to be created: its folder's canonical path and its own name.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(current) : QDir(folder).filePath(info.fileName());
}

struct Identity
{
    quint64 device = 0;
    quint64 inode = 0;
    bool valid = false;
};

Identity identityOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status
    {};
    if (::stat(QFile::encodeName(path).constData(), &status) == 0)
        return Identity{quint64(status.st_dev), quint64(status.st_ino), true};
#else
    Q_UNUSED(path)
#endif
    return {};
}

bool canWrite(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

QString ownerOf(const QString &path)
{
    const QString owner = QFileInfo(path).owner();
    return owner.isEmpty() ? QString::number(QFileInfo(path).ownerId()) : owner;
}

// samspill.sqlite.backup-v2-20261201T101530Z (and .2, .3 when taken in the same second), and
// the names of earlier versions: samspill.sqlite.schema-v1.bak, .bak.2, ...
const QRegularExpression &backupPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\A\\.(?:backup-v(\\d+)-(\\d{8}T\\d{6}Z)(?:\\.\\d+)?|schema-v(\\d+)\\.bak(?"
                       ":\\.\\d+)?)\\z"));
    return pattern;
}

} // namespace

DatabaseFiles::DatabaseFiles(QString databaseFile)
    : m_file(std::move(databaseFile))
{}

QStringList DatabaseFiles::sideFiles() const
{
    QStringList files;
    for (const char *suffix : sideSuffixes)
        files.append(m_file + QLatin1String(suffix));
    return files;
}

bool DatabaseFiles::owns(const QString &path) const
{
    const QString target = resolved(path);
    const QString database = resolved(m_file);
    if (target == database)
        return true;
    const QFileInfo targetInfo(target);
    const QFileInfo databaseInfo(database);
    if (targetInfo.absolutePath() == databaseInfo.absolutePath()) {
        const QString name = targetInfo.fileName();
        const QString base = databaseInfo.fileName();
        for (const char *suffix : sideSuffixes) {
            if (name == base + QLatin1String(suffix))
                return true;
        }
        if (name.startsWith(base) && backupPattern().match(name.mid(base.size())).hasMatch())
            return true;
    }
    const Identity identity = identityOf(target);
    if (!identity.valid)
        return false;
    QStringList ours{m_file};
    ours += sideFiles();
    for (const Backup &backup : backups())
        ours.append(backup.path);
    for (const QString &file : ours) {
        const Identity other = identityOf(file);
        if (other.valid && other.device == identity.device && other.inode == identity.inode)
            return true;
    }
    return false;
}

QStringList DatabaseFiles::blockingSideFiles() const
{
    QStringList blocking;
    for (const QString &side : sideFiles()) {
        if (QFileInfo::exists(side) && !canWrite(side)) {
            blocking.append(Text::tr("%1 belongs to the user %2 and cannot be written by you")
                                .arg(Domain::quoted(QDir::toNativeSeparators(side)),
                                     Domain::printable(ownerOf(side))));
        }
    }
    return blocking;
}

QString DatabaseFiles::whyNotWritable() const
{
    const QString folder = QFileInfo(m_file).absolutePath();
    if (QFileInfo::exists(m_file) && !canWrite(m_file)) {
        return Text::tr("you may read it but not change it");
    }
    if (!canWrite(folder)) {
        return Text::tr("its folder %1 is read-only to you, and SQLite keeps its journal there")
            .arg(Domain::quoted(QDir::toNativeSeparators(folder)));
    }
    const QStringList blocking = blockingSideFiles();
    if (!blocking.isEmpty())
        return blocking.join(QStringLiteral("; "));
    return {};
}

Domain::Result<void> DatabaseFiles::moveTo(const QString &target) const
{
    using Domain::Error;
    const QFileInfo wal(m_file + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        return Error{Error::Kind::Io, Text::tr("%1 is still open elsewhere, so it was not given "
                                               "its name.")
                                          .arg(Domain::quoted(QDir::toNativeSeparators(m_file)))};
    }
#ifdef Q_OS_UNIX
    // A hard link is made only where no file is: the move cannot replace one that appeared.
    if (::link(QFile::encodeName(m_file).constData(), QFile::encodeName(target).constData()) != 0) {
        const int reason = errno;
        return Error{reason == EEXIST ? Error::Kind::Conflict : Error::Kind::Io,
                     reason == EEXIST
                         ? Text::tr("%1 was created by another program meanwhile; nothing was "
                                    "put in its place.")
                               .arg(Domain::quoted(QDir::toNativeSeparators(target)))
                         : Text::tr("Cannot create %1: %2")
                               .arg(Domain::quoted(QDir::toNativeSeparators(target)),
                                    QString::fromLocal8Bit(std::strerror(reason)))};
    }
    QFile::remove(m_file);
#else
    if (!QFile::rename(m_file, target)) {
        return Error{
            Error::Kind::Io,
            Text::tr("Cannot create %1.").arg(Domain::quoted(QDir::toNativeSeparators(target)))};
    }
#endif
    return {};
}

void DatabaseFiles::removeAll() const
{
    QFile::remove(m_file);
    for (const QString &side : sideFiles())
        QFile::remove(side);
}

QVector<DatabaseFiles::Backup> DatabaseFiles::backups() const
{
    const QFileInfo database(m_file);
    const QString base = database.fileName();
    QVector<Backup> found;
    const QDir folder = database.absoluteDir();
    const QStringList names =
        folder.entryList({base + QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = backupPattern().match(name.mid(base.size()));
        if (!match.hasMatch())
            continue;
        Backup backup;
        backup.path = folder.filePath(name);
        if (!match.captured(1).isEmpty()) {
            backup.schemaVersion = match.captured(1).toInt();
            backup.takenAt =
                QDateTime::fromString(match.captured(2), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            backup.takenAt.setTimeSpec(Qt::UTC);
        } else {
            backup.schemaVersion = match.captured(3).toInt();
        }
        if (!backup.takenAt.isValid())
            backup.takenAt = QFileInfo(backup.path).lastModified().toUTC();
        found.append(backup);
    }
    std::sort(found.begin(), found.end(), [](const Backup &a, const Backup &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return found;
}

QString DatabaseFiles::newBackupPath(int schemaVersion, const QDateTime &now) const
{
    const QString base = QStringLiteral("%1.backup-v%2-%3")
                             .arg(m_file, QString::number(schemaVersion),
                                  now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    QString path = base;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QLatin1Char('.') + QString::number(n);
    return path;
}

QStringList DatabaseFiles::pruneBackups() const
{
    QStringList removed;
    const QVector<Backup> all = backups();
    for (qsizetype i = KeptBackups; i < all.size(); ++i) {
        if (QFile::remove(all.at(i).path))
            removed.append(all.at(i).path);
    }
    return removed;
}

} // namespace Storage
