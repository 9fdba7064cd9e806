#include "models/storage/sqlprojectrepository.h"

#include "models/domain/text.h"
#include "models/storage/database.h"
#include "models/storage/entityreaders.h"
#include "models/storage/entitywriter.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>

namespace Storage {
namespace {

using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SqlProjectRepository)
};

} // namespace

Domain::Result<QVector<Domain::Project>> SqlProjectRepository::projects()
{
    return Readers::projects(m_database.connection());
}

Domain::Result<Domain::Project> SqlProjectRepository::project(Domain::ProjectId id)
{
    return Readers::project(m_database.connection(), id);
}

Domain::Result<Domain::Project> SqlProjectRepository::projectByUuid(const QUuid &uuid)
{
    return Readers::projectByUuid(m_database.connection(), uuid);
}

Domain::Result<Domain::Project> SqlProjectRepository::updateProject(const Domain::Project &project)
{
    return retried([&] { return saveProject(project); });
}

Domain::Result<Domain::Project> SqlProjectRepository::saveProject(const Domain::Project &project)
{
    EntityWriter writer(m_database); // outlives the transaction (see importPortfolio)
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started().error();
    auto stored = Readers::project(m_database.connection(), project.id);
    if (!stored)
        return stored.error();
    if (auto updated = writer.updateProject(stored.value(), project); !updated) {
        if (updated.error().kind == Error::Kind::Transient)
            return updated.error(); // tried again as it is
        return Error{updated.error().kind,
                     Text::tr("The project %1 was not saved: %2")
                         .arg(Domain::quoted(stored->name), updated.error().message)};
    }
    if (auto committed = writer.changes().commit(transaction); !committed)
        return committed.error();
    return Readers::project(m_database.connection(), project.id);
}

Domain::Result<QVector<Domain::Participant>>
SqlProjectRepository::participants(Domain::ProjectId id)
{
    return Readers::participants(m_database.connection(), id);
}

Domain::Result<QVector<Domain::Member>> SqlProjectRepository::members(Domain::ProjectId id)
{
    return Readers::members(m_database.connection(), id);
}

} // namespace Storage
