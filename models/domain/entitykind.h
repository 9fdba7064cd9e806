#pragma once

namespace Domain {

// The kinds of entity Samspill stores, for the calls that take any of them (move, remove) and
// for saying what a removal took with it.
enum class EntityKind {
    Organisation,
    KnowledgeSource,
    Project,
    Participant,
    Member,
    Goal,
    Indicator,
    Measure,
    Activity,
    Milestone,
    StatusUpdate,
    Risk,
    BudgetLine,
};

} // namespace Domain
