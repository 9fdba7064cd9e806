#pragma once

#include "models/domain/archivedreport.h"
#include "models/domain/result.h"

#include <QUuid>
#include <QVector>

#include <optional>

namespace Domain {

// The archive of issued reports. Reports are only ever added: an archived report can be
// neither changed nor deleted (the database itself refuses it, as it refuses to rewrite the
// change history), and a report of a project that is later deleted stays in the archive.
class ReportArchive
{
public:
    virtual ~ReportArchive() = default;

    // Stores report as issued now, in one transaction: a new UUID, issuedAt the current time
    // in UTC and author whoever the change history names for this connection. Returns what was
    // stored. Invalid (with nothing stored) when it breaks a rule of validate(ArchivedReport).
    virtual Result<ArchivedReport> issue(ArchivedReport report) = 0;

    // Stores a report issued elsewhere (an exchange file) as it is, UUID, time and author
    // included. Conflict when its UUID is already stored.
    virtual Result<void> store(const ArchivedReport &report) = 0;

    // The archived reports, newest first, without their bytes (size says how many there are):
    // every one when project is nullopt, the portfolio reports for a null QUuid, otherwise
    // those of that project (also when the project is no longer stored).
    virtual Result<QVector<ArchivedReport>> list(const std::optional<QUuid> &project) = 0;

    // One archived report with its bytes exactly as issued. NotFound when there is none.
    virtual Result<ArchivedReport> report(const QUuid &uuid) = 0;
};

} // namespace Domain
