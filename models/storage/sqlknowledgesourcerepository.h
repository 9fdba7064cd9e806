#pragma once

#include "models/domain/knowledgesourcerepository.h"

namespace Storage {

class Database;

class SqlKnowledgeSourceRepository : public Domain::KnowledgeSourceRepository
{
public:
    explicit SqlKnowledgeSourceRepository(Database &database)
        : m_database(database)
    {}

    Domain::Result<QVector<Domain::KnowledgeSource>> knowledgeSources() override;

private:
    Database &m_database;
};

} // namespace Storage
