#include "models/storage/sqlgoalrepository.h"

#include "models/storage/database.h"
#include "models/storage/entityreaders.h"

namespace Storage {

Domain::Result<QVector<Domain::Goal>> SqlGoalRepository::goals(Domain::ProjectId project)
{
    return Readers::goals(m_database.connection(), project);
}

} // namespace Storage
