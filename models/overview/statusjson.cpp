#include "models/overview/statusjson.h"

#include "models/overview/explanation.h"

#include <QJsonDocument>

namespace Overview {
namespace {

QJsonValue orNull(const QString &text, bool present)
{
    return present ? QJsonValue(text) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateValue(QDate date)
{
    return orNull(date.toString(Qt::ISODate), date.isValid());
}

QJsonValue planDateValue(const Domain::PlanDate &date)
{
    return orNull(date.toCode(), date.isValid());
}

QJsonValue timestampValue(const QDateTime &at)
{
    return orNull(at.toUTC().toString(Qt::ISODateWithMs), at.isValid());
}

QJsonValue uuidValue(const QUuid &uuid)
{
    return orNull(uuid.toString(QUuid::WithoutBraces), !uuid.isNull());
}

QJsonValue percentValue(const std::optional<int> &percent)
{
    return percent ? QJsonValue(*percent) : QJsonValue(QJsonValue::Null);
}

QJsonArray texts(const QStringList &items)
{
    return QJsonArray::fromStringList(items);
}

QJsonObject deadline(const Deadline &due, QDate day)
{
    return {{QStringLiteral("kind"), StatusJson::code(due.kind)},
            {QStringLiteral("date"), planDateValue(due.date)},
            {QStringLiteral("by"), dateValue(due.by())},
            {QStringLiteral("daysLeft"), int(day.daysTo(due.by()))},
            {QStringLiteral("title"), due.title},
            {QStringLiteral("uuid"), uuidValue(due.uuid)},
            {QStringLiteral("measure"), uuidValue(due.measure)}};
}

QJsonArray deadlines(const QVector<Deadline> &list, QDate day)
{
    QJsonArray array;
    for (const Deadline &due : list)
        array.append(deadline(due, day));
    return array;
}

QJsonArray updates(const QVector<Domain::StatusUpdate> &list)
{
    QJsonArray array;
    for (const Domain::StatusUpdate &update : list) {
        array.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(update.uuid)},
                                 {QStringLiteral("recordedAt"), timestampValue(update.recordedAt)},
                                 {QStringLiteral("measure"), uuidValue(update.measureUuid)},
                                 {QStringLiteral("author"), update.author},
                                 {QStringLiteral("text"), update.text}});
    }
    return array;
}

QJsonObject measureCounts(const ProjectFigures &figures)
{
    QJsonObject byStatus;
    for (Domain::Status status :
         {Domain::Status::Planned, Domain::Status::InProgress, Domain::Status::Completed,
          Domain::Status::Postponed, Domain::Status::Cancelled}) {
        byStatus.insert(Domain::toCode(status), int(figures.withStatus(status).size()));
    }
    QJsonObject byRag;
    for (Domain::Rag rag :
         {Domain::Rag::None, Domain::Rag::Green, Domain::Rag::Amber, Domain::Rag::Red})
        byRag.insert(Domain::toCode(rag), int(figures.withRag(rag).size()));
    return {{QStringLiteral("total"), int(figures.measures.size())},
            {QStringLiteral("counted"), figures.rollup.measureCount},
            {QStringLiteral("notRated"), int(figures.notRated.size())},
            {QStringLiteral("byStatus"), byStatus},
            {QStringLiteral("byRag"), byRag},
            {QStringLiteral("overdue"), int(figures.overdue.size())},
            {QStringLiteral("stale"), int(figures.stale.size())}};
}

void addDetails(const ProjectFigures &figures, QJsonObject &object)
{
    QJsonArray measures;
    for (const ProjectFigures::Measure &m : figures.measures) {
        measures.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(m.uuid)},
                                    {QStringLiteral("title"), m.title},
                                    {QStringLiteral("status"), Domain::toCode(m.status)},
                                    {QStringLiteral("progress"), percentValue(m.progress)},
                                    {QStringLiteral("plannedStart"), planDateValue(m.plannedStart)},
                                    {QStringLiteral("plannedEnd"), planDateValue(m.plannedEnd)},
                                    {QStringLiteral("rag"), Domain::toCode(m.rating.rag)},
                                    {QStringLiteral("rule"), StatusJson::code(m.rating.rule)},
                                    {QStringLiteral("reason"), m.reason},
                                    {QStringLiteral("overdue"), m.overdue},
                                    {QStringLiteral("stale"), m.stale},
                                    {QStringLiteral("lastUpdate"), timestampValue(m.lastUpdate)}});
    }
    object.insert(QStringLiteral("measureList"), measures);

    QJsonArray goals;
    for (const ProjectFigures::Goal &goal : figures.goals) {
        goals.append(
            QJsonObject{{QStringLiteral("uuid"), uuidValue(goal.uuid)},
                        {QStringLiteral("parent"), uuidValue(goal.parent)},
                        {QStringLiteral("depth"), goal.depth},
                        {QStringLiteral("text"), goal.text},
                        {QStringLiteral("rag"), Domain::toCode(goal.rollup.rag)},
                        {QStringLiteral("progress"), percentValue(goal.rollup.progress)},
                        {QStringLiteral("measures"), goal.rollup.measureCount},
                        {QStringLiteral("notRated"), goal.rollup.notRated},
                        {QStringLiteral("reasons"), texts(Explanation::ofGoal(figures, goal))}});
    }
    object.insert(QStringLiteral("goals"), goals);

    object.insert(
        QStringLiteral("milestones"),
        QJsonObject{
            {QStringLiteral("within30"), int(figures.milestonesWithin(Settings::NearDays).size())},
            {QStringLiteral("within90"), int(figures.milestonesWithin(Settings::FarDays).size())},
            {QStringLiteral("upcoming"), deadlines(figures.upcomingMilestones, figures.day)},
            {QStringLiteral("overdue"), deadlines(figures.overdueMilestones, figures.day)}});
    object.insert(QStringLiteral("decisionList"), updates(figures.decisionsNeeded));
    object.insert(QStringLiteral("deviationList"), updates(figures.deviations));

    QJsonArray risks;
    for (const Domain::Risk &risk : figures.topRisks) {
        risks.append(QJsonObject{{QStringLiteral("uuid"), uuidValue(risk.uuid)},
                                 {QStringLiteral("description"), risk.description},
                                 {QStringLiteral("likelihood"), risk.likelihood},
                                 {QStringLiteral("impact"), risk.impact},
                                 {QStringLiteral("score"), risk.likelihood * risk.impact},
                                 {QStringLiteral("owner"), risk.owner}});
    }
    object.insert(QStringLiteral("topRisks"), risks);

    QJsonArray organisations;
    for (const ProjectFigures::Organisation &o : figures.organisations) {
        organisations.append(
            QJsonObject{{QStringLiteral("uuid"), uuidValue(o.uuid)},
                        {QStringLiteral("name"), o.name},
                        {QStringLiteral("responsible"), int(o.responsible.size())},
                        {QStringLiteral("participating"), int(o.participating.size())},
                        {QStringLiteral("overdue"), int(o.overdue.size())}});
    }
    object.insert(QStringLiteral("organisations"), organisations);

    QJsonArray progress;
    for (const ProjectFigures::ProgressPoint &point : figures.progressOverTime) {
        progress.append(QJsonObject{{QStringLiteral("date"), dateValue(point.date)},
                                    {QStringLiteral("progress"), point.progress}});
    }
    object.insert(QStringLiteral("progressOverTime"), progress);
}

} // namespace

QString StatusJson::code(Domain::MeasureRule rule)
{
    switch (rule) {
    case Domain::MeasureRule::Cancelled:
        return QStringLiteral("cancelled");
    case Domain::MeasureRule::Completed:
        return QStringLiteral("completed");
    case Domain::MeasureRule::Overdue:
        return QStringLiteral("overdue");
    case Domain::MeasureRule::Postponed:
        return QStringLiteral("postponed");
    case Domain::MeasureRule::NotStarted:
        return QStringLiteral("not_started");
    case Domain::MeasureRule::BehindSchedule:
        return QStringLiteral("behind_schedule");
    case Domain::MeasureRule::ActivityOverdue:
        return QStringLiteral("activity_overdue");
    case Domain::MeasureRule::NothingToRate:
        return QStringLiteral("nothing_to_rate");
    case Domain::MeasureRule::OnTrack:
        return QStringLiteral("on_track");
    }
    return {};
}

QString StatusJson::code(Domain::ProjectRule rule)
{
    switch (rule) {
    case Domain::ProjectRule::Completed:
        return QStringLiteral("completed");
    case Domain::ProjectRule::Cancelled:
        return QStringLiteral("cancelled");
    case Domain::ProjectRule::Overdue:
        return QStringLiteral("overdue");
    case Domain::ProjectRule::Postponed:
        return QStringLiteral("postponed");
    case Domain::ProjectRule::NotStarted:
        return QStringLiteral("not_started");
    case Domain::ProjectRule::Measures:
        return QStringLiteral("measures");
    }
    return {};
}

QString StatusJson::code(ProjectFigures::Phase phase)
{
    switch (phase) {
    case ProjectFigures::Phase::Undated:
        return QStringLiteral("undated");
    case ProjectFigures::Phase::BeforeStart:
        return QStringLiteral("before_start");
    case ProjectFigures::Phase::Running:
        return QStringLiteral("running");
    case ProjectFigures::Phase::AfterEnd:
        return QStringLiteral("after_end");
    }
    return {};
}

QString StatusJson::code(Deadline::Kind kind)
{
    switch (kind) {
    case Deadline::Kind::Milestone:
        return QStringLiteral("milestone");
    case Deadline::Kind::Measure:
        return QStringLiteral("measure");
    case Deadline::Kind::Activity:
        return QStringLiteral("activity");
    }
    return {};
}

QJsonObject StatusJson::project(const ProjectFigures &figures, Detail detail)
{
    const Domain::Project &p = figures.project;
    QJsonObject object{{QStringLiteral("uuid"), uuidValue(p.uuid)},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("shortName"), p.shortName},
                       {QStringLiteral("region"), p.region},
                       {QStringLiteral("start"), dateValue(p.start)},
                       {QStringLiteral("end"), dateValue(p.end)},
                       {QStringLiteral("status"), Domain::toCode(p.status)},
                       {QStringLiteral("phase"), code(figures.phase)},
                       {QStringLiteral("recordedFrom"), timestampValue(figures.recordedFrom)},
                       {QStringLiteral("rag"), Domain::toCode(figures.rollup.rag)},
                       {QStringLiteral("rule"), code(figures.rating.rule)},
                       {QStringLiteral("reasons"), texts(Explanation::ofProject(figures))},
                       {QStringLiteral("attention"), texts(Explanation::attention(figures))},
                       {QStringLiteral("progress"), percentValue(figures.rollup.progress)},
                       {QStringLiteral("measures"), measureCounts(figures)},
                       {QStringLiteral("lastUpdate"), timestampValue(figures.lastUpdate)},
                       {QStringLiteral("nextDeadline"),
                        figures.nextDeadline
                            ? QJsonValue(deadline(*figures.nextDeadline, figures.day))
                            : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("decisionsNeeded"), int(figures.decisionsNeeded.size())},
                       {QStringLiteral("deviations"), int(figures.deviations.size())}};
    if (detail == Detail::Full)
        addDetails(figures, object);
    return object;
}

QByteArray StatusJson::document(const PortfolioFigures &portfolio, int staleDays,
                                const QJsonArray &projects)
{
    const QJsonObject summary{{QStringLiteral("projects"), portfolio.projects()},
                              {QStringLiteral("red"), portfolio.withRag(Domain::Rag::Red)},
                              {QStringLiteral("amber"), portfolio.withRag(Domain::Rag::Amber)},
                              {QStringLiteral("green"), portfolio.withRag(Domain::Rag::Green)},
                              {QStringLiteral("none"), portfolio.withRag(Domain::Rag::None)},
                              {QStringLiteral("recordedLater"), portfolio.recordedLater()}};
    const QJsonObject document{{QStringLiteral("format"), QStringLiteral("samspill-status")},
                               {QStringLiteral("formatVersion"), 1},
                               {QStringLiteral("day"), dateValue(portfolio.day)},
                               {QStringLiteral("asOf"), portfolio.asOf},
                               {QStringLiteral("staleDays"), staleDays},
                               {QStringLiteral("portfolio"), summary},
                               {QStringLiteral("projects"), projects}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace Overview
