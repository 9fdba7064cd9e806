// The rules every stored entity satisfies (models/domain/validation.h). Each rule is one row:
// a valid entity with one thing changed, and the field (exchange-format name) and message the
// violation must carry. Valid neighbours of each boundary are rows too, with no violations.

#include "models/domain/validation.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace Domain;

using Check = std::function<Violations()>;
Q_DECLARE_METATYPE(Check)

namespace {

Organisation validOrganisation()
{
    Organisation organisation;
    organisation.uuid = QUuid::createUuid();
    organisation.name = QStringLiteral("Levanger kommune");
    organisation.kind = OrganisationKind::Municipality;
    return organisation;
}

Project validProject()
{
    Project project;
    project.uuid = QUuid::createUuid();
    project.name = QStringLiteral("Samhandling");
    project.start = QDate(2020, 1, 1);
    project.end = QDate(2022, 12, 31);
    return project;
}

Participant validParticipant()
{
    Participant participant;
    participant.uuid = QUuid::createUuid();
    participant.organisationUuid = QUuid::createUuid();
    return participant;
}

Member validMember()
{
    Member member;
    member.uuid = QUuid::createUuid();
    member.name = QStringLiteral("Kari");
    member.role = QStringLiteral("Koordinator");
    return member;
}

Goal validGoal()
{
    Goal goal;
    goal.uuid = QUuid::createUuid();
    goal.text = QStringLiteral("Bedre samhandling");
    Indicator first;
    first.uuid = QUuid::createUuid();
    first.name = QStringLiteral("Andel med plan");
    Indicator second = first;
    second.uuid = QUuid::createUuid();
    second.name = QStringLiteral("Ventetid");
    goal.indicators = {first, second};
    return goal;
}

Measure validMeasure()
{
    Measure measure;
    measure.uuid = QUuid::createUuid();
    measure.title = QStringLiteral("Hospitering");
    measure.plannedStart = Domain::PlanDate::day(QDate(2021, 2, 1));
    measure.plannedEnd = Domain::PlanDate::day(QDate(2021, 12, 31));
    measure.actualStart = Domain::PlanDate::day(QDate(2021, 2, 10));
    measure.actualEnd = Domain::PlanDate::day(QDate(2021, 11, 30));
    measure.status = Status::InProgress;
    measure.progress = 50;
    for (int i = 0; i < 3; ++i) {
        Activity activity;
        activity.uuid = QUuid::createUuid();
        activity.title = QStringLiteral("Aktivitet %1").arg(i);
        measure.activities.append(activity);
    }
    return measure;
}

Milestone validMilestone()
{
    Milestone milestone;
    milestone.uuid = QUuid::createUuid();
    milestone.title = QStringLiteral("Styringsgruppemøte");
    milestone.date = Domain::PlanDate::day(QDate(2021, 5, 1));
    return milestone;
}

StatusUpdate validStatusUpdate()
{
    StatusUpdate update;
    update.uuid = QUuid::createUuid();
    update.text = QStringLiteral("Godt i gang");
    update.recordedAt = QDateTime(QDate(2021, 5, 1), QTime(9, 0), Qt::UTC);
    update.newProgress = 40;
    return update;
}

Risk validRisk()
{
    Risk risk;
    risk.uuid = QUuid::createUuid();
    risk.description = QStringLiteral("Turnover");
    risk.likelihood = 3;
    risk.impact = 4;
    return risk;
}

KnowledgeSource validKnowledgeSource()
{
    KnowledgeSource source;
    source.uuid = QUuid::createUuid();
    source.title = QStringLiteral("Veileder");
    source.year = 2010;
    return source;
}

BudgetLine validBudgetLine()
{
    BudgetLine line;
    line.uuid = QUuid::createUuid();
    line.year = 2012;
    line.label = QStringLiteral("Lønn");
    line.budgetOre = 100000;
    return line;
}

// One row: the entity made by make(), changed by change(), validated.
template <typename Entity>
Check checkOf(Entity (*make)(), std::function<void(Entity &)> change)
{
    return [make, change] {
        Entity entity = make();
        change(entity);
        return validate(entity);
    };
}

// One row: the entity made by make() with text in one of its text fields.
template <typename Entity>
Check withText(Entity (*make)(), QString Entity::*field, const QString &text)
{
    return checkOf<Entity>(make, [field, text](Entity &entity) { entity.*field = text; });
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void brokenRuleIsReportedAtItsField_data();
    void brokenRuleIsReportedAtItsField();
    void everyTextFieldHoldsOnlyStorableCharacters_data();
    void everyTextFieldHoldsOnlyStorableCharacters();
    void severalBrokenRulesAreAllReported();
    void overRangeProgressOfACompletedMeasureBreaksTwoRules();
    void describeJoinsFieldsAndMessages();
};

void TestValidation::brokenRuleIsReportedAtItsField_data()
{
    QTest::addColumn<Check>("check");
    QTest::addColumn<QString>("field");   // empty: the entity is valid
    QTest::addColumn<QString>("message"); // the whole message of that one violation

    const auto row = [](const char *name, Check check, const QString &field = QString(),
                        const QString &message = QString()) {
        QTest::newRow(name) << check << field << message;
    };
    const QString missing = QStringLiteral("is missing");
    const QString empty = QStringLiteral("must not be empty");

    // Organisation
    row("organisation: valid", checkOf<Organisation>(validOrganisation, [](auto &) {}));
    row("organisation: no uuid",
        checkOf<Organisation>(validOrganisation, [](auto &o) { o.uuid = QUuid(); }),
        QStringLiteral("uuid"), missing);
    row("organisation: blank name",
        checkOf<Organisation>(validOrganisation, [](auto &o) { o.name = QStringLiteral("  "); }),
        QStringLiteral("name"), empty);

    // Project
    row("project: valid", checkOf<Project>(validProject, [](auto &) {}));
    row("project: no name", checkOf<Project>(validProject, [](auto &p) { p.name.clear(); }),
        QStringLiteral("name"), empty);
    row("project: end before start",
        checkOf<Project>(validProject, [](auto &p) { p.end = QDate(2019, 12, 31); }),
        QStringLiteral("end"),
        QStringLiteral("%1 is before the start date %2")
            .arg(Domain::PlanDate::day(QDate(2019, 12, 31)).toText(),
                 Domain::PlanDate::day(QDate(2020, 1, 1)).toText()));
    row("project: ends the day it starts",
        checkOf<Project>(validProject, [](auto &p) { p.end = p.start; }));
    row("project: end without start",
        checkOf<Project>(validProject, [](auto &p) { p.start = QDate(); }));
    row("project: undated", checkOf<Project>(validProject, [](auto &p) {
            p.start = QDate();
            p.end = QDate();
        }));

    // Participant
    row("participant: valid", checkOf<Participant>(validParticipant, [](auto &) {}));
    row("participant: no organisation",
        checkOf<Participant>(validParticipant, [](auto &p) { p.organisationUuid = QUuid(); }),
        QStringLiteral("organisation"), missing);
    row("participant: no uuid",
        checkOf<Participant>(validParticipant, [](auto &p) { p.uuid = QUuid(); }),
        QStringLiteral("uuid"), missing);

    // Member
    row("member: name and role", checkOf<Member>(validMember, [](auto &) {}));
    row("member: name only", checkOf<Member>(validMember, [](auto &m) { m.role.clear(); }));
    row("member: role only", checkOf<Member>(validMember, [](auto &m) { m.name.clear(); }));
    row("member: neither name nor role",
        checkOf<Member>(validMember,
                        [](auto &m) {
                            m.name.clear();
                            m.role.clear();
                        }),
        QStringLiteral("role"), QStringLiteral("a member needs a name or a role"));
    row("member: blank name and role",
        checkOf<Member>(validMember,
                        [](auto &m) {
                            m.name = QStringLiteral(" ");
                            m.role = QStringLiteral("\t");
                        }),
        QStringLiteral("role"), QStringLiteral("a member needs a name or a role"));

    // Goal
    row("goal: valid", checkOf<Goal>(validGoal, [](auto &) {}));
    row("goal: sub-goal",
        checkOf<Goal>(validGoal, [](auto &g) { g.parentUuid = QUuid::createUuid(); }));
    row("goal: no text", checkOf<Goal>(validGoal, [](auto &g) { g.text.clear(); }),
        QStringLiteral("text"), empty);
    row("goal: its own parent", checkOf<Goal>(validGoal, [](auto &g) { g.parentUuid = g.uuid; }),
        QStringLiteral("parent"), QStringLiteral("a goal cannot be its own parent"));
    row("goal: second indicator without name",
        checkOf<Goal>(validGoal, [](auto &g) { g.indicators[1].name.clear(); }),
        QStringLiteral("indicators[1].name"), empty);
    row("goal: indicator target not a number",
        checkOf<Goal>(
            validGoal,
            [](auto &g) { g.indicators[0].target = std::numeric_limits<double>::quiet_NaN(); }),
        QStringLiteral("indicators[0].target"), QStringLiteral("is not a number"));
    row("goal: indicator current value infinite",
        checkOf<Goal>(
            validGoal,
            [](auto &g) { g.indicators[1].current = std::numeric_limits<double>::infinity(); }),
        QStringLiteral("indicators[1].current"), QStringLiteral("is not a number"));
    row("goal: first indicator without uuid",
        checkOf<Goal>(validGoal, [](auto &g) { g.indicators[0].uuid = QUuid(); }),
        QStringLiteral("indicators[0].uuid"), missing);

    // Measure
    row("measure: valid", checkOf<Measure>(validMeasure, [](auto &) {}));
    row("measure: no title", checkOf<Measure>(validMeasure, [](auto &m) { m.title.clear(); }),
        QStringLiteral("title"), empty);
    row("measure: planned end before planned start",
        checkOf<Measure>(validMeasure,
                         [](auto &m) { m.plannedEnd = Domain::PlanDate::day(QDate(2021, 1, 31)); }),
        QStringLiteral("plannedEnd"),
        QStringLiteral("%1 is before the start date %2")
            .arg(Domain::PlanDate::day(QDate(2021, 1, 31)).toText(),
                 Domain::PlanDate::day(QDate(2021, 2, 1)).toText()));
    row("measure: planned to end the day it starts",
        checkOf<Measure>(validMeasure, [](auto &m) { m.plannedEnd = m.plannedStart; }));
    row("measure: actual end before actual start",
        checkOf<Measure>(validMeasure,
                         [](auto &m) { m.actualEnd = Domain::PlanDate::day(QDate(2021, 2, 9)); }),
        QStringLiteral("actualEnd"),
        QStringLiteral("%1 is before the start date %2")
            .arg(Domain::PlanDate::day(QDate(2021, 2, 9)).toText(),
                 Domain::PlanDate::day(QDate(2021, 2, 10)).toText()));
    row("measure: actual end without actual start", checkOf<Measure>(validMeasure, [](auto &m) {
            m.actualStart = Domain::PlanDate::day(QDate());
        }));
    row("measure: progress -1", checkOf<Measure>(validMeasure, [](auto &m) { m.progress = -1; }),
        QStringLiteral("progress"), QStringLiteral("-1 is not between 0 and 100"));
    row("measure: progress 0", checkOf<Measure>(validMeasure, [](auto &m) { m.progress = 0; }));
    row("measure: progress 100", checkOf<Measure>(validMeasure, [](auto &m) { m.progress = 100; }));
    row("measure: progress 101", checkOf<Measure>(validMeasure, [](auto &m) { m.progress = 101; }),
        QStringLiteral("progress"), QStringLiteral("101 is not between 0 and 100"));
    row("measure: progress not assessed",
        checkOf<Measure>(validMeasure, [](auto &m) { m.progress.reset(); }));
    row("measure: completed at 100 %", checkOf<Measure>(validMeasure, [](auto &m) {
            m.status = Status::Completed;
            m.progress = 100;
        }));
    row("measure: completed at 99 %",
        checkOf<Measure>(validMeasure,
                         [](auto &m) {
                             m.status = Status::Completed;
                             m.progress = 99;
                         }),
        QStringLiteral("progress"), QStringLiteral("a completed measure has 100 % progress"));
    row("measure: completed, progress not assessed",
        checkOf<Measure>(validMeasure,
                         [](auto &m) {
                             m.status = Status::Completed;
                             m.progress.reset();
                         }),
        QStringLiteral("progress"), QStringLiteral("a completed measure has 100 % progress"));
    row("measure: cancelled at 10 %", checkOf<Measure>(validMeasure, [](auto &m) {
            m.status = Status::Cancelled;
            m.progress = 10;
        }));
    row("measure: anchored with a date", checkOf<Measure>(validMeasure, [](auto &m) {
            m.anchoring = Anchoring::Yes;
            m.anchoredOn = QDate(2021, 1, 5);
        }));
    row("measure: anchored, date not known",
        checkOf<Measure>(validMeasure, [](auto &m) { m.anchoring = Anchoring::Yes; }));
    row("measure: not anchored but dated",
        checkOf<Measure>(validMeasure,
                         [](auto &m) {
                             m.anchoring = Anchoring::No;
                             m.anchoredOn = QDate(2021, 1, 5);
                         }),
        QStringLiteral("managementAnchoring.date"),
        QStringLiteral("a date is only given when the measure is anchored"));
    row("measure: anchoring unknown but dated",
        checkOf<Measure>(validMeasure, [](auto &m) { m.anchoredOn = QDate(2021, 1, 5); }),
        QStringLiteral("managementAnchoring.date"),
        QStringLiteral("a date is only given when the measure is anchored"));
    row("measure: third activity without title",
        checkOf<Measure>(validMeasure,
                         [](auto &m) { m.activities[2].title = QStringLiteral(" "); }),
        QStringLiteral("activities[2].title"), empty);
    row("measure: first activity without uuid",
        checkOf<Measure>(validMeasure, [](auto &m) { m.activities[0].uuid = QUuid(); }),
        QStringLiteral("activities[0].uuid"), missing);

    // Milestone
    row("milestone: valid", checkOf<Milestone>(validMilestone, [](auto &) {}));
    row("milestone: undated", checkOf<Milestone>(validMilestone, [](auto &m) {
            m.date = Domain::PlanDate::day(QDate());
        }));
    row("milestone: no title", checkOf<Milestone>(validMilestone, [](auto &m) { m.title.clear(); }),
        QStringLiteral("title"), empty);
    row("milestone: no uuid", checkOf<Milestone>(validMilestone, [](auto &m) { m.uuid = QUuid(); }),
        QStringLiteral("uuid"), missing);

    // Status update
    row("status update: valid", checkOf<StatusUpdate>(validStatusUpdate, [](auto &) {}));
    row("status update: no text",
        checkOf<StatusUpdate>(validStatusUpdate, [](auto &u) { u.text.clear(); }),
        QStringLiteral("text"), empty);
    row("status update: no time",
        checkOf<StatusUpdate>(validStatusUpdate, [](auto &u) { u.recordedAt = QDateTime(); }),
        QStringLiteral("recordedAt"), missing);
    row("status update: new progress 100",
        checkOf<StatusUpdate>(validStatusUpdate, [](auto &u) { u.newProgress = 100; }));
    row("status update: new progress 101",
        checkOf<StatusUpdate>(validStatusUpdate, [](auto &u) { u.newProgress = 101; }),
        QStringLiteral("newProgress"), QStringLiteral("101 is not between 0 and 100"));
    row("status update: new progress -5",
        checkOf<StatusUpdate>(validStatusUpdate, [](auto &u) { u.newProgress = -5; }),
        QStringLiteral("newProgress"), QStringLiteral("-5 is not between 0 and 100"));

    // Risk
    row("risk: valid", checkOf<Risk>(validRisk, [](auto &) {}));
    row("risk: lowest and highest scores", checkOf<Risk>(validRisk, [](auto &r) {
            r.likelihood = 1;
            r.impact = 5;
        }));
    row("risk: likelihood 0", checkOf<Risk>(validRisk, [](auto &r) { r.likelihood = 0; }),
        QStringLiteral("likelihood"), QStringLiteral("0 is not between 1 and 5"));
    row("risk: impact 6", checkOf<Risk>(validRisk, [](auto &r) { r.impact = 6; }),
        QStringLiteral("impact"), QStringLiteral("6 is not between 1 and 5"));
    row("risk: no description", checkOf<Risk>(validRisk, [](auto &r) { r.description.clear(); }),
        QStringLiteral("description"), empty);

    // Knowledge source
    row("knowledge source: valid", checkOf<KnowledgeSource>(validKnowledgeSource, [](auto &) {}));
    row("knowledge source: no year",
        checkOf<KnowledgeSource>(validKnowledgeSource, [](auto &k) { k.year.reset(); }));
    row("knowledge source: year 1800",
        checkOf<KnowledgeSource>(validKnowledgeSource, [](auto &k) { k.year = 1800; }));
    row("knowledge source: year 1799",
        checkOf<KnowledgeSource>(validKnowledgeSource, [](auto &k) { k.year = 1799; }),
        QStringLiteral("year"), QStringLiteral("1799 is not between 1800 and 2200"));
    row("knowledge source: year 2201",
        checkOf<KnowledgeSource>(validKnowledgeSource, [](auto &k) { k.year = 2201; }),
        QStringLiteral("year"), QStringLiteral("2201 is not between 1800 and 2200"));
    row("knowledge source: no title",
        checkOf<KnowledgeSource>(validKnowledgeSource, [](auto &k) { k.title.clear(); }),
        QStringLiteral("title"), empty);

    // Budget line
    row("budget line: valid", checkOf<BudgetLine>(validBudgetLine, [](auto &) {}));
    row("budget line: negative amounts (a correction)",
        checkOf<BudgetLine>(validBudgetLine, [](auto &l) {
            l.budgetOre = -5;
            l.accountsOre = -7;
        }));
    row("budget line: year 2200",
        checkOf<BudgetLine>(validBudgetLine, [](auto &l) { l.year = 2200; }));
    row("budget line: year 1899",
        checkOf<BudgetLine>(validBudgetLine, [](auto &l) { l.year = 1899; }),
        QStringLiteral("year"), QStringLiteral("1899 is not between 1900 and 2200"));
    row("budget line: no label",
        checkOf<BudgetLine>(validBudgetLine, [](auto &l) { l.label.clear(); }),
        QStringLiteral("label"), empty);

    // Text that only looks like something: white space and invisible characters
    row("organisation: name of a zero-width space",
        withText(validOrganisation, &Organisation::name, QString(QChar(0x200b))),
        QStringLiteral("name"), empty);
    row("project: name of a word joiner, byte order mark and no-break space",
        withText(validProject, &Project::name,
                 QString(QChar(0x2060)) + QChar(0xfeff) + QChar(0xa0)),
        QStringLiteral("name"), empty);
    row("measure: title of a zero-width space between letters",
        withText(validMeasure, &Measure::title,
                 QStringLiteral("a") + QChar(0x200b) + QStringLiteral("b")));
    row("member: name of a zero-width space, no role",
        checkOf<Member>(validMember,
                        [](auto &m) {
                            m.name = QString(QChar(0x200b));
                            m.role.clear();
                        }),
        QStringLiteral("role"), QStringLiteral("a member needs a name or a role"));

    // Times that ISO 8601 in UTC cannot write with four digits
    row("status update: recorded in year 1 in UTC",
        checkOf<StatusUpdate>(validStatusUpdate, [](auto &u) {
            u.recordedAt = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
        }));
    row("status update: recorded in year 9999 in UTC",
        checkOf<StatusUpdate>(validStatusUpdate, [](auto &u) {
            u.recordedAt = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        }));
    row("status update: recorded before year 1 in UTC",
        checkOf<StatusUpdate>(validStatusUpdate,
                              [](auto &u) {
                                  u.recordedAt = QDateTime(QDate(1, 1, 1), QTime(0, 30),
                                                           Qt::OffsetFromUTC, 3600);
                              }),
        QStringLiteral("recordedAt"),
        QStringLiteral("falls in the year -1 in UTC, outside the years 1 to 9999"));
    row("status update: recorded after year 9999 in UTC",
        checkOf<StatusUpdate>(validStatusUpdate,
                              [](auto &u) {
                                  u.recordedAt = QDateTime(QDate(9999, 12, 31), QTime(23, 30),
                                                           Qt::OffsetFromUTC, -3600);
                              }),
        QStringLiteral("recordedAt"),
        QStringLiteral("falls in the year 10000 in UTC, outside the years 1 to 9999"));
}

void TestValidation::brokenRuleIsReportedAtItsField()
{
    QFETCH(Check, check);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const Violations violations = check();

    if (field.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
        return;
    }
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.constFirst().field, field);
    QCOMPARE(violations.constFirst().message, message);
}

void TestValidation::everyTextFieldHoldsOnlyStorableCharacters_data()
{
    QTest::addColumn<Check>("check");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    // GIVEN each text field of each entity in turn holding an escape sequence
    const QString text = QStringLiteral("a\x1b[2Jb");
    const QString message = QStringLiteral("must not hold the character \\u001B");
    const auto row = [&](const char *name, const Check &check, const char *field) {
        QTest::newRow(name) << check << QString::fromLatin1(field) << message;
    };
    row("organisation name", withText(validOrganisation, &Organisation::name, text), "name");
    row("project name", withText(validProject, &Project::name, text), "name");
    row("project short name", withText(validProject, &Project::shortName, text), "shortName");
    row("project region", withText(validProject, &Project::region, text), "region");
    row("project description", withText(validProject, &Project::description, text), "description");
    row("project funding notes", withText(validProject, &Project::fundingNotes, text),
        "fundingNotes");
    row("member name", withText(validMember, &Member::name, text), "name");
    row("member role", withText(validMember, &Member::role, text), "role");
    row("goal text", withText(validGoal, &Goal::text, text), "text");
    row("indicator name",
        checkOf<Goal>(validGoal, [text](auto &g) { g.indicators[1].name = text; }),
        "indicators[1].name");
    row("indicator unit",
        checkOf<Goal>(validGoal, [text](auto &g) { g.indicators[0].unit = text; }),
        "indicators[0].unit");
    row("measure title", withText(validMeasure, &Measure::title, text), "title");
    row("measure description", withText(validMeasure, &Measure::description, text), "description");
    row("measure theme", withText(validMeasure, &Measure::theme, text), "theme");
    row("activity title",
        checkOf<Measure>(validMeasure, [text](auto &m) { m.activities[2].title = text; }),
        "activities[2].title");
    row("milestone title", withText(validMilestone, &Milestone::title, text), "title");
    row("status update author", withText(validStatusUpdate, &StatusUpdate::author, text), "author");
    row("status update text", withText(validStatusUpdate, &StatusUpdate::text, text), "text");
    row("risk description", withText(validRisk, &Risk::description, text), "description");
    row("risk mitigation", withText(validRisk, &Risk::mitigation, text), "mitigation");
    row("risk owner", withText(validRisk, &Risk::owner, text), "owner");
    row("knowledge source title", withText(validKnowledgeSource, &KnowledgeSource::title, text),
        "title");
    row("knowledge source publisher",
        withText(validKnowledgeSource, &KnowledgeSource::publisher, text), "publisher");
    row("knowledge source authors", withText(validKnowledgeSource, &KnowledgeSource::authors, text),
        "authors");
    row("knowledge source reference",
        withText(validKnowledgeSource, &KnowledgeSource::reference, text), "reference");
    row("knowledge source link", withText(validKnowledgeSource, &KnowledgeSource::link, text),
        "link");
    row("knowledge source summary", withText(validKnowledgeSource, &KnowledgeSource::summary, text),
        "summary");
    row("budget line label", withText(validBudgetLine, &BudgetLine::label, text), "label");

    // Each kind of character that is never stored, shown escaped
    const auto character = [](const char *name, const QString &value, const char *shown) {
        QTest::newRow(name)
            << withText(validProject, &Project::description, value) << QStringLiteral("description")
            << QStringLiteral("must not hold the character %1").arg(QLatin1String(shown));
    };
    character("NUL", QStringLiteral("a") + QChar(0) + QStringLiteral("b"), "\\u0000");
    character("DEL", QString(QChar(0x7f)), "\\u007F");
    character("lone high surrogate", QStringLiteral("x") + QChar(0xd800), "\\uD800");
    character("lone low surrogate", QChar(0xdc00) + QStringLiteral("x"), "\\uDC00");
    character("U+FFFE", QString(QChar(0xfffe)), "\\uFFFE");
    character("U+FFFF", QString(QChar(0xffff)), "\\uFFFF");

    // Tabs, line breaks and characters beyond the BMP are text like any other
    QTest::newRow("tabs and line breaks")
        << withText(validProject, &Project::description, QStringLiteral("Linje 1\n\tLinje 2\r\n"))
        << QString() << QString();
    QTest::newRow("emoji") << withText(validMeasure, &Measure::title,
                                       QString::fromUtf8("Tiltak \xf0\x9f\x99\x82"))
                           << QString() << QString();
}

void TestValidation::everyTextFieldHoldsOnlyStorableCharacters()
{
    brokenRuleIsReportedAtItsField();
}

void TestValidation::severalBrokenRulesAreAllReported()
{
    // GIVEN a measure with no uuid, no title, its end before its start and a nameless activity
    Measure measure = validMeasure();
    measure.uuid = QUuid();
    measure.title.clear();
    measure.plannedEnd = Domain::PlanDate::day(QDate(2020, 1, 1));
    measure.activities[1].title.clear();

    // THEN every broken rule is reported, in field order
    const Violations violations = validate(measure);
    QStringList fields;
    for (const Violation &violation : violations)
        fields.append(violation.field);
    QCOMPARE(fields,
             (QStringList{QStringLiteral("uuid"), QStringLiteral("title"),
                          QStringLiteral("plannedEnd"), QStringLiteral("activities[1].title")}));
}

void TestValidation::overRangeProgressOfACompletedMeasureBreaksTwoRules()
{
    Measure measure = validMeasure();
    measure.status = Status::Completed;
    measure.progress = 150;

    const Violations violations = validate(measure);

    QCOMPARE(violations.size(), 2);
    QCOMPARE(violations.at(0).field, QStringLiteral("progress"));
    QCOMPARE(violations.at(0).message, QStringLiteral("150 is not between 0 and 100"));
    QCOMPARE(violations.at(1).field, QStringLiteral("progress"));
    QCOMPARE(violations.at(1).message, QStringLiteral("a completed measure has 100 % progress"));
}

void TestValidation::describeJoinsFieldsAndMessages()
{
    QCOMPARE(describe({}), QString());
    QCOMPARE(describe({{QStringLiteral("title"), QStringLiteral("must not be empty")}}),
             QStringLiteral("title: must not be empty"));
    QCOMPARE(describe({{QStringLiteral("title"), QStringLiteral("must not be empty")},
                       {QStringLiteral("plannedEnd"), QStringLiteral("is wrong")}}),
             QStringLiteral("title: must not be empty; plannedEnd: is wrong"));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
