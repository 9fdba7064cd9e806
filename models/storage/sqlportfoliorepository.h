#pragma once

#include "models/domain/portfoliorepository.h"
#include "models/storage/portfolioimport.h"

#include <memory>

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
    Domain::Result<QHash<QUuid, QDateTime>> firstStatusUpdatesAfter(const QDateTime &at) override;
    Domain::Result<QVector<Domain::ProjectBundle>> projectOutlines(const QDateTime &logUntil,
                                                                   OutlineLog log) override;

    // Records that this database is never to be seeded (a database created empty on purpose).
    Domain::Result<void> declineSeed();

    // An import to hand a file to as it is read (Exchange::JsonReader::read(device, sink)); see
    // PortfolioImport. importPortfolio() is the same for a portfolio already in memory.
    std::unique_ptr<PortfolioImport> beginImport();

private:
    Domain::Result<bool> seedOnce(const Domain::Portfolio &seed);
    Domain::Result<bool> isEmpty();

    Database &m_database;
};

} // namespace Storage
