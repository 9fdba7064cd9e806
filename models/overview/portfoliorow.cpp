#include "models/overview/portfoliorow.h"

#include "models/overview/explanation.h"
#include "models/overview/projectfigures.h"

#include <QCborMap>
#include <QCborValue>

#include <limits>

namespace Overview {
namespace {

// The keys of a kept row's CBOR map, and of its next deadline's.
enum Key : int {
    Rag,
    Reason,
    Progress,
    Measures,
    Red,
    Amber,
    Overdue,
    NotRated,
    LastUpdate,
    NextDeadline,
    RecordedFrom,
    Day,
    Until
};
enum DeadlineKey : int { Kind, Date, Title, Uuid, Measure };

QCborValue millisecondsOf(const QDateTime &time)
{
    return time.isValid() ? QCborValue(time.toMSecsSinceEpoch()) : QCborValue();
}

// A whole number in [low, high], or nullopt.
std::optional<int> number(const QCborValue &value, qint64 low, qint64 high)
{
    if (!value.isInteger() || value.toInteger() < low || value.toInteger() > high)
        return std::nullopt;
    return int(value.toInteger());
}

std::optional<int> count(const QCborValue &value)
{
    return number(value, 0, std::numeric_limits<int>::max());
}

// A time kept as milliseconds since 1970 (null when absent), or nullopt.
std::optional<QDateTime> timeOf(const QCborValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QDateTime();
    if (!value.isInteger())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC);
}

// A day kept as its Julian day number, or nullopt.
std::optional<QDate> dayOf(const QCborValue &value)
{
    const auto first = QDate(1000, 1, 1).toJulianDay();
    const auto last = QDate(9999, 12, 31).toJulianDay();
    if (!value.isInteger() || value.toInteger() < first || value.toInteger() > last)
        return std::nullopt;
    return QDate::fromJulianDay(value.toInteger());
}

std::optional<Deadline> deadlineOf(const QCborMap &map)
{
    const auto kind = number(map.value(Kind), 0, int(Deadline::Kind::Activity));
    const auto date = Domain::PlanDate::fromCode(map.value(Date).toString());
    const QCborValue uuid = map.value(Uuid);
    const QCborValue measure = map.value(Measure);
    if (!kind || !date || date->isNull() || !map.value(Title).isString() || !uuid.isUuid() ||
        !(measure.isUuid() || measure.isUndefined())) {
        return std::nullopt;
    }
    return Deadline{Deadline::Kind(*kind), *date, map.value(Title).toString(), uuid.toUuid(),
                    measure.toUuid()};
}

} // namespace

PortfolioRow PortfolioRow::of(const ProjectFigures &figures)
{
    PortfolioRow row;
    row.project = figures.project;
    row.rag = figures.rollup.rag;
    row.reason = Explanation::summary(figures);
    row.progress = figures.rollup.progress;
    row.measures = int(figures.measures.size());
    row.red = int(figures.withRag(Domain::Rag::Red).size());
    row.amber = int(figures.withRag(Domain::Rag::Amber).size());
    row.overdue = int(figures.overdue.size());
    row.notRated = int(figures.notRated.size());
    row.lastUpdate = figures.lastUpdate;
    row.nextDeadline = figures.nextDeadline;
    row.recordedFrom = figures.recordedFrom;
    row.day = figures.day;
    row.until = figures.rowUntil;
    return row;
}

QByteArray PortfolioRow::toKept() const
{
    QCborMap map;
    map.insert(Rag, int(rag));
    map.insert(Reason, reason);
    if (progress)
        map.insert(Progress, *progress);
    map.insert(Measures, measures);
    map.insert(Red, red);
    map.insert(Amber, amber);
    map.insert(Overdue, overdue);
    map.insert(NotRated, notRated);
    map.insert(LastUpdate, millisecondsOf(lastUpdate));
    if (nextDeadline) {
        QCborMap deadline;
        deadline.insert(Kind, int(nextDeadline->kind));
        deadline.insert(Date, nextDeadline->date.toCode());
        deadline.insert(Title, nextDeadline->title);
        deadline.insert(Uuid, QCborValue(nextDeadline->uuid));
        if (!nextDeadline->measure.isNull())
            deadline.insert(Measure, QCborValue(nextDeadline->measure));
        map.insert(NextDeadline, deadline);
    }
    map.insert(RecordedFrom, millisecondsOf(recordedFrom));
    map.insert(Day, day.toJulianDay());
    if (until.isValid())
        map.insert(Until, until.toJulianDay());
    return map.toCborValue().toCbor();
}

std::optional<PortfolioRow> PortfolioRow::fromKept(const QByteArray &bytes,
                                                   const Domain::Project &project)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    PortfolioRow row;
    row.project = project;
    const auto rag = number(map.value(Rag), 0, int(Domain::Rag::Red));
    const auto measures = count(map.value(Measures));
    const auto red = count(map.value(Red));
    const auto amber = count(map.value(Amber));
    const auto overdue = count(map.value(Overdue));
    const auto notRated = count(map.value(NotRated));
    const auto lastUpdate = timeOf(map.value(LastUpdate));
    const auto recordedFrom = timeOf(map.value(RecordedFrom));
    if (!rag || !map.value(Reason).isString() || !measures || !red || !amber || !overdue ||
        !notRated || !lastUpdate || !recordedFrom) {
        return std::nullopt;
    }
    row.rag = Domain::Rag(*rag);
    row.reason = map.value(Reason).toString();
    row.measures = *measures;
    row.red = *red;
    row.amber = *amber;
    row.overdue = *overdue;
    row.notRated = *notRated;
    row.lastUpdate = *lastUpdate;
    row.recordedFrom = *recordedFrom;
    const auto day = dayOf(map.value(Day));
    if (!day || !day->isValid())
        return std::nullopt;
    row.day = *day;
    if (map.contains(Until)) {
        const auto until = dayOf(map.value(Until));
        if (!until || !until->isValid() || *until <= row.day)
            return std::nullopt;
        row.until = *until;
    }
    if (map.contains(Progress)) {
        row.progress = number(map.value(Progress), 0, 100);
        if (!row.progress)
            return std::nullopt;
    }
    if (map.contains(NextDeadline)) {
        row.nextDeadline = deadlineOf(map.value(NextDeadline).toMap());
        if (!row.nextDeadline)
            return std::nullopt;
    }
    return row;
}

} // namespace Overview
