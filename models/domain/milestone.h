#pragma once

#include "models/domain/id.h"
#include "models/domain/plandate.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace Domain {

struct Milestone
{
    MilestoneId id;
    QUuid uuid;
    PlanDate date; // null: undated
    QString title;
    QUuid measureUuid; // null: a milestone of the whole project
    bool done = false;
    int version = 0;
};

} // namespace Domain
