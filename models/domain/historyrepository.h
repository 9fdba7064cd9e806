#pragma once

#include "models/domain/changerecord.h"
#include "models/domain/result.h"

#include <QUuid>
#include <QVector>

namespace Domain {

class HistoryRepository
{
public:
    virtual ~HistoryRepository() = default;

    // Every recorded change of one entity, oldest first.
    virtual Result<QVector<ChangeRecord>> historyOf(const QUuid &entityUuid) = 0;
};

} // namespace Domain
