#pragma once

#include <QDate>

namespace Overview {

// What the figures are computed for: the day the rules are evaluated on (today, or the day an
// "as of" view looks back to) and how long a measure may go without a status update before it
// counts as stale.
struct Settings
{
    // A quarter: steering groups meet about that often, so a measure nobody has reported on
    // since the last meeting but one is worth asking about.
    static constexpr int DefaultStaleDays = 90;
    // Milestones are listed when their last day falls within the next NearDays or FarDays.
    static constexpr int NearDays = 30;
    static constexpr int FarDays = 90;
    // The risks an overview lists, highest score (likelihood times impact) first.
    static constexpr int TopRiskCount = 5;

    QDate day;
    int staleDays = DefaultStaleDays;
};

} // namespace Overview
