#pragma once

#include <QHashFunctions>
#include <QtGlobal>

namespace Domain {

// A typed integer key. The tag keeps a ProjectId from being passed where a MeasureId is
// expected. Zero means "not stored yet". The integer key is local to one database; the
// entity's QUuid is what stays the same across databases and exchange files.
template <typename Tag>
struct Id
{
    qint64 value = 0;

    constexpr bool isValid() const { return value > 0; }
    friend constexpr bool operator==(Id a, Id b) { return a.value == b.value; }
    friend constexpr bool operator!=(Id a, Id b) { return a.value != b.value; }
    friend constexpr bool operator<(Id a, Id b) { return a.value < b.value; }
    friend size_t qHash(Id id, size_t seed = 0) noexcept { return ::qHash(id.value, seed); }
};

using OrganisationId = Id<struct OrganisationTag>;
using ProjectId = Id<struct ProjectTag>;
using ParticipantId = Id<struct ParticipantTag>;
using MemberId = Id<struct MemberTag>;
using GoalId = Id<struct GoalTag>;
using IndicatorId = Id<struct IndicatorTag>;
using MeasureId = Id<struct MeasureTag>;
using ActivityId = Id<struct ActivityTag>;
using MilestoneId = Id<struct MilestoneTag>;
using StatusUpdateId = Id<struct StatusUpdateTag>;
using RiskId = Id<struct RiskTag>;
using KnowledgeSourceId = Id<struct KnowledgeSourceTag>;
using BudgetLineId = Id<struct BudgetLineTag>;

} // namespace Domain
