#include "models/storage/sqlmeasurerepository.h"

#include "models/domain/text.h"
#include "models/storage/database.h"
#include "models/storage/entityreaders.h"
#include "models/storage/entitywriter.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>

namespace Storage {
namespace {

using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SqlMeasureRepository)
};

} // namespace

Domain::Result<QVector<Domain::Measure>> SqlMeasureRepository::measures(Domain::ProjectId project)
{
    return Readers::measuresOfProject(m_database.connection(), project);
}

Domain::Result<Domain::Measure> SqlMeasureRepository::measure(Domain::MeasureId id)
{
    return Readers::measure(m_database.connection(), id);
}

Domain::Result<Domain::Measure> SqlMeasureRepository::updateMeasure(const Domain::Measure &measure)
{
    return retried([&] { return saveMeasure(measure); });
}

Domain::Result<Domain::Measure> SqlMeasureRepository::saveMeasure(const Domain::Measure &measure)
{
    EntityWriter writer(m_database); // outlives the transaction (see importPortfolio)
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started().error();
    auto stored = Readers::measure(m_database.connection(), measure.id);
    if (!stored)
        return stored.error();
    auto place = Sql::run(m_database.connection(),
                          QStringLiteral("SELECT m.position, p.id, p.uuid FROM measure m"
                                         " JOIN project p ON p.id = m.project_id WHERE m.id = ?"),
                          {measure.id.value});
    if (!place)
        return place.error();
    if (!place->next())
        return Error{Error::Kind::NotFound, Text::tr("The measure no longer exists.")};
    const int position = place->value(0).toInt();
    const Ref project{place->value(1).toLongLong(), Sql::toUuid(place->value(2))};
    place->finish();

    writer.changes().setProject(project.uuid);
    if (auto updated = writer.updateMeasure(stored.value(), measure, project, position); !updated) {
        if (updated.error().kind == Error::Kind::Transient)
            return updated.error(); // tried again as it is
        return Error{updated.error().kind,
                     Text::tr("The measure %1 was not saved: %2")
                         .arg(Domain::quoted(stored->title), updated.error().message)};
    }
    if (auto committed = writer.changes().commit(transaction); !committed)
        return committed.error();
    return Readers::measure(m_database.connection(), measure.id);
}

} // namespace Storage
