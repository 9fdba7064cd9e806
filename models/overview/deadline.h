#pragma once

#include "models/domain/plandate.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace Overview {

// Something due on a planning date: an open milestone, the planned end of an open measure, or
// an open activity. A date known only to the month, quarter, half-year or year is due by its
// last day ("høsten 2012" by 31 December 2012), as the overdue rule counts it; the date keeps
// its precision so that it is shown as planned.
struct Deadline
{
    enum class Kind { Milestone, Measure, Activity };

    Kind kind = Kind::Milestone;
    Domain::PlanDate date;
    QString title;
    QUuid uuid;    // of the milestone, measure or activity
    QUuid measure; // the measure it belongs to (a measure's own); null for a project milestone

    QDate by() const { return date.last(); }
};

} // namespace Overview
