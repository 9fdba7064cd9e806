#pragma once

#include "models/domain/id.h"

#include <QString>
#include <QUuid>

namespace Domain {

// An uncertainty, scored 1 (low) to 5 (high) for likelihood and impact.
struct Risk
{
    RiskId id;
    QUuid uuid;
    QString description;
    int likelihood = 1;
    int impact = 1;
    QString mitigation;
    QString owner;
    int version = 0;
};

} // namespace Domain
