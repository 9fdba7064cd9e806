#pragma once

#include "models/domain/portfolio.h"
#include "models/storage/changewriter.h"

// How each entity maps to its table: the table name and one Field per column, in a fixed
// order (ChangeWriter::update compares two rows of the same entity position by position).
// Internal to storage.
namespace Storage::Rows {

inline constexpr Table Organisation{"organisation", "organisation"};
inline constexpr Table KnowledgeSource{"knowledge_source", "knowledgeSource"};
inline constexpr Table Project{"project", "project"};
inline constexpr Table Participant{"participant", "participant"};
inline constexpr Table Member{"member", "member"};
inline constexpr Table Goal{"goal", "goal"};
inline constexpr Table Indicator{"indicator", "indicator"};
inline constexpr Table Measure{"measure", "measure"};
inline constexpr Table Activity{"activity", "activity"};
inline constexpr Table Milestone{"milestone", "milestone"};
inline constexpr Table StatusUpdate{"status_update", "statusUpdate"};
inline constexpr Table Risk{"risk", "risk"};
inline constexpr Table BudgetLine{"budget_line", "budgetLine"};

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
