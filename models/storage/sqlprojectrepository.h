#pragma once

#include "models/domain/projectrepository.h"

namespace Storage {

class Database;

class SqlProjectRepository : public Domain::ProjectRepository
{
public:
    explicit SqlProjectRepository(Database &database)
        : m_database(database)
    {}

    Domain::Result<QVector<Domain::Project>> projects() override;
    Domain::Result<Domain::Project> project(Domain::ProjectId id) override;
    Domain::Result<Domain::Project> projectByUuid(const QUuid &uuid) override;
    Domain::Result<Domain::Project> updateProject(const Domain::Project &project) override;
    Domain::Result<QVector<Domain::Participant>> participants(Domain::ProjectId id) override;
    Domain::Result<QVector<Domain::Member>> members(Domain::ProjectId id) override;

private:
    Domain::Result<Domain::Project> saveProject(const Domain::Project &project);
    Database &m_database;
};

} // namespace Storage
