#include "models/storage/entityremover.h"

// The restoring half of EntityRemover (entityremover.cpp holds the other): a Removal put back as
// it was taken, with its sub-goals, its parts and the links of entities that stayed, each in its
// old place, refused when that place is gone or the entity is back already.

#include "models/storage/database.h"
#include "models/storage/entityrows.h"
#include "models/storage/removalsupport.h"

#include <QHash>

namespace Storage {

using namespace RemovalSupport;

namespace {

// How many levels of sub-goals hang below the first goal of a subtree in pre-order (0: none).
int heightOf(const QVector<Domain::Goal> &subtree)
{
    QHash<QUuid, int> depth;
    int height = 0;
    for (const Domain::Goal &goal : subtree) {
        const int level =
            goal.uuid == subtree.constFirst().uuid ? 0 : depth.value(goal.parentUuid) + 1;
        depth.insert(goal.uuid, level);
        height = std::max(height, level);
    }
    return height;
}

} // namespace

Result<void> EntityRemover::restore(const Removal &removal)
{
    m_writer.setKeepKeys(true);
    auto existing = m_writer.resolve(Rows::of(removal.kind), removal.uuid);
    if (!existing)
        return existing.error();
    if (existing.value() != 0)
        return Error{Error::Kind::Conflict, Text::tr("It has been put back already.")};
    switch (removal.kind) {
    case EntityKind::Organisation: {
        if (!removal.organisation)
            return malformed();
        auto inserted =
            m_writer.insertOrganisation(*removal.organisation, ChangeWriter::Duplicate::Refuse);
        return inserted ? Result<void>() : Result<void>(inserted.error());
    }
    case EntityKind::KnowledgeSource: {
        if (!removal.knowledgeSource)
            return malformed();
        auto inserted = m_writer.insertKnowledgeSource(*removal.knowledgeSource,
                                                       ChangeWriter::Duplicate::Refuse);
        return inserted ? Result<void>() : Result<void>(inserted.error());
    }
    case EntityKind::Project:
        if (removal.contents.project.uuid != removal.uuid)
            return malformed();
        return m_writer.insertBundle(removal.contents, QStringLiteral("project"));
    default:
        break;
    }
    auto project = m_writer.resolve(Rows::Project, removal.projectUuid);
    if (!project)
        return project.error();
    if (project.value() == 0) {
        return Error{Error::Kind::NotFound,
                     Text::tr("The project it was part of has been deleted.")};
    }
    const Ref ref{project.value(), removal.projectUuid};
    m_writer.changes().setProject(removal.projectUuid);
    switch (removal.kind) {
    case EntityKind::Goal:
        return restoreGoals(removal, ref);
    case EntityKind::Measure:
        return restoreMeasure(removal, ref);
    case EntityKind::Indicator:
    case EntityKind::Activity:
        return restorePart(removal);
    default:
        return restoreInProject(removal, ref);
    }
}

Result<void> EntityRemover::restoreGoals(const Removal &removal, const Ref &project)
{
    const QVector<Domain::Goal> &goals = removal.contents.goals;
    if (goals.isEmpty() || goals.constFirst().uuid != removal.uuid)
        return malformed();
    if (!removal.ownerUuid.isNull()) {
        auto parent = m_writer.resolve(Rows::Goal, removal.ownerUuid);
        if (!parent)
            return parent.error();
        if (parent.value() == 0) {
            return Error{Error::Kind::NotFound,
                         Text::tr("The goal it was a sub-goal of has been deleted.")};
        }
    }
    auto at = m_positions.makeRoomForGoals(project.id, removal.ownerUuid, removal.position,
                                           int(goals.size()), heightOf(goals));
    if (!at)
        return at.error();
    for (int i = 0; i < goals.size(); ++i) {
        if (auto inserted = m_writer.insertGoal(goals.at(i), project, at.value() + i); !inserted)
            return inserted;
    }

    // The measures that served them serve them again, in their old places, unless someone
    // removed the measure meanwhile.
    const QSqlDatabase db = m_database.connection();
    QVector<QUuid> measures;
    for (const RemovedLink &link : removal.links) {
        if (link.kind == EntityKind::Measure && !measures.contains(link.entity))
            measures.append(link.entity);
    }
    for (const QUuid &uuid : std::as_const(measures)) {
        auto located = Readers::locate(db, Rows::Measure, uuid);
        if (!located)
            return located.error();
        if (!located->has_value() || located->value().project.id != project.id)
            continue;
        auto stored = Readers::measure(db, Domain::MeasureId{located->value().id});
        if (!stored)
            return stored.error();
        Domain::Measure changed = stored.value();
        QVector<RemovedLink> links;
        for (const RemovedLink &link : removal.links) {
            if (link.kind == EntityKind::Measure && link.entity == uuid)
                links.append(link);
        }
        std::sort(links.begin(), links.end(), [](const RemovedLink &a, const RemovedLink &b) {
            return a.position < b.position;
        });
        for (const RemovedLink &link : std::as_const(links)) {
            if (!changed.goalUuids.contains(link.target)) {
                changed.goalUuids.insert(std::min(link.position, int(changed.goalUuids.size())),
                                         link.target);
            }
        }
        if (auto updated =
                m_writer.updateMeasure(stored.value(), changed, project, located->value().position);
            !updated)
            return settled(updated.error());
    }
    return {};
}

Result<void> EntityRemover::restoreMeasure(const Removal &removal, const Ref &project)
{
    if (removal.contents.measures.size() != 1 ||
        removal.contents.measures.constFirst().uuid != removal.uuid)
        return malformed();
    auto at = m_positions.makeRoom(Rows::Measure, project.id, removal.position);
    if (!at)
        return at.error();
    auto inserted =
        m_writer.insertMeasure(removal.contents.measures.constFirst(), project, at.value());
    if (!inserted)
        return inserted.error();
    for (const Domain::StatusUpdate &update : removal.contents.statusUpdates) {
        if (auto done = m_writer.insertStatusUpdate(update, project); !done)
            return done;
    }

    // Its milestones are its again, unless someone removed one or gave it another measure.
    const QSqlDatabase db = m_database.connection();
    auto milestones = Readers::milestones(db, Domain::ProjectId{project.id});
    if (!milestones)
        return milestones.error();
    for (const RemovedLink &link : removal.links) {
        const qsizetype index =
            link.kind == EntityKind::Milestone ? indexOf(milestones.value(), link.entity) : -1;
        if (index < 0 || !milestones->at(index).measureUuid.isNull())
            continue;
        Domain::Milestone changed = milestones->at(index);
        changed.measureUuid = removal.uuid;
        if (auto updated =
                m_writer.updateMilestone(milestones->at(index), changed, project, int(index));
            !updated)
            return settled(updated.error());
    }
    return {};
}

Result<void> EntityRemover::restorePart(const Removal &removal)
{
    const bool indicator = removal.kind == EntityKind::Indicator;
    if (indicator ? !removal.indicator : !removal.activity)
        return malformed();
    const Table &ownerTable = indicator ? Rows::Goal : Rows::Measure;
    auto owner = m_writer.resolve(ownerTable, removal.ownerUuid);
    if (!owner)
        return owner.error();
    if (owner.value() == 0) {
        return Error{Error::Kind::NotFound,
                     indicator ? Text::tr("The goal it belonged to has been deleted.")
                               : Text::tr("The measure it belonged to has been deleted.")};
    }
    const Ref ref{owner.value(), removal.ownerUuid};
    auto at = m_positions.makeRoom(Rows::of(removal.kind), ref.id, removal.position);
    if (!at)
        return at.error();
    auto inserted = indicator ? m_writer.insertIndicator(*removal.indicator, ref, at.value())
                              : m_writer.insertActivity(*removal.activity, ref, at.value());
    if (!inserted)
        return inserted;
    if (auto touched = m_writer.changes().touch(ownerTable, ref.id, ref.uuid); !touched)
        return settled(touched.error());
    return {};
}

Result<void> EntityRemover::restoreInProject(const Removal &removal, const Ref &project)
{
    const Domain::ProjectBundle &contents = removal.contents;
    if (removal.kind == EntityKind::StatusUpdate) {
        if (contents.statusUpdates.size() != 1)
            return malformed();
        return m_writer.insertStatusUpdate(contents.statusUpdates.constFirst(), project);
    }
    const auto one = [](const auto &list) { return list.size() == 1; };
    const bool present = (removal.kind == EntityKind::Participant && one(contents.participants)) ||
                         (removal.kind == EntityKind::Member && one(contents.members)) ||
                         (removal.kind == EntityKind::Milestone && one(contents.milestones)) ||
                         (removal.kind == EntityKind::Risk && one(contents.risks)) ||
                         (removal.kind == EntityKind::BudgetLine && one(contents.budgetLines));
    if (!present)
        return malformed();
    auto at = m_positions.makeRoom(Rows::of(removal.kind), project.id, removal.position);
    if (!at)
        return at.error();
    switch (removal.kind) {
    case EntityKind::Participant:
        return m_writer.insertParticipant(contents.participants.constFirst(), project, at.value());
    case EntityKind::Member:
        return m_writer.insertMember(contents.members.constFirst(), project, at.value());
    case EntityKind::Milestone:
        return m_writer.insertMilestone(contents.milestones.constFirst(), project, at.value());
    case EntityKind::Risk:
        return m_writer.insertRisk(contents.risks.constFirst(), project, at.value());
    default:
        return m_writer.insertBudgetLine(contents.budgetLines.constFirst(), project, at.value());
    }
}

} // namespace Storage
