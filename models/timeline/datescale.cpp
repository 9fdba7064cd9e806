#include "models/timeline/datescale.h"

#include <cmath>

namespace Timeline {

DateScale::DateScale(QDate origin, double pixelsPerDay)
    : m_originDay(origin.toJulianDay())
    , m_pixelsPerDay(pixelsPerDay > 0 ? pixelsPerDay : 1.0)
{}

QDate DateScale::dateAt(double x) const
{
    // A hair of tolerance: x(d) / pixelsPerDay may come back as d - 1e-15, which is still d.
    return QDate::fromJulianDay(m_originDay + qint64(std::floor(x / m_pixelsPerDay + 1e-9)));
}

} // namespace Timeline
