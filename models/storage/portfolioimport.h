#pragma once

#include "models/domain/portfoliorepository.h"
#include "models/domain/portfoliosink.h"
#include "models/storage/entitywriter.h"
#include "models/storage/sqlreportarchive.h"
#include "models/storage/transaction.h"

#include <QSet>
#include <QStringList>
#include <QUuid>

namespace Storage {

class Database;

// One import, as a sink the exchange reader hands a file to piece by piece: the organisations
// and knowledge sources, then each project, written as they come inside one transaction that
// holds Samspill's write lock (on PostgreSQL its advisory lock, so imports and the seed run one
// at a time). Nothing is kept when commit() is not reached or fails. References that resolve
// nowhere are collected over all projects, and once one is found nothing more is written, so
// that commit() can name them all at once. Organisations and knowledge sources already stored
// are kept as stored; a project already stored is refused, and so is a report of it.
class PortfolioImport : public Domain::PortfolioSink
{
public:
    explicit PortfolioImport(Database &database);

    // Whether the transaction began; check before handing anything over.
    const Domain::Result<void> &started() const { return m_transaction.started(); }

    Domain::Result<void> shared(const QVector<Domain::Organisation> &organisations,
                                const QVector<Domain::KnowledgeSource> &sources) override;
    Domain::Result<void> project(const Domain::ProjectBundle &bundle, const QString &path) override;
    // Reports of no project in the file that are stored already are kept as stored: a frozen
    // report with the same UUID is the same report.
    Domain::Result<void> reports(const QVector<Domain::ArchivedReport> &reports) override;

    // Keeps everything handed over, unless a reference resolved nowhere.
    Domain::Result<Domain::ImportSummary> commit();

private:
    Domain::Result<void> checkReferences(const Domain::ProjectBundle &bundle, const QString &path);

    Database &m_database;
    // The writer's prepared statements outlive the transaction: on PostgreSQL they can only be
    // freed once a failed transaction has been rolled back. Members are destroyed in reverse.
    EntityWriter m_writer;
    Transaction m_transaction;
    SqlReportArchive m_archive;  // its writes join m_transaction
    QSet<QUuid> m_organisations; // of the file
    QSet<QUuid> m_sources;       // of the file
    QStringList m_unresolved;
    Domain::ImportSummary m_summary;
};

} // namespace Storage
