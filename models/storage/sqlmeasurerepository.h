#pragma once

#include "models/domain/measurerepository.h"

namespace Storage {

class Database;

class SqlMeasureRepository : public Domain::MeasureRepository
{
public:
    explicit SqlMeasureRepository(Database &database)
        : m_database(database)
    {}

    Domain::Result<QVector<Domain::Measure>> measures(Domain::ProjectId project) override;
    Domain::Result<Domain::Measure> measure(Domain::MeasureId id) override;
    Domain::Result<Domain::Measure> updateMeasure(const Domain::Measure &measure) override;

private:
    Domain::Result<Domain::Measure> saveMeasure(const Domain::Measure &measure);
    Database &m_database;
};

} // namespace Storage
