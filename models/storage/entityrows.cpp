#include "models/storage/entityrows.h"

#include "models/storage/sqlsupport.h"

namespace Storage::Rows {
namespace {

using namespace Storage::Sql;

// Recorded as the UUID, turned into text only when the history needs it.
Field reference(const char *name, const char *column, const Ref &ref)
{
    return Field{name, column, fromId(ref.id),
                 ref.uuid.isNull() ? QVariant() : QVariant::fromValue(ref.uuid)};
}

Field code(const char *name, const char *column, const QString &value)
{
    return Field{name, column, value};
}

// A list of links, kept in a link table (written by EntityWriter) and recorded by the history
// as a list of UUIDs.
Field links(const char *name, const QVector<QUuid> &uuids)
{
    QStringList texts;
    texts.reserve(uuids.size());
    for (const QUuid &uuid : uuids)
        texts.append(uuid.toString(QUuid::WithoutBraces));
    return Field{name, nullptr, QVariant(), QVariant(texts)};
}

} // namespace

Row organisationRow(const Domain::Organisation &organisation)
{
    return {
        {"name", "name", organisation.name},
        code("kind", "kind", Domain::toCode(organisation.kind)),
    };
}

Row knowledgeSourceRow(const Domain::KnowledgeSource &source)
{
    return {
        {"title", "title", source.title},
        {"publisher", "publisher", source.publisher},
        {"authors", "authors", source.authors},
        {"year", "year", fromOptional(source.year)},
        {"reference", "reference", source.reference},
        {"link", "link", source.link},
        {"summary", "summary", source.summary},
    };
}

Row projectRow(const Domain::Project &project)
{
    return {
        {"name", "name", project.name},
        {"shortName", "short_name", project.shortName},
        {"region", "region", project.region},
        {"description", "description", project.description},
        {"start", "start_date", fromDate(project.start)},
        {"end", "end_date", fromDate(project.end)},
        code("status", "status", Domain::toCode(project.status)),
        {"fundingNotes", "funding_notes", project.fundingNotes},
        links("knowledgeSources", project.knowledgeSourceUuids),
    };
}

Row participantRow(const Domain::Participant &participant, const Ref &project,
                   const Ref &organisation, int position)
{
    return {
        reference("project", "project_id", project),
        reference("organisation", "organisation_id", organisation),
        code("role", "role", Domain::toCode(participant.role)),
        {"position", "position", position},
    };
}

Row memberRow(const Domain::Member &member, const Ref &project, const Ref &organisation,
              int position)
{
    return {
        reference("project", "project_id", project),
        {"name", "name", member.name},
        {"role", "role", member.role},
        reference("organisation", "organisation_id", organisation),
        code("group", "member_group", Domain::toCode(member.group)),
        {"position", "position", position},
    };
}

Row goalRow(const Domain::Goal &goal, const Ref &project, const Ref &parent, int position)
{
    return {
        reference("project", "project_id", project),
        reference("parent", "parent_id", parent),
        {"text", "text", goal.text},
        {"position", "position", position},
    };
}

Row indicatorRow(const Domain::Indicator &indicator, const Ref &goal, int position)
{
    return {
        reference("goal", "goal_id", goal),
        {"name", "name", indicator.name},
        {"unit", "unit", indicator.unit},
        {"baseline", "baseline", fromOptional(indicator.baseline)},
        {"target", "target", fromOptional(indicator.target)},
        {"current", "current_value", fromOptional(indicator.current)},
        {"measuredOn", "measured_on", fromPlanDate(indicator.measuredOn)},
        {"position", "position", position},
    };
}

Row measureRow(const Domain::Measure &measure, const Ref &project, int position)
{
    return {
        reference("project", "project_id", project),
        {"title", "title", measure.title},
        {"description", "description", measure.description},
        code("level", "level", Domain::toCode(measure.level)),
        {"theme", "theme", measure.theme},
        {"plannedStart", "planned_start", fromPlanDate(measure.plannedStart)},
        {"plannedEnd", "planned_end", fromPlanDate(measure.plannedEnd)},
        {"actualStart", "actual_start", fromPlanDate(measure.actualStart)},
        {"actualEnd", "actual_end", fromPlanDate(measure.actualEnd)},
        code("status", "status", Domain::toCode(measure.status)),
        {"progress", "progress", fromOptional(measure.progress)},
        code("managementAnchoring.state", "anchoring", Domain::toCode(measure.anchoring)),
        {"managementAnchoring.date", "anchored_on", fromDate(measure.anchoredOn)},
        {"position", "position", position},
        links("goals", measure.goalUuids),
        links("responsibleOrganisations", measure.responsibleOrganisationUuids),
        links("participatingOrganisations", measure.participatingOrganisationUuids),
        links("knowledgeSources", measure.knowledgeSourceUuids),
    };
}

Row activityRow(const Domain::Activity &activity, const Ref &measure, int position)
{
    return {
        reference("measure", "measure_id", measure),
        {"title", "title", activity.title},
        {"due", "due_date", fromPlanDate(activity.due)},
        {"done", "done", fromBool(activity.done),
         activity.done ? QStringLiteral("true") : QStringLiteral("false")},
        {"position", "position", position},
    };
}

Row milestoneRow(const Domain::Milestone &milestone, const Ref &project, const Ref &measure,
                 int position)
{
    return {
        reference("project", "project_id", project),
        reference("measure", "measure_id", measure),
        {"date", "milestone_date", fromPlanDate(milestone.date)},
        {"title", "title", milestone.title},
        {"done", "done", fromBool(milestone.done),
         milestone.done ? QStringLiteral("true") : QStringLiteral("false")},
        {"position", "position", position},
    };
}

Row statusUpdateRow(const Domain::StatusUpdate &update, const Ref &project, const Ref &measure)
{
    const auto flag = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    return {
        reference("project", "project_id", project),
        reference("measure", "measure_id", measure),
        {"recordedAt", "recorded_at", fromTimestamp(update.recordedAt)},
        {"author", "author", update.author},
        {"text", "text", update.text},
        {"newStatus", "new_status",
         update.newStatus ? QVariant(Domain::toCode(*update.newStatus)) : QVariant()},
        {"newProgress", "new_progress", fromOptional(update.newProgress)},
        {"deviation", "deviation", fromBool(update.deviation), flag(update.deviation)},
        {"decisionNeeded", "decision_needed", fromBool(update.decisionNeeded),
         flag(update.decisionNeeded)},
    };
}

Row riskRow(const Domain::Risk &risk, const Ref &project, int position)
{
    return {
        reference("project", "project_id", project),
        {"description", "description", risk.description},
        {"likelihood", "likelihood", risk.likelihood},
        {"impact", "impact", risk.impact},
        {"mitigation", "mitigation", risk.mitigation},
        {"owner", "owner", risk.owner},
        {"position", "position", position},
    };
}

Row budgetLineRow(const Domain::BudgetLine &line, const Ref &project, int position)
{
    return {
        reference("project", "project_id", project),
        {"year", "year", line.year},
        {"label", "label", line.label},
        {"budgetOre", "budget_ore", line.budgetOre},
        {"accountsOre", "accounts_ore", line.accountsOre},
        {"ownContributionOre", "own_contribution_ore", line.ownContributionOre},
        {"position", "position", position},
    };
}

Row placeRow(int position)
{
    return {{"position", "position", position}};
}

Row goalPlaceRow(const Ref &parent, int position)
{
    return {reference("parent", "parent_id", parent), {"position", "position", position}};
}

const Table &of(Domain::EntityKind kind)
{
    switch (kind) {
    case Domain::EntityKind::Organisation:
        return Organisation;
    case Domain::EntityKind::KnowledgeSource:
        return KnowledgeSource;
    case Domain::EntityKind::Project:
        return Project;
    case Domain::EntityKind::Participant:
        return Participant;
    case Domain::EntityKind::Member:
        return Member;
    case Domain::EntityKind::Goal:
        return Goal;
    case Domain::EntityKind::Indicator:
        return Indicator;
    case Domain::EntityKind::Measure:
        return Measure;
    case Domain::EntityKind::Activity:
        return Activity;
    case Domain::EntityKind::Milestone:
        return Milestone;
    case Domain::EntityKind::StatusUpdate:
        return StatusUpdate;
    case Domain::EntityKind::Risk:
        return Risk;
    case Domain::EntityKind::BudgetLine:
        return BudgetLine;
    }
    Q_UNREACHABLE();
}

const QVector<const Table *> &allTables()
{
    static const QVector<const Table *> tables{
        &Organisation, &KnowledgeSource, &Project,   &Participant,  &Member, &Goal,      &Indicator,
        &Measure,      &Activity,        &Milestone, &StatusUpdate, &Risk,   &BudgetLine};
    return tables;
}

} // namespace Storage::Rows
