#pragma once

#include "models/domain/organisation.h"
#include "models/domain/result.h"

#include <QVector>

namespace Domain {

class OrganisationRepository
{
public:
    virtual ~OrganisationRepository() = default;

    // All organisations of the portfolio, by name.
    virtual Result<QVector<Organisation>> organisations() = 0;
};

} // namespace Domain
