#pragma once

#include "models/domain/entitykind.h"
#include "models/domain/portfolio.h"
#include "models/storage/changewriter.h"

// How each entity maps to its table: the table name, the entity's name and code in the change
// history, and one Field per column, in a fixed order (ChangeWriter::update compares two rows of
// the same entity position by position). A measure's row also carries its links (goals,
// organisations, knowledge sources) as fields without a column: they live in link tables, but
// the history records them with the measure. The codes are stored in change_event.entity and
// never change. Internal to storage.
namespace Storage::Rows {

inline constexpr Table Organisation{"organisation", "organisation", 1};
inline constexpr Table KnowledgeSource{"knowledge_source", "knowledgeSource", 2};
inline constexpr Table Project{"project", "project", 3};
inline constexpr Table Participant{"participant", "participant", 4};
inline constexpr Table Member{"member", "member", 5};
inline constexpr Table Goal{"goal", "goal", 6};
inline constexpr Table Indicator{"indicator", "indicator", 7};
inline constexpr Table Measure{"measure", "measure", 8};
inline constexpr Table Activity{"activity", "activity", 9};
inline constexpr Table Milestone{"milestone", "milestone", 10};
inline constexpr Table StatusUpdate{"status_update", "statusUpdate", 11};
inline constexpr Table Risk{"risk", "risk", 12};
inline constexpr Table BudgetLine{"budget_line", "budgetLine", 13};

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

// The fields of a row that say where the entity sits (as named and placed in the rows above),
// for ChangeWriter::move.
Row placeRow(int position);
Row goalPlaceRow(const Ref &parent, int position);

// The table of each kind of entity.
const Table &of(Domain::EntityKind kind);

// Every table above, for looking one up by its history code or name.
const QVector<const Table *> &allTables();

} // namespace Storage::Rows
