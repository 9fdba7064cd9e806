#include "models/storage/sqlkeptrows.h"

#include "models/storage/database.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/statement.h"
#include "models/storage/transaction.h"

#include <algorithm>

namespace Storage {

Domain::Result<QHash<QUuid, Domain::KeptRows::Row>> SqlKeptRows::rows(const QString &key)
{
    Statement select(m_database, QStringLiteral("SELECT project_uuid, events, change_set, payload"
                                                " FROM portfolio_row WHERE row_key = ?"));
    if (!select.prepared())
        return select.prepared().error();
    select.bind(0, key);
    if (auto done = select.run(); !done)
        return done.error();
    QHash<QUuid, Row> rows;
    while (select.next()) {
        Row row{Sql::toUuid(select.value(0)),
                {select.value(1).toLongLong(), select.value(2).toLongLong()},
                select.value(3).toByteArray()};
        if (!row.project.isNull())
            rows.insert(row.project, row);
    }
    return rows;
}

Domain::Result<void> SqlKeptRows::keep(const QString &key, const QVector<Row> &rows)
{
    // In the order of the projects' UUIDs, so that two programs keeping rows at once take the
    // rows' locks in the same order (PostgreSQL) rather than wait on each other.
    QVector<const Row *> ordered;
    ordered.reserve(rows.size());
    for (const Row &row : rows)
        ordered.append(&row);
    std::sort(ordered.begin(), ordered.end(),
              [](const Row *a, const Row *b) { return a->project < b->project; });
    return retried([&]() -> Domain::Result<void> {
        // Kept another time rather than wait for another program's write.
        Transaction transaction(m_database, Transaction::Mode::Write, Transaction::Lock::Normal,
                                Transaction::Wait::Once);
        if (!transaction.started())
            return transaction.started();
        if (auto gone =
                Sql::run(m_database.connection(),
                         QStringLiteral("DELETE FROM portfolio_row WHERE row_key <> ?"
                                        " OR project_uuid NOT IN (SELECT uuid FROM project)"),
                         {key});
            !gone) {
            return gone.error();
        }
        Statement insert(
            m_database,
            QStringLiteral(
                "INSERT INTO portfolio_row (project_uuid, row_key, events, change_set, payload)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (project_uuid) DO UPDATE SET"
                " row_key = excluded.row_key, events = excluded.events,"
                " change_set = excluded.change_set, payload = excluded.payload"));
        if (!insert.prepared())
            return insert.prepared();
        for (const Row *row : std::as_const(ordered)) {
            insert.bind(0, Sql::fromUuid(row->project));
            insert.bind(1, key);
            insert.bind(2, row->stamp.events);
            insert.bind(3, row->stamp.lastChangeSet);
            insert.bind(4, row->payload);
            if (auto done = insert.run(); !done)
                return done;
        }
        return transaction.commit();
    });
}

} // namespace Storage
