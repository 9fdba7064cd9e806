#pragma once

#include "models/domain/codes.h"
#include "models/domain/portfolio.h"
#include "models/domain/result.h"
#include "models/storage/changewriter.h"

#include <QSqlDatabase>
#include <QUuid>
#include <QVector>

#include <optional>

// Reads entities back from their tables, references resolved to UUIDs. One function per kind
// of read, shared by the repositories and the project bundle, so that every view, export and
// report reads the same way. Internal to storage.
namespace Storage::Readers {

// A stored code, decoded. A code this version does not know (written by a newer Samspill or
// another program) is a problem to report: shown as some other value and saved back, it would
// silently change the data. placeholder stands in until the read is refused.
QString unknownCode(const QVariant &value, const QVariant &uuid, const QStringList &codes);
template <typename E>
E decode(const QVariant &value, E placeholder, const QVariant &uuid, QString &problem)
{
    if (const std::optional<E> code = Domain::fromCode<E>(value.toString()))
        return *code;
    problem = unknownCode(value, uuid, Domain::allCodes<E>());
    return placeholder;
}

// A stored plan date (a code such as "2012-H2"), decoded; a value that is no code is a problem
// to report, like an unknown code above.
Domain::PlanDate planDate(const QVariant &value, const QVariant &uuid, QString &problem);

// Every organisation (knowledge source), or only the one with the key given.
Domain::Result<QVector<Domain::Organisation>> organisations(const QSqlDatabase &db,
                                                            std::optional<qint64> only = {});
Domain::Result<QVector<Domain::KnowledgeSource>> knowledgeSources(const QSqlDatabase &db,
                                                                  std::optional<qint64> only = {});

Domain::Result<QVector<Domain::Project>> projects(const QSqlDatabase &db);
Domain::Result<Domain::Project> project(const QSqlDatabase &db, Domain::ProjectId id);
Domain::Result<Domain::Project> projectByUuid(const QSqlDatabase &db, const QUuid &uuid);

Domain::Result<QVector<Domain::Participant>> participants(const QSqlDatabase &db,
                                                          Domain::ProjectId project);
Domain::Result<QVector<Domain::Member>> members(const QSqlDatabase &db, Domain::ProjectId project);
Domain::Result<QVector<Domain::Goal>> goals(const QSqlDatabase &db, Domain::ProjectId project);

Domain::Result<QVector<Domain::Measure>> measuresOfProject(const QSqlDatabase &db,
                                                           Domain::ProjectId project);
Domain::Result<Domain::Measure> measure(const QSqlDatabase &db, Domain::MeasureId id);

Domain::Result<QVector<Domain::Milestone>> milestones(const QSqlDatabase &db,
                                                      Domain::ProjectId project);
Domain::Result<QVector<Domain::StatusUpdate>> statusUpdates(const QSqlDatabase &db,
                                                            Domain::ProjectId project);
Domain::Result<QVector<Domain::Risk>> risks(const QSqlDatabase &db, Domain::ProjectId project);
Domain::Result<QVector<Domain::BudgetLine>> budgetLines(const QSqlDatabase &db,
                                                        Domain::ProjectId project);

// The project with everything in it: the reads above, one after another. The caller holds the
// read transaction that makes them one snapshot.
Domain::Result<Domain::ProjectBundle> bundle(const QSqlDatabase &db,
                                             const Domain::Project &project);

// The project an entity stored now belongs to: its UUID (the project's own for a project), a
// null UUID for an organisation or knowledge source, nothing when no row has that UUID.
Domain::Result<std::optional<QUuid>> projectOfEntity(const QSqlDatabase &db, const QUuid &uuid);

// Where a stored entity is: its key, the project it belongs to (the project's own for a
// project; none for an organisation or knowledge source), its owner (the project, or the goal
// of an indicator, the measure of an activity; none for a project) and its place in its list
// (0 for entities in no list).
struct Location
{
    qint64 id = 0;
    Ref project;
    Ref owner;
    int position = 0;
};

// The location of the entity of table with this uuid; nothing when no row has it.
Domain::Result<std::optional<Location>> locate(const QSqlDatabase &db, const Table &table,
                                               const QUuid &uuid);

// The integer key of the row of table with this uuid; 0 when there is none. table is one of
// the constants of entityrows.h.
Domain::Result<qint64> idOf(const QSqlDatabase &db, const Table &table, const QUuid &uuid);

} // namespace Storage::Readers
