#pragma once

#include <QDate>
#include <QDateTime>

namespace Overview {

// Days as people here see them: the status log and the history keep UTC, a day is a day in
// the system's time zone. The zone is looked up once, so that turning a thousand log entries
// into days does not read the zone's file a thousand times, as Qt::LocalTime would.
class LocalDay
{
public:
    // The day a moment falls on.
    static QDate of(const QDateTime &at);
    // The last millisecond of a day, in UTC: "as of 30.06.2012" includes everything recorded on
    // that day.
    static QDateTime end(QDate day);
};

} // namespace Overview
