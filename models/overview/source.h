#pragma once

#include "models/domain/historyrepository.h"
#include "models/domain/keptrows.h"
#include "models/domain/organisationrepository.h"
#include "models/domain/portfoliorepository.h"
#include "models/domain/projectrepository.h"
#include "models/overview/portfoliofigures.h"
#include "models/overview/projectfigures.h"
#include "models/overview/rowcache.h"
#include "models/overview/settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace Overview {

// Reads what the figures are computed from, through the domain's repository interfaces: a
// project as stored now, or as it stood at an earlier moment.
//
// As of a moment, a project is what the change history says was stored then
// (HistoryRepository::projectAsOf), with the status log up to that moment. A project that came
// into this database only later (imported, or the seed) has no history from before; it is
// taken as first recorded, with its status log cut at the moment and each measure's status and
// progress (and the project's status) as the last update up to then set them: the log is the
// one dated record it brings along. recordedFrom says since when it is here. Organisations are
// named as they are named now.
//
// The repositories belong to the caller and outlive the Source; it is used on the thread of
// their connection.
class Source
{
    Q_DECLARE_TR_FUNCTIONS(Overview::Source)

public:
    struct Repositories
    {
        Domain::ProjectRepository *projects = nullptr;
        Domain::PortfolioRepository *portfolio = nullptr;
        Domain::HistoryRepository *history = nullptr;
        Domain::OrganisationRepository *organisations = nullptr;
        // Where the portfolio's rows are kept between programs; none: they are not.
        Domain::KeptRows *kept = nullptr;
    };

    // Stored: the projects as stored now, their figures for Settings::day (normally today).
    // AsOfDay: as they stood at the end of Settings::day, their figures for that day.
    enum class State { Stored, AsOfDay };

    struct Snapshot
    {
        Domain::ProjectBundle bundle;
        QDateTime recordedFrom; // when it came into the database, if after the moment asked
    };

    explicit Source(Repositories repositories);

    Domain::Result<Snapshot> stored(Domain::ProjectId project);
    Domain::Result<Snapshot> asOf(const QUuid &project, const QDateTime &at);

    Domain::Result<QHash<QUuid, QString>> organisationNames();

    // One project's figures. NotFound when it is not in the database at all.
    Domain::Result<ProjectFigures> project(const Domain::Project &project, const Settings &settings,
                                           State state);
    // What portfolio() hands to `each`: every project's figures whole, each project read on
    // its own so that no more than one is in memory at a time besides the rows; or the figures
    // of each project's outline (Domain::PortfolioRepository::projectOutlines), all projects
    // read together: every figure the project's row and StatusJson's Detail::Summary take is
    // the same as from the whole project, while goals, organisations, top risks and progress
    // over time are left empty.
    enum class Depth { Whole, Outline };

    // Every project's row, and each project's figures handed to `each` when given. Unless each
    // is to have the whole figures, the rows are computed from the outlines: as of a day, a
    // project with no events in the history after it (HistoryRepository::projectsChangedAfter)
    // is its outline, one recorded at once after it is its outline taken back along its status
    // log, and only the others are rebuilt from their history one by one.
    Domain::Result<PortfolioFigures>
    portfolio(const Settings &settings, State state,
              const std::function<void(const ProjectFigures &)> &each = {},
              Depth depth = Depth::Whole);

    // Every project's row as stored now, the figures for Settings::day, through the cache:
    // computed again only for the projects whose history's stamp moved since the cache took
    // their rows (or all, read in outline, when they are many or the day is another), the
    // others' rows kept. An empty cache (a new program, a new day) starts from the rows kept in
    // the database (Repositories::kept) that hold on the day (from the day each was computed
    // for until its RowHorizon) for the same number of stale days, language and version of
    // Samspill, and what it computes is kept there for the next program; a database
    // that cannot be written to keeps none, which costs the next program time, not figures.
    // Gives exactly the rows of portfolio(settings, State::Stored).
    Domain::Result<PortfolioFigures> portfolio(const Settings &settings, RowCache &cache);

private:
    Domain::Result<PortfolioFigures> whole(const Settings &settings, State state,
                                           const std::function<void(const ProjectFigures &)> &each);
    Domain::Result<PortfolioFigures>
    outlined(const Settings &settings, State state,
             const std::function<void(const ProjectFigures &)> &each);
    void takeKept(const QString &key, const QVector<Domain::Project> &projects, RowCache &cache);
    void keep(const QString &key, const QVector<Domain::KeptRows::Row> &rows);
    Domain::Result<QHash<QUuid, QDateTime>> laterUpdates(QDate day);
    Domain::Result<ProjectFigures> figures(const Domain::Project &project,
                                           const QHash<QUuid, QString> &names,
                                           const Settings &settings, State state);

    Repositories m_repositories;
};

} // namespace Overview
