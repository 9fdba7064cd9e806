#pragma once

#include "models/domain/knowledgesource.h"
#include "models/domain/result.h"

#include <QVector>

namespace Domain {

class KnowledgeSourceRepository
{
public:
    virtual ~KnowledgeSourceRepository() = default;

    // The portfolio's knowledge library, in the order it was stored (views sort by title).
    virtual Result<QVector<KnowledgeSource>> knowledgeSources() = 0;
};

} // namespace Domain
