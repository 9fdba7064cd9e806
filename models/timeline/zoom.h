#pragma once

#include "models/domain/plandate.h"

#include <QString>

#include <optional>

namespace Timeline {

// How much time the timeline shows per pixel, as the user picks it. Each level has a scale
// (pixels per day, in logical pixels: 1/96 inch, so that HiDPI screens and paper show the same
// sizes), the axis divisions that suit it (AxisTicks) and the unit a drag or an arrow key
// moves a date by (Reschedule).
enum class Zoom { Week, Month, Quarter, Year };

// The scale of a level: a day 24 px wide at Week, about 122 px a month at Month, 137 px a
// quarter at Quarter and 183 px a year at Year.
double pixelsPerDay(Zoom zoom);

// The level closest to a scale (in proportion, not in pixels): "fit the project" chooses a
// scale of its own, and its axis and steps are those of the nearest level.
Zoom zoomFor(double pixelsPerDay);

// The unit of the calendar a level divides time into: a day at Week (its divisions are days
// inside weeks), else a month, a quarter, a year.
Domain::PlanDate::Precision unitOf(Zoom zoom);

// "week", "month", "quarter", "year": the command line's names, never translated.
QString toCode(Zoom zoom);
std::optional<Zoom> zoomFromCode(const QString &code);

} // namespace Timeline
