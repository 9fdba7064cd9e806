#pragma once

#include "models/domain/result.h"
#include "models/storage/connectionsettings.h"
#include "models/storage/database.h"
#include "models/storage/migrations.h"
#include "models/storage/sqleditrepository.h"
#include "models/storage/sqlgoalrepository.h"
#include "models/storage/sqlhistoryrepository.h"
#include "models/storage/sqlkeptrows.h"
#include "models/storage/sqlknowledgesourcerepository.h"
#include "models/storage/sqlmeasurerepository.h"
#include "models/storage/sqlorganisationrepository.h"
#include "models/storage/sqlportfoliorepository.h"
#include "models/storage/sqlprojectrepository.h"
#include "models/storage/sqlreportarchive.h"

#include <memory>

namespace App {

// An open database with its repositories: opened, migrated to the current schema (with a
// backup of an older file first) and, the first time it is opened empty, seeded with the
// built-in data. The
// repositories live exactly as long as the Workspace, and the Workspace on the thread that
// opened it.
class Workspace
{
public:
    // IfNew: a database opened empty for the first time gets the built-in data (see
    // PortfolioRepository::seedIfNew). Never: it stays as it is, for an import into it.
    enum class Seeding { IfNew, Never };

    // notifier hears what the user should know while it happens: that a write waits for
    // another program, where the copy taken before an upgrade is kept. A database this user
    // may only read is opened read-only and not seeded; writing to it is refused with the
    // reason.
    static Domain::Result<std::unique_ptr<Workspace>>
    open(const Storage::ConnectionSettings &settings, Seeding seeding = Seeding::IfNew,
         Storage::Database::Notifier notifier = {});

    // Where a database is kept when none is named: samspill.sqlite in the user's data folder.
    static QString defaultDatabaseFile();

    Storage::Database &database() { return *m_database; }
    const Storage::MigrationReport &migration() const { return m_migration; }
    bool wasSeeded() const { return m_seeded; }

    Storage::SqlProjectRepository &projects() { return m_projects; }
    Storage::SqlGoalRepository &goals() { return m_goals; }
    Storage::SqlMeasureRepository &measures() { return m_measures; }
    Storage::SqlOrganisationRepository &organisations() { return m_organisations; }
    Storage::SqlKnowledgeSourceRepository &knowledgeSources() { return m_knowledgeSources; }
    Storage::SqlPortfolioRepository &portfolio() { return m_portfolio; }
    Storage::SqlEditRepository &edits() { return m_edits; }
    Storage::SqlHistoryRepository &history() { return m_history; }
    Storage::SqlReportArchive &archive() { return m_archive; }
    Storage::SqlKeptRows &keptRows() { return m_keptRows; }

private:
    explicit Workspace(std::unique_ptr<Storage::Database> database);

    std::unique_ptr<Storage::Database> m_database;
    Storage::MigrationReport m_migration;
    bool m_seeded = false;
    Storage::SqlProjectRepository m_projects;
    Storage::SqlGoalRepository m_goals;
    Storage::SqlMeasureRepository m_measures;
    Storage::SqlOrganisationRepository m_organisations;
    Storage::SqlKnowledgeSourceRepository m_knowledgeSources;
    Storage::SqlPortfolioRepository m_portfolio;
    Storage::SqlEditRepository m_edits;
    Storage::SqlHistoryRepository m_history;
    Storage::SqlReportArchive m_archive;
    Storage::SqlKeptRows m_keptRows;
};

} // namespace App
