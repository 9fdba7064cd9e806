#pragma once

#include "models/domain/goalrepository.h"

namespace Storage {

class Database;

class SqlGoalRepository : public Domain::GoalRepository
{
public:
    explicit SqlGoalRepository(Database &database)
        : m_database(database)
    {}

    Domain::Result<QVector<Domain::Goal>> goals(Domain::ProjectId project) override;

private:
    Database &m_database;
};

} // namespace Storage
