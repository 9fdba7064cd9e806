#pragma once

#include <QDate>

namespace Timeline {

// Date <-> x on the timeline: day origin begins at x = 0 and every day is pixelsPerDay wide.
// A day d covers [x(d), x(d + 1)); x grows to the right without bound either way, so that a
// date before the origin has a negative x. A plain value; the widget, the export and the
// hit test share one.
class DateScale
{
public:
    DateScale() = default;
    DateScale(QDate origin, double pixelsPerDay);

    QDate origin() const { return QDate::fromJulianDay(m_originDay); }
    double pixelsPerDay() const { return m_pixelsPerDay; }

    // The left edge of the day.
    double x(QDate date) const { return double(date.toJulianDay() - m_originDay) * m_pixelsPerDay; }
    // The right edge of the day: where the next one begins.
    double xAfter(QDate date) const { return x(date) + m_pixelsPerDay; }
    // The day whose column holds x.
    QDate dateAt(double x) const;
    // How many days a distance in pixels stands for (fractional).
    double days(double pixels) const { return pixels / m_pixelsPerDay; }
    // The width of the days first to last, both included.
    double width(QDate first, QDate last) const { return xAfter(last) - x(first); }

private:
    qint64 m_originDay = QDate(2000, 1, 1).toJulianDay();
    double m_pixelsPerDay = 1.0;
};

} // namespace Timeline
