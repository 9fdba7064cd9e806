#pragma once

#include "models/domain/codes.h"
#include "models/domain/id.h"

#include <QUuid>

namespace Domain {

// An organisation taking part in a project, with its role there.
struct Participant
{
    ParticipantId id;
    QUuid uuid;
    QUuid organisationUuid;
    ParticipantRole role = ParticipantRole::Partner;
    int version = 0;
};

} // namespace Domain
