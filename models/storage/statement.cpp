#include "models/storage/statement.h"

#include "models/storage/database.h"
#include "models/storage/sqlsupport.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Storage {

class Statement::Engine
{
public:
    virtual ~Engine() = default;
    virtual Domain::Result<void> prepare(const QString &sql) = 0;
    virtual void bind(int position, const QVariant &value) = 0;
    virtual Domain::Result<void> run() = 0;
    virtual bool next() = 0;
    virtual QVariant value(int column) const = 0;
    virtual int rowsAffected() const = 0;
    virtual qint64 insertedId() const = 0;
    virtual void finish() = 0;
};

// The SQLite library itself, on the connection QSQLITE opened (and configured: foreign keys,
// busy timeout, WAL). Values bound SQLITE_STATIC stay alive in m_kept until the next run.
class Statement::SqliteEngine : public Statement::Engine
{
public:
    explicit SqliteEngine(sqlite3 *handle)
        : m_handle(handle)
    {}
    ~SqliteEngine() override { sqlite3_finalize(m_statement); }

    Domain::Result<void> prepare(const QString &sql) override
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()),
                               SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
            return error();
        m_kept.resize(sqlite3_bind_parameter_count(m_statement));
        return {};
    }

    void bind(int position, const QVariant &value) override
    {
        if (!m_fresh) {
            sqlite3_reset(m_statement);
            m_fresh = true;
        }
        const int index = position + 1;
        if (value.isNull()) {
            sqlite3_bind_null(m_statement, index);
            return;
        }
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Bool:
            sqlite3_bind_int64(m_statement, index, value.toLongLong());
            return;
        case QMetaType::Double:
            sqlite3_bind_double(m_statement, index, value.toDouble());
            return;
        case QMetaType::QByteArray: {
            m_kept[position] = value;
            const QByteArray *bytes = static_cast<const QByteArray *>(m_kept[position].constData());
            sqlite3_bind_blob(m_statement, index, bytes->constData(), int(bytes->size()),
                              SQLITE_STATIC);
            return;
        }
        default: {
            m_kept[position] =
                value.typeId() == QMetaType::QString ? value : QVariant(value.toString());
            const QString *text = static_cast<const QString *>(m_kept[position].constData());
            sqlite3_bind_text16(m_statement, index, text->utf16(), int(text->size() * 2),
                                SQLITE_STATIC);
            return;
        }
        }
    }

    Domain::Result<void> run() override
    {
        if (!m_fresh)
            sqlite3_reset(m_statement);
        m_fresh = false;
        const int step = sqlite3_step(m_statement);
        m_pendingRow = step == SQLITE_ROW;
        m_hasRow = false;
        if (step != SQLITE_ROW && step != SQLITE_DONE)
            return error();
        m_changes = sqlite3_changes(m_handle);
        return {};
    }

    bool next() override
    {
        if (m_pendingRow) {
            m_pendingRow = false;
            m_hasRow = true;
            return true;
        }
        m_hasRow = m_hasRow && sqlite3_step(m_statement) == SQLITE_ROW;
        return m_hasRow;
    }

    QVariant value(int column) const override
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_statement, column));
        case SQLITE_BLOB:
            return QVariant(
                QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                           sqlite3_column_bytes(m_statement, column)));
        case SQLITE_TEXT: // as stored (UTF-8): Qt's decoder costs less than SQLite's
            return QVariant(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                sqlite3_column_bytes(m_statement, column)));
        default:
            return QVariant();
        }
    }

    int rowsAffected() const override { return m_changes; }
    qint64 insertedId() const override { return sqlite3_last_insert_rowid(m_handle); }

    void finish() override
    {
        sqlite3_reset(m_statement);
        m_fresh = true;
        m_pendingRow = m_hasRow = false;
    }

private:
    Domain::Error error() const
    {
        return Sql::errorOf(QString::number(sqlite3_extended_errcode(m_handle)),
                            QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }

    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
    QVector<QVariant> m_kept;
    bool m_fresh = true; // reset since its last run
    bool m_pendingRow = false;
    bool m_hasRow = false;
    int m_changes = 0;
};

// A QSqlQuery, for PostgreSQL.
class Statement::QtEngine : public Statement::Engine
{
public:
    explicit QtEngine(const QSqlDatabase &db)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
    }

    Domain::Result<void> prepare(const QString &sql) override
    {
        if (!m_query.prepare(sql))
            return Sql::errorOf(m_query);
        return {};
    }
    void bind(int position, const QVariant &value) override { m_query.bindValue(position, value); }
    Domain::Result<void> run() override { return Sql::exec(m_query); }
    bool next() override { return m_query.next(); }
    QVariant value(int column) const override { return m_query.value(column); }
    int rowsAffected() const override { return m_query.numRowsAffected(); }
    qint64 insertedId() const override { return m_query.lastInsertId().toLongLong(); }
    void finish() override { m_query.finish(); }

private:
    QSqlQuery m_query;
};

Statement::Statement(Database &database, const QString &sql)
{
    const QSqlDatabase db = database.connection();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (database.driver() == ConnectionSettings::Driver::Sqlite && handle.isValid() &&
        qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_engine =
            std::make_unique<SqliteEngine>(*static_cast<sqlite3 *const *>(handle.constData()));
    } else {
        m_engine = std::make_unique<QtEngine>(db);
    }
    m_prepared = m_engine->prepare(sql);
}

Statement::~Statement() = default;

void Statement::bind(int position, const QVariant &value)
{
    m_engine->bind(position, value);
}

Domain::Result<void> Statement::run()
{
    if (!m_prepared)
        return m_prepared;
    return m_engine->run();
}

bool Statement::next()
{
    return m_engine->next();
}

QVariant Statement::value(int column) const
{
    return m_engine->value(column);
}

int Statement::rowsAffected() const
{
    return m_engine->rowsAffected();
}

qint64 Statement::insertedId() const
{
    return m_engine->insertedId();
}

void Statement::finish()
{
    m_engine->finish();
}

} // namespace Storage
