#pragma once

#include "models/domain/id.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace Domain {

// A publication or tool the project draws on. Knowledge sources form one library for the
// whole portfolio; measures link to them.
struct KnowledgeSource
{
    KnowledgeSourceId id;
    QUuid uuid;
    QString title;
    QString publisher;
    QString authors;
    std::optional<int> year;
    QString reference; // a publisher's number, e.g. "IS-1670"
    QString link;
    QString summary;
    int version = 0;
};

} // namespace Domain
