#pragma once

#include "models/domain/portfoliorepository.h"

#include <QDateTime>
#include <QVector>

namespace Storage {

class Database;

// Every project in outline (Domain::PortfolioRepository::projectOutlines): one query per table
// for all projects together, each reading only the columns an outline holds, through Statement
// (on SQLite, the library itself: a value costs what it costs only when it is read). The
// caller holds the read transaction that makes the queries one snapshot.
class ProjectOutlines
{
public:
    static Domain::Result<QVector<Domain::ProjectBundle>>
    read(Database &database, const QDateTime &logUntil,
         Domain::PortfolioRepository::OutlineLog log);
};

} // namespace Storage
