#pragma once

#include "models/domain/portfolio.h"
#include "models/storage/changewriter.h"

// How each entity maps to its table: the table name and one Field per column, in a fixed
// order (ChangeWriter::update compares two rows of the same entity position by position).
// Internal to storage.
namespace Storage::Rows {

inline constexpr const char *Organisation = "organisation";
inline constexpr const char *KnowledgeSource = "knowledge_source";
inline constexpr const char *Project = "project";
inline constexpr const char *Participant = "participant";
inline constexpr const char *Member = "member";
inline constexpr const char *Goal = "goal";
inline constexpr const char *Indicator = "indicator";
inline constexpr const char *Measure = "measure";
inline constexpr const char *Activity = "activity";
inline constexpr const char *Milestone = "milestone";
inline constexpr const char *StatusUpdate = "status_update";
inline constexpr const char *Risk = "risk";
inline constexpr const char *BudgetLine = "budget_line";

Row organisationRow(const Domain::Organisation &organisation);
Row knowledgeSourceRow(const Domain::KnowledgeSource &source);
Row projectRow(const Domain::Project &project);
Row participantRow(const Domain::Participant &participant, const Ref &project,
                   const Ref &organisation, int position);
Row memberRow(const Domain::Member &member, const Ref &project, const Ref &organisation,
              int position);
Row goalRow(const Domain::Goal &goal, const Ref &project, const Ref &parent, int position);
Row indicatorRow(const Domain::Indicator &indicator, const Ref &goal, int position);
Row measureRow(const Domain::Measure &measure, const Ref &project, int position);
Row activityRow(const Domain::Activity &activity, const Ref &measure, int position);
Row milestoneRow(const Domain::Milestone &milestone, const Ref &project, const Ref &measure,
                 int position);
Row statusUpdateRow(const Domain::StatusUpdate &update, const Ref &project, const Ref &measure);
Row riskRow(const Domain::Risk &risk, const Ref &project, int position);
Row budgetLineRow(const Domain::BudgetLine &line, const Ref &project, int position);

} // namespace Storage::Rows
