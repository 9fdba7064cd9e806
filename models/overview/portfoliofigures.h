#pragma once

#include "models/overview/portfoliorow.h"

#include <QDate>
#include <QVector>

namespace Overview {

// Every project of the portfolio on one day, one row each in the order the projects were
// stored, and the sums of the status bar ("51 projects · 12 red · as of 01.12.2026").
struct PortfolioFigures
{
    QDate day;
    bool asOf = false; // an earlier day than today: the state rebuilt from the history
    QVector<PortfolioRow> rows;

    int projects() const { return int(rows.size()); }
    int withRag(Domain::Rag rag) const;
    // The projects that came into this database only after the day (see
    // ProjectFigures::recordedFrom).
    int recordedLater() const;
    // The row of the project with this UUID, or null.
    const PortfolioRow *row(const QUuid &project) const;
};

} // namespace Overview
