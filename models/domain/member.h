#pragma once

#include "models/domain/codes.h"
#include "models/domain/id.h"

#include <QString>
#include <QUuid>

namespace Domain {

// A seat in one of the project's groups. A member may be recorded by role and organisation
// alone ("brukerrepresentant, Mental Helse"): name is then empty. Samspill records people only
// in their work role, never patients.
struct Member
{
    MemberId id;
    QUuid uuid;
    QString name;
    QString role;
    QUuid organisationUuid; // null: no organisation
    Group group = Group::ProjectGroup;
    int version = 0;
};

} // namespace Domain
