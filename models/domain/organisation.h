#pragma once

#include "models/domain/codes.h"
#include "models/domain/id.h"

#include <QString>
#include <QUuid>

namespace Domain {

// A kommune, a helseforetak, NAV, a user organisation... Organisations belong to the portfolio,
// not to one project: the same kommune takes part in many projects.
struct Organisation
{
    OrganisationId id;
    QUuid uuid;
    QString name;
    OrganisationKind kind = OrganisationKind::Other;
    int version = 0;
};

// The level of government an organisation of this kind belongs to. Fastleger are part of the
// municipal health service; a høgskole and NAV are state bodies.
AdministrativeLevel administrativeLevel(OrganisationKind kind);

} // namespace Domain
