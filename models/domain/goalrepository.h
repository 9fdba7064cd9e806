#pragma once

#include "models/domain/goal.h"
#include "models/domain/result.h"

#include <QVector>

namespace Domain {

class GoalRepository
{
public:
    virtual ~GoalRepository() = default;

    // The project's goals with their indicators, in pre-order (a parent before its sub-goals,
    // siblings in their stored order).
    virtual Result<QVector<Goal>> goals(ProjectId project) = 0;
};

} // namespace Domain
