#include "models/storage/projectasof.h"

#include "models/domain/text.h"
#include "models/storage/changewriter.h"
#include "models/storage/database.h"
#include "models/storage/entityreaders.h"
#include "models/storage/entityrows.h"
#include "models/storage/historyevents.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <map>

namespace Storage {
namespace {

using Domain::ChangeEvent;
using Domain::Error;
using Domain::Result;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::ProjectAsOf)
};

// One entity as the history records it.
struct State
{
    const Table *table = nullptr;
    QUuid uuid;
    qint64 id = 0; // its key when it is stored now; 0 for one brought back from a delete
    QHash<QString, QJsonValue> fields;

    QString text(const char *name) const { return fields.value(QLatin1String(name)).toString(); }
    bool isNull(const char *name) const
    {
        const QJsonValue value = fields.value(QLatin1String(name));
        return value.isNull() || value.isUndefined();
    }
    QDate date(const char *name) const { return QDate::fromString(text(name), Qt::ISODate); }
    Domain::PlanDate planDate(const char *name) const
    {
        return Domain::PlanDate::fromCode(text(name)).value_or(Domain::PlanDate());
    }
    QDateTime timestamp(const char *name) const
    {
        return QDateTime::fromString(text(name), Qt::ISODateWithMs).toUTC();
    }
    QUuid uuidOf(const char *name) const { return QUuid::fromString(text(name)); }
    int number(const char *name) const { return text(name).toInt(); }
    qint64 wholeNumber(const char *name) const { return text(name).toLongLong(); }
    std::optional<int> optionalInt(const char *name) const
    {
        return isNull(name) ? std::nullopt : std::optional<int>(number(name));
    }
    std::optional<double> optionalDouble(const char *name) const
    {
        return isNull(name) ? std::nullopt : std::optional<double>(text(name).toDouble());
    }
    bool flag(const char *name) const { return text(name) == QLatin1String("true"); }
    template <typename E>
    E code(const char *name, E fallback) const
    {
        return Domain::fromCode<E>(text(name)).value_or(fallback);
    }
    QVector<QUuid> uuids(const char *name) const
    {
        QVector<QUuid> result;
        for (const QJsonValue &value : fields.value(QLatin1String(name)).toArray())
            result.append(QUuid::fromString(value.toString()));
        return result;
    }
    int position() const { return number("position"); }
};

// Every entity of the project, by UUID.
class States
{
public:
    void add(const Table &table, const QUuid &uuid, qint64 id, const Row &row)
    {
        State state{&table, uuid, id, {}};
        for (const Field &field : row)
            state.fields.insert(QLatin1String(field.name), ChangeWriter::historyValue(field));
        m_states.insert(uuid, state);
    }

    // Undoes one event; the events come newest first.
    Result<void> undo(const ChangeEvent &event)
    {
        switch (event.operation) {
        case ChangeEvent::Operation::Insert:
            m_states.remove(event.entityUuid);
            return {};
        case ChangeEvent::Operation::Update: {
            auto found = m_states.find(event.entityUuid);
            if (found == m_states.end())
                return inconsistent(event);
            for (const ChangeEvent::Field &field : event.fields)
                found->fields.insert(field.name, field.before);
            return {};
        }
        case ChangeEvent::Operation::Delete: {
            const Table *table = HistoryEvents::tableOfEntity(event.entity);
            State state{table, event.entityUuid, 0, {}};
            for (const ChangeEvent::Field &field : event.fields)
                state.fields.insert(field.name, field.before);
            m_states.insert(event.entityUuid, state);
            return {};
        }
        }
        return {};
    }

    // The states of one table, in the order of their lists.
    QVector<State> of(const Table &table) const
    {
        QVector<State> result;
        for (const State &state : m_states) {
            if (state.table == &table)
                result.append(state);
        }
        std::sort(result.begin(), result.end(), [](const State &a, const State &b) {
            return a.position() != b.position() ? a.position() < b.position() : a.uuid < b.uuid;
        });
        return result;
    }

    const State *find(const QUuid &uuid) const
    {
        const auto found = m_states.constFind(uuid);
        return found == m_states.cend() ? nullptr : &found.value();
    }

private:
    static Error inconsistent(const ChangeEvent &event)
    {
        return Error{Error::Kind::Format,
                     Text::tr("The change history does not match what is stored: change set %1 "
                              "updates %2 %3, which is not there.")
                         .arg(QString::number(event.changeSet), event.entity,
                              event.entityUuid.toString(QUuid::WithoutBraces))};
    }

    QHash<QUuid, State> m_states;
};

void addCurrent(States &states, const Domain::ProjectBundle &bundle)
{
    const Ref project{bundle.project.id.value, bundle.project.uuid};
    const auto ref = [](const QUuid &uuid) { return Ref{0, uuid}; };
    states.add(Rows::Project, project.uuid, project.id, Rows::projectRow(bundle.project));
    for (int i = 0; i < bundle.participants.size(); ++i) {
        const Domain::Participant &p = bundle.participants.at(i);
        states.add(Rows::Participant, p.uuid, p.id.value,
                   Rows::participantRow(p, project, ref(p.organisationUuid), i));
    }
    for (int i = 0; i < bundle.members.size(); ++i) {
        const Domain::Member &m = bundle.members.at(i);
        states.add(Rows::Member, m.uuid, m.id.value,
                   Rows::memberRow(m, project, ref(m.organisationUuid), i));
    }
    for (int i = 0; i < bundle.goals.size(); ++i) {
        const Domain::Goal &g = bundle.goals.at(i);
        states.add(Rows::Goal, g.uuid, g.id.value, Rows::goalRow(g, project, ref(g.parentUuid), i));
        for (int j = 0; j < g.indicators.size(); ++j) {
            const Domain::Indicator &indicator = g.indicators.at(j);
            states.add(Rows::Indicator, indicator.uuid, indicator.id.value,
                       Rows::indicatorRow(indicator, ref(g.uuid), j));
        }
    }
    for (int i = 0; i < bundle.measures.size(); ++i) {
        const Domain::Measure &m = bundle.measures.at(i);
        states.add(Rows::Measure, m.uuid, m.id.value, Rows::measureRow(m, project, i));
        for (int j = 0; j < m.activities.size(); ++j) {
            const Domain::Activity &a = m.activities.at(j);
            states.add(Rows::Activity, a.uuid, a.id.value, Rows::activityRow(a, ref(m.uuid), j));
        }
    }
    for (int i = 0; i < bundle.milestones.size(); ++i) {
        const Domain::Milestone &m = bundle.milestones.at(i);
        states.add(Rows::Milestone, m.uuid, m.id.value,
                   Rows::milestoneRow(m, project, ref(m.measureUuid), i));
    }
    for (const Domain::StatusUpdate &u : bundle.statusUpdates) {
        states.add(Rows::StatusUpdate, u.uuid, u.id.value,
                   Rows::statusUpdateRow(u, project, ref(u.measureUuid)));
    }
    for (int i = 0; i < bundle.risks.size(); ++i) {
        const Domain::Risk &r = bundle.risks.at(i);
        states.add(Rows::Risk, r.uuid, r.id.value, Rows::riskRow(r, project, i));
    }
    for (int i = 0; i < bundle.budgetLines.size(); ++i) {
        const Domain::BudgetLine &b = bundle.budgetLines.at(i);
        states.add(Rows::BudgetLine, b.uuid, b.id.value, Rows::budgetLineRow(b, project, i));
    }
}

// The entities as domain values again. Ids are those of the rows stored now (0 for one brought
// back); versions are left at 0.
Domain::ProjectBundle bundleOf(const State &project, const States &states)
{
    Domain::ProjectBundle bundle;
    Domain::Project &p = bundle.project;
    p.id.value = project.id;
    p.uuid = project.uuid;
    p.name = project.text("name");
    p.shortName = project.text("shortName");
    p.region = project.text("region");
    p.description = project.text("description");
    p.start = project.date("start");
    p.end = project.date("end");
    p.status = project.code("status", Domain::Status::Planned);
    p.fundingNotes = project.text("fundingNotes");
    p.knowledgeSourceUuids = project.uuids("knowledgeSources");

    for (const State &s : states.of(Rows::Participant)) {
        Domain::Participant participant;
        participant.id.value = s.id;
        participant.uuid = s.uuid;
        participant.organisationUuid = s.uuidOf("organisation");
        participant.role = s.code("role", Domain::ParticipantRole::Partner);
        bundle.participants.append(participant);
    }
    for (const State &s : states.of(Rows::Member)) {
        Domain::Member member;
        member.id.value = s.id;
        member.uuid = s.uuid;
        member.name = s.text("name");
        member.role = s.text("role");
        member.organisationUuid = s.uuidOf("organisation");
        member.group = s.code("group", Domain::Group::ProjectGroup);
        bundle.members.append(member);
    }
    QHash<QUuid, QVector<Domain::Indicator>> indicators;
    for (const State &s : states.of(Rows::Indicator)) {
        Domain::Indicator indicator;
        indicator.id.value = s.id;
        indicator.uuid = s.uuid;
        indicator.name = s.text("name");
        indicator.unit = s.text("unit");
        indicator.baseline = s.optionalDouble("baseline");
        indicator.target = s.optionalDouble("target");
        indicator.current = s.optionalDouble("current");
        indicator.measuredOn = s.planDate("measuredOn");
        indicators[s.uuidOf("goal")].append(indicator);
    }
    for (const State &s : states.of(Rows::Goal)) {
        Domain::Goal goal;
        goal.id.value = s.id;
        goal.uuid = s.uuid;
        goal.parentUuid = s.uuidOf("parent");
        goal.text = s.text("text");
        goal.indicators = indicators.value(s.uuid);
        bundle.goals.append(goal);
    }
    QHash<QUuid, QVector<Domain::Activity>> activities;
    for (const State &s : states.of(Rows::Activity)) {
        Domain::Activity activity;
        activity.id.value = s.id;
        activity.uuid = s.uuid;
        activity.title = s.text("title");
        activity.due = s.planDate("due");
        activity.done = s.flag("done");
        activities[s.uuidOf("measure")].append(activity);
    }
    for (const State &s : states.of(Rows::Measure)) {
        Domain::Measure measure;
        measure.id.value = s.id;
        measure.uuid = s.uuid;
        measure.title = s.text("title");
        measure.description = s.text("description");
        measure.level = s.code("level", Domain::MeasureLevel::System);
        measure.theme = s.text("theme");
        measure.goalUuids = s.uuids("goals");
        measure.responsibleOrganisationUuids = s.uuids("responsibleOrganisations");
        measure.participatingOrganisationUuids = s.uuids("participatingOrganisations");
        measure.knowledgeSourceUuids = s.uuids("knowledgeSources");
        measure.plannedStart = s.planDate("plannedStart");
        measure.plannedEnd = s.planDate("plannedEnd");
        measure.actualStart = s.planDate("actualStart");
        measure.actualEnd = s.planDate("actualEnd");
        measure.status = s.code("status", Domain::Status::Planned);
        measure.progress = s.optionalInt("progress");
        measure.anchoring = s.code("managementAnchoring.state", Domain::Anchoring::Unknown);
        measure.anchoredOn = s.date("managementAnchoring.date");
        measure.activities = activities.value(s.uuid);
        bundle.measures.append(measure);
    }
    for (const State &s : states.of(Rows::Milestone)) {
        Domain::Milestone milestone;
        milestone.id.value = s.id;
        milestone.uuid = s.uuid;
        milestone.date = s.planDate("date");
        milestone.title = s.text("title");
        milestone.measureUuid = s.uuidOf("measure");
        milestone.done = s.flag("done");
        bundle.milestones.append(milestone);
    }
    QVector<State> updates = states.of(Rows::StatusUpdate);
    // As the log is read: by time, then in the order stored (one brought back last).
    std::sort(updates.begin(), updates.end(), [](const State &a, const State &b) {
        const QDateTime at = a.timestamp("recordedAt");
        const QDateTime bt = b.timestamp("recordedAt");
        if (at != bt)
            return at < bt;
        const qint64 ai = a.id ? a.id : std::numeric_limits<qint64>::max();
        const qint64 bi = b.id ? b.id : std::numeric_limits<qint64>::max();
        return ai < bi;
    });
    for (const State &s : updates) {
        Domain::StatusUpdate update;
        update.id.value = s.id;
        update.uuid = s.uuid;
        update.measureUuid = s.uuidOf("measure");
        update.recordedAt = s.timestamp("recordedAt");
        update.author = s.text("author");
        update.text = s.text("text");
        if (!s.isNull("newStatus"))
            update.newStatus = Domain::fromCode<Domain::Status>(s.text("newStatus"));
        update.newProgress = s.optionalInt("newProgress");
        update.deviation = s.flag("deviation");
        update.decisionNeeded = s.flag("decisionNeeded");
        bundle.statusUpdates.append(update);
    }
    for (const State &s : states.of(Rows::Risk)) {
        Domain::Risk risk;
        risk.id.value = s.id;
        risk.uuid = s.uuid;
        risk.description = s.text("description");
        risk.likelihood = s.number("likelihood");
        risk.impact = s.number("impact");
        risk.mitigation = s.text("mitigation");
        risk.owner = s.text("owner");
        bundle.risks.append(risk);
    }
    for (const State &s : states.of(Rows::BudgetLine)) {
        Domain::BudgetLine line;
        line.id.value = s.id;
        line.uuid = s.uuid;
        line.year = s.number("year");
        line.label = s.text("label");
        line.budgetOre = s.wholeNumber("budgetOre");
        line.accountsOre = s.wholeNumber("accountsOre");
        line.ownContributionOre = s.wholeNumber("ownContributionOre");
        bundle.budgetLines.append(line);
    }
    return bundle;
}

} // namespace

Result<Domain::ProjectBundle> ProjectAsOf::rebuild(Database &database, const QUuid &project,
                                                   const QDateTime &at)
{
    Transaction snapshot(database, Transaction::Mode::Read);
    if (!snapshot.started())
        return snapshot.started().error();
    const QSqlDatabase db = database.connection();

    States states;
    auto stored = Readers::projectByUuid(db, project);
    if (stored) {
        auto current = Readers::bundle(db, stored.value());
        if (!current)
            return current.error();
        addCurrent(states, current.value());
    } else if (stored.error().kind != Error::Kind::NotFound) {
        return stored.error(); // a deleted project is brought back from its delete event
    }

    auto events = Sql::run(db,
                           QStringLiteral("SELECT %1 FROM change_event e"
                                          " JOIN change_set s ON s.id = e.change_set"
                                          " WHERE e.project_uuid = ? AND s.changed_at > ?"
                                          " ORDER BY e.change_set DESC, e.id DESC")
                               .arg(QLatin1String(HistoryEvents::Columns)),
                           {Sql::uuidBytes(project), Sql::milliseconds(at)});
    if (!events)
        return events.error();
    auto newestFirst = HistoryEvents::readAll(events.value());
    if (!newestFirst)
        return newestFirst.error();
    // Change sets newest first; within one, its inserts last: an entity's insert is the first
    // thing that happened to it, whatever order the rows were stored in (ChangeWriter stores
    // the inserts of a transaction together).
    const QVector<ChangeEvent> &undo = newestFirst.value();
    for (qsizetype first = 0; first < undo.size();) {
        qsizetype end = first;
        while (end < undo.size() && undo.at(end).changeSet == undo.at(first).changeSet)
            ++end;
        for (const bool inserts : {false, true}) {
            for (qsizetype i = first; i < end; ++i) {
                const ChangeEvent &event = undo.at(i);
                if ((event.operation == ChangeEvent::Operation::Insert) != inserts)
                    continue;
                if (auto undone = states.undo(event); !undone)
                    return undone.error();
            }
        }
        first = end;
    }

    const State *itself = states.find(project);
    if (!itself) {
        return Error{Error::Kind::NotFound,
                     Text::tr("The project %1 did not exist on %2.")
                         .arg(project.toString(QUuid::WithoutBraces),
                              QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))};
    }
    return bundleOf(*itself, states);
}

} // namespace Storage
