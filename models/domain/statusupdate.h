#pragma once

#include "models/domain/codes.h"
#include "models/domain/id.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace Domain {

// One entry of the dated status log of a project or one of its measures.
struct StatusUpdate
{
    StatusUpdateId id;
    QUuid uuid;
    QUuid measureUuid;    // null: about the project as a whole
    QDateTime recordedAt; // UTC
    QString author;       // a work role or name, as the author chose to sign
    QString text;
    std::optional<Status> newStatus;
    std::optional<int> newProgress;
    bool deviation = false;      // avvik
    bool decisionNeeded = false; // beslutning trengs
    int version = 0;
};

} // namespace Domain
