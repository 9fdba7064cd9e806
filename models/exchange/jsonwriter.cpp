#include "models/exchange/jsonwriter.h"

#include "models/exchange/exchangeformat.h"

#include <QBuffer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Exchange {
namespace {

QJsonValue uuid(const QUuid &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString(QUuid::WithoutBraces));
}

QJsonValue date(QDate value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue planDate(const Domain::PlanDate &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toCode());
}

QJsonValue timestamp(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

template <typename T>
QJsonValue optional(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue money(qint64 ore)
{
    return QJsonValue(double(ore)); // exact up to 2^53 øre, far beyond any budget
}

QJsonArray uuids(const QVector<QUuid> &values)
{
    QJsonArray array;
    for (const QUuid &value : values)
        array.append(uuid(value));
    return array;
}

template <typename T, typename Convert>
QJsonArray arrayOf(const QVector<T> &items, Convert convert)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(convert(item));
    return array;
}

QJsonObject organisationJson(const Domain::Organisation &organisation)
{
    return {
        {QStringLiteral("uuid"), uuid(organisation.uuid)},
        {QStringLiteral("name"), organisation.name},
        {QStringLiteral("kind"), Domain::toCode(organisation.kind)},
    };
}

QJsonObject knowledgeSourceJson(const Domain::KnowledgeSource &source)
{
    return {
        {QStringLiteral("uuid"), uuid(source.uuid)},
        {QStringLiteral("title"), source.title},
        {QStringLiteral("publisher"), source.publisher},
        {QStringLiteral("authors"), source.authors},
        {QStringLiteral("year"), optional(source.year)},
        {QStringLiteral("reference"), source.reference},
        {QStringLiteral("link"), source.link},
        {QStringLiteral("summary"), source.summary},
    };
}

QJsonObject indicatorJson(const Domain::Indicator &indicator)
{
    return {
        {QStringLiteral("uuid"), uuid(indicator.uuid)},
        {QStringLiteral("name"), indicator.name},
        {QStringLiteral("unit"), indicator.unit},
        {QStringLiteral("baseline"), optional(indicator.baseline)},
        {QStringLiteral("target"), optional(indicator.target)},
        {QStringLiteral("current"), optional(indicator.current)},
        {QStringLiteral("measuredOn"), planDate(indicator.measuredOn)},
    };
}

// Goals are stored flat in pre-order; the format nests sub-goals under their parent.
QJsonArray goalsJson(const QVector<Domain::Goal> &goals, const QUuid &parent)
{
    QJsonArray array;
    for (const Domain::Goal &goal : goals) {
        if (goal.parentUuid != parent)
            continue;
        array.append(QJsonObject{
            {QStringLiteral("uuid"), uuid(goal.uuid)},
            {QStringLiteral("text"), goal.text},
            {QStringLiteral("indicators"), arrayOf(goal.indicators, indicatorJson)},
            {QStringLiteral("subGoals"), goalsJson(goals, goal.uuid)},
        });
    }
    return array;
}

QJsonObject activityJson(const Domain::Activity &activity)
{
    return {
        {QStringLiteral("uuid"), uuid(activity.uuid)},
        {QStringLiteral("title"), activity.title},
        {QStringLiteral("due"), planDate(activity.due)},
        {QStringLiteral("done"), activity.done},
    };
}

QJsonObject measureJson(const Domain::Measure &measure)
{
    return {
        {QStringLiteral("uuid"), uuid(measure.uuid)},
        {QStringLiteral("title"), measure.title},
        {QStringLiteral("description"), measure.description},
        {QStringLiteral("level"), Domain::toCode(measure.level)},
        {QStringLiteral("theme"), measure.theme},
        {QStringLiteral("goals"), uuids(measure.goalUuids)},
        {QStringLiteral("responsibleOrganisations"), uuids(measure.responsibleOrganisationUuids)},
        {QStringLiteral("participatingOrganisations"),
         uuids(measure.participatingOrganisationUuids)},
        {QStringLiteral("plannedStart"), planDate(measure.plannedStart)},
        {QStringLiteral("plannedEnd"), planDate(measure.plannedEnd)},
        {QStringLiteral("actualStart"), planDate(measure.actualStart)},
        {QStringLiteral("actualEnd"), planDate(measure.actualEnd)},
        {QStringLiteral("status"), Domain::toCode(measure.status)},
        {QStringLiteral("progress"), optional(measure.progress)},
        {QStringLiteral("managementAnchoring"),
         QJsonObject{{QStringLiteral("state"), Domain::toCode(measure.anchoring)},
                     {QStringLiteral("date"), date(measure.anchoredOn)}}},
        {QStringLiteral("activities"), arrayOf(measure.activities, activityJson)},
        {QStringLiteral("knowledgeSources"), uuids(measure.knowledgeSourceUuids)},
    };
}

// An archived report: its bytes as base64. A report of no project in the file also says which
// project it was issued for (null for a portfolio report); inside a project, that is the
// project.
QJsonObject reportJson(const Domain::ArchivedReport &report, bool withProject)
{
    QJsonObject json{
        {QStringLiteral("uuid"), uuid(report.uuid)},
        {QStringLiteral("issuedAt"), timestamp(report.issuedAt)},
        {QStringLiteral("author"), report.author},
        {QStringLiteral("from"), date(report.from)},
        {QStringLiteral("to"), date(report.to)},
        {QStringLiteral("language"), report.language},
        {QStringLiteral("format"), Domain::toCode(report.format)},
        {QStringLiteral("title"), report.title},
        {QStringLiteral("projects"), uuids(report.projects)},
        {QStringLiteral("content"), QString::fromLatin1(report.content.toBase64())},
    };
    if (withProject)
        json.insert(QStringLiteral("project"), uuid(report.project));
    return json;
}

QJsonObject projectJson(const Domain::ProjectBundle &bundle)
{
    const Domain::Project &project = bundle.project;
    return {
        {QStringLiteral("uuid"), uuid(project.uuid)},
        {QStringLiteral("name"), project.name},
        {QStringLiteral("shortName"), project.shortName},
        {QStringLiteral("region"), project.region},
        {QStringLiteral("description"), project.description},
        {QStringLiteral("knowledgeSources"), uuids(project.knowledgeSourceUuids)},
        {QStringLiteral("start"), date(project.start)},
        {QStringLiteral("end"), date(project.end)},
        {QStringLiteral("status"), Domain::toCode(project.status)},
        {QStringLiteral("fundingNotes"), project.fundingNotes},
        {QStringLiteral("participants"),
         arrayOf(bundle.participants,
                 [](const Domain::Participant &participant) {
                     return QJsonObject{
                         {QStringLiteral("uuid"), uuid(participant.uuid)},
                         {QStringLiteral("organisation"), uuid(participant.organisationUuid)},
                         {QStringLiteral("role"), Domain::toCode(participant.role)},
                     };
                 })},
        {QStringLiteral("members"),
         arrayOf(bundle.members,
                 [](const Domain::Member &member) {
                     return QJsonObject{
                         {QStringLiteral("uuid"), uuid(member.uuid)},
                         {QStringLiteral("name"), member.name},
                         {QStringLiteral("role"), member.role},
                         {QStringLiteral("organisation"), uuid(member.organisationUuid)},
                         {QStringLiteral("group"), Domain::toCode(member.group)},
                     };
                 })},
        {QStringLiteral("goals"), goalsJson(bundle.goals, QUuid())},
        {QStringLiteral("measures"), arrayOf(bundle.measures, measureJson)},
        {QStringLiteral("milestones"),
         arrayOf(bundle.milestones,
                 [](const Domain::Milestone &milestone) {
                     return QJsonObject{
                         {QStringLiteral("uuid"), uuid(milestone.uuid)},
                         {QStringLiteral("date"), planDate(milestone.date)},
                         {QStringLiteral("title"), milestone.title},
                         {QStringLiteral("measure"), uuid(milestone.measureUuid)},
                         {QStringLiteral("done"), milestone.done},
                     };
                 })},
        {QStringLiteral("statusUpdates"),
         arrayOf(bundle.statusUpdates,
                 [](const Domain::StatusUpdate &update) {
                     return QJsonObject{
                         {QStringLiteral("uuid"), uuid(update.uuid)},
                         {QStringLiteral("recordedAt"), timestamp(update.recordedAt)},
                         {QStringLiteral("author"), update.author},
                         {QStringLiteral("text"), update.text},
                         {QStringLiteral("measure"), uuid(update.measureUuid)},
                         {QStringLiteral("newStatus"),
                          update.newStatus ? QJsonValue(Domain::toCode(*update.newStatus))
                                           : QJsonValue()},
                         {QStringLiteral("newProgress"), optional(update.newProgress)},
                         {QStringLiteral("deviation"), update.deviation},
                         {QStringLiteral("decisionNeeded"), update.decisionNeeded},
                     };
                 })},
        {QStringLiteral("risks"), arrayOf(bundle.risks,
                                          [](const Domain::Risk &risk) {
                                              return QJsonObject{
                                                  {QStringLiteral("uuid"), uuid(risk.uuid)},
                                                  {QStringLiteral("description"), risk.description},
                                                  {QStringLiteral("likelihood"), risk.likelihood},
                                                  {QStringLiteral("impact"), risk.impact},
                                                  {QStringLiteral("mitigation"), risk.mitigation},
                                                  {QStringLiteral("owner"), risk.owner},
                                              };
                                          })},
        {QStringLiteral("reports"),
         arrayOf(bundle.reports,
                 [](const Domain::ArchivedReport &report) { return reportJson(report, false); })},
        {QStringLiteral("budgetLines"),
         arrayOf(bundle.budgetLines,
                 [](const Domain::BudgetLine &line) {
                     return QJsonObject{
                         {QStringLiteral("uuid"), uuid(line.uuid)},
                         {QStringLiteral("year"), line.year},
                         {QStringLiteral("label"), line.label},
                         {QStringLiteral("budgetOre"), money(line.budgetOre)},
                         {QStringLiteral("accountsOre"), money(line.accountsOre)},
                         {QStringLiteral("ownContributionOre"), money(line.ownContributionOre)},
                     };
                 })},
    };
}

// A value serialised as QJsonDocument would inside an object nested `depth` levels deep.
QByteArray nested(const QJsonObject &object, int depth)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented).trimmed();
    const QByteArray indent(depth * 4, ' ');
    text.replace(QByteArrayLiteral("\n"), QByteArray(QByteArrayLiteral("\n") + indent));
    return indent + text;
}

QByteArray arrayText(const QJsonArray &array)
{
    // Serialised through an object so that nested indentation matches QJsonDocument's.
    const QByteArray text = QJsonDocument(QJsonObject{{QStringLiteral("a"), array}})
                                .toJson(QJsonDocument::Indented)
                                .trimmed();
    // {\n    "a": [...]\n} -> [...]
    const qsizetype start = text.indexOf('[');
    const qsizetype end = text.lastIndexOf(']');
    Q_ASSERT(start >= 0 && end > start);
    return text.mid(start, end - start + 1);
}

} // namespace

JsonWriter::JsonWriter(QIODevice *device, QDateTime exportedAt)
    : m_device(device)
    , m_exportedAt(std::move(exportedAt))
{}

void JsonWriter::begin(const QVector<Domain::Organisation> &organisations,
                       const QVector<Domain::KnowledgeSource> &knowledgeSources)
{
    write("{\n    \"exportedAt\": \"");
    write(m_exportedAt.toUTC().toString(Qt::ISODate).toUtf8());
    write("\",\n    \"format\": \"");
    write(FormatName);
    write("\",\n    \"formatVersion\": ");
    write(QByteArray::number(FormatVersion));
    write(",\n    \"knowledgeSources\": ");
    write(arrayText(arrayOf(knowledgeSources, knowledgeSourceJson)));
    write(",\n    \"organisations\": ");
    write(arrayText(arrayOf(organisations, organisationJson)));
    write(",\n    \"projects\": [");
}

void JsonWriter::writeProject(const Domain::ProjectBundle &bundle)
{
    write(m_projectsWritten == 0 ? "\n" : ",\n");
    write(nested(projectJson(bundle), 2));
    ++m_projectsWritten;
}

bool JsonWriter::finish(const QVector<Domain::ArchivedReport> &reports)
{
    write("\n    ],\n    \"reports\": ");
    write(arrayText(arrayOf(
        reports, [](const Domain::ArchivedReport &report) { return reportJson(report, true); })));
    write("\n}\n");
    return !m_failed;
}

void JsonWriter::write(const QByteArray &bytes)
{
    if (!m_failed && m_device->write(bytes) != bytes.size())
        m_failed = true;
}

QByteArray JsonWriter::toJson(const Domain::Portfolio &portfolio, const QDateTime &exportedAt)
{
    QByteArray json;
    QBuffer buffer(&json);
    buffer.open(QIODevice::WriteOnly);
    JsonWriter writer(&buffer, exportedAt);
    writer.begin(portfolio.organisations, portfolio.knowledgeSources);
    for (const Domain::ProjectBundle &bundle : portfolio.projects)
        writer.writeProject(bundle);
    // A QBuffer in memory does not fail.
    [[maybe_unused]] const bool written = writer.finish(portfolio.reports);
    Q_ASSERT(written);
    return json;
}

} // namespace Exchange
