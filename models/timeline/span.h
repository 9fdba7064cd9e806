#pragma once

#include "models/domain/plandate.h"
#include "models/timeline/datescale.h"

namespace Timeline {

// Where a period drawn as a bar lies on the x axis, with its vagueness. A date known to a day is
// sharp; one known only to a month, quarter, half-year or year covers its whole interval, and
// the bar fades in over the interval of its start and out over the interval of its end:
//
//   outerStart      innerStart              innerEnd       outerEnd
//       |  fading in    |        certain        |  fading out  |
//
// innerStart is where the work has begun for certain (the end of a vague start's interval, a
// day's own left edge), innerEnd where it may first have ended (the beginning of a vague end's
// interval, a day's right edge). When the two intervals overlap ("høsten 2012" to "4. kvartal
// 2012") the certain part shrinks to the point between them. A period with one end unknown
// fades out over openLength pixels on that side ("open": nothing says where it ends).
// Invariant of a valid span: outerStart <= innerStart <= innerEnd <= outerEnd.
struct Span
{
    double outerStart = 0;
    double innerStart = 0;
    double innerEnd = 0;
    double outerEnd = 0;
    bool openStart = false;
    bool openEnd = false;
    bool valid = false; // false when neither end is known

    double width() const { return outerEnd - outerStart; }
    bool sharpStart() const { return !openStart && innerStart == outerStart; }
    bool sharpEnd() const { return !openEnd && innerEnd == outerEnd; }
};

Span spanOf(const DateScale &scale, const Domain::PlanDate &start, const Domain::PlanDate &end,
            double openLength);

// Where a dated milestone's diamond stands: the middle of its date's interval (a day's middle
// for a day), with the interval's edges for showing how vague it is.
struct Mark
{
    double centre = 0;
    double first = 0; // left edge of the interval
    double last = 0;  // right edge
};

Mark markOf(const DateScale &scale, const Domain::PlanDate &date);

} // namespace Timeline
