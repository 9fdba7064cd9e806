#pragma once

#include "models/domain/plandate.h"
#include "models/timeline/zoom.h"

#include <optional>

namespace Timeline {

// A planned period as the timeline changes it.
struct Period
{
    Domain::PlanDate start;
    Domain::PlanDate end;

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.start == b.start && a.end == b.end;
    }
    friend bool operator!=(const Period &a, const Period &b) { return !(a == b); }
};

// What a drag or an arrow key changes: the start, the end, or both (the bar moved whole; for a
// milestone, its date).
enum class Edge { Start, End, Whole };

// How the timeline moves dates, by drag and by keyboard alike. The rules, which the README
// states too:
// - At the Week level a moved date becomes a day, moved by whole days. A vague date stands for
//   its first day as a start, its last day as an end, and its middle day as a milestone's
//   date, so that the bar or diamond moves from where it was drawn.
// - At the other levels a date keeps its precision and moves by the coarser of the level's unit
//   and its own precision: at Month, "mars 2012" moves a month, "høsten 2012" a half-year (an
//   end of "høsten 2012" dragged one step later is "våren 2013"), and 15.03.2012 moves to
//   15.04.2012 (the day kept, or the month's last day when it has fewer).
// - A bar moved whole moves both ends by the same step, the coarsest of the two, so that it
//   keeps its length.
// - A result that would end before it begins (Domain's rule: the end's last day before the
//   start's first), or fall outside the years 1000-9999, is refused: nullopt.
class Reschedule
{
public:
    // The unit one step moves a date of this precision by at this zoom.
    static Domain::PlanDate::Precision stepUnit(Zoom zoom, Domain::PlanDate::Precision precision);

    // The whole steps of unit nearest to a distance of `days` days.
    static int steps(double days, Domain::PlanDate::Precision unit);

    // The period with edge moved by steps; nullopt when the edge is undated or the result is
    // refused (see above). Zero steps give the period unchanged.
    static std::optional<Period> moved(const Period &period, Edge edge, Zoom zoom, int steps);
    // The same for a drag over `days` days (fractional: pixels / pixels per day).
    static std::optional<Period> dragged(const Period &period, Edge edge, Zoom zoom, double days);
    // A milestone's date moved by steps, or dragged over `days` days; nullopt when undated or
    // refused. Zero steps give the date unchanged.
    static std::optional<Domain::PlanDate> movedDate(const Domain::PlanDate &date, Zoom zoom,
                                                     int steps);
    static std::optional<Domain::PlanDate> draggedDate(const Domain::PlanDate &date, Zoom zoom,
                                                       double days);

private:
    static Domain::PlanDate::Precision unitOfEdge(const Period &period, Edge edge, Zoom zoom);
};

} // namespace Timeline
