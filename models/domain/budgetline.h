#pragma once

#include "models/domain/id.h"

#include <QString>
#include <QUuid>

namespace Domain {

// One line of a project's budget for one year. Money is whole øre, never floating point.
struct BudgetLine
{
    BudgetLineId id;
    QUuid uuid;
    int year = 0;
    QString label;
    qint64 budgetOre = 0;
    qint64 accountsOre = 0;
    qint64 ownContributionOre = 0;
    int version = 0;
};

} // namespace Domain
