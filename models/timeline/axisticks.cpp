#include "models/timeline/axisticks.h"

#include <QLocale>

#include <algorithm>

namespace Timeline {
namespace {

using Precision = Domain::PlanDate::Precision;

// The first day of the division of unit that holds date (weeks begin on Monday).
QDate divisionStart(QDate date, Precision unit)
{
    switch (unit) {
    case Precision::Day:
        return date.addDays(1 - date.dayOfWeek()); // weeks, at the Day level
    case Precision::Month:
        return QDate(date.year(), date.month(), 1);
    case Precision::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case Precision::HalfYear:
        return QDate(date.year(), date.month() <= 6 ? 1 : 7, 1);
    case Precision::Year:
        break;
    }
    return QDate(date.year(), 1, 1);
}

QDate nextDivision(QDate date, Precision unit)
{
    switch (unit) {
    case Precision::Day:
        return date.addDays(7);
    case Precision::Month:
        return date.addMonths(1);
    case Precision::Quarter:
        return date.addMonths(3);
    case Precision::HalfYear:
        return date.addMonths(6);
    case Precision::Year:
        break;
    }
    return date.addYears(1);
}

template <typename Label>
QVector<Tick> divisions(const DateScale &scale, Precision unit, QDate first, QDate last,
                        Label label)
{
    QVector<Tick> ticks;
    for (QDate date = divisionStart(first, unit); date <= last; date = nextDivision(date, unit))
        ticks.append(Tick{date, scale.x(date), label(date)});
    return ticks;
}

QVector<Tick> days(const DateScale &scale, QDate first, QDate last)
{
    QVector<Tick> ticks;
    for (QDate date = first; date <= last; date = date.addDays(1))
        ticks.append(Tick{date, scale.x(date), QString()});
    return ticks;
}

} // namespace

Axis AxisTicks::generate(const DateScale &scale, Zoom zoom, QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return {};
    const auto year = [](QDate date) { return QString::number(date.year()); };
    const auto quarter = [](QDate date) {
        //: A quarter on the timeline's axis, under its year: %1 is 1-4.
        return tr("Q%1").arg((date.month() + 2) / 3);
    };
    const auto none = [](QDate) { return QString(); };
    Axis axis;
    switch (zoom) {
    case Zoom::Week:
        axis.major = divisions(scale, Precision::Month, first, last, [](QDate date) {
            return Domain::PlanDate::month(date.year(), date.month()).toText();
        });
        axis.minor = divisions(scale, Precision::Day, first, last, [](QDate date) {
            //: A week on the timeline's axis: %1 is its ISO week number.
            return tr("week %1").arg(date.weekNumber());
        });
        axis.grid = days(scale, first, last);
        break;
    case Zoom::Month:
        axis.major = divisions(scale, Precision::Year, first, last, year);
        axis.minor = divisions(scale, Precision::Month, first, last, [](QDate date) {
            return QLocale().standaloneMonthName(date.month(), QLocale::ShortFormat);
        });
        break;
    case Zoom::Quarter:
        axis.major = divisions(scale, Precision::Year, first, last, year);
        axis.minor = divisions(scale, Precision::Quarter, first, last, quarter);
        axis.grid = divisions(scale, Precision::Month, first, last, none);
        break;
    case Zoom::Year:
        axis.major = divisions(scale, Precision::Year, first, last, year);
        axis.minor = divisions(scale, Precision::Quarter, first, last, quarter);
        break;
    }
    return axis;
}

double AxisTicks::stickyLabelX(double start, double end, double labelWidth, double viewLeft,
                               double padding)
{
    const double natural = start + padding;
    if (natural >= viewLeft + padding)
        return natural;
    // Pinned to the view's left edge, but never past the end of its own division.
    return std::min(viewLeft + padding, end - padding - labelWidth);
}

} // namespace Timeline
