#pragma once

#include "models/domain/historyrepository.h"

namespace Storage {

class Database;

class SqlHistoryRepository : public Domain::HistoryRepository
{
public:
    explicit SqlHistoryRepository(Database &database)
        : m_database(database)
    {}

    Domain::Result<QVector<Domain::ChangeEvent>> historyOf(const QUuid &entityUuid) override;
    Domain::Result<QVector<Domain::ChangeEvent>>
    changesOfProject(const QUuid &project, const QDateTime &from, const QDateTime &to) override;
    Domain::Result<Domain::ProjectBundle> projectAsOf(const QUuid &project,
                                                      const QDateTime &at) override;
    Domain::Result<QVector<ChangedProject>> projectsChangedAfter(const QDateTime &at) override;
    Domain::Result<QHash<QUuid, Stamp>> projectStamps() override;

private:
    Database &m_database;
};

} // namespace Storage
