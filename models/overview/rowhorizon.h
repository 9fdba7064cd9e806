#pragma once

#include "models/domain/portfolio.h"

#include <QDate>
#include <QDateTime>

namespace Overview {

// How long a project's portfolio row (PortfolioRow::of its figures) stays as it is while the
// project is not changed: the first day after `day` on which a rule could give the row
// otherwise. The rules compare the day only with dates: a measure's planned start (not started)
// and end (overdue), an activity's or milestone's due date (overdue, the next deadline), the
// project's start and end, the day a status update dated later is shown (the last update, open
// decisions and deviations), and the day expected progress runs past a measure's progress by
// more than the margin (behind schedule). Every such day is taken, more than the rules need
// (both ends of every planned date), so the horizon is never later than the row's first change;
// ProjectFigures::rowUntil holds it, and kept rows (Domain::KeptRows) are taken until then.
class RowHorizon
{
public:
    // The horizon of a project as the bundle holds it (all of its status log, or only up to the
    // day as an outline does: then also shownFrom() of the first update after it); null when no
    // later day changes the row.
    static QDate of(const Domain::ProjectBundle &bundle, QDate day);
    // The first day after `day` on which an update recorded at `at` (after the day) may be shown,
    // in any time zone.
    static QDate shownFrom(const QDateTime &at, QDate day);
    // The earlier of two horizons (null: none).
    static QDate earlier(QDate a, QDate b);
};

} // namespace Overview
