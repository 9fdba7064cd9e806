// Part of tst_jsonreader (tst_jsonreader.h): the documents the tests read, what the valid one
// means value by value, and the edits by exchange path that spoil it.

#include "tests/exchange/tst_jsonreader.h"

#include "models/exchange/jsonreader.h"
#include "tests/support/jsonpath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Domain;

namespace JsonReaderTest {
namespace {

// Replaces each @n in text by uuidText(n).
QByteArray withUuids(const char *text)
{
    QString document = QString::fromUtf8(text);
    static const QRegularExpression marker(QStringLiteral("@(\\d+)"));
    QString result;
    qsizetype last = 0;
    for (auto it = marker.globalMatch(document); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += document.mid(last, match.capturedStart() - last);
        result += uuidText(match.captured(1).toInt());
        last = match.capturedEnd();
    }
    result += document.mid(last);
    return result.toUtf8();
}

} // namespace

// The UUID the documents below write as @n.
QUuid uuidOf(int n)
{
    return QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

QString uuidText(int n)
{
    return uuidOf(n).toString(QUuid::WithoutBraces);
}

QByteArray validDocument()
{
    return withUuids(R"({
    "format": "samspill-exchange",
    "formatVersion": 1,
    "exportedAt": "2024-01-02T03:04:05Z",
    "organisations": [
        {"uuid": "@1", "name": "Kommunen", "kind": "municipality"},
        {"uuid": "@2", "name": "Foretaket", "kind": "hospital_trust"}
    ],
    "knowledgeSources": [
        {"uuid": "@10", "title": "Veileder", "publisher": "Direktoratet", "year": 2010,
         "reference": "IS-1", "link": "https://example.org", "summary": "Kort.",
         "authors": "Ås"}
    ],
    "projects": [
        {
            "uuid": "@100", "name": "Prosjekt A", "shortName": "A", "region": "Trøndelag",
            "description": "Om A", "start": "2012-01-01", "end": "2013-12-31",
            "status": "in_progress", "fundingNotes": "Tilskudd",
            "participants": [
                {"uuid": "@110", "organisation": "@1", "role": "owner"},
                {"uuid": "@111", "organisation": "@2", "role": "partner"}
            ],
            "members": [
                {"uuid": "@120", "role": "Koordinator", "organisation": "@1",
                 "group": "project_group"},
                {"uuid": "@121", "name": "Kari", "group": "steering_group"}
            ],
            "goals": [
                {"uuid": "@130", "text": "Hovedmål",
                 "indicators": [{"uuid": "@131", "name": "Andel", "unit": "%", "baseline": 1.5,
                                 "target": 2, "current": 1.75, "measuredOn": "2012-12-31"}],
                 "subGoals": [{"uuid": "@132", "text": "Delmål"}]}
            ],
            "measures": [
                {"uuid": "@140", "title": "Tiltak én", "description": "Beskrivelse",
                 "level": "system", "theme": "Recovery", "goals": ["@132", "@130"],
                 "responsibleOrganisations": ["@2", "@1"], "participatingOrganisations": ["@1"],
                 "plannedStart": "2012-02-01", "plannedEnd": "2012-12-31",
                 "actualStart": "2012-02-15", "actualEnd": null, "status": "in_progress",
                 "progress": 40, "managementAnchoring": {"state": "yes", "date": "2012-01-15"},
                 "activities": [{"uuid": "@141", "title": "Aktivitet", "due": "2012-06-01",
                                 "done": true}],
                 "knowledgeSources": ["@10"]},
                {"uuid": "@150", "title": "Tiltak to", "level": "individual", "status": "planned"}
            ],
            "milestones": [
                {"uuid": "@160", "date": "2012-06-30", "title": "Samling", "measure": "@140",
                 "done": false}
            ],
            "statusUpdates": [
                {"uuid": "@170", "recordedAt": "2012-03-01T09:00:00.250+01:00", "author": "Leder",
                 "text": "I gang", "measure": "@140", "newStatus": "in_progress",
                 "newProgress": 10, "deviation": true, "decisionNeeded": false}
            ],
            "risks": [
                {"uuid": "@180", "description": "Turnover", "likelihood": 2, "impact": 3,
                 "mitigation": "Dele", "owner": "Leder"}
            ],
            "budgetLines": [
                {"uuid": "@190", "year": 2012, "label": "Lønn", "budgetOre": 100000,
                 "accountsOre": 99950, "ownContributionOre": 5}
            ]
        },
        {
            "uuid": "@200", "name": "Prosjekt B", "status": "planned",
            "goals": [{"uuid": "@230", "text": "B-mål"}],
            "measures": [{"uuid": "@240", "title": "B-tiltak", "level": "system",
                          "status": "planned", "goals": ["@230"]}]
        }
    ]
})");
}

Portfolio validPortfolio()
{
    Portfolio portfolio;
    portfolio.organisations = {
        {{}, uuidOf(1), QStringLiteral("Kommunen"), OrganisationKind::Municipality, 0},
        {{}, uuidOf(2), QStringLiteral("Foretaket"), OrganisationKind::HospitalTrust, 0},
    };
    KnowledgeSource source;
    source.uuid = uuidOf(10);
    source.title = QStringLiteral("Veileder");
    source.publisher = QStringLiteral("Direktoratet");
    source.authors = QStringLiteral("Ås");
    source.year = 2010;
    source.reference = QStringLiteral("IS-1");
    source.link = QStringLiteral("https://example.org");
    source.summary = QStringLiteral("Kort.");
    portfolio.knowledgeSources = {source};

    ProjectBundle a;
    a.project.uuid = uuidOf(100);
    a.project.name = QStringLiteral("Prosjekt A");
    a.project.shortName = QStringLiteral("A");
    a.project.region = QStringLiteral("Trøndelag");
    a.project.description = QStringLiteral("Om A");
    a.project.start = QDate(2012, 1, 1);
    a.project.end = QDate(2013, 12, 31);
    a.project.status = Status::InProgress;
    a.project.fundingNotes = QStringLiteral("Tilskudd");
    a.participants = {{{}, uuidOf(110), uuidOf(1), ParticipantRole::Owner, 0},
                      {{}, uuidOf(111), uuidOf(2), ParticipantRole::Partner, 0}};
    a.members = {
        {{},
         uuidOf(120),
         QString(),
         QStringLiteral("Koordinator"),
         uuidOf(1),
         Group::ProjectGroup,
         0},
        {{}, uuidOf(121), QStringLiteral("Kari"), QString(), QUuid(), Group::SteeringGroup, 0}};
    Goal main{{}, uuidOf(130), QUuid(), QStringLiteral("Hovedmål"), {}, 0};
    Indicator share;
    share.uuid = uuidOf(131);
    share.name = QStringLiteral("Andel");
    share.unit = QStringLiteral("%");
    share.baseline = 1.5;
    share.target = 2.0;
    share.current = 1.75;
    share.measuredOn = Domain::PlanDate::day(QDate(2012, 12, 31));
    main.indicators = {share};
    a.goals = {main, {{}, uuidOf(132), uuidOf(130), QStringLiteral("Delmål"), {}, 0}};

    Measure first;
    first.uuid = uuidOf(140);
    first.title = QStringLiteral("Tiltak én");
    first.description = QStringLiteral("Beskrivelse");
    first.level = MeasureLevel::System;
    first.theme = QStringLiteral("Recovery");
    first.goalUuids = {uuidOf(132), uuidOf(130)};
    first.responsibleOrganisationUuids = {uuidOf(2), uuidOf(1)};
    first.participatingOrganisationUuids = {uuidOf(1)};
    first.plannedStart = Domain::PlanDate::day(QDate(2012, 2, 1));
    first.plannedEnd = Domain::PlanDate::day(QDate(2012, 12, 31));
    first.actualStart = Domain::PlanDate::day(QDate(2012, 2, 15));
    first.status = Status::InProgress;
    first.progress = 40;
    first.anchoring = Anchoring::Yes;
    first.anchoredOn = QDate(2012, 1, 15);
    first.activities = {
        {{}, uuidOf(141), QStringLiteral("Aktivitet"), PlanDate::day(QDate(2012, 6, 1)), true, 0}};
    first.knowledgeSourceUuids = {uuidOf(10)};
    Measure second;
    second.uuid = uuidOf(150);
    second.title = QStringLiteral("Tiltak to");
    second.level = MeasureLevel::Individual;
    second.status = Status::Planned;
    a.measures = {first, second};

    a.milestones = {{{},
                     uuidOf(160),
                     PlanDate::day(QDate(2012, 6, 30)),
                     QStringLiteral("Samling"),
                     uuidOf(140),
                     false,
                     0}};
    StatusUpdate update;
    update.uuid = uuidOf(170);
    update.recordedAt = QDateTime(QDate(2012, 3, 1), QTime(8, 0, 0, 250), Qt::UTC);
    update.author = QStringLiteral("Leder");
    update.text = QStringLiteral("I gang");
    update.measureUuid = uuidOf(140);
    update.newStatus = Status::InProgress;
    update.newProgress = 10;
    update.deviation = true;
    a.statusUpdates = {update};
    Risk risk;
    risk.uuid = uuidOf(180);
    risk.description = QStringLiteral("Turnover");
    risk.likelihood = 2;
    risk.impact = 3;
    risk.mitigation = QStringLiteral("Dele");
    risk.owner = QStringLiteral("Leder");
    a.risks = {risk};
    a.budgetLines = {{{}, uuidOf(190), 2012, QStringLiteral("Lønn"), 100000, 99950, 5, 0}};

    ProjectBundle b;
    b.project.uuid = uuidOf(200);
    b.project.name = QStringLiteral("Prosjekt B");
    b.project.status = Status::Planned;
    b.goals = {{{}, uuidOf(230), QUuid(), QStringLiteral("B-mål"), {}, 0}};
    Measure bMeasure;
    bMeasure.uuid = uuidOf(240);
    bMeasure.title = QStringLiteral("B-tiltak");
    bMeasure.status = Status::Planned;
    bMeasure.goalUuids = {uuidOf(230)};
    b.measures = {bMeasure};

    portfolio.projects = {a, b};
    return portfolio;
}

Edit set(const QString &path, const QJsonValue &value)
{
    return [path, value](const QJsonObject &document) {
        return TestSupport::replacedAt(document, TestSupport::jsonPath(path), 0, value).toObject();
    };
}

Edit remove(const QString &path)
{
    return [path](const QJsonObject &document) {
        return TestSupport::replacedAt(document, TestSupport::jsonPath(path), 0, std::nullopt)
            .toObject();
    };
}

Edit both(Edit first, Edit second)
{
    return [first, second](const QJsonObject &document) { return second(first(document)); };
}

QByteArray bytesOf(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QJsonObject validReport()
{
    return QJsonObject{{QStringLiteral("uuid"), uuidText(900)},
                       {QStringLiteral("issuedAt"), QStringLiteral("2012-04-02T09:30:00.000Z")},
                       {QStringLiteral("author"), QStringLiteral("prosjektleder")},
                       {QStringLiteral("from"), QStringLiteral("2012-01-01")},
                       {QStringLiteral("to"), QStringLiteral("2012-03-31")},
                       {QStringLiteral("language"), QStringLiteral("nb")},
                       {QStringLiteral("format"), QStringLiteral("md")},
                       {QStringLiteral("title"), QStringLiteral("Statusrapport")},
                       {QStringLiteral("projects"), QJsonArray{uuidText(100)}},
                       {QStringLiteral("content"), QStringLiteral("IyBTdGF0dXMK")}};
}

Edit withReport(const QString &field, const QJsonValue &value)
{
    QJsonObject report = validReport();
    report.insert(field, value);
    return set(QStringLiteral("projects[0].reports"), QJsonArray{report});
}

QJsonObject validObject()
{
    return QJsonDocument::fromJson(validDocument()).object();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString positionOf(const QByteArray &document, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (document.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((document.at(i) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QByteArray withRaw(const QString &path, const QByteArray &raw, qsizetype *offset)
{
    const QByteArray marker("\"@@raw@@\"");
    QByteArray document = bytesOf(set(path, QStringLiteral("@@raw@@"))(validObject()));
    const qsizetype at = document.indexOf(marker);
    Q_ASSERT(at >= 0 && document.indexOf(marker, at + 1) < 0);
    if (offset)
        *offset = at;
    return document.replace(at, marker.size(), raw);
}

bool hasNoControlCharacters(const QString &message)
{
    for (const QChar c : message) {
        const char16_t unit = c.unicode();
        if ((unit < 0x20 && unit != u'\n') || (unit >= 0x7F && unit < 0xA0) || c.isSurrogate() ||
            unit == 0xFFFF || unit == 0xFFFE)
            return false;
    }
    return true;
}

QString refusalOf(const QByteArray &document)
{
    const auto read = Exchange::JsonReader::read(document);
    return read ? QStringLiteral("accepted") : read.error().message;
}

} // namespace JsonReaderTest
