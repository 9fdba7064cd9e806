#pragma once

#include "models/domain/organisation.h"
#include "models/domain/result.h"

#include <QVector>

namespace Domain {

class OrganisationRepository
{
public:
    virtual ~OrganisationRepository() = default;

    // All organisations of the portfolio, in the order they were stored (views sort by
    // name in the user's language; SQL collations differ between drivers).
    virtual Result<QVector<Organisation>> organisations() = 0;
};

} // namespace Domain
