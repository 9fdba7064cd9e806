#include "models/storage/sqleditrepository.h"

#include "models/domain/text.h"
#include "models/storage/database.h"
#include "models/storage/entityreaders.h"
#include "models/storage/entityremover.h"
#include "models/storage/entityrows.h"
#include "models/storage/entitywriter.h"
#include "models/storage/listpositions.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace Storage {
namespace {

using Domain::EntityKind;
using Domain::Error;
using Domain::Result;
using Readers::Location;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SqlEditRepository)
};

QString noun(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Organisation:
        return Text::tr("The organisation");
    case EntityKind::KnowledgeSource:
        return Text::tr("The knowledge source");
    case EntityKind::Project:
        return Text::tr("The project");
    case EntityKind::Participant:
        return Text::tr("The participant");
    case EntityKind::Member:
        return Text::tr("The member");
    case EntityKind::Goal:
        return Text::tr("The goal");
    case EntityKind::Indicator:
        return Text::tr("The indicator");
    case EntityKind::Measure:
        return Text::tr("The measure");
    case EntityKind::Activity:
        return Text::tr("The activity");
    case EntityKind::Milestone:
        return Text::tr("The milestone");
    case EntityKind::StatusUpdate:
        return Text::tr("The status update");
    case EntityKind::Risk:
        return Text::tr("The risk");
    case EntityKind::BudgetLine:
        return Text::tr("The budget line");
    }
    Q_UNREACHABLE();
}

// The measure "Hospitering": a long text (a goal, a risk) by its first words.
QString named(EntityKind kind, const QString &name)
{
    constexpr qsizetype longest = 60;
    QString shown = name.section(QLatin1Char('\n'), 0, 0).simplified();
    if (shown.isEmpty())
        return noun(kind);
    if (shown.size() > longest)
        shown = shown.left(longest - 1) + QChar(0x2026);
    return noun(kind) + QLatin1Char(' ') + Domain::quoted(shown);
}

QString nameOf(const Domain::Organisation &organisation)
{
    return organisation.name;
}
QString nameOf(const Domain::KnowledgeSource &source)
{
    return source.title;
}
QString nameOf(const Domain::Project &project)
{
    return project.name;
}
QString nameOf(const Domain::Participant &)
{
    return {}; // named by its organisation, which the message need not read
}
QString nameOf(const Domain::Member &member)
{
    return member.name.trimmed().isEmpty() ? member.role : member.name;
}
QString nameOf(const Domain::Goal &goal)
{
    return goal.text;
}
QString nameOf(const Domain::Indicator &indicator)
{
    return indicator.name;
}
QString nameOf(const Domain::Measure &measure)
{
    return measure.title;
}
QString nameOf(const Domain::Activity &activity)
{
    return activity.title;
}
QString nameOf(const Domain::Milestone &milestone)
{
    return milestone.title;
}
QString nameOf(const Domain::StatusUpdate &)
{
    return {}; // a log entry is known by its time, shown where it is listed
}
QString nameOf(const Domain::Risk &risk)
{
    return risk.description;
}
QString nameOf(const Domain::BudgetLine &line)
{
    return line.label;
}

template <typename T>
Result<T> firstWith(const Result<QVector<T>> &items, const QUuid &uuid, EntityKind kind)
{
    if (!items)
        return items.error();
    for (const T &item : items.value()) {
        if (item.uuid == uuid)
            return item;
    }
    return Error{Error::Kind::NotFound, Text::tr("%1 no longer exists.").arg(noun(kind))};
}

Result<void> done(const Result<Ref> &inserted)
{
    return inserted ? Result<void>() : Result<void>(inserted.error());
}

// An error about the measure or project a status update applies to, named.
Error about(EntityKind kind, const QString &name, const Error &error)
{
    if (error.kind == Error::Kind::Transient)
        return error;
    return Error{error.kind, named(kind, name) + QStringLiteral(": ") + error.message};
}

} // namespace

template <typename T, typename Work, typename ReadBack>
Result<T> SqlEditRepository::write(Operation operation, EntityKind kind, const QString &name,
                                   Work work, ReadBack readBack)
{
    auto written = retried([&]() -> Result<void> {
        EntityWriter writer(m_database); // outlives the transaction (see PortfolioImport)
        Transaction transaction(m_database);
        if (!transaction.started())
            return transaction.started();
        if (auto worked = work(writer); !worked)
            return worked;
        return writer.changes().commit(transaction);
    });
    if (!written) {
        const QString what = named(kind, name);
        const QString why = written.error().message;
        QString message;
        switch (operation) {
        case Operation::Create:
            message = Text::tr("%1 was not created: %2").arg(what, why);
            break;
        case Operation::Save:
            message = Text::tr("%1 was not saved: %2").arg(what, why);
            break;
        case Operation::Move:
            message = Text::tr("%1 was not moved: %2").arg(what, why);
            break;
        case Operation::Remove:
            message = Text::tr("%1 was not removed: %2").arg(what, why);
            break;
        case Operation::Restore:
            message = Text::tr("%1 was not put back: %2").arg(what, why);
            break;
        case Operation::Record:
            message = Text::tr("%1 was not recorded: %2").arg(what, why);
            break;
        case Operation::Withdraw:
            message = Text::tr("%1 was not withdrawn: %2").arg(what, why);
            break;
        }
        return Error{written.error().kind, message};
    }
    return readBack();
}

Result<Location> SqlEditRepository::located(EntityKind kind, const QUuid &uuid)
{
    auto where = Readers::locate(m_database.connection(), Rows::of(kind), uuid);
    if (!where)
        return where.error();
    if (!where->has_value())
        return Error{Error::Kind::NotFound, Text::tr("%1 no longer exists.").arg(noun(kind))};
    return where->value();
}

template <typename T, typename Read>
Result<T> SqlEditRepository::find(EntityKind kind, const QUuid &uuid, Read read)
{
    auto where = located(kind, uuid);
    if (!where)
        return where.error();
    return firstWith<T>(read(where.value()), uuid, kind);
}

template <typename T, typename Insert, typename ReadBack>
Result<T> SqlEditRepository::createInProject(EntityKind kind, const QUuid &project,
                                             const QString &name, int position, Insert insert,
                                             ReadBack readBack)
{
    return write<T>(
        Operation::Create, kind, name,
        [&](EntityWriter &writer) -> Result<void> {
            auto where = located(EntityKind::Project, project);
            if (!where)
                return where.error();
            writer.changes().setProject(project);
            auto at = ListPositions(writer.changes()).makeRoom(Rows::of(kind), where->id, position);
            if (!at)
                return at.error();
            return insert(writer, where->project, at.value());
        },
        readBack);
}

template <typename T, typename Update>
Result<T> SqlEditRepository::updateStored(EntityKind kind, const T &changed,
                                          Result<T> (SqlEditRepository::*read)(const QUuid &),
                                          Update update)
{
    QString name = nameOf(changed);
    return write<T>(
        Operation::Save, kind, name,
        [&](EntityWriter &writer) -> Result<void> {
            auto where = located(kind, changed.uuid);
            if (!where)
                return where.error();
            auto stored = (this->*read)(changed.uuid);
            if (!stored)
                return stored.error();
            name = nameOf(stored.value()); // the name it is known by
            writer.changes().setProject(where->project.uuid);
            return update(writer, stored.value(), where.value());
        },
        [&] { return (this->*read)(changed.uuid); });
}

// --- create

Result<Domain::Organisation>
SqlEditRepository::createOrganisation(const Domain::Organisation &organisation)
{
    return write<Domain::Organisation>(
        Operation::Create, EntityKind::Organisation, organisation.name,
        [&](EntityWriter &writer) {
            return done(writer.insertOrganisation(organisation, ChangeWriter::Duplicate::Refuse));
        },
        [&] { return this->organisation(organisation.uuid); });
}

Result<Domain::KnowledgeSource>
SqlEditRepository::createKnowledgeSource(const Domain::KnowledgeSource &source)
{
    return write<Domain::KnowledgeSource>(
        Operation::Create, EntityKind::KnowledgeSource, source.title,
        [&](EntityWriter &writer) {
            return done(writer.insertKnowledgeSource(source, ChangeWriter::Duplicate::Refuse));
        },
        [&] { return knowledgeSource(source.uuid); });
}

Result<Domain::Project> SqlEditRepository::createProject(const Domain::Project &project)
{
    return write<Domain::Project>(
        Operation::Create, EntityKind::Project, project.name,
        [&](EntityWriter &writer) { return done(writer.insertProject(project)); },
        [&] { return this->project(project.uuid); });
}

Result<Domain::Participant>
SqlEditRepository::createParticipant(const QUuid &project, const Domain::Participant &participant,
                                     int position)
{
    return createInProject<Domain::Participant>(
        EntityKind::Participant, project, nameOf(participant), position,
        [&](EntityWriter &writer, const Ref &ref, int at) {
            return writer.insertParticipant(participant, ref, at);
        },
        [&] { return this->participant(participant.uuid); });
}

Result<Domain::Member> SqlEditRepository::createMember(const QUuid &project,
                                                       const Domain::Member &member, int position)
{
    return createInProject<Domain::Member>(
        EntityKind::Member, project, nameOf(member), position,
        [&](EntityWriter &writer, const Ref &ref, int at) {
            return writer.insertMember(member, ref, at);
        },
        [&] { return this->member(member.uuid); });
}

Result<Domain::Goal> SqlEditRepository::createGoal(const QUuid &project, const Domain::Goal &goal,
                                                   int position)
{
    return write<Domain::Goal>(
        Operation::Create, EntityKind::Goal, goal.text,
        [&](EntityWriter &writer) -> Result<void> {
            auto where = located(EntityKind::Project, project);
            if (!where)
                return where.error();
            writer.changes().setProject(project);
            auto at = ListPositions(writer.changes())
                          .makeRoomForGoals(where->id, goal.parentUuid, position, 1, 0);
            if (!at)
                return at.error();
            return writer.insertGoal(goal, where->project, at.value());
        },
        [&] { return this->goal(goal.uuid); });
}

Result<Domain::Indicator> SqlEditRepository::createIndicator(const QUuid &goal,
                                                             const Domain::Indicator &indicator,
                                                             int position)
{
    return write<Domain::Indicator>(
        Operation::Create, EntityKind::Indicator, indicator.name,
        [&](EntityWriter &writer) -> Result<void> {
            auto where = located(EntityKind::Goal, goal);
            if (!where)
                return where.error();
            writer.changes().setProject(where->project.uuid);
            auto at =
                ListPositions(writer.changes()).makeRoom(Rows::Indicator, where->id, position);
            if (!at)
                return at.error();
            if (auto inserted = writer.insertIndicator(indicator, Ref{where->id, goal}, at.value());
                !inserted)
                return inserted;
            // The goal's update writes its indicators: its version goes up with the list.
            return writer.changes().touch(Rows::Goal, where->id, goal);
        },
        [&] { return this->indicator(indicator.uuid); });
}

Result<Domain::Measure>
SqlEditRepository::createMeasure(const QUuid &project, const Domain::Measure &measure, int position)
{
    return createInProject<Domain::Measure>(
        EntityKind::Measure, project, measure.title, position,
        [&](EntityWriter &writer, const Ref &ref, int at) {
            return done(writer.insertMeasure(measure, ref, at));
        },
        [&] { return this->measure(measure.uuid); });
}

Result<Domain::Activity> SqlEditRepository::createActivity(const QUuid &measure,
                                                           const Domain::Activity &activity,
                                                           int position)
{
    return write<Domain::Activity>(
        Operation::Create, EntityKind::Activity, activity.title,
        [&](EntityWriter &writer) -> Result<void> {
            auto where = located(EntityKind::Measure, measure);
            if (!where)
                return where.error();
            writer.changes().setProject(where->project.uuid);
            auto at = ListPositions(writer.changes()).makeRoom(Rows::Activity, where->id, position);
            if (!at)
                return at.error();
            if (auto inserted =
                    writer.insertActivity(activity, Ref{where->id, measure}, at.value());
                !inserted)
                return inserted;
            // The measure's update writes its activities: its version goes up with the list.
            return writer.changes().touch(Rows::Measure, where->id, measure);
        },
        [&] { return this->activity(activity.uuid); });
}

Result<Domain::Milestone> SqlEditRepository::createMilestone(const QUuid &project,
                                                             const Domain::Milestone &milestone,
                                                             int position)
{
    return createInProject<Domain::Milestone>(
        EntityKind::Milestone, project, milestone.title, position,
        [&](EntityWriter &writer, const Ref &ref, int at) {
            return writer.insertMilestone(milestone, ref, at);
        },
        [&] { return this->milestone(milestone.uuid); });
}

Result<Domain::Risk> SqlEditRepository::createRisk(const QUuid &project, const Domain::Risk &risk,
                                                   int position)
{
    return createInProject<Domain::Risk>(
        EntityKind::Risk, project, risk.description, position,
        [&](EntityWriter &writer, const Ref &ref, int at) {
            return writer.insertRisk(risk, ref, at);
        },
        [&] { return this->risk(risk.uuid); });
}

Result<Domain::BudgetLine> SqlEditRepository::createBudgetLine(const QUuid &project,
                                                               const Domain::BudgetLine &line,
                                                               int position)
{
    return createInProject<Domain::BudgetLine>(
        EntityKind::BudgetLine, project, line.label, position,
        [&](EntityWriter &writer, const Ref &ref, int at) {
            return writer.insertBudgetLine(line, ref, at);
        },
        [&] { return budgetLine(line.uuid); });
}

// --- update

Result<Domain::Organisation>
SqlEditRepository::updateOrganisation(const Domain::Organisation &organisation)
{
    return updateStored(
        EntityKind::Organisation, organisation, &SqlEditRepository::organisation,
        [&](EntityWriter &writer, const Domain::Organisation &stored, const Location &) {
            return writer.updateOrganisation(stored, organisation);
        });
}

Result<Domain::KnowledgeSource>
SqlEditRepository::updateKnowledgeSource(const Domain::KnowledgeSource &source)
{
    return updateStored(
        EntityKind::KnowledgeSource, source, &SqlEditRepository::knowledgeSource,
        [&](EntityWriter &writer, const Domain::KnowledgeSource &stored, const Location &) {
            return writer.updateKnowledgeSource(stored, source);
        });
}

Result<Domain::Project> SqlEditRepository::updateProject(const Domain::Project &project)
{
    return updateStored(EntityKind::Project, project, &SqlEditRepository::project,
                        [&](EntityWriter &writer, const Domain::Project &stored, const Location &) {
                            return writer.updateProject(stored, project);
                        });
}

Result<Domain::Participant>
SqlEditRepository::updateParticipant(const Domain::Participant &participant)
{
    return updateStored(
        EntityKind::Participant, participant, &SqlEditRepository::participant,
        [&](EntityWriter &writer, const Domain::Participant &stored, const Location &where) {
            return writer.updateParticipant(stored, participant, where.project, where.position);
        });
}

Result<Domain::Member> SqlEditRepository::updateMember(const Domain::Member &member)
{
    return updateStored(
        EntityKind::Member, member, &SqlEditRepository::member,
        [&](EntityWriter &writer, const Domain::Member &stored, const Location &where) {
            return writer.updateMember(stored, member, where.project, where.position);
        });
}

Result<Domain::Goal> SqlEditRepository::updateGoal(const Domain::Goal &goal)
{
    return updateStored(
        EntityKind::Goal, goal, &SqlEditRepository::goal,
        [&](EntityWriter &writer, const Domain::Goal &stored, const Location &where) {
            return writer.updateGoal(stored, goal, where.project, where.position);
        });
}

Result<Domain::Indicator> SqlEditRepository::updateIndicator(const Domain::Indicator &indicator)
{
    return updateStored(
        EntityKind::Indicator, indicator, &SqlEditRepository::indicator,
        [&](EntityWriter &writer, const Domain::Indicator &stored, const Location &where) {
            return writer.updateIndicator(stored, indicator, where.owner, where.position);
        });
}

Result<Domain::Measure> SqlEditRepository::updateMeasure(const Domain::Measure &measure)
{
    return updateStored(
        EntityKind::Measure, measure, &SqlEditRepository::measure,
        [&](EntityWriter &writer, const Domain::Measure &stored, const Location &where) {
            return writer.updateMeasure(stored, measure, where.project, where.position);
        });
}

Result<Domain::Activity> SqlEditRepository::updateActivity(const Domain::Activity &activity)
{
    return updateStored(
        EntityKind::Activity, activity, &SqlEditRepository::activity,
        [&](EntityWriter &writer, const Domain::Activity &stored, const Location &where) {
            return writer.updateActivity(stored, activity, where.owner, where.position);
        });
}

Result<Domain::Milestone> SqlEditRepository::updateMilestone(const Domain::Milestone &milestone)
{
    return updateStored(
        EntityKind::Milestone, milestone, &SqlEditRepository::milestone,
        [&](EntityWriter &writer, const Domain::Milestone &stored, const Location &where) {
            return writer.updateMilestone(stored, milestone, where.project, where.position);
        });
}

Result<Domain::StatusUpdate>
SqlEditRepository::updateStatusUpdate(const Domain::StatusUpdate &update)
{
    return updateStored(
        EntityKind::StatusUpdate, update, &SqlEditRepository::statusUpdate,
        [&](EntityWriter &writer, const Domain::StatusUpdate &stored, const Location &where) {
            return writer.updateStatusUpdate(stored, update, where.project);
        });
}

Result<Domain::Risk> SqlEditRepository::updateRisk(const Domain::Risk &risk)
{
    return updateStored(
        EntityKind::Risk, risk, &SqlEditRepository::risk,
        [&](EntityWriter &writer, const Domain::Risk &stored, const Location &where) {
            return writer.updateRisk(stored, risk, where.project, where.position);
        });
}

Result<Domain::BudgetLine> SqlEditRepository::updateBudgetLine(const Domain::BudgetLine &line)
{
    return updateStored(
        EntityKind::BudgetLine, line, &SqlEditRepository::budgetLine,
        [&](EntityWriter &writer, const Domain::BudgetLine &stored, const Location &where) {
            return writer.updateBudgetLine(stored, line, where.project, where.position);
        });
}

// --- move

Result<Domain::Place> SqlEditRepository::moveGoal(const QUuid &goal, const QUuid &parent,
                                                  int position)
{
    Domain::Place before;
    return write<Domain::Place>(
        Operation::Move, EntityKind::Goal, QString(),
        [&](EntityWriter &writer) -> Result<void> {
            auto where = located(EntityKind::Goal, goal);
            if (!where)
                return where.error();
            writer.changes().setProject(where->project.uuid);
            auto place =
                ListPositions(writer.changes()).moveGoal(where->project.id, goal, parent, position);
            if (!place)
                return place.error();
            before = place.value();
            return {};
        },
        [&]() -> Result<Domain::Place> { return before; });
}

Result<Domain::Place> SqlEditRepository::move(EntityKind kind, const QUuid &uuid, int position)
{
    const bool part = kind == EntityKind::Indicator || kind == EntityKind::Activity;
    const bool listed = part || kind == EntityKind::Participant || kind == EntityKind::Member ||
                        kind == EntityKind::Measure || kind == EntityKind::Milestone ||
                        kind == EntityKind::Risk || kind == EntityKind::BudgetLine;
    if (!listed) {
        return Error{Error::Kind::Invalid,
                     Text::tr("%1 has no place in a list to move it to.").arg(noun(kind))};
    }
    Domain::Place before;
    return write<Domain::Place>(
        Operation::Move, kind, QString(),
        [&](EntityWriter &writer) -> Result<void> {
            auto where = located(kind, uuid);
            if (!where)
                return where.error();
            writer.changes().setProject(where->project.uuid);
            const Ref owner = where->owner;
            auto moved =
                ListPositions(writer.changes()).move(Rows::of(kind), owner.id, uuid, position);
            if (!moved)
                return moved.error();
            before.position = moved->from;
            if (!part || moved->from == moved->to)
                return {};
            // The owner's update writes the order of its parts: its version goes up with it.
            return writer.changes().touch(
                kind == EntityKind::Indicator ? Rows::Goal : Rows::Measure, owner.id, owner.uuid);
        },
        [&]() -> Result<Domain::Place> { return before; });
}

// --- status updates

Result<Domain::StatusChange>
SqlEditRepository::recordStatusUpdate(const QUuid &project, const Domain::StatusUpdate &update,
                                      int expectedVersion)
{
    Domain::StatusChange change;
    return write<Domain::StatusChange>(
        Operation::Record, EntityKind::StatusUpdate, QString(),
        [&](EntityWriter &writer) -> Result<void> {
            change = Domain::StatusChange();
            const QSqlDatabase db = m_database.connection();
            auto where = located(EntityKind::Project, project);
            if (!where)
                return where.error();
            writer.changes().setProject(project);
            if (update.measureUuid.isNull() && update.newProgress) {
                return Error{Error::Kind::Invalid,
                             Text::tr("newProgress: a project's progress is rolled up from its "
                                      "measures; give the progress of a measure instead")};
            }
            // Checks the update, and that its measure is one of the project's.
            if (auto inserted = writer.insertStatusUpdate(update, where->project); !inserted)
                return inserted;
            if (update.measureUuid.isNull()) {
                auto stored = Readers::project(db, Domain::ProjectId{where->id});
                if (!stored)
                    return stored.error();
                change.projectBefore = stored.value();
                Domain::Project changed = stored.value();
                changed.status = update.newStatus.value_or(changed.status);
                changed.version = expectedVersion;
                if (auto updated = writer.updateProject(stored.value(), changed); !updated)
                    return about(EntityKind::Project, stored->name, updated.error());
                return {};
            }
            auto measureAt = located(EntityKind::Measure, update.measureUuid);
            if (!measureAt)
                return measureAt.error();
            auto stored = Readers::measure(db, Domain::MeasureId{measureAt->id});
            if (!stored)
                return stored.error();
            change.measureBefore = stored.value();
            Domain::Measure changed = stored.value();
            changed.status = update.newStatus.value_or(changed.status);
            if (update.newProgress)
                changed.progress = update.newProgress;
            changed.version = expectedVersion;
            if (auto updated = writer.updateMeasure(stored.value(), changed, where->project,
                                                    measureAt->position);
                !updated)
                return about(EntityKind::Measure, stored->title, updated.error());
            return {};
        },
        [&]() -> Result<Domain::StatusChange> {
            auto stored = statusUpdate(update.uuid);
            if (!stored)
                return stored.error();
            change.update = stored.value();
            if (change.measureBefore) {
                auto after = measure(update.measureUuid);
                if (!after)
                    return after.error();
                change.measureAfter = after.value();
            } else {
                auto after = this->project(project);
                if (!after)
                    return after.error();
                change.projectAfter = after.value();
            }
            return change;
        });
}

Result<Domain::StatusChange>
SqlEditRepository::withdrawStatusUpdate(const Domain::StatusChange &recorded)
{
    Domain::StatusChange change;
    const QUuid uuid = recorded.update.uuid;
    return write<Domain::StatusChange>(
        Operation::Withdraw, EntityKind::StatusUpdate, QString(),
        [&](EntityWriter &writer) -> Result<void> {
            change = Domain::StatusChange();
            change.update = recorded.update;
            const QSqlDatabase db = m_database.connection();
            auto where = located(EntityKind::StatusUpdate, uuid);
            if (!where)
                return where.error();
            auto stored = statusUpdate(uuid);
            if (!stored)
                return stored.error();
            writer.changes().setProject(where->project.uuid);
            if (auto removed =
                    writer.changes().remove(Rows::StatusUpdate, where->id, uuid,
                                            Rows::statusUpdateRow(stored.value(), where->project,
                                                                  Ref{0, stored->measureUuid}),
                                            recorded.update.version);
                !removed)
                return removed;

            // What it set goes back to what it replaced, if nobody has set something else since:
            // undoing it must not overwrite a later status.
            const Error changedSince{Error::Kind::Conflict,
                                     Text::tr("its status or progress has been changed since the "
                                              "status update was recorded; nothing was changed.")};
            if (recorded.measureBefore && recorded.measureAfter) {
                const Domain::Measure &before = *recorded.measureBefore;
                const Domain::Measure &after = *recorded.measureAfter;
                auto measureAt = located(EntityKind::Measure, after.uuid);
                if (!measureAt)
                    return measureAt.error();
                auto current = Readers::measure(db, Domain::MeasureId{measureAt->id});
                if (!current)
                    return current.error();
                if (current->status != after.status || current->progress != after.progress)
                    return about(EntityKind::Measure, current->title, changedSince);
                change.measureBefore = current.value();
                Domain::Measure changed = current.value();
                changed.status = before.status;
                changed.progress = before.progress;
                if (auto updated = writer.updateMeasure(current.value(), changed, where->project,
                                                        measureAt->position);
                    !updated)
                    return about(EntityKind::Measure, current->title, updated.error());
                return {};
            }
            if (recorded.projectBefore && recorded.projectAfter) {
                auto current = Readers::project(db, Domain::ProjectId{where->project.id});
                if (!current)
                    return current.error();
                if (current->status != recorded.projectAfter->status)
                    return about(EntityKind::Project, current->name, changedSince);
                change.projectBefore = current.value();
                Domain::Project changed = current.value();
                changed.status = recorded.projectBefore->status;
                if (auto updated = writer.updateProject(current.value(), changed); !updated)
                    return about(EntityKind::Project, current->name, updated.error());
            }
            return {};
        },
        [&]() -> Result<Domain::StatusChange> {
            if (change.measureBefore) {
                auto after = measure(change.measureBefore->uuid);
                if (!after)
                    return after.error();
                change.measureAfter = after.value();
            } else if (change.projectBefore) {
                auto after = project(change.projectBefore->uuid);
                if (!after)
                    return after.error();
                change.projectAfter = after.value();
            }
            return change;
        });
}

// --- remove and restore

Result<Domain::Removal> SqlEditRepository::remove(EntityKind kind, const QUuid &uuid,
                                                  int expectedVersion)
{
    Domain::Removal removal;
    return write<Domain::Removal>(
        Operation::Remove, kind, QString(),
        [&](EntityWriter &writer) -> Result<void> {
            auto removed = EntityRemover(m_database, writer).remove(kind, uuid, expectedVersion);
            if (!removed)
                return removed.error();
            removal = std::move(removed).value();
            return {};
        },
        [&]() -> Result<Domain::Removal> { return removal; });
}

Result<void> SqlEditRepository::restore(const Domain::Removal &removal)
{
    return write<void>(
        Operation::Restore, removal.kind, QString(),
        [&](EntityWriter &writer) { return EntityRemover(m_database, writer).restore(removal); },
        [] { return Result<void>(); });
}

// --- reads

Result<QVector<Domain::StatusUpdate>> SqlEditRepository::projectStatusLog(const QUuid &project)
{
    auto where = located(EntityKind::Project, project);
    if (!where)
        return where.error();
    auto log = Readers::statusUpdates(m_database.connection(), Domain::ProjectId{where->id});
    if (log)
        std::reverse(log->begin(), log->end());
    return log;
}

Result<QVector<Domain::StatusUpdate>> SqlEditRepository::measureStatusLog(const QUuid &measure)
{
    auto where = located(EntityKind::Measure, measure);
    if (!where)
        return where.error();
    auto log =
        Readers::statusUpdates(m_database.connection(), Domain::ProjectId{where->project.id});
    if (!log)
        return log;
    QVector<Domain::StatusUpdate> newestFirst;
    for (auto it = log->crbegin(); it != log->crend(); ++it) {
        if (it->measureUuid == measure)
            newestFirst.append(*it);
    }
    return newestFirst;
}

Result<Domain::Organisation> SqlEditRepository::organisation(const QUuid &uuid)
{
    return find<Domain::Organisation>(EntityKind::Organisation, uuid, [&](const Location &) {
        return Readers::organisations(m_database.connection());
    });
}

Result<Domain::KnowledgeSource> SqlEditRepository::knowledgeSource(const QUuid &uuid)
{
    return find<Domain::KnowledgeSource>(EntityKind::KnowledgeSource, uuid, [&](const Location &) {
        return Readers::knowledgeSources(m_database.connection());
    });
}

Result<Domain::Project> SqlEditRepository::project(const QUuid &uuid)
{
    auto where = located(EntityKind::Project, uuid);
    if (!where)
        return where.error();
    return Readers::project(m_database.connection(), Domain::ProjectId{where->id});
}

Result<Domain::Participant> SqlEditRepository::participant(const QUuid &uuid)
{
    return find<Domain::Participant>(EntityKind::Participant, uuid, [&](const Location &where) {
        return Readers::participants(m_database.connection(), Domain::ProjectId{where.project.id});
    });
}

Result<Domain::Member> SqlEditRepository::member(const QUuid &uuid)
{
    return find<Domain::Member>(EntityKind::Member, uuid, [&](const Location &where) {
        return Readers::members(m_database.connection(), Domain::ProjectId{where.project.id});
    });
}

Result<Domain::Goal> SqlEditRepository::goal(const QUuid &uuid)
{
    return find<Domain::Goal>(EntityKind::Goal, uuid, [&](const Location &where) {
        return Readers::goals(m_database.connection(), Domain::ProjectId{where.project.id});
    });
}

Result<Domain::Indicator> SqlEditRepository::indicator(const QUuid &uuid)
{
    return find<Domain::Indicator>(
        EntityKind::Indicator, uuid,
        [&](const Location &where) -> Result<QVector<Domain::Indicator>> {
            auto goal = firstWith<Domain::Goal>(
                Readers::goals(m_database.connection(), Domain::ProjectId{where.project.id}),
                where.owner.uuid, EntityKind::Goal);
            if (!goal)
                return goal.error();
            return goal->indicators;
        });
}

Result<Domain::Measure> SqlEditRepository::measure(const QUuid &uuid)
{
    auto where = located(EntityKind::Measure, uuid);
    if (!where)
        return where.error();
    return Readers::measure(m_database.connection(), Domain::MeasureId{where->id});
}

Result<Domain::Activity> SqlEditRepository::activity(const QUuid &uuid)
{
    return find<Domain::Activity>(EntityKind::Activity, uuid,
                                  [&](const Location &where) -> Result<QVector<Domain::Activity>> {
                                      auto measure =
                                          Readers::measure(m_database.connection(),
                                                           Domain::MeasureId{where.owner.id});
                                      if (!measure)
                                          return measure.error();
                                      return measure->activities;
                                  });
}

Result<Domain::Milestone> SqlEditRepository::milestone(const QUuid &uuid)
{
    return find<Domain::Milestone>(EntityKind::Milestone, uuid, [&](const Location &where) {
        return Readers::milestones(m_database.connection(), Domain::ProjectId{where.project.id});
    });
}

Result<Domain::StatusUpdate> SqlEditRepository::statusUpdate(const QUuid &uuid)
{
    return find<Domain::StatusUpdate>(EntityKind::StatusUpdate, uuid, [&](const Location &where) {
        return Readers::statusUpdates(m_database.connection(), Domain::ProjectId{where.project.id});
    });
}

Result<Domain::Risk> SqlEditRepository::risk(const QUuid &uuid)
{
    return find<Domain::Risk>(EntityKind::Risk, uuid, [&](const Location &where) {
        return Readers::risks(m_database.connection(), Domain::ProjectId{where.project.id});
    });
}

Result<Domain::BudgetLine> SqlEditRepository::budgetLine(const QUuid &uuid)
{
    return find<Domain::BudgetLine>(EntityKind::BudgetLine, uuid, [&](const Location &where) {
        return Readers::budgetLines(m_database.connection(), Domain::ProjectId{where.project.id});
    });
}

Result<std::optional<Domain::LastChange>> SqlEditRepository::lastChange(const QUuid &uuid)
{
    return ChangeWriter::lastChange(m_database, uuid);
}

} // namespace Storage
