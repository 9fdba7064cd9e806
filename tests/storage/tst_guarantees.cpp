// What an import and the database itself guarantee, on SQLite (storage_guarantees_sqlite) and
// PostgreSQL (storage_guarantees_postgresql): an import lands whole or not at all, every
// problem named by its path; history cannot be rewritten; values are bound, never spliced.

#include "models/domain/validation.h"
#include "models/storage/sqlgoalrepository.h"
#include "models/storage/sqlhistoryrepository.h"
#include "models/storage/sqlknowledgesourcerepository.h"
#include "models/storage/sqlmeasurerepository.h"
#include "models/storage/sqlorganisationrepository.h"
#include "models/storage/sqlportfoliorepository.h"
#include "models/storage/sqlprojectrepository.h"
#include "tests/storage/storagefixture.h"
#include "tests/storage/storagehelpers.h"
#include "tests/support/domaintostring.h"
#include "tests/support/generatedportfolio.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/testportfolios.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <limits>

using namespace Domain;
using namespace StorageHelpers;
using Storage::ConnectionSettings;
using TestSupport::executeRaw;
using TestSupport::queryRaw;

using PortfolioChange = std::function<void(Portfolio &)>;
Q_DECLARE_METATYPE(PortfolioChange)

class TestGuarantees : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importIsAllOrNothing_data();
    void everyUnknownReferenceIsReportedAtOnce();
    void unknownStoredCodeIsAnErrorNotADefault();
    void historyNamesEntitiesAsTheExchangeFormatDoes();
    void importIsAllOrNothing();
    void secondImportOfAStoredProjectIsRefusedWithConflict();
    void fullDiskIsADiskErrorNotAnErrorOfTheData();
    void changeHistoryIsAppendOnly();
    void textRoundTripsUnchanged_data();
    void textRoundTripsUnchanged();
    void largeOreAmountsRoundTripExactly();
    void oreAmountsBeyondExactNumbersAreRefused();
};

void TestGuarantees::initTestCase()
{
    SAMSPILL_REQUIRE_DRIVER();
}

// --- imports

void TestGuarantees::fullDiskIsADiskErrorNotAnErrorOfTheData()
{
    if (TestSupport::driverUnderTest() != ConnectionSettings::Driver::Sqlite)
        QSKIP("a full disk is simulated with SQLite's page limit");
    // GIVEN a database that may grow by a few pages only, as on a disk that is nearly full
    StorageFixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.problem()));
    const QStringList before = fixture.dump();
    auto pages = queryRaw(fixture.settings(), QStringLiteral("PRAGMA page_count"));
    QSqlQuery limit(fixture.database().connection());
    QVERIFY(
        limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.first().toInt() + 2)));

    // WHEN a large portfolio is imported
    auto refused = Storage::SqlPortfolioRepository(fixture.database())
                       .importPortfolio(TestSupport::generatedPortfolio(5, 50));

    // THEN the error is about the disk, not about some entity of the file, and nothing landed
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Io);
    QVERIFY2(refused.error().message.startsWith(QLatin1String("The disk is full")),
             qPrintable(refused.error().message));
    fixture.close();
    QCOMPARE(fixture.dump(), before);
}

void TestGuarantees::importIsAllOrNothing_data()
{
    QTest::addColumn<PortfolioChange>("alreadyStored"); // empty: nothing stored before
    QTest::addColumn<PortfolioChange>("change");        // makes the imported portfolio bad
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("start"); // how the message starts

    const PortfolioChange nothing;
    QTest::newRow("second project's participant refers to an unknown organisation")
        << nothing << PortfolioChange([](Portfolio &p) {
               p.projects[1].participants[0].organisationUuid = QUuid::createUuid();
           })
        << Error::Kind::Invalid
        << QStringLiteral("projects[1].participants[0].organisation: refers to the organisation ");
    QTest::newRow("second project is already stored")
        << PortfolioChange([](Portfolio &p) { p.projects.removeFirst(); })
        << PortfolioChange([](Portfolio &) {}) << Error::Kind::Conflict
        << QStringLiteral("projects[1].uuid: the project \"Prosjekt Bølge\"");
    QTest::newRow("second project's measure breaks a rule")
        << nothing << PortfolioChange([](Portfolio &p) {
               p.projects[1].measures[0].plannedStart = Domain::PlanDate::day(QDate(2020, 2, 1));
               p.projects[1].measures[0].plannedEnd = Domain::PlanDate::day(QDate(2020, 1, 1));
           })
        << Error::Kind::Invalid
        << QStringLiteral("projects[1].measures[0]: plannedEnd: %1 is before the start date %2")
               .arg(Domain::PlanDate::day(QDate(2020, 1, 1)).toText(),
                    Domain::PlanDate::day(QDate(2020, 2, 1)).toText());
    QTest::newRow("second project's measure links a goal of the first")
        << nothing << PortfolioChange([](Portfolio &p) {
               p.projects[1].measures[0].goalUuids = {p.projects[0].goals[0].uuid};
           })
        << Error::Kind::Invalid << QStringLiteral("projects[1].measures[0]: goals: ");
    QTest::newRow("second project reuses a measure uuid of the first")
        << nothing << PortfolioChange([](Portfolio &p) {
               p.projects[1].measures[0].uuid = p.projects[0].measures[0].uuid;
           })
        << Error::Kind::Conflict << QStringLiteral("projects[1].measures[0]: ");
    QTest::newRow("second project's milestone names an unknown measure")
        << nothing << PortfolioChange([](Portfolio &p) {
               Milestone milestone;
               milestone.uuid = QUuid::createUuid();
               milestone.title = QStringLiteral("Samling");
               milestone.measureUuid = QUuid::createUuid();
               p.projects[1].milestones = {milestone};
           })
        << Error::Kind::Invalid
        << QStringLiteral("projects[1].milestones[0]: refers to the measure ");
}

void TestGuarantees::everyUnknownReferenceIsReportedAtOnce()
{
    SAMSPILL_FIXTURE(fixture);
    const QStringList before = fixture.dump();
    // GIVEN a project naming an organisation and a knowledge source that exist nowhere
    Portfolio portfolio = TestSupport::samplePortfolio();
    const QUuid organisation = QUuid::createUuid();
    const QUuid source = QUuid::createUuid();
    portfolio.projects[0].participants[0].organisationUuid = organisation;
    portfolio.projects[0].measures[0].knowledgeSourceUuids = {source};

    auto refused = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(portfolio);

    // THEN both are named with their paths, and nothing is stored
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    const QStringList lines = refused.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("projects[0].participants[0].organisation: refers to the "
                                      "organisation %1, which does not exist")
                           .arg(organisation.toString(QUuid::WithoutBraces)));
    QCOMPARE(lines[1], QStringLiteral("projects[0].measures[0].knowledgeSources[0]: refers to "
                                      "the knowledge source %1, which does not exist")
                           .arg(source.toString(QUuid::WithoutBraces)));
    QCOMPARE(fixture.dump(), before);
}

void TestGuarantees::unknownStoredCodeIsAnErrorNotADefault()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    // GIVEN another program (or a newer Samspill) stored a status this version does not know
    QCOMPARE(
        executeRaw(fixture.settings(), {QStringLiteral("UPDATE measure SET status = 'on_hold'")}),
        QString());
    const ProjectId project = storedProject(fixture.database(), sample.projects[0].project.uuid);

    // WHEN the measures are read
    auto measures = Storage::SqlMeasureRepository(fixture.database()).measures(project);

    // THEN the read is refused and names the value, rather than showing "planned" (which a
    // save or an export would then write back)
    QVERIFY(!measures);
    QCOMPARE(measures.error().kind, Error::Kind::Format);
    QVERIFY2(measures.error().message.contains(QLatin1String("on_hold")),
             qPrintable(measures.error().message));
}

void TestGuarantees::historyNamesEntitiesAsTheExchangeFormatDoes()
{
    SAMSPILL_FIXTURE(fixture);
    const Portfolio sample = TestSupport::samplePortfolio();
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(sample));
    QVERIFY(!sample.projects[0].statusUpdates.isEmpty());
    QVERIFY(!sample.projects[0].budgetLines.isEmpty());
    QVERIFY(!sample.knowledgeSources.isEmpty());

    Storage::SqlHistoryRepository history(fixture.database());
    const auto entityOf = [&](const QUuid &uuid) {
        auto events = history.historyOf(uuid);
        return events && !events->isEmpty() ? events->constFirst().entity : QString();
    };
    QCOMPARE(entityOf(sample.projects[0].statusUpdates[0].uuid), QStringLiteral("statusUpdate"));
    QCOMPARE(entityOf(sample.projects[0].budgetLines[0].uuid), QStringLiteral("budgetLine"));
    QCOMPARE(entityOf(sample.knowledgeSources[0].uuid), QStringLiteral("knowledgeSource"));
    QCOMPARE(entityOf(sample.projects[0].measures[0].activities[0].uuid),
             QStringLiteral("activity"));
}

void TestGuarantees::importIsAllOrNothing()
{
    QFETCH(PortfolioChange, alreadyStored);
    QFETCH(PortfolioChange, change);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, start);

    SAMSPILL_FIXTURE(fixture);
    Storage::SqlPortfolioRepository repository(fixture.database());
    // GIVEN what is stored already
    if (alreadyStored) {
        Portfolio stored = TestSupport::samplePortfolio();
        alreadyStored(stored);
        auto imported = repository.importPortfolio(stored);
        QVERIFY2(imported, failure(imported));
    }
    const QStringList before = fixture.dump();
    QVERIFY(!before.isEmpty());

    // WHEN a portfolio whose first project is sound, but whose second is not, is imported,
    // together with an organisation and a knowledge source that are new
    Portfolio portfolio = TestSupport::samplePortfolio();
    Organisation newcomer;
    newcomer.uuid = QUuid::createUuid();
    newcomer.name = QStringLiteral("Nykommer");
    portfolio.organisations.append(newcomer);
    KnowledgeSource source;
    source.uuid = QUuid::createUuid();
    source.title = QStringLiteral("Ny kilde");
    portfolio.knowledgeSources.append(source);
    change(portfolio);
    auto refused = repository.importPortfolio(portfolio);

    // THEN it is refused, naming the bad part, and none of it lands
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, kind);
    QVERIFY2(refused.error().message.startsWith(start), qPrintable(refused.error().message));
    QCOMPARE(fixture.dump(), before);
}

void TestGuarantees::secondImportOfAStoredProjectIsRefusedWithConflict()
{
    SAMSPILL_FIXTURE(fixture);
    auto seed = TestSupport::seedPortfolio();
    QVERIFY2(seed, failure(seed));
    Storage::SqlPortfolioRepository repository(fixture.database());
    auto first = repository.importPortfolio(*seed);
    QVERIFY2(first, failure(first));
    const QStringList before = fixture.dump();

    auto second = repository.importPortfolio(*seed);

    QVERIFY(!second);
    QCOMPARE(second.error().kind, Error::Kind::Conflict);
    QCOMPARE(second.error().message,
             QStringLiteral("projects[0].uuid: the project \"%1\" (%2) is already in this database")
                 .arg(seed->projects[0].project.name, uuidText(seed->projects[0].project.uuid)));
    QCOMPARE(fixture.dump(), before);
}

// --- what the database itself guarantees

void TestGuarantees::changeHistoryIsAppendOnly()
{
    SAMSPILL_FIXTURE(fixture);
    QVERIFY(Storage::SqlPortfolioRepository(fixture.database())
                .importPortfolio(TestSupport::samplePortfolio()));
    const QStringList before = fixture.dump();
    QVERIFY(countOf(fixture.settings(), QStringLiteral("SELECT COUNT(*) FROM change_event")) > 0);

    // WHEN another program tries to rewrite or erase the history
    const bool postgres = fixture.settings().driver == ConnectionSettings::Driver::Postgres;
    QStringList refusals;
    for (const char *table : {"change_set", "change_event"}) {
        const QString name = QLatin1String(table);
        refusals
            << executeRaw(fixture.settings(), {QStringLiteral("UPDATE %1 SET id = id").arg(name)})
            << executeRaw(
                   fixture.settings(),
                   {QStringLiteral("DELETE FROM %1 WHERE id = (SELECT MIN(id) FROM %1)").arg(name)})
            << executeRaw(fixture.settings(), {QStringLiteral("DELETE FROM %1").arg(name)});
        // (SQLite has no TRUNCATE; PostgreSQL's bypasses row triggers unless refused itself)
        if (postgres) {
            refusals << executeRaw(fixture.settings(),
                                   {QStringLiteral("TRUNCATE %1 CASCADE").arg(name)});
        }
    }

    // THEN the database refuses each, and every event is as it was
    for (const QString &refusal : refusals)
        QVERIFY2(refusal.contains(QLatin1String("append-only")), qPrintable(refusal));
    QCOMPARE(fixture.dump(), before);

    // AND appending still works
    QCOMPARE(
        executeRaw(fixture.settings(), {QStringLiteral("INSERT INTO change_set (changed_at, author)"
                                                       " VALUES (1700000000000, 'tester')")}),
        QString());
}

void TestGuarantees::textRoundTripsUnchanged_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("Norwegian letters") << QStringLiteral("Æøå ÆØÅ – «Trøndelag» og pårørende");
    QTest::newRow("SQL injection attempt") << QStringLiteral("O'Brien'); DROP TABLE project; --");
    QTest::newRow("quotes") << QStringLiteral("\"double\" and 'single' and `back`");
    QTest::newRow("semicolons and placeholders") << QStringLiteral("a;b; ? :name $1 %s %1 {id}");
    QTest::newRow("backslashes") << QStringLiteral("C:\\data\\n is not a newline \\' \\\\");
    QTest::newRow("PostgreSQL dollar quoting") << QStringLiteral("$$ end $$; $tag$ x $tag$");
    QTest::newRow("line breaks and tabs") << QStringLiteral("one\ntwo\r\nthree\tfour");
    QTest::newRow("outside the basic plane") << QStringLiteral("🙂 𝄞 𐍈");
    QTest::newRow("surrounding spaces") << QStringLiteral("  spaced  ");
    QTest::newRow("the word NULL") << QStringLiteral("NULL");
}

void TestGuarantees::textRoundTripsUnchanged()
{
    QFETCH(QString, text);

    SAMSPILL_FIXTURE(fixture);
    // GIVEN the text in an imported organisation, project and measure
    Portfolio portfolio = TestSupport::samplePortfolio();
    portfolio.organisations[0].name = text;
    portfolio.projects[0].project.name = text;
    portfolio.projects[0].project.description = text + QStringLiteral(" (description)");
    portfolio.projects[0].measures[1].title = text;
    auto imported = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(portfolio);
    QVERIFY2(imported, failure(imported));

    // WHEN it is written once more through an update
    const QUuid projectUuid = portfolio.projects[0].project.uuid;
    std::optional<Measure> measure =
        storedMeasure(fixture.database(), projectUuid, portfolio.projects[0].measures[0].uuid);
    QVERIFY(measure);
    measure->description = text;
    measure->activities[0].title = text;
    auto updated = Storage::SqlMeasureRepository(fixture.database()).updateMeasure(*measure);
    QVERIFY2(updated, failure(updated));

    // THEN every copy reads back unchanged, and so does its history
    auto organisations = Storage::SqlOrganisationRepository(fixture.database()).organisations();
    QVERIFY2(organisations, failure(organisations));
    bool found = false;
    for (const Organisation &organisation : organisations.value())
        found = found ||
                (organisation.uuid == portfolio.organisations[0].uuid && organisation.name == text);
    QVERIFY(found);
    auto bundle = Storage::SqlPortfolioRepository(fixture.database())
                      .projectBundle(storedProject(fixture.database(), projectUuid));
    QVERIFY2(bundle, failure(bundle));
    QCOMPARE(bundle->project.name, text);
    QCOMPARE(bundle->project.description, text + QStringLiteral(" (description)"));
    QCOMPARE(bundle->measures[1].title, text);
    QCOMPARE(bundle->measures[0].description, text);
    QCOMPARE(bundle->measures[0].activities[0].title, text);
    const QMap<QString, QString> changes =
        fieldChanges(changesAfterInsert(historyOf(fixture.database(), measure->uuid)));
    QCOMPARE(changes.value(QStringLiteral("description")),
             portfolio.projects[0].measures[0].description + QStringLiteral(" -> ") + text);
}

void TestGuarantees::largeOreAmountsRoundTripExactly()
{
    SAMSPILL_FIXTURE(fixture);
    // GIVEN budget lines at the limits every exchange file keeps exact (2^53 øre either way)
    constexpr qint64 limit = qint64(1) << 53;
    Portfolio portfolio = TestSupport::samplePortfolio();
    BudgetLine &line = portfolio.projects[0].budgetLines[0];
    line.budgetOre = limit;
    line.accountsOre = -limit;
    line.ownContributionOre = limit - 1;
    portfolio.projects[0].budgetLines[1].budgetOre = -1;

    auto imported = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(portfolio);
    QVERIFY2(imported, failure(imported));

    // THEN every øre reads back
    auto bundle =
        Storage::SqlPortfolioRepository(fixture.database())
            .projectBundle(storedProject(fixture.database(), portfolio.projects[0].project.uuid));
    QVERIFY2(bundle, failure(bundle));
    QCOMPARE(bundle->budgetLines.size(), 2);
    QCOMPARE(bundle->budgetLines[0].budgetOre, limit);
    QCOMPARE(bundle->budgetLines[0].accountsOre, -limit);
    QCOMPARE(bundle->budgetLines[0].ownContributionOre, limit - 1);
    QCOMPARE(bundle->budgetLines[1].budgetOre, qint64(-1));
    // AND the project rebuilt from the history's text forms has the exact figures
    auto rebuilt = Storage::SqlHistoryRepository(fixture.database())
                       .projectAsOf(portfolio.projects[0].project.uuid,
                                    QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY2(rebuilt, failure(rebuilt));
    QCOMPARE(rebuilt->budgetLines[0].budgetOre, limit);
    QCOMPARE(rebuilt->budgetLines[0].accountsOre, -limit);
    QCOMPARE(rebuilt->budgetLines[0].ownContributionOre, limit - 1);
}

void TestGuarantees::oreAmountsBeyondExactNumbersAreRefused()
{
    SAMSPILL_FIXTURE(fixture);
    const QStringList before = fixture.dump();
    // GIVEN a budget line one øre past what a JSON number keeps exact
    Portfolio portfolio = TestSupport::samplePortfolio();
    portfolio.projects[0].budgetLines[0].accountsOre = (qint64(1) << 53) + 1;

    auto imported = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(portfolio);

    // THEN the import is refused with the field named, and nothing is stored
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, Error::Kind::Invalid);
    QVERIFY2(imported.error().message.contains(QLatin1String("budgetLines[0]")) &&
                 imported.error().message.contains(QLatin1String("accountsOre")),
             qPrintable(imported.error().message));
    QCOMPARE(fixture.dump(), before);
}

QTEST_GUILESS_MAIN(TestGuarantees)
#include "tst_guarantees.moc"
