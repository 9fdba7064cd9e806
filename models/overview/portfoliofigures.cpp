#include "models/overview/portfoliofigures.h"

#include <algorithm>

namespace Overview {

int PortfolioFigures::withRag(Domain::Rag rag) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [rag](const PortfolioRow &row) { return row.rag == rag; }));
}

int PortfolioFigures::recordedLater() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const PortfolioRow &row) { return row.recordedFrom.isValid(); }));
}

const PortfolioRow *PortfolioFigures::row(const QUuid &project) const
{
    for (const PortfolioRow &candidate : rows) {
        if (candidate.project.uuid == project)
            return &candidate;
    }
    return nullptr;
}

} // namespace Overview
