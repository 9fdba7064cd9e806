#pragma once

#include "models/domain/entitykind.h"
#include "models/domain/portfolio.h"

#include <QUuid>
#include <QVector>

#include <optional>

namespace Domain {

// A reference from an entity that stays to one that a removal took away: a measure that served
// a removed goal, a milestone of a removed measure. The reference is taken away with it (the
// entity that stays gets a new version) and put back by EditRepository::restore.
struct RemovedLink
{
    EntityKind kind = EntityKind::Measure; // of the entity that stays: a measure or a milestone
    QUuid entity;
    QUuid target;     // the removed entity it referred to
    int position = 0; // the target's place in the entity's list of goals; 0 for a milestone
};

// What one removal took away, as it was stored, so that EditRepository::restore can put it back
// exactly: the same UUIDs, keys, versions, fields, places in their lists and links. A value:
// an undo command keeps it for as long as the removal may be undone.
struct Removal
{
    EntityKind kind = EntityKind::Project; // what was asked to be removed
    QUuid uuid;
    QUuid projectUuid; // the project it was part of; null for an organisation or knowledge source
    QUuid ownerUuid;   // the parent of a sub-goal, the goal of an indicator, the measure of an
                       // activity; null otherwise
    int position = 0;  // its place among its siblings (a goal: among its parent's sub-goals or
                       // the main goals)

    // The removed entities of a project, as they were stored. contents.project is set only when
    // the project itself was removed, and then the lists hold all of it. Otherwise they hold
    // what was removed alone: a goal with its sub-goals in pre-order, with their indicators; a
    // measure with its activities, and its status updates; or the one participant, member,
    // milestone, status update, risk or budget line.
    ProjectBundle contents;
    std::optional<Organisation> organisation;
    std::optional<KnowledgeSource> knowledgeSource;
    std::optional<Indicator> indicator;
    std::optional<Activity> activity;

    QVector<RemovedLink> links; // references of entities that stay, in the order they were taken
};

} // namespace Domain
