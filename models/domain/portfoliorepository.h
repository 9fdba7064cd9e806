#pragma once

#include "models/domain/portfolio.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QUuid>
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

    // Every project in outline, in the order of ProjectRepository::projects(), as one snapshot:
    // what a project's line in the portfolio is computed from (Overview::Source), read for all
    // projects together with one query per table rather than project by project. An outline
    // holds
    //   - the project;
    //   - its measures in their order, with their title, status, progress and planned and
    //     actual dates (no description, level, theme, anchoring or links), and of their
    //     activities only those not done that have a due date;
    //   - its milestones;
    //   - of its status log up to logUntil, for each measure and for the project as a whole
    //     only the latest update and, with OutlineLog::WithLastSettings, the latest that set a
    //     status and the latest that set a progress (one update may be all three), in time
    //     order: what the latest state of each subject, and the status and progress the log
    //     last gave it (to take a project back along its log), are taken from;
    // and nothing else: no participants, members, goals, risks or budget lines, and measures
    // and activities carry no version.
    enum class OutlineLog { Latest, WithLastSettings };
    virtual Result<QVector<ProjectBundle>> projectOutlines(const QDateTime &logUntil,
                                                           OutlineLog log) = 0;
    // Of each project with status updates recorded after `at` (what an outline up to `at` leaves
    // out), when the first of them was recorded.
    virtual Result<QHash<QUuid, QDateTime>> firstStatusUpdatesAfter(const QDateTime &at) = 0;
};

} // namespace Domain
