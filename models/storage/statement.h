#pragma once

#include "models/domain/result.h"

#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>

namespace Storage {

class Database;

// A statement prepared once on one connection and run many times, its values bound by position
// to its ? placeholders. For the writes that come by the thousand (an import): on SQLite it talks
// to the SQLite library directly, through the Qt driver's own connection handle, because
// QSqlQuery spends more on binding a value than SQLite spends on inserting the row; on
// PostgreSQL it is a QSqlQuery. Lives no longer than its Database, on its thread.
class Statement
{
public:
    Statement(Database &database, const QString &sql);
    ~Statement();

    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Whether it was prepared; the error when not.
    const Domain::Result<void> &prepared() const { return m_prepared; }

    // Values for the placeholders, from 0. A null or invalid QVariant binds NULL. Strings and
    // byte arrays are kept until the next run, so no copy is made.
    void bind(int position, const QVariant &value);

    // Runs it with the values bound; the rows it returns (RETURNING, SELECT) can then be read.
    Domain::Result<void> run();
    bool next();
    QVariant value(int column) const;
    int rowsAffected() const;
    // The key of the row the last run inserted, on SQLite (where it costs nothing, unlike
    // RETURNING); PostgreSQL's statements say RETURNING id instead.
    qint64 insertedId() const;

    // Ends reading the rows, so that the connection is free for the next statement.
    void finish();

private:
    class Engine;
    class SqliteEngine;
    class QtEngine;
    std::unique_ptr<Engine> m_engine;
    Domain::Result<void> m_prepared;
};

} // namespace Storage
