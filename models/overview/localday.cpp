#include "models/overview/localday.h"

#include <QTimeZone>

namespace Overview {
namespace {

const QTimeZone &zone()
{
    static const QTimeZone system = QTimeZone::systemTimeZone();
    return system;
}

} // namespace

QDate LocalDay::of(const QDateTime &at)
{
    return at.toTimeZone(zone()).date();
}

QDateTime LocalDay::end(QDate day)
{
    return QDateTime(day, QTime(23, 59, 59, 999), zone()).toUTC();
}

} // namespace Overview
