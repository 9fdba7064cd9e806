#include "models/storage/sqlorganisationrepository.h"

#include "models/storage/database.h"
#include "models/storage/entityreaders.h"

namespace Storage {

Domain::Result<QVector<Domain::Organisation>> SqlOrganisationRepository::organisations()
{
    return Readers::organisations(m_database.connection());
}

} // namespace Storage
