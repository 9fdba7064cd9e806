#pragma once

#include "models/domain/historyrepository.h"

namespace Storage {

class Database;

class SqlHistoryRepository : public Domain::HistoryRepository
{
public:
    explicit SqlHistoryRepository(Database &database)
        : m_database(database)
    {}

    Domain::Result<QVector<Domain::ChangeRecord>> historyOf(const QUuid &entityUuid) override;

private:
    Database &m_database;
};

} // namespace Storage
