// The exchange reader (models/exchange/jsonreader.h): the seed reads cleanly, a small document
// reads into exactly the values it spells out, and every kind of bad document is refused with
// the path of the bad field and a message that names the bad value.

#include "models/exchange/exchangeformat.h"
#include "models/exchange/jsonreader.h"
#include "models/exchange/jsonwriter.h"
#include "tests/support/chunkeddevice.h"
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

// A valid archived report as the exchange format writes it inside a project.
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

// Gives the first project one report, valid but for field.
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

// "line L, column C" of a byte offset of document, as the reader counts them (columns count
// characters, not UTF-8 bytes).
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

// The bytes of validObject() edited, with the value at path written as raw JSON text (which
// QJsonDocument could not write: bad numbers, escapes, broken UTF-8). offset, if given,
// receives where raw starts.
QByteArray withRaw(const QString &path, const QByteArray &raw, qsizetype *offset = nullptr)
{
    const QByteArray marker("\"@@raw@@\"");
    QByteArray document = bytesOf(set(path, QStringLiteral("@@raw@@"))(validObject()));
    const qsizetype at = document.indexOf(marker);
    Q_ASSERT(at >= 0 && document.indexOf(marker, at + 1) < 0);
    if (offset)
        *offset = at;
    return document.replace(at, marker.size(), raw);
}

// A line of a message may hold no character that could steer a terminal.
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

// Reads document; the refusal's message, or "accepted" when it was read.
QString refusalOf(const QByteArray &document)
{
    const auto read = Exchange::JsonReader::read(document);
    return read ? QStringLiteral("accepted") : read.error().message;
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void seedFilesReadWithoutProblems();
    void reportsAreReadIntoTheirProjectAndTheTop();
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
    void goalTreeOfExactlyTheLimitIsReadAndWrittenBack();
    void duplicateKeyIsRefusedWithItsPath_data();
    void duplicateKeyIsRefusedWithItsPath();
    void uuidIsReadOnlyInItsCanonicalForm_data();
    void uuidIsReadOnlyInItsCanonicalForm();
    void uuidIsReadInEitherCase();
    void linkListedTwiceIsRefused_data();
    void linkListedTwiceIsRefused();
    void timestampOutsideYearsOneTo9999IsRefused_data();
    void timestampOutsideYearsOneTo9999IsRefused();
    void timestampsAtTheEdgesOfYearsOneTo9999RoundTrip();
    void textSamspillCannotStoreIsRefused_data();
    void textSamspillCannotStoreIsRefused();
    void tabsAndLineBreaksInTextAreKept();
    void numberThatIsNotJsonIsRefused_data();
    void numberThatIsNotJsonIsRefused();
    void wholeNumberOutsideItsRangeIsRefusedExactly_data();
    void wholeNumberOutsideItsRangeIsRefusedExactly();
    void wholeNumbersAreReadExactlyInAnyJsonForm();
    void dateWithAnythingAroundItIsRefused_data();
    void dateWithAnythingAroundItIsRefused();
    void nameOfOnlyInvisibleCharactersIsRefused_data();
    void nameOfOnlyInvisibleCharactersIsRefused();
    void versionTwoReadsPlanDatesOfEveryPrecision_data();
    void versionTwoReadsPlanDatesOfEveryPrecision();
    void versionOneReadsDaysAsBeforeAndRefusesOtherPrecisions();
    void planDateThatIsNoCodeIsRefused_data();
    void planDateThatIsNoCodeIsRefused();
    void messagesShowTheFilesTextEscaped_data();
    void messagesShowTheFilesTextEscaped();
    void deepNestingIsRefusedBeforeItIsBuilt();
    void readingFromADeviceInSmallPiecesReadsTheSame();
    void anUnreadableDeviceIsAnInputError();
};

void TestJsonReader::seedFilesReadWithoutProblems()
{
    const auto project = Exchange::JsonReader::read(
        readFile(TestSupport::seedFile(QStringLiteral("nord-trondelag.json"))));
    QVERIFY2(project, project ? "" : qPrintable(project.error().message));
    const auto library = Exchange::JsonReader::read(
        readFile(TestSupport::seedFile(QStringLiteral("knowledge-library.json"))));
    QVERIFY2(library, library ? "" : qPrintable(library.error().message));

    // The seed as the source text gives it: one project of six organisations, its period, read
    // as completed at its end (README, "Seed data"), and what the text leaves undated stays
    // undated: only the coordinator training starts "høsten 2012", and only the completed
    // referral measure has a progress (100 %).
    QCOMPARE(project->organisations.size(), 6);
    QCOMPARE(project->projects.size(), 1);
    const ProjectBundle &bundle = project->projects.constFirst();
    QCOMPARE(bundle.project.name,
             QStringLiteral("Samhandlingsprosjektet Psykisk Helse i Nord-Trøndelag"));
    QCOMPARE(bundle.project.start, QDate(2009, 12, 1));
    QCOMPARE(bundle.project.end, QDate(2013, 12, 31));
    QCOMPARE(bundle.project.status, Status::Completed);
    QCOMPARE(bundle.project.knowledgeSourceUuids.size(), 2);
    QCOMPARE(bundle.statusUpdates.size(), 5);
    QCOMPARE(bundle.participants.size(), 6);
    QCOMPARE(bundle.members.size(), 3);
    QCOMPARE(bundle.goals.size(), 2);
    QCOMPARE(bundle.measures.size(), 3);
    for (const Measure &measure : bundle.measures) {
        QCOMPARE(measure.plannedStart.isNull(), &measure != &bundle.measures.at(2));
        QVERIFY(measure.plannedEnd.isNull());
        QCOMPARE(measure.progress.has_value(), &measure == &bundle.measures.at(1));
        QCOMPARE(measure.activities.size(), 3);
    }
    QCOMPARE(bundle.measures.at(2).plannedStart.toCode(), QStringLiteral("2012-H2"));
    QCOMPARE(bundle.measures.at(1).progress, std::optional<int>(100));
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

void TestJsonReader::reportsAreReadIntoTheirProjectAndTheTop()
{
    // GIVEN a version-3 document with a report in its first project and one at the top
    QJsonObject portfolioReport = validReport();
    portfolioReport.insert(QStringLiteral("uuid"), uuidText(901));
    portfolioReport.insert(QStringLiteral("project"), QJsonValue());
    portfolioReport.insert(QStringLiteral("format"), QStringLiteral("csv"));
    const QJsonObject document =
        both(both(set(QStringLiteral("formatVersion"), 3),
                  set(QStringLiteral("projects[0].reports"), QJsonArray{validReport()})),
             set(QStringLiteral("reports"), QJsonArray{portfolioReport}))(validObject());

    const auto read = Exchange::JsonReader::read(bytesOf(document));

    // THEN the project's report is of that project, the other of none, with their bytes
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->projects.at(0).reports.size(), 1);
    const ArchivedReport &ofProject = read->projects.at(0).reports.at(0);
    QCOMPARE(ofProject.uuid, uuidOf(900));
    QCOMPARE(ofProject.project, uuidOf(100));
    QCOMPARE(ofProject.projects, QVector<QUuid>{uuidOf(100)});
    QCOMPARE(ofProject.issuedAt, QDateTime(QDate(2012, 4, 2), QTime(9, 30), Qt::UTC));
    QCOMPARE(ofProject.from, QDate(2012, 1, 1));
    QCOMPARE(ofProject.to, QDate(2012, 3, 31));
    QCOMPARE(ofProject.format, ReportFormat::Markdown);
    QCOMPARE(ofProject.content, QByteArray("# Status\n"));
    QVERIFY(read->projects.at(1).reports.isEmpty());
    QCOMPARE(read->reports.size(), 1);
    QCOMPARE(read->reports.at(0).uuid, uuidOf(901));
    QVERIFY(read->reports.at(0).project.isNull());
    QCOMPARE(read->reports.at(0).format, ReportFormat::Csv);

    // AND a report's UUID is one more UUID of the document, unique like any other
    QJsonObject clashing = validReport();
    clashing.insert(QStringLiteral("uuid"), uuidText(140)); // a measure's
    const auto clash = Exchange::JsonReader::read(
        bytesOf(set(QStringLiteral("projects[0].reports"), QJsonArray{clashing})(validObject())));
    QVERIFY(!clash);
    QVERIFY2(clash.error().message.contains(QStringLiteral("projects[0].reports[0].uuid: ") +
                                            uuidText(140) + QStringLiteral(" is already used")),
             qPrintable(clash.error().message));
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
    row("uuid of another project's measure",
        set(QStringLiteral("projects[1].measures[0].uuid"), uuidText(140)),
        QStringLiteral("projects[1].measures[0].uuid: %1 is already used in projects[0]")
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
        m0 + QStringLiteral("plannedEnd: %1 is before the start date %2")
                 .arg(Domain::PlanDate::day(QDate(2012, 1, 31)).toText(),
                      Domain::PlanDate::day(QDate(2012, 2, 1)).toText()));
    row("project ending before it starts",
        set(QStringLiteral("projects[0].end"), QStringLiteral("2011-12-31")),
        QStringLiteral("projects[0].end: %1 is before the start date %2")
            .arg(Domain::PlanDate::day(QDate(2011, 12, 31)).toText(),
                 Domain::PlanDate::day(QDate(2012, 1, 1)).toText()));
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
    row("newer format version", set(QStringLiteral("formatVersion"), 4),
        QStringLiteral("formatVersion: 4 was written by a newer Samspill; this version reads "
                       "format version 3"));

    // Archived reports, in a project and at the top
    const QString r0 = QStringLiteral("projects[0].reports[0].");
    row("report bytes that are not base64",
        withReport(QStringLiteral("content"), QStringLiteral("bm90IGJhc2U2NA=!")),
        r0 + QStringLiteral("content: \"bm90IGJhc2U2NA=!\" is not base64"));
    row("report bytes in base64 without padding",
        withReport(QStringLiteral("content"), QStringLiteral("YWI")),
        r0 + QStringLiteral("content: \"YWI\" is not base64"));
    row("report without bytes", withReport(QStringLiteral("content"), QString()),
        r0 + QStringLiteral("content: must not be empty"));
    row("report in a format Samspill does not write",
        withReport(QStringLiteral("format"), QStringLiteral("docx")),
        r0 + QStringLiteral("format: \"docx\" is not one of: pdf, odt, html, md, csv"));
    row("report in another language", withReport(QStringLiteral("language"), QStringLiteral("de")),
        r0 + QStringLiteral("language: \"de\" is not one of: nb, en"));
    row("report period ending before it begins",
        withReport(QStringLiteral("to"), QStringLiteral("2011-12-31")),
        r0 + QStringLiteral("to: %1 is before the start date %2")
                 .arg(Domain::PlanDate::day(QDate(2011, 12, 31)).toText(),
                      Domain::PlanDate::day(QDate(2012, 1, 1)).toText()));
    row("report issued without a time zone",
        withReport(QStringLiteral("issuedAt"), QStringLiteral("2012-04-02T09:30:00")),
        r0 + QStringLiteral("issuedAt: \"2012-04-02T09:30:00\" is not a time with time zone "
                            "(YYYY-MM-DDThh:mm:ssZ)"));
    row("report naming the project it is in", withReport(QStringLiteral("project"), uuidText(100)),
        r0 + QStringLiteral("project: is not a field of this format"));
    QJsonObject ofNoUuid = validReport();
    ofNoUuid.insert(QStringLiteral("project"), 7);
    row("portfolio report of a project that is no UUID",
        set(QStringLiteral("reports"), QJsonArray{ofNoUuid}),
        QStringLiteral("reports[0].project: 7 is not a UUID"));
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

void TestJsonReader::goalTreeOfExactlyTheLimitIsReadAndWrittenBack()
{
    // GIVEN goals nested exactly MaxGoalDepth levels deep, each with a list of sub-goals (the
    // deepest one empty), as the writer writes every goal
    const int deepest = Exchange::MaxGoalDepth - 1;
    QJsonArray goals;
    for (int level = deepest; level >= 0; --level) {
        goals =
            QJsonArray{QJsonObject{{QStringLiteral("uuid"), uuidText(5000 + level)},
                                   {QStringLiteral("text"), QStringLiteral("Level %1").arg(level)},
                                   {QStringLiteral("subGoals"), goals}}};
    }
    const Edit edit =
        both(set(QStringLiteral("projects[1].goals"), goals),
             set(QStringLiteral("projects[1].measures[0].goals[0]"), uuidText(5000 + deepest)));

    // WHEN it is read
    const auto read = Exchange::JsonReader::read(bytesOf(edit(validObject())));

    // THEN every level is there
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->projects.at(1).goals.size(), Exchange::MaxGoalDepth);

    // AND what the writer makes of it reads back the same
    const auto again = Exchange::JsonReader::read(Exchange::JsonWriter::toJson(read.value()));
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    SAMSPILL_COMPARE_CONTENT(again.value(), read.value());
}

void TestJsonReader::duplicateKeyIsRefusedWithItsPath_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("problem");
    const QString twice =
        QStringLiteral("%1: is given twice in the same object (the second time at %2)");

    // An empty list of projects appended to a whole document: with the last key winning, the
    // file would import nothing and say it succeeded.
    QByteArray appended = validDocument();
    const qsizetype end = appended.lastIndexOf('}');
    appended.insert(end, ",\n    \"projects\": []\n");
    QTest::newRow("projects appended to a whole document")
        << appended << twice.arg(QStringLiteral("projects"), positionOf(appended, end + 6));

    // A second key of the same length, renamed in place to one the object already has.
    const auto renamed = [](const QString &object, const char *key) {
        const QByteArray stand = QByteArray(qstrlen(key), 'z');
        QByteArray document = bytesOf(set(object + QLatin1Char('.') + QString::fromLatin1(stand),
                                          QStringLiteral("x"))(validObject()));
        const qsizetype at = document.indexOf(QByteArray('"' + stand + '"'));
        document.replace(at + 1, stand.size(), key);
        return std::make_pair(document, at);
    };
    const auto [title, titleAt] = renamed(QStringLiteral("projects[0].measures[1]"), "title");
    QTest::newRow("a measure's title twice")
        << title
        << twice.arg(QStringLiteral("projects[0].measures[1].title"), positionOf(title, titleAt));
    const auto [state, stateAt] =
        renamed(QStringLiteral("projects[0].measures[0].managementAnchoring"), "state");
    QTest::newRow("twice in a nested object")
        << state
        << twice.arg(QStringLiteral("projects[0].measures[0].managementAnchoring.state"),
                     positionOf(state, stateAt));
}

void TestJsonReader::duplicateKeyIsRefusedWithItsPath()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, problem);
    QCOMPARE(refusalOf(document), problem);
}

void TestJsonReader::uuidIsReadOnlyInItsCanonicalForm_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("problem");
    const auto row = [](const char *name, const QString &path, const QString &value) {
        QTest::newRow(name) << set(path, value)
                            << QStringLiteral("%1: \"%2\" is not a UUID").arg(path, value);
    };
    const QString m0 = QStringLiteral("projects[0].measures[0].");
    row("trailing space", QStringLiteral("projects[0].uuid"), uuidText(100) + QLatin1Char(' '));
    row("in braces", QStringLiteral("organisations[1].uuid"),
        QLatin1Char('{') + uuidText(2) + QLatin1Char('}'));
    row("a 37th character in a reference",
        QStringLiteral("projects[0].participants[0].organisation"), uuidText(1) + QLatin1Char('0'));
    row("a 37th character in a list of links", m0 + QStringLiteral("goals[1]"),
        uuidText(130) + QLatin1Char('a'));
    row("without dashes", QStringLiteral("projects[0].members[0].organisation"),
        uuidText(1).remove(QLatin1Char('-')));
    row("a dash out of place", QStringLiteral("projects[0].milestones[0].measure"),
        QStringLiteral("0000000-00000-4000-8000-000000000140"));
    row("a letter that is not hex", QStringLiteral("projects[0].risks[0].uuid"),
        QStringLiteral("g0000000-0000-4000-8000-000000000180"));
}

void TestJsonReader::uuidIsReadOnlyInItsCanonicalForm()
{
    QFETCH(Edit, edit);
    QFETCH(QString, problem);
    QCOMPARE(refusalOf(bytesOf(edit(validObject()))), problem);
}

void TestJsonReader::uuidIsReadInEitherCase()
{
    // GIVEN an organisation's UUID in capitals, referred to in small letters
    const Edit edit = both(set(QStringLiteral("organisations[0].uuid"),
                               QStringLiteral("ABCDEF00-0000-4000-8000-000000000001")),
                           set(QStringLiteral("projects[0].participants[0].organisation"),
                               QStringLiteral("abcdef00-0000-4000-8000-000000000001")));

    const auto read = Exchange::JsonReader::read(bytesOf(edit(validObject())));

    // THEN both name the same organisation
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->projects.at(0).participants.at(0).organisationUuid,
             read->organisations.at(0).uuid);
}

void TestJsonReader::linkListedTwiceIsRefused_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("problem");
    const QString m0 = QStringLiteral("projects[0].measures[0].");
    // Stored, the second would be dropped: the document would not mean what it says.
    QTest::newRow("a goal") << set(m0 + QStringLiteral("goals[1]"), uuidText(132))
                            << m0 + QStringLiteral("goals[1]: %1 is already listed at %2goals[0]")
                                        .arg(uuidText(132), m0);
    QTest::newRow("a responsible organisation")
        << set(m0 + QStringLiteral("responsibleOrganisations[1]"), uuidText(2))
        << m0 + QStringLiteral("responsibleOrganisations[1]: %1 is already listed at "
                               "%2responsibleOrganisations[0]")
                    .arg(uuidText(2), m0);
    QTest::newRow("in capitals, a knowledge source")
        << set(m0 + QStringLiteral("knowledgeSources"),
               QJsonArray{uuidText(10), uuidText(10).toUpper()})
        << m0 + QStringLiteral("knowledgeSources[1]: %1 is already listed at %2knowledgeSources[0]")
                    .arg(uuidText(10), m0);
}

void TestJsonReader::linkListedTwiceIsRefused()
{
    QFETCH(Edit, edit);
    QFETCH(QString, problem);
    QCOMPARE(refusalOf(bytesOf(edit(validObject()))), problem);
}

void TestJsonReader::timestampOutsideYearsOneTo9999IsRefused_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("problem");
    const auto row = [](const char *name, const QString &path, const QString &value) {
        QTest::newRow(name) << set(path, value)
                            << QStringLiteral("%1: \"%2\" falls outside the years 1 to 9999 in UTC")
                                   .arg(path, value);
    };
    const QString recordedAt = QStringLiteral("projects[0].statusUpdates[0].recordedAt");
    row("just before year 1 in UTC", recordedAt, QStringLiteral("0001-01-01T00:30:00+01:00"));
    row("just after year 9999 in UTC", recordedAt, QStringLiteral("9999-12-31T23:30:00-01:00"));
    row("exported after year 9999", QStringLiteral("exportedAt"),
        QStringLiteral("9999-12-31T23:59:59-00:01"));
}

void TestJsonReader::timestampOutsideYearsOneTo9999IsRefused()
{
    QFETCH(Edit, edit);
    QFETCH(QString, problem);
    QCOMPARE(refusalOf(bytesOf(edit(validObject()))), problem);
}

void TestJsonReader::timestampsAtTheEdgesOfYearsOneTo9999RoundTrip()
{
    for (const char *time :
         {"0001-01-01T00:00:00Z", "0001-01-01T01:00:00+01:00", "9999-12-31T23:59:59.999Z"}) {
        const Edit edit =
            set(QStringLiteral("projects[0].statusUpdates[0].recordedAt"), QLatin1String(time));
        const auto read = Exchange::JsonReader::read(bytesOf(edit(validObject())));
        QVERIFY2(read, read ? time : qPrintable(read.error().message));
        const auto again = Exchange::JsonReader::read(Exchange::JsonWriter::toJson(read.value()));
        QVERIFY2(again, again ? time : qPrintable(again.error().message));
        SAMSPILL_COMPARE_CONTENT(again.value(), read.value());
    }
}

void TestJsonReader::textSamspillCannotStoreIsRefused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("problem");

    // Escaped in the JSON: well-formed, but not text Samspill stores.
    const auto escaped = [](const char *name, const QString &path, const char *raw,
                            const char *character) {
        QTest::newRow(name) << withRaw(path, raw)
                            << QStringLiteral("%1: must not hold the character %2")
                                   .arg(path, QLatin1String(character));
    };
    const QString m0 = QStringLiteral("projects[0].measures[0].");
    escaped("NUL", QStringLiteral("organisations[0].name"), R"("Kom\u0000munen")", R"(\u0000)");
    escaped("escape sequence", QStringLiteral("projects[0].description"), R"("\u001b[2J")",
            R"(\u001B)");
    escaped("lone high surrogate", m0 + QStringLiteral("title"), R"("x\ud800")", R"(\uD800)");
    escaped("lone low surrogate", QStringLiteral("projects[0].risks[0].owner"), R"("\udc00y")",
            R"(\uDC00)");
    escaped("U+FFFF", QStringLiteral("knowledgeSources[0].summary"), R"("\uffff")", R"(\uFFFF)");
    escaped("DEL", QStringLiteral("projects[0].members[1].name"), R"("Kari\u007f")", R"(\u007F)");
    escaped("bell in an activity", m0 + QStringLiteral("activities[0].title"), R"("\u0007")",
            R"(\u0007)");

    // Not JSON at all: the bytes themselves are refused where they stand.
    const auto raw = [](const char *name, const QString &path, const QByteArray &text,
                        qsizetype inside, const QString &why) {
        qsizetype offset = 0;
        const QByteArray document = withRaw(path, text, &offset);
        QTest::newRow(name) << document
                            << QStringLiteral("%1: the JSON is not well-formed: %2 (in %3)")
                                   .arg(positionOf(document, offset + inside), why, path);
    };
    const QString unescaped = QStringLiteral("the control character %1 must be written as an "
                                             "escape");
    raw("raw escape byte", QStringLiteral("organisations[0].name"), "\"Kom\x1bmunen\"", 4,
        unescaped.arg(QLatin1String(R"(\u001B)")));
    raw("raw NUL byte", QStringLiteral("projects[0].region"), QByteArray("\"a\0b\"", 5), 2,
        unescaped.arg(QLatin1String(R"(\u0000)")));
    raw("raw tab", m0 + QStringLiteral("theme"), "\"a\tb\"", 2,
        unescaped.arg(QLatin1String(R"(\t)")));
    raw("byte that is never UTF-8", QStringLiteral("projects[0].region"), "\"Tr\xff\"", 3,
        QStringLiteral("bytes that are not UTF-8: 0xFF"));
    raw("overlong encoding", QStringLiteral("projects[0].region"), "\"\xc0\xaf\"", 1,
        QStringLiteral("bytes that are not UTF-8: 0xC0"));
    raw("encoded surrogate", QStringLiteral("projects[0].region"), "\"\xed\xa0\x80\"", 1,
        QStringLiteral("bytes that are not UTF-8: 0xED 0xA0"));
    raw("sequence cut short", QStringLiteral("projects[0].region"), "\"\xe2\x82\"", 1,
        QStringLiteral("bytes that are not UTF-8: 0xE2 0x82 0x22"));
}

void TestJsonReader::textSamspillCannotStoreIsRefused()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, problem);

    const QString message = refusalOf(document);

    QCOMPARE(message, problem);
    QVERIFY2(hasNoControlCharacters(message), qPrintable(message));
}

void TestJsonReader::tabsAndLineBreaksInTextAreKept()
{
    const QString text = QStringLiteral("Linje 1\n\tLinje 2\r\nSlutt");
    const auto read = Exchange::JsonReader::read(
        bytesOf(set(QStringLiteral("projects[0].description"), text)(validObject())));
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->projects.at(0).project.description, text);
}

void TestJsonReader::numberThatIsNotJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("problem");
    const auto row = [](const char *literal, const QString &why) {
        qsizetype offset = 0;
        const QByteArray document =
            withRaw(QStringLiteral("projects[0].measures[0].progress"), literal, &offset);
        QTest::newRow(literal) << document
                               << QStringLiteral("%1: the JSON is not well-formed: %2")
                                      .arg(positionOf(document, offset), why);
    };
    const QString notANumber = QStringLiteral("\"%1\" is not a number in JSON");
    const QString notAValue = QStringLiteral("\"%1\" is not a JSON value (text must be in quotes)");
    for (const char *literal : {".5", "01", "+1", "1.", "-", "1e", "1.e5", "--1"})
        row(literal, notANumber.arg(QLatin1String(literal)));
    row("NaN", notAValue.arg(QStringLiteral("NaN")));
    row("Infinity", notAValue.arg(QStringLiteral("Infinity")));
}

void TestJsonReader::numberThatIsNotJsonIsRefused()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, problem);
    QCOMPARE(refusalOf(document), problem);
}

void TestJsonReader::wholeNumberOutsideItsRangeIsRefusedExactly_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("problem");
    const QString ore = QStringLiteral("-9007199254740992 to 9007199254740992");
    const auto row = [](const QString &path, const char *literal, const QString &range) {
        QTest::newRow(literal) << withRaw(path, literal)
                               << QStringLiteral("%1: %2 is not a whole number from %3")
                                      .arg(path, QLatin1String(literal), range);
    };
    const QString line = QStringLiteral("projects[0].budgetLines[0].");
    // One øre beyond 2^53 is one a double cannot hold: read through one, it would be stored
    // as 2^53.
    row(line + QStringLiteral("budgetOre"), "9007199254740993", ore);
    row(line + QStringLiteral("accountsOre"), "-9007199254740993", ore);
    row(line + QStringLiteral("ownContributionOre"), "18446744073709551617", ore);
    row(line + QStringLiteral("budgetOre"), "1e400", ore);
    row(QStringLiteral("projects[0].measures[0].progress"), "100.00000000000000001",
        QStringLiteral("0 to 100"));
    row(QStringLiteral("projects[0].risks[0].impact"), "2.0000000000000001",
        QStringLiteral("1 to 5"));
    row(QStringLiteral("formatVersion"), "1.0000000000000001", QStringLiteral("1 to 1000000"));
}

void TestJsonReader::wholeNumberOutsideItsRangeIsRefusedExactly()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, problem);
    QCOMPARE(refusalOf(document), problem);
}

void TestJsonReader::wholeNumbersAreReadExactlyInAnyJsonForm()
{
    QByteArray document =
        withRaw(QStringLiteral("projects[0].budgetLines[0].budgetOre"), "9007199254740992");
    document.replace("\"accountsOre\": 99950", "\"accountsOre\": -9.007199254740991e15");
    document.replace("\"ownContributionOre\": 5", "\"ownContributionOre\": -0");
    document.replace("\"progress\": 40", "\"progress\": 4e1");
    document.replace("\"year\": 2010", "\"year\": 2.0100E+3");

    const auto read = Exchange::JsonReader::read(document);

    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    const BudgetLine &line = read->projects.at(0).budgetLines.at(0);
    QCOMPARE(line.budgetOre, qint64(1) << 53);
    QCOMPARE(line.accountsOre, -9007199254740991);
    QCOMPARE(line.ownContributionOre, 0);
    QCOMPARE(read->projects.at(0).measures.at(0).progress, 40);
    QCOMPARE(read->knowledgeSources.at(0).year, 2010);
}

void TestJsonReader::dateWithAnythingAroundItIsRefused_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("problem");
    const auto row = [](const char *name, const QString &value, const QString &shown) {
        QTest::newRow(name)
            << set(QStringLiteral("projects[0].start"), value)
            << QStringLiteral("projects[0].start: \"%1\" is not a date (YYYY-MM-DD)").arg(shown);
    };
    row("trailing newline", QStringLiteral("2012-01-01\n"), QStringLiteral("2012-01-01\\n"));
    row("leading space", QStringLiteral(" 2012-01-01"), QStringLiteral(" 2012-01-01"));
    row("trailing space", QStringLiteral("2012-01-01 "), QStringLiteral("2012-01-01 "));
    row("digits of another script", QStringLiteral("٢٠١٢-٠١-٠١"), QStringLiteral("٢٠١٢-٠١-٠١"));
    row("month of one digit", QStringLiteral("2012-1-01"), QStringLiteral("2012-1-01"));
}

void TestJsonReader::dateWithAnythingAroundItIsRefused()
{
    QFETCH(Edit, edit);
    QFETCH(QString, problem);
    QCOMPARE(refusalOf(bytesOf(edit(validObject()))), problem);
}

void TestJsonReader::versionTwoReadsPlanDatesOfEveryPrecision_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<PlanDate>("date");
    QTest::newRow("day") << QStringLiteral("2012-09-15") << PlanDate::day(QDate(2012, 9, 15));
    QTest::newRow("month") << QStringLiteral("2012-09") << PlanDate::month(2012, 9);
    QTest::newRow("quarter") << QStringLiteral("2012-Q3") << PlanDate::quarter(2012, 3);
    QTest::newRow("half-year") << QStringLiteral("2012-H2") << PlanDate::halfYear(2012, 2);
    QTest::newRow("year") << QStringLiteral("2012") << PlanDate::year(2012);
}

void TestJsonReader::versionTwoReadsPlanDatesOfEveryPrecision()
{
    QFETCH(QString, code);
    QFETCH(PlanDate, date);
    // GIVEN a version-2 document whose every planning date is written at that precision
    QJsonObject document = validObject();
    document = set(QStringLiteral("formatVersion"), 2)(document);
    for (const char *field :
         {"projects[0].measures[0].plannedStart", "projects[0].measures[0].plannedEnd",
          "projects[0].measures[0].actualStart", "projects[0].measures[0].actualEnd",
          "projects[0].measures[0].activities[0].due", "projects[0].milestones[0].date",
          "projects[0].goals[0].indicators[0].measuredOn"})
        document = set(QLatin1String(field), code)(document);

    auto read = Exchange::JsonReader::read(bytesOf(document));

    // THEN each is read at its precision
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    const Measure &measure = read->projects[0].measures[0];
    QCOMPARE(measure.plannedStart, date);
    QCOMPARE(measure.plannedEnd, date);
    QCOMPARE(measure.actualStart, date);
    QCOMPARE(measure.actualEnd, date);
    QCOMPARE(measure.activities[0].due, date);
    QCOMPARE(read->projects[0].milestones[0].date, date);
    QCOMPARE(read->projects[0].goals[0].indicators[0].measuredOn, date);
}

void TestJsonReader::versionOneReadsDaysAsBeforeAndRefusesOtherPrecisions()
{
    // A version-1 file means what it meant: its days are days
    auto read = Exchange::JsonReader::read(bytesOf(validObject()));
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->projects[0].measures[0].plannedStart.precision(), PlanDate::Precision::Day);
    // and a version-1 file cannot have known another precision
    const QJsonObject halfYear = set(QStringLiteral("projects[0].measures[0].plannedEnd"),
                                     QStringLiteral("2012-H2"))(validObject());
    QCOMPARE(refusalOf(bytesOf(halfYear)),
             QStringLiteral("projects[0].measures[0].plannedEnd: \"2012-H2\" is not a date "
                            "(YYYY-MM-DD)"));
    // while version 2 reads it
    QVERIFY(Exchange::JsonReader::read(bytesOf(set(QStringLiteral("formatVersion"), 2)(halfYear))));
}

void TestJsonReader::planDateThatIsNoCodeIsRefused_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("words") << QStringLiteral("høsten 2012") << QStringLiteral("høsten 2012");
    QTest::newRow("lower-case half") << QStringLiteral("2012-h2") << QStringLiteral("2012-h2");
    QTest::newRow("third half") << QStringLiteral("2012-H3") << QStringLiteral("2012-H3");
    QTest::newRow("fifth quarter") << QStringLiteral("2012-Q5") << QStringLiteral("2012-Q5");
    QTest::newRow("month 13") << QStringLiteral("2012-13") << QStringLiteral("2012-13");
    QTest::newRow("trailing newline") << QStringLiteral("2012\n") << QStringLiteral("2012\\n");
    QTest::newRow("three-digit year") << QStringLiteral("999") << QStringLiteral("999");
}

void TestJsonReader::planDateThatIsNoCodeIsRefused()
{
    QFETCH(QString, value);
    QFETCH(QString, shown);
    const QJsonObject document = set(QStringLiteral("formatVersion"), 2)(
        set(QStringLiteral("projects[0].measures[0].plannedEnd"), value)(validObject()));
    QCOMPARE(refusalOf(bytesOf(document)),
             QStringLiteral("projects[0].measures[0].plannedEnd: \"%1\" is not a date "
                            "(YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY)")
                 .arg(shown));
}

void TestJsonReader::nameOfOnlyInvisibleCharactersIsRefused_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("problem");
    const auto row = [](const char *name, const QString &path, const QString &value) {
        QTest::newRow(name) << set(path, value) << path + QStringLiteral(": must not be empty");
    };
    row("zero-width space", QStringLiteral("organisations[0].name"), QString(QChar(0x200b)));
    row("word joiner and byte order mark", QStringLiteral("projects[0].name"),
        QString(QChar(0x2060)) + QChar(0xfeff));
    row("no-break space", QStringLiteral("projects[0].measures[0].title"), QString(QChar(0xa0)));
}

void TestJsonReader::nameOfOnlyInvisibleCharactersIsRefused()
{
    QFETCH(Edit, edit);
    QFETCH(QString, problem);
    QCOMPARE(refusalOf(bytesOf(edit(validObject()))), problem);
}

void TestJsonReader::messagesShowTheFilesTextEscaped_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("problem");
    const QString statusCodes =
        QStringLiteral("planned, in_progress, completed, postponed, cancelled");
    const QString m0 = QStringLiteral("projects[0].measures[0].");

    QTest::newRow("a sequence that would clear the terminal")
        << set(QStringLiteral("projects[1].status"), QStringLiteral("\x1b[2Jdone"))
        << QStringLiteral(R"(projects[1].status: "\u001B[2Jdone" is not one of: )") + statusCodes;
    QTest::newRow("placeholders in a value")
        << set(m0 + QStringLiteral("progress"), QStringLiteral("%2 %3"))
        << m0 + QStringLiteral(R"(progress: "%2 %3" is not a whole number from 0 to 100)");
    QTest::newRow("placeholder in a date")
        << set(QStringLiteral("projects[0].start"), QStringLiteral("%1%2"))
        << QStringLiteral(R"(projects[0].start: "%1%2" is not a date (YYYY-MM-DD))");
    QTest::newRow("a forged line")
        << set(QStringLiteral("projects[0].uuid"), QStringLiteral("x\nprojects[1].uuid: fine"))
        << QStringLiteral(R"(projects[0].uuid: "x\nprojects[1].uuid: fine" is not a UUID)");
    QTest::newRow("control characters in the name of an unknown field")
        << set(m0 + QStringLiteral("\x1b]0;title\x07"), 1)
        << m0 + QStringLiteral(R"(\u001B]0;title\u0007: is not a field of this format)");
    QTest::newRow("reversed text in a reference")
        << set(QStringLiteral("projects[0].milestones[0].measure"),
               QString(QChar(0x202e) + QStringLiteral("abc")))
        << QStringLiteral(R"(projects[0].milestones[0].measure: "\u202Eabc" is not a UUID)");
}

void TestJsonReader::messagesShowTheFilesTextEscaped()
{
    QFETCH(Edit, edit);
    QFETCH(QString, problem);

    const QString message = refusalOf(bytesOf(edit(validObject())));

    QCOMPARE(message, problem);
    QVERIFY2(hasNoControlCharacters(message), qPrintable(message));
}

void TestJsonReader::deepNestingIsRefusedBeforeItIsBuilt()
{
    // GIVEN a value nested far deeper than any exchange document
    const QByteArray prefix("{\"format\": ");
    const QByteArray document = prefix + QByteArray(1000000, '[');

    const QString message = refusalOf(document);

    // THEN it is refused at the first level too deep
    const QString expected =
        QStringLiteral("line 1, column %1: the JSON is nested deeper than %2 levels")
            .arg(prefix.size() + Exchange::MaxNesting)
            .arg(Exchange::MaxNesting);
    QCOMPARE(message, expected);
}

void TestJsonReader::readingFromADeviceInSmallPiecesReadsTheSame()
{
    QByteArray broken = validDocument();
    broken.replace("Foretaket", "Foretak\xc3");
    const QList<QByteArray> documents{
        readFile(TestSupport::seedFile(QStringLiteral("nord-trondelag.json"))), validDocument(),
        bytesOf(set(QStringLiteral("projects[0].description"),
                    QString::fromUtf8("Trøndelag \xf0\x9f\x99\x82 \\ \"sitat\""))(validObject())),
        withRaw(QStringLiteral("projects[0].region"), R"("\u00e6\ud83d\ude42\n")"), broken};

    for (const QByteArray &document : documents) {
        // WHEN the document is read at once and from a device a few bytes at a time
        const auto whole = Exchange::JsonReader::read(document);
        TestSupport::ChunkedDevice device(document);
        const auto pieces = Exchange::JsonReader::read(device);

        // THEN both readings agree, in what they read or in what they refuse
        QCOMPARE(bool(pieces), bool(whole));
        if (whole) {
            QVERIFY(device.reads() > document.size() / 8); // it did come in small pieces
            SAMSPILL_COMPARE_CONTENT(pieces.value(), whole.value());
        } else {
            QCOMPARE(pieces.error().message, whole.error().message);
        }
    }
}

void TestJsonReader::anUnreadableDeviceIsAnInputError()
{
    TestSupport::ChunkedDevice device(validDocument(), 7, validDocument().size() / 2);

    const auto read = Exchange::JsonReader::read(device);

    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::Io);
    QVERIFY2(read.error().message.contains(QLatin1String("the disk went away")),
             qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
