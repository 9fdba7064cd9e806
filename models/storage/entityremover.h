#pragma once

#include "models/domain/removal.h"
#include "models/domain/result.h"
#include "models/storage/entityreaders.h"
#include "models/storage/entitywriter.h"
#include "models/storage/listpositions.h"

namespace Storage {

class Database;

// Removes an entity with everything that hangs on it, and puts all of it back. Used inside one
// Transaction, through the EntityWriter of that transaction, by SqlEditRepository.
//
// A removal deletes the rows that hang on the entity one by one before it (dependents first,
// so that nothing is left for the database to cascade unrecorded), takes references of entities
// that stay away as updates of those entities, renumbers the list it leaves, and records every
// row it deletes whole in the change history. What it read to do so comes back as the Removal.
// The entity itself is deleted only at the version the caller read; the rows that hang on it at
// the version read here, in this transaction: if another program changed one in between, the
// removal is refused as Transient and tried again as a whole (retried()).
class EntityRemover
{
public:
    explicit EntityRemover(Database &database, EntityWriter &writer);

    Domain::Result<Domain::Removal> remove(Domain::EntityKind kind, const QUuid &uuid,
                                           int expectedVersion);
    Domain::Result<void> restore(const Domain::Removal &removal);

private:
    Domain::Result<void> removeOrganisation(Domain::Removal &removal,
                                            const Readers::Location &where, int expectedVersion);
    Domain::Result<void> removeKnowledgeSource(Domain::Removal &removal,
                                               const Readers::Location &where, int expectedVersion);
    Domain::Result<void> removeProject(Domain::Removal &removal, const Readers::Location &where,
                                       int expectedVersion);
    Domain::Result<void> removeGoal(Domain::Removal &removal, const Readers::Location &where,
                                    int expectedVersion);
    Domain::Result<void> removeMeasure(Domain::Removal &removal, const Readers::Location &where,
                                       int expectedVersion);
    Domain::Result<void> removePart(Domain::Removal &removal, const Readers::Location &where,
                                    int expectedVersion);
    Domain::Result<void> removeFromProject(Domain::Removal &removal, const Readers::Location &where,
                                           int expectedVersion);

    Domain::Result<void> restoreGoals(const Domain::Removal &removal, const Ref &project);
    Domain::Result<void> restoreMeasure(const Domain::Removal &removal, const Ref &project);
    Domain::Result<void> restorePart(const Domain::Removal &removal);
    Domain::Result<void> restoreInProject(const Domain::Removal &removal, const Ref &project);

    // Deletes and records a row; expectedVersion is the caller's for the entity asked for, the
    // one read here for what hangs on it (dependent).
    Domain::Result<void> drop(const Table &table, qint64 id, const QUuid &uuid, const Row &row,
                              int expectedVersion, bool dependent);

    Database &m_database;
    EntityWriter &m_writer;
    ListPositions m_positions;
};

} // namespace Storage
