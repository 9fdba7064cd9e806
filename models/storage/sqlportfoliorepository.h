#pragma once

#include "models/domain/portfoliorepository.h"

namespace Storage {

class Database;

class SqlPortfolioRepository : public Domain::PortfolioRepository
{
public:
    explicit SqlPortfolioRepository(Database &database)
        : m_database(database)
    {}

    Domain::Result<Domain::ImportSummary>
    importPortfolio(const Domain::Portfolio &portfolio) override;
    Domain::Result<bool> seedIfNew(const Domain::Portfolio &seed) override;
    Domain::Result<Domain::ProjectBundle> projectBundle(Domain::ProjectId id) override;

private:
    Domain::Result<bool> seedOnce(const Domain::Portfolio &seed);
    Domain::Result<bool> isEmpty();

    Database &m_database;
};

} // namespace Storage
