#pragma once

#include "models/domain/organisationrepository.h"

namespace Storage {

class Database;

class SqlOrganisationRepository : public Domain::OrganisationRepository
{
public:
    explicit SqlOrganisationRepository(Database &database)
        : m_database(database)
    {}

    Domain::Result<QVector<Domain::Organisation>> organisations() override;

private:
    Database &m_database;
};

} // namespace Storage
