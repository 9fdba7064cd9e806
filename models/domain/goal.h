#pragma once

#include "models/domain/id.h"
#include "models/domain/indicator.h"

#include <QString>
#include <QUuid>
#include <QVector>

namespace Domain {

// A hovedmål (no parent) or a delmål (parentUuid names its parent goal in the same project).
struct Goal
{
    GoalId id;
    QUuid uuid;
    QUuid parentUuid;
    QString text;
    QVector<Indicator> indicators;
    int version = 0;

    bool isMainGoal() const { return parentUuid.isNull(); }
};

} // namespace Domain
