// What looks like a Norwegian national identity number in a text, and which fields of a
// portfolio hold one (models/domain/identitynumber.h). Every number here is synthetic: born in
// 2039 (year 39 with an individual number from 500 is 2039), so none can be a person's. The
// fixed ones were computed by hand for these tests (31123950057 passes both control digits; the
// others are it with one thing changed); the generated ones get their control digits from
// withControlDigits() below, written from the rule and not from the code under test.

#include "models/domain/identitynumber.h"

#include <QTest>

#include <functional>
#include <initializer_list>
#include <utility>

using namespace Domain;

using Change = std::function<void(Portfolio &)>;
Q_DECLARE_METATYPE(Change)

class TestIdentityNumber : public QObject
{
    Q_OBJECT

private slots:
    void numbersAreFoundInText_data();
    void numbersAreFoundInText();
    void theFirstNumberIsFoundWhereItIs_data();
    void theFirstNumberIsFoundWhereItIs();
    void computedNumbersAreFoundInEveryForm_data();
    void computedNumbersAreFoundInEveryForm();
    void exactlyTheComputedControlDigitsPass_data();
    void exactlyTheComputedControlDigitsPass();
    void everyFreeTextFieldIsLookedAt_data();
    void everyFreeTextFieldIsLookedAt();
    void aPortfolioWithoutNumbersHasNoFields();
    void everyFieldIsNamedInTheOrderOfTheFormat();
    void aProjectNamesItsFieldsRelativeToItself();
    void aGoalWhoseParentIsMissingCountsAsAMainGoal();
};

namespace {

const QString number = QStringLiteral("31123950057");
const QString withNumber = QStringLiteral("Pasienten (311239 50057) ble henvist");

QUuid uuid(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

Goal goal(int n, const QUuid &parent, const QString &text)
{
    Goal result;
    result.uuid = uuid(n);
    result.parentUuid = parent;
    result.text = text;
    Indicator indicator;
    indicator.uuid = uuid(100 + n);
    indicator.name = QStringLiteral("Andel med individuell plan");
    indicator.unit = QStringLiteral("prosent");
    result.indicators.append(indicator);
    return result;
}

Measure measure(int n, const QString &title)
{
    Measure result;
    result.uuid = uuid(n);
    result.title = title;
    result.description = QStringLiteral("Ansatte hospiterer i to uker (tlf. 74 09 50 00).");
    result.theme = QStringLiteral("Kompetanse");
    for (const char *activity : {"Avtale med DPS", "Plan for 2012"}) {
        Activity entry;
        entry.uuid = uuid(n * 10 + int(result.activities.size()));
        entry.title = QLatin1String(activity);
        result.activities.append(entry);
    }
    return result;
}

// nine digits and their two control digits, computed as the rule says: the weights
// 3 7 6 1 8 9 4 5 2 (k1) and 5 4 3 2 7 6 5 4 3 2 (k2), 11 minus the weighted sum's remainder,
// 11 counting as 0. Empty when a control digit would be 10: no number starts with those nine.
QString withControlDigits(const QString &nine)
{
    const auto control = [](const QString &digits, std::initializer_list<int> weights) {
        int sum = 0;
        qsizetype i = 0;
        for (const int weight : weights)
            sum += digits.at(i++).digitValue() * weight;
        return (11 - sum % 11) % 11;
    };
    const int k1 = control(nine, {3, 7, 6, 1, 8, 9, 4, 5, 2});
    if (k1 == 10)
        return QString();
    const QString ten = nine + QString::number(k1);
    const int k2 = control(ten, {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
    return k2 == 10 ? QString() : ten + QString::number(k2);
}

// The first nine digits of synthetic numbers of every kind, born on days of 2039: ordinary
// (DDMMYY), D-numbers (day + 40), H-numbers (month + 40) and test numbers (month + 80); with
// individual numbers from 500, so that the year is 2039.
QStringList syntheticBeginnings()
{
    QStringList beginnings;
    for (const auto &[day, month] : {std::pair{1, 1}, {15, 6}, {28, 2}, {31, 12}}) {
        for (const auto &[dayAdded, monthAdded] : {std::pair{0, 0}, {40, 0}, {0, 40}, {0, 80}}) {
            for (const int individual : {500, 617, 999}) {
                beginnings.append(QStringLiteral("%1%2%3")
                                      .arg(day + dayAdded, 2, 10, QLatin1Char('0'))
                                      .arg(month + monthAdded, 2, 10, QLatin1Char('0'))
                                      .arg(QStringLiteral("39") + QString::number(individual)));
            }
        }
    }
    return beginnings;
}

// Every kind of entity, each with ordinary text that holds other numbers (years, phone
// numbers, an organisation number, a reference) and no identity number. The goals are
// G1 > G1.1 > G1.1.1, G1 > G1.2, G2, in pre-order.
Portfolio cleanPortfolio()
{
    Portfolio portfolio;
    Organisation organisation;
    organisation.uuid = uuid(1);
    organisation.name = QStringLiteral("Helse Nord-Trøndelag HF (org.nr. 983 974 791)");
    portfolio.organisations.append(organisation);

    KnowledgeSource source;
    source.uuid = uuid(2);
    source.title = QStringLiteral("Psykisk helsearbeid for i morgen");
    source.publisher = QStringLiteral("NAPHA");
    source.authors = QStringLiteral("Ottesen, Kjersti");
    source.reference = QStringLiteral("IS-1670");
    source.link = QStringLiteral("https://www.napha.no/content/14316/");
    source.summary = QStringLiteral("Rapport 2/2013, 978-82-8294-007-3");
    portfolio.knowledgeSources.append(source);

    for (int p = 0; p < 2; ++p) {
        ProjectBundle bundle;
        bundle.project.uuid = uuid(10 + p);
        bundle.project.name = QStringLiteral("Samhandlingsprosjektet %1").arg(p + 1);
        bundle.project.shortName = QStringLiteral("SPH");
        bundle.project.region = QStringLiteral("Nord-Trøndelag");
        bundle.project.description = QStringLiteral("01.12.2009–31.12.2013");
        bundle.project.fundingNotes = QStringLiteral("Tilskudd kap. 0765 post 21, 2010");
        for (const char *name : {"Kari", "Ola"}) {
            Member member;
            member.uuid = uuid(20 + p * 2 + int(bundle.members.size()));
            member.name = QLatin1String(name);
            member.role = QStringLiteral("Prosjektleder");
            bundle.members.append(member);
        }
        const int g = 30 + p * 10;
        bundle.goals = {
            goal(g, {}, QStringLiteral("G1")), goal(g + 1, uuid(g), QStringLiteral("G1.1")),
            goal(g + 2, uuid(g + 1), QStringLiteral("G1.1.1")),
            goal(g + 3, uuid(g), QStringLiteral("G1.2")), goal(g + 4, {}, QStringLiteral("G2"))};
        bundle.measures = {measure(50 + p * 2, QStringLiteral("Hospitering")),
                           measure(51 + p * 2, QStringLiteral("Henvisninger"))};
        Milestone milestone;
        milestone.uuid = uuid(60 + p);
        milestone.title = QStringLiteral("Sluttrapport 2013");
        bundle.milestones.append(milestone);
        StatusUpdate update;
        update.uuid = uuid(62 + p);
        update.author = QStringLiteral("Prosjektleder");
        update.text = QStringLiteral("Tolv av 24 kommuner er med. Ring 91 23 45 67.");
        bundle.statusUpdates.append(update);
        Risk risk;
        risk.uuid = uuid(64 + p);
        risk.description = QStringLiteral("Fastlegene deltar ikke");
        risk.mitigation = QStringLiteral("Møte 26.06.2013");
        risk.owner = QStringLiteral("Styringsgruppen");
        bundle.risks.append(risk);
        BudgetLine line;
        line.uuid = uuid(66 + p);
        line.year = 2012;
        line.label = QStringLiteral("Konto 1503.12.34562");
        bundle.budgetLines.append(line);
        portfolio.projects.append(bundle);
    }
    return portfolio;
}

} // namespace

void TestIdentityNumber::numbersAreFoundInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");

    // Numbers that pass both control digits, in every form that counts.
    QTest::newRow("alone") << number << true;
    QTest::newRow("in a sentence") << QStringLiteral("Pasient 31123950057 ringte") << true;
    QTest::newRow("next to letters and punctuation")
        << QStringLiteral("fnr:31123950057, tlf.") << true;
    QTest::newRow("at the end of a line") << QStringLiteral("Henvist\n31123950057") << true;
    QTest::newRow("DDMMYY NNNNN") << QStringLiteral("311239 50057") << true;
    QTest::newRow("DDMMYY-NNNNN") << QStringLiteral("f. 311239-50057") << true;
    QTest::newRow("DDMMYY, no-break space, NNNNN") << QStringLiteral("311239\u00a050057") << true;
    QTest::newRow("DDMMYY, en dash, NNNNN") << QStringLiteral("311239\u201350057") << true;
    QTest::newRow("D-number: day + 40") << QStringLiteral("71123950040") << true;
    QTest::newRow("H-number: month + 40") << QStringLiteral("31523950110") << true;
    QTest::newRow("synthetic test number: month + 80") << QStringLiteral("31923950012") << true;
    // No date is required (see the header): day 00 of month 13 is flagged all the same.
    QTest::newRow("no date at all, control digits valid") << QStringLiteral("00130050042") << true;
    QTest::newRow("a wrong one before a right one")
        << QStringLiteral("31123950058 og 31123950057") << true;
    QTest::newRow("a written form after another group of digits")
        << QStringLiteral("Sak 2013 311239-50057") << true;

    // Wrong control digits.
    QTest::newRow("k1 wrong") << QStringLiteral("31123950067") << false;
    QTest::newRow("k2 wrong") << QStringLiteral("31123950058") << false;
    QTest::newRow("k1 would be 10") << QStringLiteral("31123950300") << false;
    QTest::newRow("k2 would be 10") << QStringLiteral("31123951860") << false;
    QTest::newRow("written form, k2 wrong") << QStringLiteral("311239 50058") << false;

    // Not 11 digits of their own.
    QTest::newRow("10 digits") << QStringLiteral("3112395005") << false;
    QTest::newRow("12 digits: a digit after") << QStringLiteral("311239500570") << false;
    QTest::newRow("12 digits: a digit before") << QStringLiteral("031123950057") << false;
    QTest::newRow("inside a longer run") << QStringLiteral("1234311239500575678") << false;
    QTest::newRow("written form with six digits after") << QStringLiteral("311239 500570") << false;
    QTest::newRow("written form with seven digits before")
        << QStringLiteral("0311239 50057") << false;
    QTest::newRow("two spaces") << QStringLiteral("311239  50057") << false;
    QTest::newRow("parted elsewhere") << QStringLiteral("3112 3950057") << false;
    QTest::newRow("dots") << QStringLiteral("311239.50057") << false;
    QTest::newRow("slash") << QStringLiteral("311239/50057") << false;

    // Other numbers in the texts of projects.
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("phone number") << QStringLiteral("74 09 50 00") << false;
    QTest::newRow("phone number with country code") << QStringLiteral("+4791234567") << false;
    QTest::newRow("phone number with 00") << QStringLiteral("004791234567") << false;
    QTest::newRow("date") << QStringLiteral("26.06.2013") << false;
    QTest::newRow("ISO date") << QStringLiteral("2013-06-26") << false;
    QTest::newRow("date without separators") << QStringLiteral("20130626") << false;
    QTest::newRow("organisation number") << QStringLiteral("983974791") << false;
    QTest::newRow("organisation number, spaced") << QStringLiteral("983 974 791") << false;
    QTest::newRow("bank account, as banks write it") << QStringLiteral("1503.12.34562") << false;
    QTest::newRow("bank account, plain, failing k1") << QStringLiteral("15031234562") << false;
    // The price of not requiring a date (see the header): an account number written as 11
    // plain digits passes k2 by its own rule, and k1 about one time in 11.
    QTest::newRow("bank account, plain, passing k1") << QStringLiteral("15031210140") << true;
    QTest::newRow("ISBN") << QStringLiteral("978-82-8294-007-3") << false;
    QTest::newRow("years") << QStringLiteral("2009–2013") << false;
}

void TestIdentityNumber::numbersAreFoundInText()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    QCOMPARE(containsIdentityNumber(text), found);
}

void TestIdentityNumber::theFirstNumberIsFoundWhereItIs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("alone") << number << qsizetype(0) << qsizetype(11);
    QTest::newRow("in a sentence")
        << QStringLiteral("Pasient 31123950057 ringte") << qsizetype(8) << qsizetype(11);
    QTest::newRow("written form, with its separator")
        << QStringLiteral("f. 311239-50057.") << qsizetype(3) << qsizetype(12);
    QTest::newRow("the first that passes, after one that does not")
        << QStringLiteral("31123950058 og 311239 50057 og 31123950057") << qsizetype(15)
        << qsizetype(12);
    QTest::newRow("none") << QStringLiteral("Tlf. 74 09 50 00") << qsizetype(-1) << qsizetype(0);
}

void TestIdentityNumber::theFirstNumberIsFoundWhereItIs()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, length);

    const TextSpan span = findIdentityNumber(text);

    QCOMPARE(span.start, start);
    QCOMPARE(span.length, length);
    QCOMPARE(span.found(), start >= 0);
}

void TestIdentityNumber::computedNumbersAreFoundInEveryForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");

    int computed = 0;
    for (const QString &nine : syntheticBeginnings()) {
        const QString valid = withControlDigits(nine);
        if (valid.isEmpty())
            continue;
        ++computed;
        const QString date = valid.left(6);
        const QString rest = valid.mid(6);
        const auto row = [&valid](const char *form, const QString &text, bool found) {
            QTest::addRow("%s: %s", qPrintable(valid), form) << text << found;
        };
        const auto otherDigit = [](QChar digit) {
            return QChar(char16_t(u'0' + (digit.digitValue() + 1) % 10));
        };
        QString wrongK1 = valid;
        wrongK1[9] = otherDigit(valid.at(9));
        QString wrongK2 = valid;
        wrongK2[10] = otherDigit(valid.at(10));

        row("alone", valid, true);
        row("DDMMYY NNNNN", date + u' ' + rest, true);
        row("DDMMYY-NNNNN", date + u'-' + rest, true);
        row("in a sentence", QStringLiteral("Henvist av fastlege, fnr. %1, i går.").arg(valid),
            true);
        row("written form in a sentence",
            QStringLiteral("Pasienten (%1 %2) ringte.").arg(date, rest), true);
        row("k1 changed", wrongK1, false);
        row("k2 changed", wrongK2, false);
        row("10 digits: the last dropped", valid.left(10), false);
        row("10 digits: the first dropped", valid.mid(1), false);
        row("12 digits: a digit after", valid + u'0', false);
        row("12 digits: a digit before", u'1' + valid, false);
        row("in a longer run in text", QStringLiteral("Ref. 20%1 44").arg(valid), false);
        row("written form, a digit after", date + u' ' + rest + u'3', false);
        row("DDMMYY.NNNNN", date + u'.' + rest, false);
    }
    QVERIFY2(computed >= 20, "too few beginnings with valid control digits");
}

void TestIdentityNumber::computedNumbersAreFoundInEveryForm()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    QCOMPARE(containsIdentityNumber(text), found);
}

void TestIdentityNumber::exactlyTheComputedControlDigitsPass_data()
{
    QTest::addColumn<QString>("nine");
    QTest::addColumn<QString>("valid"); // empty: no two control digits make it one

    int impossible = 0;
    for (const QString &nine : syntheticBeginnings()) {
        const QString valid = withControlDigits(nine);
        impossible += valid.isEmpty() ? 1 : 0;
        QTest::newRow(qPrintable(nine)) << nine << valid;
    }
    QVERIFY2(impossible > 0, "no beginning whose control digit would be 10");
}

void TestIdentityNumber::exactlyTheComputedControlDigitsPass()
{
    QFETCH(QString, nine);
    QFETCH(QString, valid);

    QStringList passing;
    for (int controls = 0; controls < 100; ++controls) {
        const QString candidate =
            nine + QStringLiteral("%1").arg(controls, 2, 10, QLatin1Char('0'));
        if (containsIdentityNumber(candidate))
            passing.append(candidate);
    }

    QCOMPARE(passing, valid.isEmpty() ? QStringList() : QStringList{valid});
}

void TestIdentityNumber::everyFreeTextFieldIsLookedAt_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("path");

    const auto row = [](const char *path, Change change) {
        QTest::newRow(path) << change << QString::fromLatin1(path);
    };
    row("organisations[0].name", [](Portfolio &p) { p.organisations[0].name = withNumber; });
    row("knowledgeSources[0].title",
        [](Portfolio &p) { p.knowledgeSources[0].title = withNumber; });
    row("knowledgeSources[0].publisher",
        [](Portfolio &p) { p.knowledgeSources[0].publisher = withNumber; });
    row("knowledgeSources[0].authors",
        [](Portfolio &p) { p.knowledgeSources[0].authors = withNumber; });
    row("knowledgeSources[0].reference",
        [](Portfolio &p) { p.knowledgeSources[0].reference = withNumber; });
    row("knowledgeSources[0].link", [](Portfolio &p) {
        p.knowledgeSources[0].link = QStringLiteral("https://example.org/?id=31123950057");
    });
    row("knowledgeSources[0].summary",
        [](Portfolio &p) { p.knowledgeSources[0].summary = withNumber; });
    row("projects[0].name", [](Portfolio &p) { p.projects[0].project.name = withNumber; });
    row("projects[0].shortName",
        [](Portfolio &p) { p.projects[0].project.shortName = withNumber; });
    row("projects[0].region", [](Portfolio &p) { p.projects[0].project.region = withNumber; });
    row("projects[0].description",
        [](Portfolio &p) { p.projects[0].project.description = withNumber; });
    row("projects[0].fundingNotes",
        [](Portfolio &p) { p.projects[0].project.fundingNotes = withNumber; });
    row("projects[0].members[1].name",
        [](Portfolio &p) { p.projects[0].members[1].name = withNumber; });
    row("projects[0].members[1].role",
        [](Portfolio &p) { p.projects[0].members[1].role = withNumber; });
    row("projects[0].goals[0].text",
        [](Portfolio &p) { p.projects[0].goals[0].text = withNumber; });
    row("projects[0].goals[0].subGoals[0].subGoals[0].text",
        [](Portfolio &p) { p.projects[0].goals[2].text = withNumber; });
    row("projects[0].goals[0].subGoals[1].text",
        [](Portfolio &p) { p.projects[0].goals[3].text = withNumber; });
    row("projects[0].goals[1].text",
        [](Portfolio &p) { p.projects[0].goals[4].text = withNumber; });
    row("projects[0].goals[0].subGoals[0].indicators[0].name",
        [](Portfolio &p) { p.projects[0].goals[1].indicators[0].name = withNumber; });
    row("projects[0].goals[1].indicators[0].unit",
        [](Portfolio &p) { p.projects[0].goals[4].indicators[0].unit = withNumber; });
    row("projects[0].measures[1].title",
        [](Portfolio &p) { p.projects[0].measures[1].title = withNumber; });
    row("projects[0].measures[1].description",
        [](Portfolio &p) { p.projects[0].measures[1].description = withNumber; });
    row("projects[0].measures[1].theme",
        [](Portfolio &p) { p.projects[0].measures[1].theme = withNumber; });
    row("projects[0].measures[1].activities[1].title",
        [](Portfolio &p) { p.projects[0].measures[1].activities[1].title = withNumber; });
    row("projects[0].milestones[0].title",
        [](Portfolio &p) { p.projects[0].milestones[0].title = withNumber; });
    row("projects[0].statusUpdates[0].author",
        [](Portfolio &p) { p.projects[0].statusUpdates[0].author = withNumber; });
    row("projects[0].statusUpdates[0].text",
        [](Portfolio &p) { p.projects[0].statusUpdates[0].text = withNumber; });
    row("projects[0].risks[0].description",
        [](Portfolio &p) { p.projects[0].risks[0].description = withNumber; });
    row("projects[0].risks[0].mitigation",
        [](Portfolio &p) { p.projects[0].risks[0].mitigation = withNumber; });
    row("projects[0].risks[0].owner",
        [](Portfolio &p) { p.projects[0].risks[0].owner = withNumber; });
    row("projects[0].budgetLines[0].label",
        [](Portfolio &p) { p.projects[0].budgetLines[0].label = withNumber; });
    row("projects[1].measures[0].activities[0].title",
        [](Portfolio &p) { p.projects[1].measures[0].activities[0].title = withNumber; });
}

void TestIdentityNumber::everyFreeTextFieldIsLookedAt()
{
    QFETCH(Change, change);
    QFETCH(QString, path);
    Portfolio portfolio = cleanPortfolio();

    change(portfolio);

    QCOMPARE(identityNumberFields(portfolio), QStringList{path});
}

void TestIdentityNumber::aPortfolioWithoutNumbersHasNoFields()
{
    const Portfolio portfolio = cleanPortfolio();
    QCOMPARE(identityNumberFields(portfolio), QStringList());
    QCOMPARE(identityNumberFields(Portfolio()), QStringList());
}

void TestIdentityNumber::everyFieldIsNamedInTheOrderOfTheFormat()
{
    Portfolio portfolio = cleanPortfolio();
    portfolio.projects[1].risks[0].owner = number;
    portfolio.projects[0].measures[0].activities[1].title = number;
    portfolio.projects[0].project.description = number;
    portfolio.knowledgeSources[0].summary = number;
    portfolio.projects[0].measures[0].description = number;

    QCOMPARE(identityNumberFields(portfolio),
             QStringList({QStringLiteral("knowledgeSources[0].summary"),
                          QStringLiteral("projects[0].description"),
                          QStringLiteral("projects[0].measures[0].description"),
                          QStringLiteral("projects[0].measures[0].activities[1].title"),
                          QStringLiteral("projects[1].risks[0].owner")}));
}

void TestIdentityNumber::aProjectNamesItsFieldsRelativeToItself()
{
    ProjectBundle bundle = cleanPortfolio().projects.at(1);
    bundle.goals[3].indicators[0].name = withNumber;
    bundle.statusUpdates[0].text = withNumber;

    QCOMPARE(identityNumberFields(bundle),
             QStringList({QStringLiteral("goals[0].subGoals[1].indicators[0].name"),
                          QStringLiteral("statusUpdates[0].text")}));
    QCOMPARE(identityNumberFields(bundle.statusUpdates[0]), QStringList{QStringLiteral("text")});
}

void TestIdentityNumber::aGoalWhoseParentIsMissingCountsAsAMainGoal()
{
    ProjectBundle bundle = cleanPortfolio().projects.at(0);
    bundle.goals.removeFirst(); // G1: G1.1 and G1.2 lose their parent, G1.1.1 keeps G1.1
    bundle.goals[1].text = withNumber;

    QCOMPARE(identityNumberFields(bundle),
             QStringList{QStringLiteral("goals[0].subGoals[0].text")});
}

QTEST_GUILESS_MAIN(TestIdentityNumber)
#include "tst_identitynumber.moc"
