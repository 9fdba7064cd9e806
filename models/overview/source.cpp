#include "models/overview/source.h"

#include "models/overview/localday.h"
#include "models/overview/rowhorizon.h"

#include <QLocale>
#include <QSet>

namespace Overview {
namespace {

// The status log up to `at` only: an update recorded later is not part of the past.
void cutLog(Domain::ProjectBundle &bundle, const QDateTime &at)
{
    bundle.statusUpdates.removeIf(
        [&at](const Domain::StatusUpdate &update) { return update.recordedAt > at; });
}

// Each measure's status and progress, and the project's status, as the last update of the (cut)
// log that set them.
void replayLog(Domain::ProjectBundle &bundle)
{
    QHash<QUuid, Domain::Measure *> measures;
    for (Domain::Measure &measure : bundle.measures)
        measures.insert(measure.uuid, &measure);
    for (const Domain::StatusUpdate &update : std::as_const(bundle.statusUpdates)) {
        if (update.measureUuid.isNull() && update.newStatus) {
            bundle.project.status = *update.newStatus;
            continue;
        }
        Domain::Measure *measure = measures.value(update.measureUuid, nullptr);
        if (!measure)
            continue;
        if (update.newStatus)
            measure->status = *update.newStatus;
        if (update.newProgress)
            measure->progress = update.newProgress;
    }
}

// What a kept row was computed for besides its project's history and its days (a row holds from
// the day it was computed for until its RowHorizon): the number of stale days of the rules, the
// language and locale of its reason and dates, and the version of Samspill that computed it.
// KeptForm grows when PortfolioRow::toKept or a rule behind a row changes within one version; a
// row of an earlier form is then no longer taken.
constexpr int KeptForm = 2;

QString keptKey(const Settings &settings)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(QString::number(KeptForm), QString::number(settings.staleDays), QLocale().name(),
             QCoreApplication::applicationVersion());
}

} // namespace

Source::Source(Repositories repositories)
    : m_repositories(repositories)
{}

Domain::Result<Source::Snapshot> Source::stored(Domain::ProjectId project)
{
    auto bundle = m_repositories.portfolio->projectBundle(project);
    if (!bundle)
        return bundle.error();
    return Snapshot{std::move(bundle).value(), {}};
}

Domain::Result<Source::Snapshot> Source::asOf(const QUuid &project, const QDateTime &at)
{
    auto rebuilt = m_repositories.history->projectAsOf(project, at);
    if (rebuilt) {
        Snapshot snapshot{std::move(rebuilt).value(), {}};
        cutLog(snapshot.bundle, at);
        return snapshot;
    }
    if (rebuilt.error().kind != Domain::Error::Kind::NotFound)
        return rebuilt.error();

    // Not here yet at that moment: as first recorded, rolled back along its status log.
    auto events = m_repositories.history->historyOf(project);
    if (!events)
        return events.error();
    if (events->isEmpty()) {
        return Domain::Error{Domain::Error::Kind::NotFound,
                             tr("The project %1 is not in this database.")
                                 .arg(project.toString(QUuid::WithoutBraces))};
    }
    const QDateTime recorded = events->constFirst().changedAt;
    auto first = m_repositories.history->projectAsOf(project, recorded);
    if (!first)
        return first.error();
    Snapshot snapshot{std::move(first).value(), recorded};
    cutLog(snapshot.bundle, at);
    replayLog(snapshot.bundle);
    return snapshot;
}

Domain::Result<QHash<QUuid, QString>> Source::organisationNames()
{
    auto organisations = m_repositories.organisations->organisations();
    if (!organisations)
        return organisations.error();
    QHash<QUuid, QString> names;
    for (const Domain::Organisation &organisation : organisations.value())
        names.insert(organisation.uuid, organisation.name);
    return names;
}

Domain::Result<ProjectFigures> Source::project(const Domain::Project &project,
                                               const Settings &settings, State state)
{
    auto names = organisationNames();
    if (!names)
        return names.error();
    return figures(project, names.value(), settings, state);
}

Domain::Result<PortfolioFigures>
Source::portfolio(const Settings &settings, State state,
                  const std::function<void(const ProjectFigures &)> &each, Depth depth)
{
    if (!each || depth == Depth::Outline)
        return outlined(settings, state, each);
    return whole(settings, state, each);
}

Domain::Result<PortfolioFigures>
Source::whole(const Settings &settings, State state,
              const std::function<void(const ProjectFigures &)> &each)
{
    auto projects = m_repositories.projects->projects();
    if (!projects)
        return projects.error();
    auto names = organisationNames();
    if (!names)
        return names.error();
    PortfolioFigures portfolio;
    portfolio.day = settings.day;
    portfolio.asOf = state == State::AsOfDay;
    portfolio.rows.reserve(projects->size());
    for (const Domain::Project &project : projects.value()) {
        auto figures = this->figures(project, names.value(), settings, state);
        if (!figures)
            return figures.error();
        portfolio.rows.append(PortfolioRow::of(figures.value()));
        if (each)
            each(figures.value());
    }
    return portfolio;
}

Domain::Result<PortfolioFigures>
Source::outlined(const Settings &settings, State state,
                 const std::function<void(const ProjectFigures &)> &each)
{
    const QDateTime end = LocalDay::end(settings.day);
    using Log = Domain::PortfolioRepository::OutlineLog;
    auto outlines = m_repositories.portfolio->projectOutlines(
        end, state == State::AsOfDay ? Log::WithLastSettings : Log::Latest);
    if (!outlines)
        return outlines.error();
    // As of the day, a project with no events after it stood as stored now; one recorded at
    // once later is taken as first recorded; any other is rebuilt from its history.
    QHash<QUuid, QDateTime> changed;
    if (state == State::AsOfDay) {
        auto since = m_repositories.history->projectsChangedAfter(end);
        if (!since)
            return since.error();
        for (const Domain::HistoryRepository::ChangedProject &project : since.value())
            changed.insert(project.project, project.recordedAtOnce);
    }
    PortfolioFigures portfolio;
    portfolio.day = settings.day;
    portfolio.asOf = state == State::AsOfDay;
    portfolio.rows.reserve(outlines->size());
    for (Domain::ProjectBundle &outline : outlines.value()) {
        ProjectFigures figures;
        const auto found = changed.constFind(outline.project.uuid);
        if (found == changed.cend()) {
            figures = ProjectFigures::of(outline, {}, settings);
        } else if (found->isValid()) {
            replayLog(outline);
            figures = ProjectFigures::of(outline, {}, settings);
            figures.recordedFrom = found.value();
        } else {
            auto rebuilt = this->figures(outline.project, {}, settings, state);
            if (!rebuilt)
                return rebuilt.error();
            figures = std::move(rebuilt).value();
        }
        if (state == State::AsOfDay)
            figures.project.version = 0; // a past state is not there to be saved back
        // What an outline does not hold is left out; progress over time, computed from the
        // latest updates alone, would be wrong.
        figures.goals.clear();
        figures.organisations.clear();
        figures.topRisks.clear();
        figures.progressOverTime.clear();
        portfolio.rows.append(PortfolioRow::of(figures));
        if (each)
            each(figures);
    }
    return portfolio;
}

Domain::Result<PortfolioFigures> Source::portfolio(const Settings &settings, RowCache &cache)
{
    // The stamps first: the rows read after them are at least as new as they say, so a change
    // committed in between at worst has a row computed again on the next read, never kept.
    auto stamps = m_repositories.history->projectStamps();
    if (!stamps)
        return stamps.error();
    if (cache.m_day != settings.day || cache.m_staleDays != settings.staleDays) {
        cache.m_rows.clear();
        cache.m_day = settings.day;
        cache.m_staleDays = settings.staleDays;
    }
    auto projects = m_repositories.projects->projects();
    if (!projects)
        return projects.error();
    const QString key = keptKey(settings);
    if (cache.m_rows.isEmpty())
        takeKept(key, projects.value(), cache);
    QSet<QUuid> moved;
    for (const Domain::Project &project : projects.value()) {
        const auto kept = cache.m_rows.constFind(project.uuid);
        if (kept == cache.m_rows.cend() || kept->stamp != stamps->value(project.uuid))
            moved.insert(project.uuid);
    }
    QVector<Domain::KeptRows::Row> computed;
    computed.reserve(moved.size());
    const auto computedRow = [&](const PortfolioRow &row) {
        const Domain::HistoryRepository::Stamp stamp = stamps->value(row.project.uuid);
        if (m_repositories.kept && moved.contains(row.project.uuid))
            computed.append({row.project.uuid, stamp, row.toKept()});
        return RowCache::Entry{stamp, row};
    };

    QHash<QUuid, RowCache::Entry> rows;
    rows.reserve(projects->size());
    // Many moved (the first read, another day): all in outline at once costs less than one
    // whole project after the other (one project read whole costs about what four or five
    // read in outline do, bench_overview).
    if (moved.size() * 4 > projects->size()) {
        auto all = outlined(settings, State::Stored, {});
        if (!all)
            return all.error();
        // An outline holds the log up to the day: a row ends on the day a later update is shown.
        auto later = laterUpdates(settings.day);
        if (!later)
            return later.error();
        for (PortfolioRow &row : all->rows) {
            const auto first = later->constFind(row.project.uuid);
            if (first != later->cend()) {
                row.until = RowHorizon::earlier(row.until,
                                                RowHorizon::shownFrom(first.value(), settings.day));
            }
            rows.insert(row.project.uuid, computedRow(row));
        }
        cache.m_rows = std::move(rows);
        cache.m_computed = all->projects();
        keep(key, computed);
        return all;
    }
    for (const Domain::Project &project : projects.value()) {
        if (!moved.contains(project.uuid))
            continue;
        auto figures = this->figures(project, {}, settings, State::Stored);
        if (!figures)
            return figures.error();
        cache.m_rows.insert(project.uuid, computedRow(PortfolioRow::of(figures.value())));
    }
    PortfolioFigures portfolio;
    portfolio.day = settings.day;
    portfolio.rows.reserve(projects->size());
    for (const Domain::Project &project : projects.value()) {
        const auto entry = cache.m_rows.constFind(project.uuid);
        rows.insert(project.uuid, entry.value());
        portfolio.rows.append(entry->row);
    }
    cache.m_rows = std::move(rows); // the projects removed since are gone
    cache.m_computed = int(moved.size());
    keep(key, computed);
    return portfolio;
}

// The rows kept in the database for the projects stored now, each with the project as stored
// (its stamp decides whether the row is still its own). A row that cannot be read as one is
// left out, and so computed again.
void Source::takeKept(const QString &key, const QVector<Domain::Project> &projects, RowCache &cache)
{
    if (!m_repositories.kept)
        return;
    auto kept = m_repositories.kept->rows(key);
    if (!kept)
        return; // only time is lost: every row is computed
    for (const Domain::Project &project : projects) {
        const auto found = kept->constFind(project.uuid);
        if (found == kept->cend())
            continue;
        auto row = PortfolioRow::fromKept(found->payload, project);
        if (row && row->day <= cache.m_day && (!row->until.isValid() || cache.m_day < row->until))
            cache.m_rows.insert(project.uuid, {found->stamp, std::move(row).value()});
    }
}

// Of each project, when the first status update recorded after the day was (an outline leaves
// them out, and the row changes on the day one is shown); none without rows to keep.
Domain::Result<QHash<QUuid, QDateTime>> Source::laterUpdates(QDate day)
{
    if (!m_repositories.kept)
        return QHash<QUuid, QDateTime>();
    return m_repositories.portfolio->firstStatusUpdatesAfter(LocalDay::end(day));
}

// Keeps the rows just computed for the next program. When that fails (a database this user
// may only read, a disk that is full) nothing else does: the rows are derived, and the next
// program computes them again.
void Source::keep(const QString &key, const QVector<Domain::KeptRows::Row> &rows)
{
    if (m_repositories.kept && !rows.isEmpty())
        (void)m_repositories.kept->keep(key, rows);
}

Domain::Result<ProjectFigures> Source::figures(const Domain::Project &project,
                                               const QHash<QUuid, QString> &names,
                                               const Settings &settings, State state)
{
    auto snapshot = state == State::Stored ? stored(project.id)
                                           : asOf(project.uuid, LocalDay::end(settings.day));
    if (!snapshot)
        return snapshot.error();
    ProjectFigures figures = ProjectFigures::of(snapshot->bundle, names, settings);
    figures.recordedFrom = snapshot->recordedFrom;
    return figures;
}

} // namespace Overview
