#include "models/storage/sqlportfoliorepository.h"

#include "models/domain/text.h"
#include "models/storage/database.h"
#include "models/storage/entityreaders.h"
#include "models/storage/entityrows.h"
#include "models/storage/meta.h"
#include "models/storage/portfolioimport.h"
#include "models/storage/projectoutlines.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace Storage {
namespace {

using Domain::Error;
using Domain::Result;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SqlPortfolioRepository)
};

// Hands a whole portfolio to an import, as the exchange reader hands over a file.
Result<void> writeInto(PortfolioImport &import, const Domain::Portfolio &portfolio)
{
    if (auto shared = import.shared(portfolio.organisations, portfolio.knowledgeSources); !shared)
        return shared;
    for (qsizetype i = 0; i < portfolio.projects.size(); ++i) {
        if (auto written =
                import.project(portfolio.projects.at(i), QStringLiteral("projects[%1]").arg(i));
            !written)
            return written;
    }
    return import.reports(portfolio.reports);
}

} // namespace

Result<Domain::ImportSummary>
SqlPortfolioRepository::importPortfolio(const Domain::Portfolio &portfolio)
{
    // Imports run one at a time (on SQLite the write lock, on PostgreSQL Samspill's advisory
    // lock), so two that bring the same new organisations, or an import beside the first seed,
    // cannot trip over each other; what PostgreSQL still refuses for a concurrent change is
    // tried again.
    return retried([&]() -> Result<Domain::ImportSummary> {
        PortfolioImport import(m_database);
        if (auto written = writeInto(import, portfolio); !written)
            return written.error();
        return import.commit();
    });
}

std::unique_ptr<PortfolioImport> SqlPortfolioRepository::beginImport()
{
    return std::make_unique<PortfolioImport>(m_database);
}

Result<bool> SqlPortfolioRepository::seedIfNew(const Domain::Portfolio &seed)
{
    return retried([&] { return seedOnce(seed); });
}

Result<bool> SqlPortfolioRepository::seedOnce(const Domain::Portfolio &seed)
{
    Transaction transaction(m_database, Transaction::Mode::Write, Transaction::Lock::Exclusive);
    if (!transaction.started())
        return transaction.started().error();
    auto seeded = Meta::value(m_database, Meta::SeededKey);
    if (!seeded)
        return seeded.error();
    if (seeded.value())
        return false;
    auto empty = isEmpty();
    if (!empty)
        return empty.error();
    if (empty.value()) {
        PortfolioImport import(m_database); // joins this transaction
        if (auto written = writeInto(import, seed); !written)
            return written.error();
        if (auto imported = import.commit(); !imported)
            return imported.error();
    }
    if (auto marked = Meta::setValue(m_database, Meta::SeededKey,
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        !marked)
        return marked.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return empty.value();
}

Result<void> SqlPortfolioRepository::declineSeed()
{
    Transaction transaction(m_database, Transaction::Mode::Write, Transaction::Lock::Exclusive);
    if (!transaction.started())
        return transaction.started();
    auto decided = Meta::value(m_database, Meta::SeededKey);
    if (!decided)
        return decided.error();
    if (!decided.value()) {
        if (auto recorded =
                Meta::setValue(m_database, Meta::SeededKey,
                               QStringLiteral("no, created empty at ") +
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            !recorded)
            return recorded;
    }
    return transaction.commit();
}

Result<bool> SqlPortfolioRepository::isEmpty()
{
    auto found = Sql::run(m_database.connection(),
                          QStringLiteral("SELECT (SELECT COUNT(*) FROM project)"
                                         " + (SELECT COUNT(*) FROM organisation)"
                                         " + (SELECT COUNT(*) FROM knowledge_source)"),
                          {});
    if (!found)
        return found.error();
    return !found->next() || found->value(0).toLongLong() == 0;
}

Result<Domain::ProjectBundle> SqlPortfolioRepository::projectBundle(Domain::ProjectId id)
{
    // One snapshot: a measure saved meanwhile is read with all its links and activities or
    // not at all. Joins the caller's transaction (an export) when there is one.
    Transaction snapshot(m_database, Transaction::Mode::Read);
    if (!snapshot.started())
        return snapshot.started().error();
    const QSqlDatabase db = m_database.connection();
    auto project = Readers::project(db, id);
    if (!project)
        return project.error();
    return Readers::bundle(db, project.value());
}

Domain::Result<QVector<Domain::ProjectBundle>>
SqlPortfolioRepository::projectOutlines(const QDateTime &logUntil, OutlineLog log)
{
    Transaction snapshot(m_database, Transaction::Mode::Read);
    if (!snapshot.started())
        return snapshot.started().error();
    return ProjectOutlines::read(m_database, logUntil, log);
}

Domain::Result<QHash<QUuid, QDateTime>>
SqlPortfolioRepository::firstStatusUpdatesAfter(const QDateTime &at)
{
    auto query = Sql::run(m_database.connection(),
                          QStringLiteral("SELECT p.uuid, MIN(s.recorded_at) FROM status_update s"
                                         " JOIN project p ON p.id = s.project_id"
                                         " WHERE s.recorded_at > ? GROUP BY p.uuid"),
                          {Sql::fromTimestamp(at)});
    if (!query)
        return query.error();
    QHash<QUuid, QDateTime> first;
    while (query->next())
        first.insert(Sql::toUuid(query->value(0)), Sql::toTimestamp(query->value(1)));
    return first;
}

} // namespace Storage
