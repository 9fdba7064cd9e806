#include "models/storage/sqlknowledgesourcerepository.h"

#include "models/storage/database.h"
#include "models/storage/entityreaders.h"

namespace Storage {

Domain::Result<QVector<Domain::KnowledgeSource>> SqlKnowledgeSourceRepository::knowledgeSources()
{
    return Readers::knowledgeSources(m_database.connection());
}

} // namespace Storage
