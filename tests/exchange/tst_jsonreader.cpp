// The exchange reader (models/exchange/jsonreader.h): the seed reads cleanly, a small document
// reads into exactly the values it spells out, and every kind of bad document is refused with
// the path of the bad field and a message that names the bad value.

#include "models/exchange/exchangeformat.h"
#include "models/exchange/jsonreader.h"
#include "tests/support/domaintostring.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/testportfolios.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Domain;

// A change to a valid document, producing a bad one.
using Edit = std::function<QJsonObject(QJsonObject)>;
Q_DECLARE_METATYPE(Edit)

namespace {

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

// A small, valid document with two projects that reaches every kind of entity.
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

// What validDocument() means, spelt out value by value.
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
    share.measuredOn = QDate(2012, 12, 31);
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
    first.plannedStart = QDate(2012, 2, 1);
    first.plannedEnd = QDate(2012, 12, 31);
    first.actualStart = QDate(2012, 2, 15);
    first.status = Status::InProgress;
    first.progress = 40;
    first.anchoring = Anchoring::Yes;
    first.anchoredOn = QDate(2012, 1, 15);
    first.activities = {{{}, uuidOf(141), QStringLiteral("Aktivitet"), QDate(2012, 6, 1), true, 0}};
    first.knowledgeSourceUuids = {uuidOf(10)};
    Measure second;
    second.uuid = uuidOf(150);
    second.title = QStringLiteral("Tiltak to");
    second.level = MeasureLevel::Individual;
    second.status = Status::Planned;
    a.measures = {first, second};

    a.milestones = {
        {{}, uuidOf(160), QDate(2012, 6, 30), QStringLiteral("Samling"), uuidOf(140), false, 0}};
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

// --- editing a document by exchange path, e.g. "projects[0].measures[1].title"

struct Step
{
    QString key;    // a field of an object, or
    int index = -1; // an item of a list
};

QVector<Step> stepsOf(const QString &path)
{
    QVector<Step> steps;
    static const QRegularExpression part(QStringLiteral("^([^\\[]+)((\\[\\d+\\])*)$"));
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    for (const QString &segment : path.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch match = part.match(segment);
        Q_ASSERT(match.hasMatch());
        steps.append({match.captured(1)});
        for (auto it = index.globalMatch(match.captured(2)); it.hasNext();)
            steps.append({QString(), it.next().captured(1).toInt()});
    }
    return steps;
}

// node with the value at steps[i...] replaced by value, or removed when value is empty.
QJsonValue edited(const QJsonValue &node, const QVector<Step> &steps, qsizetype i,
                  const std::optional<QJsonValue> &value)
{
    const Step &step = steps.at(i);
    const bool last = i + 1 == steps.size();
    if (step.index < 0) {
        QJsonObject object = node.toObject();
        if (!last)
            object.insert(step.key, edited(object.value(step.key), steps, i + 1, value));
        else if (value)
            object.insert(step.key, *value);
        else
            object.remove(step.key);
        return object;
    }
    QJsonArray array = node.toArray();
    if (!last)
        array.replace(step.index, edited(array.at(step.index), steps, i + 1, value));
    else if (value)
        array.replace(step.index, *value);
    else
        array.removeAt(step.index);
    return array;
}

Edit set(const QString &path, const QJsonValue &value)
{
    return [path, value](const QJsonObject &document) {
        return edited(document, stepsOf(path), 0, value).toObject();
    };
}

Edit remove(const QString &path)
{
    return [path](const QJsonObject &document) {
        return edited(document, stepsOf(path), 0, std::nullopt).toObject();
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

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void seedFilesReadWithoutProblems();
    void documentReadsIntoExactlyTheValuesItSpellsOut();
    void nullCountsAsAbsentForOptionalFields();
    void badDocumentIsRefusedNamingPathAndValue_data();
    void badDocumentIsRefusedNamingPathAndValue();
    void everyProblemOfADocumentIsReported();
    void problemsBeyondTheLimitAreCounted();
    void syntaxErrorNamesLineAndColumn_data();
    void syntaxErrorNamesLineAndColumn();
    void documentThatIsNotAnObjectIsRefused();
    void goalsNestedDeeperThanTheLimitAreRefused();
};

void TestJsonReader::seedFilesReadWithoutProblems()
{
    const auto project = Exchange::JsonReader::read(
        readFile(TestSupport::seedFile(QStringLiteral("nord-trondelag.json"))));
    QVERIFY2(project, project ? "" : qPrintable(project.error().message));
    const auto library = Exchange::JsonReader::read(
        readFile(TestSupport::seedFile(QStringLiteral("knowledge-library.json"))));
    QVERIFY2(library, library ? "" : qPrintable(library.error().message));

    // The seed as the source text gives it: one project of six organisations, its period,
    // and what the text leaves undated stays undated.
    QCOMPARE(project->organisations.size(), 6);
    QCOMPARE(project->projects.size(), 1);
    const ProjectBundle &bundle = project->projects.constFirst();
    QCOMPARE(bundle.project.name,
             QStringLiteral("Samhandlingsprosjektet Psykisk Helse i Nord-Trøndelag"));
    QCOMPARE(bundle.project.start, QDate(2009, 12, 1));
    QCOMPARE(bundle.project.end, QDate(2013, 12, 31));
    QCOMPARE(bundle.project.status, Status::InProgress);
    QCOMPARE(bundle.participants.size(), 6);
    QCOMPARE(bundle.members.size(), 3);
    QCOMPARE(bundle.goals.size(), 2);
    QCOMPARE(bundle.measures.size(), 3);
    for (const Measure &measure : bundle.measures) {
        QVERIFY(measure.plannedStart.isNull());
        QVERIFY(measure.plannedEnd.isNull());
        QVERIFY(!measure.progress.has_value());
        QCOMPARE(measure.activities.size(), 3);
    }
    QCOMPARE(bundle.measures.at(1).participatingOrganisationUuids.size(), 2);
    QCOMPARE(library->knowledgeSources.size(), 7);
    QVERIFY(library->projects.isEmpty());
}

void TestJsonReader::documentReadsIntoExactlyTheValuesItSpellsOut()
{
    const auto read = Exchange::JsonReader::read(validDocument());

    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    SAMSPILL_COMPARE_CONTENT(read.value(), validPortfolio());
    // A time with an offset is read as the same instant in UTC.
    QCOMPARE(read->projects.at(0).statusUpdates.at(0).recordedAt.timeSpec(), Qt::UTC);
}

void TestJsonReader::nullCountsAsAbsentForOptionalFields()
{
    Edit edit = set(QStringLiteral("projects[0].measures[0].plannedStart"), QJsonValue());
    edit = both(edit, set(QStringLiteral("projects[0].measures[0].progress"), QJsonValue()));
    edit = both(edit, set(QStringLiteral("projects[0].measures[0].goals"), QJsonValue()));
    edit = both(edit, set(QStringLiteral("projects[0].shortName"), QJsonValue()));
    edit = both(edit, set(QStringLiteral("knowledgeSources[0].year"), QJsonValue()));
    edit = both(edit, set(QStringLiteral("projects[0].milestones[0].measure"), QJsonValue()));
    edit = both(edit, set(QStringLiteral("projects[0].members[0].organisation"), QJsonValue()));

    const auto read = Exchange::JsonReader::read(bytesOf(edit(validObject())));

    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    const Measure &measure = read->projects.at(0).measures.at(0);
    QVERIFY(measure.plannedStart.isNull());
    QVERIFY(!measure.progress.has_value());
    QVERIFY(measure.goalUuids.isEmpty());
    QVERIFY(read->projects.at(0).project.shortName.isEmpty());
    QVERIFY(!read->knowledgeSources.at(0).year.has_value());
    QVERIFY(read->projects.at(0).milestones.at(0).measureUuid.isNull());
    QVERIFY(read->projects.at(0).members.at(0).organisationUuid.isNull());
}

void TestJsonReader::badDocumentIsRefusedNamingPathAndValue_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("problem"); // the one line of the error

    const auto row = [](const char *name, const Edit &edit, const QString &problem) {
        QTest::newRow(name) << edit << problem;
    };
    const QString m0 = QStringLiteral("projects[0].measures[0].");
    const QString notADate = QStringLiteral(" is not a date (YYYY-MM-DD)");
    const QString statusCodes =
        QStringLiteral("planned, in_progress, completed, postponed, cancelled");

    // Values of the wrong form or type
    row("impossible date", set(m0 + QStringLiteral("plannedEnd"), QStringLiteral("2013-13-45")),
        m0 + QStringLiteral("plannedEnd: \"2013-13-45\"") + notADate);
    row("date in Norwegian form",
        set(QStringLiteral("projects[0].end"), QStringLiteral("31.12.2013")),
        QStringLiteral("projects[0].end: \"31.12.2013\"") + notADate);
    row("date with time",
        set(QStringLiteral("projects[0].start"), QStringLiteral("2012-01-01T00:00:00Z")),
        QStringLiteral("projects[0].start: \"2012-01-01T00:00:00Z\"") + notADate);
    row("date as a number", set(QStringLiteral("projects[0].start"), 2012),
        QStringLiteral("projects[0].start: 2012") + notADate);
    row("number where text is due", set(QStringLiteral("projects[0].name"), 42),
        QStringLiteral("projects[0].name: 42 is not text"));
    row("text where a number is due",
        set(QStringLiteral("projects[0].risks[0].likelihood"), QStringLiteral("high")),
        QStringLiteral(
            "projects[0].risks[0].likelihood: \"high\" is not a whole number from 1 to 5"));
    row("text where true or false is due",
        set(m0 + QStringLiteral("activities[0].done"), QStringLiteral("yes")),
        m0 + QStringLiteral("activities[0].done: \"yes\" is not true or false"));
    row("text where a number is due in an indicator",
        set(QStringLiteral("projects[0].goals[0].indicators[0].target"), QStringLiteral("2")),
        QStringLiteral("projects[0].goals[0].indicators[0].target: \"2\" is not a number"));
    row("list where an object is due",
        set(m0 + QStringLiteral("managementAnchoring"), QJsonArray()),
        m0 + QStringLiteral("managementAnchoring: a list is not an object"));
    row("object where a list is due", set(QStringLiteral("projects[1].measures"), QJsonObject()),
        QStringLiteral("projects[1].measures: an object is not a list"));
    row("text in a list of objects",
        set(QStringLiteral("projects[0].risks[0]"), QStringLiteral("risk")),
        QStringLiteral("projects[0].risks[0]: \"risk\" is not an object"));
    row("not a UUID",
        set(QStringLiteral("projects[0].participants[0].organisation"), QStringLiteral("kommunen")),
        QStringLiteral("projects[0].participants[0].organisation: \"kommunen\" is not a UUID"));
    row("not a UUID in a list of links", set(m0 + QStringLiteral("goals[1]"), 130),
        m0 + QStringLiteral("goals[1]: 130 is not a UUID"));
    row("time without time zone",
        set(QStringLiteral("projects[0].statusUpdates[0].recordedAt"),
            QStringLiteral("2012-03-01T08:00:00")),
        QStringLiteral("projects[0].statusUpdates[0].recordedAt: \"2012-03-01T08:00:00\" is not a "
                       "time with time zone (YYYY-MM-DDThh:mm:ssZ)"));
    row("amount with a fraction of an øre",
        set(QStringLiteral("projects[0].budgetLines[0].budgetOre"), 1000.5),
        QStringLiteral("projects[0].budgetLines[0].budgetOre: 1000.5 is not a whole number from "
                       "-9007199254740992 to 9007199254740992"));

    // Codes
    row("unknown status code",
        set(QStringLiteral("projects[0].measures[1].status"), QStringLiteral("finished")),
        QStringLiteral("projects[0].measures[1].status: \"finished\" is not one of: ") +
            statusCodes);
    row("translated status code",
        set(QStringLiteral("projects[1].status"), QStringLiteral("pågår")),
        QStringLiteral("projects[1].status: \"pågår\" is not one of: ") + statusCodes);
    row("unknown organisation kind",
        set(QStringLiteral("organisations[1].kind"), QStringLiteral("hospital")),
        QStringLiteral("organisations[1].kind: \"hospital\" is not one of: municipality, "
                       "hospital_trust, nav, user_organisation, general_practitioner, education, "
                       "next_of_kin_organisation, other"));
    row("unknown participant role",
        set(QStringLiteral("projects[0].participants[1].role"), QStringLiteral("eier")),
        QStringLiteral("projects[0].participants[1].role: \"eier\" is not one of: owner, partner, "
                       "user_representation, collaborator"));
    row("unknown anchoring state",
        both(set(m0 + QStringLiteral("managementAnchoring.state"), QStringLiteral("maybe")),
             remove(m0 + QStringLiteral("managementAnchoring.date"))),
        m0 +
            QStringLiteral("managementAnchoring.state: \"maybe\" is not one of: unknown, no, yes"));
    row("code of the wrong type", set(QStringLiteral("projects[0].members[0].group"), 1),
        QStringLiteral("projects[0].members[0].group: 1 is not one of: project_group, "
                       "steering_group, reference_group"));

    // Required and unknown fields
    row("missing title", remove(m0 + QStringLiteral("title")),
        m0 + QStringLiteral("title: is missing"));
    row("required field given as null", set(QStringLiteral("organisations[0].name"), QJsonValue()),
        QStringLiteral("organisations[0].name: is missing"));
    row("missing status", remove(QStringLiteral("projects[1].status")),
        QStringLiteral("projects[1].status: is missing"));
    row("missing uuid", remove(QStringLiteral("projects[0].goals[0].indicators[0].uuid")),
        QStringLiteral("projects[0].goals[0].indicators[0].uuid: is missing"));
    row("sub-goal without text", remove(QStringLiteral("projects[0].goals[0].subGoals[0].text")),
        QStringLiteral("projects[0].goals[0].subGoals[0].text: is missing"));
    row("blank name", set(QStringLiteral("organisations[0].name"), QStringLiteral("   ")),
        QStringLiteral("organisations[0].name: must not be empty"));
    row("unknown field", set(m0 + QStringLiteral("colour"), QStringLiteral("red")),
        m0 + QStringLiteral("colour: is not a field of this format"));
    row("misspelt field at the top", set(QStringLiteral("organizations"), QJsonArray()),
        QStringLiteral("organizations: is not a field of this format"));
    row("unknown field in a nested object",
        set(m0 + QStringLiteral("managementAnchoring.by"), QStringLiteral("Rådmannen")),
        m0 + QStringLiteral("managementAnchoring.by: is not a field of this format"));

    // Identity and references
    row("duplicate uuid", set(QStringLiteral("projects[0].measures[1].uuid"), uuidText(140)),
        QStringLiteral("projects[0].measures[1].uuid: %1 is already used at "
                       "projects[0].measures[0].uuid")
            .arg(uuidText(140)));
    row("uuid of an organisation reused for a project",
        set(QStringLiteral("projects[1].uuid"), uuidText(1)),
        QStringLiteral("projects[1].uuid: %1 is already used at organisations[0].uuid")
            .arg(uuidText(1)));
    row("measure linking a goal of another project",
        set(QStringLiteral("projects[1].measures[0].goals[0]"), uuidText(130)),
        QStringLiteral("projects[1].measures[0].goals[0]: %1 is not a goal of this project")
            .arg(uuidText(130)));
    row("measure linking a goal that does not exist",
        set(m0 + QStringLiteral("goals[1]"), uuidText(999)),
        m0 + QStringLiteral("goals[1]: %1 is not a goal of this project").arg(uuidText(999)));
    row("milestone naming a measure of another project",
        set(QStringLiteral("projects[0].milestones[0].measure"), uuidText(240)),
        QStringLiteral("projects[0].milestones[0].measure: %1 is not a measure of this project")
            .arg(uuidText(240)));
    row("status update naming a measure of another project",
        set(QStringLiteral("projects[0].statusUpdates[0].measure"), uuidText(240)),
        QStringLiteral("projects[0].statusUpdates[0].measure: %1 is not a measure of this project")
            .arg(uuidText(240)));

    // The domain's rules
    row("progress 150", set(m0 + QStringLiteral("progress"), 150),
        m0 + QStringLiteral("progress: 150 is not a whole number from 0 to 100"));
    row("progress -1", set(m0 + QStringLiteral("progress"), -1),
        m0 + QStringLiteral("progress: -1 is not a whole number from 0 to 100"));
    row("progress with a fraction", set(m0 + QStringLiteral("progress"), 40.5),
        m0 + QStringLiteral("progress: 40.5 is not a whole number from 0 to 100"));
    row("completed below 100 %", set(m0 + QStringLiteral("status"), QStringLiteral("completed")),
        m0 + QStringLiteral("progress: a completed measure has 100 % progress"));
    row("planned end before planned start",
        set(m0 + QStringLiteral("plannedEnd"), QStringLiteral("2012-01-31")),
        m0 + QStringLiteral("plannedEnd: 2012-01-31 is before the start date 2012-02-01"));
    row("project ending before it starts",
        set(QStringLiteral("projects[0].end"), QStringLiteral("2011-12-31")),
        QStringLiteral("projects[0].end: 2011-12-31 is before the start date 2012-01-01"));
    row("anchoring date without anchoring",
        set(m0 + QStringLiteral("managementAnchoring.state"), QStringLiteral("no")),
        m0 + QStringLiteral("managementAnchoring.date: a date is only given when the measure is "
                            "anchored"));
    row("member with neither name nor role", remove(QStringLiteral("projects[0].members[0].role")),
        QStringLiteral("projects[0].members[0].role: a member needs a name or a role"));
    row("risk likelihood 6", set(QStringLiteral("projects[0].risks[0].likelihood"), 6),
        QStringLiteral("projects[0].risks[0].likelihood: 6 is not a whole number from 1 to 5"));
    row("knowledge source from 1700", set(QStringLiteral("knowledgeSources[0].year"), 1700),
        QStringLiteral("knowledgeSources[0].year: 1700 is not a whole number from 1800 to 2200"));
    row("new progress 101", set(QStringLiteral("projects[0].statusUpdates[0].newProgress"), 101),
        QStringLiteral("projects[0].statusUpdates[0].newProgress: 101 is not a whole number from "
                       "0 to 100"));

    // The document itself
    row("newer format version", set(QStringLiteral("formatVersion"), 2),
        QStringLiteral("formatVersion: 2 was written by a newer Samspill; this version reads "
                       "format version 1"));
    row("format version 0", set(QStringLiteral("formatVersion"), 0),
        QStringLiteral("formatVersion: 0 is not a whole number from 1 to 1000000"));
    row("format version missing", remove(QStringLiteral("formatVersion")),
        QStringLiteral("formatVersion: is missing"));
    row("wrong format", set(QStringLiteral("format"), QStringLiteral("other-program")),
        QStringLiteral("format: this is not a Samspill exchange file (expected "
                       "\"samspill-exchange\")"));
    row("format missing", remove(QStringLiteral("format")),
        QStringLiteral("format: this is not a Samspill exchange file (expected "
                       "\"samspill-exchange\")"));
    row("export time that is not a time",
        set(QStringLiteral("exportedAt"), QStringLiteral("today")),
        QStringLiteral(
            "exportedAt: \"today\" is not a time with time zone (YYYY-MM-DDThh:mm:ssZ)"));
}

void TestJsonReader::badDocumentIsRefusedNamingPathAndValue()
{
    QFETCH(Edit, edit);
    QFETCH(QString, problem);

    // GIVEN a valid document with one thing wrong
    const QByteArray document = bytesOf(edit(validObject()));

    // WHEN it is read
    const auto read = Exchange::JsonReader::read(document);

    // THEN it is refused with exactly that one problem
    QVERIFY2(!read, "the bad document was accepted");
    QCOMPARE(read.error().kind, Error::Kind::Format);
    QCOMPARE(read.error().message, problem);
}

void TestJsonReader::everyProblemOfADocumentIsReported()
{
    // GIVEN a document with four problems in different places
    Edit edit = set(QStringLiteral("organisations[1].kind"), QStringLiteral("hospital"));
    edit = both(edit, set(QStringLiteral("projects[0].measures[0].plannedEnd"),
                          QStringLiteral("2013-13-45")));
    edit = both(edit, set(QStringLiteral("projects[0].measures[1].progress"), 150));
    edit = both(edit, set(QStringLiteral("projects[1].measures[0].goals[0]"), uuidText(130)));

    const auto read = Exchange::JsonReader::read(bytesOf(edit(validObject())));

    // THEN each is reported on its own line, in document order
    QVERIFY(!read);
    const QStringList lines = read.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("organisations[1].kind: \"hospital\"")),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("projects[0].measures[0].plannedEnd: \"2013-13-45\" is "
                                         "not a date (YYYY-MM-DD)"));
    QCOMPARE(lines.at(2), QStringLiteral("projects[0].measures[1].progress: 150 is not a whole "
                                         "number from 0 to 100"));
    QCOMPARE(lines.at(3), QStringLiteral("projects[1].measures[0].goals[0]: %1 is not a goal of "
                                         "this project")
                              .arg(uuidText(130)));
}

void TestJsonReader::problemsBeyondTheLimitAreCounted()
{
    // GIVEN a document with 60 measures, each with an impossible date
    QJsonObject document = validObject();
    QJsonArray measures;
    for (int i = 0; i < 60; ++i) {
        measures.append(QJsonObject{{QStringLiteral("uuid"), uuidText(1000 + i)},
                                    {QStringLiteral("title"), QStringLiteral("M")},
                                    {QStringLiteral("level"), QStringLiteral("system")},
                                    {QStringLiteral("status"), QStringLiteral("planned")},
                                    {QStringLiteral("plannedEnd"), QStringLiteral("2013-02-30")}});
    }
    document = set(QStringLiteral("projects[1].measures"), measures)(document);

    const auto read = Exchange::JsonReader::read(bytesOf(document));

    // THEN the first MaxProblems are listed, and the rest counted
    QVERIFY(!read);
    const QStringList lines = read.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), Exchange::JsonReader::MaxProblems + 1);
    QCOMPARE(lines.at(0), QStringLiteral("projects[1].measures[0].plannedEnd: \"2013-02-30\" is "
                                         "not a date (YYYY-MM-DD)"));
    QCOMPARE(lines.at(49), QStringLiteral("projects[1].measures[49].plannedEnd: \"2013-02-30\" "
                                          "is not a date (YYYY-MM-DD)"));
    QCOMPARE(lines.last(), QStringLiteral("... and 10 more problem(s)"));
}

void TestJsonReader::syntaxErrorNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // of the character that cannot be read; 0: not checked

    QTest::newRow("stray comma in a list")
        << QByteArray("{\n    \"format\": \"samspill-exchange\",\n    \"formatVersion\": 1,\n"
                      "    \"projects\": [,]\n}\n")
        << 4 << 18;
    QTest::newRow("missing comma after text with ø (columns count characters)")
        << QByteArray("{\n  \"name\": \"Trøndelag\" \"x\": 1\n}\n") << 2 << 23;
    QTest::newRow("comma before a closing brace")
        << QByteArray("{\n  \"format\": \"samspill-exchange\",\n}\n") << 3 << 1;
    QTest::newRow("missing colon")
        << QByteArray("{\n  \"format\" \"samspill-exchange\"\n}\n") << 2 << 12;
    // Qt notices a misspelt literal only after reading on; the line must still be its own.
    QTest::newRow("misspelt literal at the end of a line")
        << QByteArray("{\n  \"done\": fals\n}\n") << 2 << 0;
    QTest::newRow("empty file") << QByteArray() << 1 << 1;
    QTest::newRow("text file") << QByteArray("Tiltak;Status\nHospitering;pågår\n") << 1 << 1;
}

void TestJsonReader::syntaxErrorNamesLineAndColumn()
{
    QFETCH(QByteArray, document);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto read = Exchange::JsonReader::read(document);

    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::Format);
    const QString message = read.error().message;
    const QString where = column > 0 ? QStringLiteral("line %1, column %2: ").arg(line).arg(column)
                                     : QStringLiteral("line %1, column ").arg(line);
    QVERIFY2(message.startsWith(where), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("the JSON is not well-formed")), qPrintable(message));
}

void TestJsonReader::documentThatIsNotAnObjectIsRefused()
{
    const auto read = Exchange::JsonReader::read(QByteArray("[1, 2, 3]"));

    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::Format);
    QCOMPARE(read.error().message,
             QStringLiteral("The document is not a JSON object, so not a Samspill exchange file."));
}

void TestJsonReader::goalsNestedDeeperThanTheLimitAreRefused()
{
    // Goals nested `levels` deep as projects[1]'s goals, its measure linked to the deepest.
    const auto nestedGoals = [](int levels) {
        QJsonArray goals;
        for (int level = levels - 1; level >= 0; --level) {
            QJsonObject goal{{QStringLiteral("uuid"), uuidText(5000 + level)},
                             {QStringLiteral("text"), QStringLiteral("Level %1").arg(level)}};
            if (!goals.isEmpty())
                goal.insert(QStringLiteral("subGoals"), goals);
            goals = QJsonArray{goal};
        }
        return both(
            set(QStringLiteral("projects[1].goals"), goals),
            set(QStringLiteral("projects[1].measures[0].goals[0]"), uuidText(5000 + levels - 1)));
    };

    // GIVEN goals nested exactly MaxGoalDepth levels deep
    const auto allowed =
        Exchange::JsonReader::read(bytesOf(nestedGoals(Exchange::MaxGoalDepth)(validObject())));

    // THEN they read, flattened in pre-order with each goal's parent
    QVERIFY2(allowed, allowed ? "" : qPrintable(allowed.error().message));
    const QVector<Goal> &goals = allowed->projects.at(1).goals;
    QCOMPARE(goals.size(), Exchange::MaxGoalDepth);
    QVERIFY(goals.at(0).parentUuid.isNull());
    for (int level = 1; level < goals.size(); ++level)
        QCOMPARE(goals.at(level).parentUuid, goals.at(level - 1).uuid);

    // AND one level more is refused at the subGoals that go too deep
    const auto refused =
        Exchange::JsonReader::read(bytesOf(nestedGoals(Exchange::MaxGoalDepth + 1)(validObject())));
    QVERIFY(!refused);
    QString path = QStringLiteral("projects[1].goals[0]");
    for (int level = 1; level < Exchange::MaxGoalDepth; ++level)
        path += QStringLiteral(".subGoals[0]");
    QVERIFY2(refused.error().message.startsWith(
                 path + QStringLiteral(".subGoals: goals are nested deeper than 16 levels")),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
