#include "models/overview/portfoliorow.h"

#include "models/overview/explanation.h"
#include "models/overview/projectfigures.h"

namespace Overview {

PortfolioRow PortfolioRow::of(const ProjectFigures &figures)
{
    PortfolioRow row;
    row.project = figures.project;
    row.rag = figures.rollup.rag;
    row.reason = Explanation::summary(figures);
    row.progress = figures.rollup.progress;
    row.measures = int(figures.measures.size());
    row.red = int(figures.withRag(Domain::Rag::Red).size());
    row.amber = int(figures.withRag(Domain::Rag::Amber).size());
    row.overdue = int(figures.overdue.size());
    row.notRated = int(figures.notRated.size());
    row.lastUpdate = figures.lastUpdate;
    row.nextDeadline = figures.nextDeadline;
    row.recordedFrom = figures.recordedFrom;
    return row;
}

} // namespace Overview
