#include "models/timeline/span.h"

#include <algorithm>

namespace Timeline {
namespace {

using Precision = Domain::PlanDate::Precision;

bool isDay(const Domain::PlanDate &date)
{
    return date.precision() == Precision::Day;
}

} // namespace

Span spanOf(const DateScale &scale, const Domain::PlanDate &start, const Domain::PlanDate &end,
            double openLength)
{
    Span span;
    if (start.isNull() && end.isNull())
        return span;
    span.valid = true;
    if (start.isValid()) {
        span.outerStart = scale.x(start.first());
        span.innerStart = isDay(start) ? span.outerStart : scale.xAfter(start.last());
    }
    if (end.isValid()) {
        span.outerEnd = scale.xAfter(end.last());
        span.innerEnd = isDay(end) ? span.outerEnd : scale.x(end.first());
    }
    if (start.isNull()) {
        span.openStart = true;
        span.innerStart = std::min(span.innerEnd, scale.x(end.first()));
        span.outerStart = span.innerStart - openLength;
    }
    if (end.isNull()) {
        span.openEnd = true;
        span.innerEnd = std::max(span.innerStart, scale.xAfter(start.last()));
        span.outerEnd = span.innerEnd + openLength;
    }
    if (span.outerEnd < span.outerStart) // ends before it starts: never stored, drawn as a point
        span.outerEnd = span.innerEnd = span.innerStart = span.outerStart;
    if (span.innerStart > span.innerEnd) {
        // The intervals of start and end overlap: certain only in the point between them.
        const double middle = (span.innerStart + span.innerEnd) / 2;
        span.innerStart = span.innerEnd = std::clamp(middle, span.outerStart, span.outerEnd);
    }
    return span;
}

Mark markOf(const DateScale &scale, const Domain::PlanDate &date)
{
    const double first = scale.x(date.first());
    const double last = scale.xAfter(date.last());
    return Mark{(first + last) / 2, first, last};
}

} // namespace Timeline
