#pragma once

#include "models/domain/id.h"
#include "models/domain/plandate.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace Domain {

// How goal attainment is measured: a baseline, a target and the latest value, in one unit.
struct Indicator
{
    IndicatorId id;
    QUuid uuid;
    QString name;
    QString unit;
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<double> current;
    PlanDate measuredOn; // when the current value was measured; null when not known
    int version = 0;
};

} // namespace Domain
