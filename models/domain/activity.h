#pragma once

#include "models/domain/id.h"
#include "models/domain/plandate.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace Domain {

// One line of a measure's checklist.
struct Activity
{
    ActivityId id;
    QUuid uuid;
    QString title;
    PlanDate due; // null: undated
    bool done = false;
    int version = 0;
};

} // namespace Domain
