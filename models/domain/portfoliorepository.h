#pragma once

#include "models/domain/portfolio.h"
#include "models/domain/result.h"

#include <QVector>

namespace Domain {

struct ImportSummary
{
    int projects = 0;
    int organisationsAdded = 0;
    int knowledgeSourcesAdded = 0;
};

// Whole projects in and out, for the exchange format and the seed.
class PortfolioRepository
{
public:
    virtual ~PortfolioRepository() = default;

    // Stores every project of the portfolio with everything in it, in one transaction: all of
    // it lands or none of it does. Organisations and knowledge sources whose UUID is already
    // stored are kept as stored. A project whose UUID is already stored is refused.
    virtual Result<ImportSummary> importPortfolio(const Portfolio &portfolio) = 0;

    // Stores seed as the first content of a database, once: only if the database has never been
    // seeded and holds nothing (no project, organisation or knowledge source), and records that
    // it was seeded either way. Atomic, and safe when several programs open a new database at
    // once. Returns whether the seed was stored.
    virtual Result<bool> seedIfNew(const Portfolio &seed) = 0;

    // One project with everything in it, in a stable order.
    virtual Result<ProjectBundle> projectBundle(ProjectId id) = 0;
};

} // namespace Domain
