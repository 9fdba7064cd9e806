#include "models/timeline/zoom.h"

#include <cmath>

namespace Timeline {
namespace {

constexpr Zoom levels[] = {Zoom::Week, Zoom::Month, Zoom::Quarter, Zoom::Year};

} // namespace

double pixelsPerDay(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Week:
        return 24.0;
    case Zoom::Month:
        return 4.0;
    case Zoom::Quarter:
        return 1.5;
    case Zoom::Year:
        break;
    }
    return 0.5;
}

Zoom zoomFor(double pixels)
{
    Zoom nearest = Zoom::Week;
    double best = -1;
    for (const Zoom zoom : levels) {
        const double distance = std::abs(std::log(pixels / pixelsPerDay(zoom)));
        if (best < 0 || distance < best) {
            best = distance;
            nearest = zoom;
        }
    }
    return nearest;
}

Domain::PlanDate::Precision unitOf(Zoom zoom)
{
    using Precision = Domain::PlanDate::Precision;
    switch (zoom) {
    case Zoom::Week:
        return Precision::Day;
    case Zoom::Month:
        return Precision::Month;
    case Zoom::Quarter:
        return Precision::Quarter;
    case Zoom::Year:
        break;
    }
    return Precision::Year;
}

QString toCode(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Week:
        return QStringLiteral("week");
    case Zoom::Month:
        return QStringLiteral("month");
    case Zoom::Quarter:
        return QStringLiteral("quarter");
    case Zoom::Year:
        break;
    }
    return QStringLiteral("year");
}

std::optional<Zoom> zoomFromCode(const QString &code)
{
    for (const Zoom zoom : levels) {
        if (toCode(zoom) == code)
            return zoom;
    }
    return std::nullopt;
}

} // namespace Timeline
