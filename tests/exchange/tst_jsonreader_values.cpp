// Part of tst_jsonreader (tst_jsonreader.h): each kind of bad value refused with the path of
// its field and a message that names it (uuids, links, timestamps, text, numbers, dates, plan
// dates, names), and messages that show the file's text escaped.

#include "tests/exchange/tst_jsonreader.h"

#include "models/exchange/jsonreader.h"
#include "models/exchange/jsonwriter.h"
#include "tests/support/domaintostring.h"
#include "tests/support/portfoliocompare.h"

#include <QJsonArray>
#include <QTest>

using namespace Domain;
using namespace JsonReaderTest;

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
