#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Storage {

// The files that make up one SQLite database on disk: the database itself, SQLite's side files
// (-wal, -shm, -journal) and the backups Samspill takes before an upgrade. Knows nothing of
// SQL; answers the questions that must be settled before anything is written beside it.
class DatabaseFiles
{
public:
    // How many backups of one database are kept; an older one goes when a new one is taken.
    static constexpr int KeptBackups = 3;

    struct Backup
    {
        QString path;
        int schemaVersion = 0;
        QDateTime takenAt; // UTC
    };

    explicit DatabaseFiles(QString databaseFile);

    const QString &databaseFile() const { return m_file; }
    QStringList sideFiles() const; // the paths, whether they exist or not

    // Whether writing to path would write into the database or one of its files, however the
    // path is spelled: through a symbolic link (even one that points nowhere yet), "..", another
    // hard link to the same file. Compares the files' identities (device and inode), and for a
    // file that does not exist yet, its name in the database's folder.
    bool owns(const QString &path) const;

    // Why this user could not write to the database, in words, or empty when it can: the file
    // or its folder is read-only to us, or a side file left by another user cannot be written.
    QString whyNotWritable() const;

    // The side files that exist but that this user cannot write, each described with its owner:
    // while one of them is there, nobody but its owner can write to the database.
    QStringList blockingSideFiles() const;

    // Gives the database (closed, its write-ahead log folded in) the name target, which must
    // not exist: a database is never put over another one, not even one created a moment ago
    // (that is a Conflict; any other failure Io).
    Domain::Result<void> moveTo(const QString &target) const;
    // Removes the database and its side files (a database being made that is given up).
    void removeAll() const;

    // The backups of this database, newest first.
    QVector<Backup> backups() const;
    // Where a new backup of a database at schemaVersion goes (it does not exist yet).
    QString newBackupPath(int schemaVersion, const QDateTime &now) const;
    // Removes all but the KeptBackups newest backups. Returns the removed paths.
    QStringList pruneBackups() const;

private:
    QString m_file;
};

} // namespace Storage
