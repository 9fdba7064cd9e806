#pragma once

#include "models/domain/keptrows.h"

namespace Storage {

class Database;

// Domain::KeptRows in the table portfolio_row (schema version 6).
class SqlKeptRows : public Domain::KeptRows
{
public:
    explicit SqlKeptRows(Database &database)
        : m_database(database)
    {}

    Domain::Result<QHash<QUuid, Row>> rows(const QString &key) override;
    Domain::Result<void> keep(const QString &key, const QVector<Row> &rows) override;

private:
    Database &m_database;
};

} // namespace Storage
