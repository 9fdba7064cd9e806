#pragma once

#include "models/domain/reportarchive.h"

namespace Storage {

class Database;

// The report archive in the archived_report table (schema version 5). Every write is one
// Transaction of its own, or joins the one open on the database (an import stores the reports
// of a file inside its own). The rows are frozen: the database refuses to change or delete
// them. The SHA-256 of the bytes is stored beside them, and a report whose bytes no longer
// match it is refused as damaged rather than shown as issued.
class SqlReportArchive : public Domain::ReportArchive
{
public:
    explicit SqlReportArchive(Database &database)
        : m_database(database)
    {}

    Domain::Result<Domain::ArchivedReport> issue(Domain::ArchivedReport report) override;
    Domain::Result<void> store(const Domain::ArchivedReport &report) override;
    Domain::Result<QVector<Domain::ArchivedReport>>
    list(const std::optional<QUuid> &project) override;
    Domain::Result<Domain::ArchivedReport> report(const QUuid &uuid) override;

    // Whether a report with this UUID is stored: an import keeps a portfolio report it already
    // holds (a frozen report with the same UUID is the same report).
    Domain::Result<bool> contains(const QUuid &uuid);

private:
    Database &m_database;
};

} // namespace Storage
