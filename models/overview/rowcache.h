#pragma once

#include "models/domain/historyrepository.h"
#include "models/overview/portfoliorow.h"
#include "models/overview/settings.h"

#include <QHash>
#include <QUuid>

namespace Overview {

class Source;

// The portfolio's rows as stored, kept between reads (Source::portfolio with a cache): each
// project's row with the stamp its history had (HistoryRepository::Stamp) when it was read, for
// one day and number of stale days. A read computes again only the rows of the projects whose
// stamp moved, whoever changed them; the rows themselves are PortfolioRow::of the project's
// figures, so the cache holds results of the rules, never a rule of its own. Another day or
// number of stale days empties it, and an empty cache starts from the rows kept in the database
// (Domain::KeptRows), when the Source has them. The owner keeps it as long as the rows are worth
// keeping.
class RowCache
{
public:
    // How many rows the last read computed (the others were kept).
    int computed() const { return m_computed; }

private:
    friend class Source;

    struct Entry
    {
        Domain::HistoryRepository::Stamp stamp;
        PortfolioRow row;
    };

    QDate m_day;
    int m_staleDays = Settings::DefaultStaleDays;
    QHash<QUuid, Entry> m_rows;
    int m_computed = 0;
};

} // namespace Overview
