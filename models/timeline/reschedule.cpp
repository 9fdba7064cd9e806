#include "models/timeline/reschedule.h"

#include <algorithm>
#include <cmath>

namespace Timeline {
namespace {

using Domain::PlanDate;
using Precision = PlanDate::Precision;

// Mean lengths, so that a drag over 31 days at Month is one month and over 15 days none.
double meanDays(Precision unit)
{
    switch (unit) {
    case Precision::Day:
        return 1.0;
    case Precision::Month:
        return 365.2425 / 12;
    case Precision::Quarter:
        return 365.2425 / 4;
    case Precision::HalfYear:
        return 365.2425 / 2;
    case Precision::Year:
        break;
    }
    return 365.2425;
}

int monthsOf(Precision unit)
{
    switch (unit) {
    case Precision::Day:
        return 0;
    case Precision::Month:
        return 1;
    case Precision::Quarter:
        return 3;
    case Precision::HalfYear:
        return 6;
    case Precision::Year:
        break;
    }
    return 12;
}

// The value of this precision whose interval begins on first (which is aligned to it).
PlanDate withPrecision(Precision precision, QDate first)
{
    switch (precision) {
    case Precision::Day:
        return PlanDate::day(first);
    case Precision::Month:
        return PlanDate::month(first.year(), first.month());
    case Precision::Quarter:
        return PlanDate::quarter(first.year(), (first.month() + 2) / 3);
    case Precision::HalfYear:
        return PlanDate::halfYear(first.year(), (first.month() + 5) / 6);
    case Precision::Year:
        break;
    }
    return PlanDate::year(first.year());
}

QDate representative(const PlanDate &date, Edge side)
{
    switch (side) {
    case Edge::Start:
        return date.first();
    case Edge::End:
        return date.last();
    case Edge::Whole:
        break;
    }
    return date.first().addDays(date.first().daysTo(date.last()) / 2);
}

PlanDate shiftedBy(const PlanDate &date, Edge side, Zoom zoom, Precision unit, int steps)
{
    if (date.isNull() || steps == 0)
        return date;
    if (zoom == Zoom::Week)
        return PlanDate::day(representative(date, side).addDays(steps));
    const int months = steps * monthsOf(unit);
    if (date.precision() == Precision::Day)
        return PlanDate::day(date.date().addMonths(months));
    return withPrecision(date.precision(), date.first().addMonths(months));
}

bool acceptable(const Period &period, const Period &before)
{
    // A date that was known and fell out of the years a PlanDate holds came back null.
    if (period.start.isNull() != before.start.isNull() ||
        period.end.isNull() != before.end.isNull())
        return false;
    return period.start.isNull() || period.end.isNull() ||
           period.end.last() >= period.start.first();
}

} // namespace

Precision Reschedule::stepUnit(Zoom zoom, Precision precision)
{
    if (zoom == Zoom::Week)
        return Precision::Day;
    return std::max(unitOf(zoom), precision);
}

int Reschedule::steps(double days, Precision unit)
{
    return int(std::lround(days / meanDays(unit)));
}

Precision Reschedule::unitOfEdge(const Period &period, Edge edge, Zoom zoom)
{
    Precision unit = unitOf(zoom);
    if (zoom == Zoom::Week)
        return unit;
    if (edge != Edge::End && period.start.isValid())
        unit = std::max(unit, period.start.precision());
    if (edge != Edge::Start && period.end.isValid())
        unit = std::max(unit, period.end.precision());
    return unit;
}

std::optional<Period> Reschedule::moved(const Period &period, Edge edge, Zoom zoom, int steps)
{
    const bool hasStart = period.start.isValid();
    const bool hasEnd = period.end.isValid();
    if ((edge == Edge::Start && !hasStart) || (edge == Edge::End && !hasEnd) ||
        (!hasStart && !hasEnd))
        return std::nullopt;
    const Precision unit = unitOfEdge(period, edge, zoom);
    Period result = period;
    if (edge != Edge::End)
        result.start = shiftedBy(period.start, Edge::Start, zoom, unit, steps);
    if (edge != Edge::Start)
        result.end = shiftedBy(period.end, Edge::End, zoom, unit, steps);
    if (!acceptable(result, period))
        return std::nullopt;
    return result;
}

std::optional<Period> Reschedule::dragged(const Period &period, Edge edge, Zoom zoom, double days)
{
    return moved(period, edge, zoom, steps(days, unitOfEdge(period, edge, zoom)));
}

std::optional<PlanDate> Reschedule::movedDate(const PlanDate &date, Zoom zoom, int steps)
{
    if (date.isNull())
        return std::nullopt;
    const PlanDate result =
        shiftedBy(date, Edge::Whole, zoom, stepUnit(zoom, date.precision()), steps);
    if (result.isNull())
        return std::nullopt;
    return result;
}

std::optional<PlanDate> Reschedule::draggedDate(const PlanDate &date, Zoom zoom, double days)
{
    if (date.isNull())
        return std::nullopt;
    return movedDate(date, zoom, steps(days, stepUnit(zoom, date.precision())));
}

} // namespace Timeline
