// The report archive, on SQLite (storage_archive_sqlite) and PostgreSQL
// (storage_archive_postgresql): issued reports come back byte for byte, listed newest first
// without their bytes; the database refuses to change or delete them; a bad report stores
// nothing; a report whose bytes were changed behind Samspill's back is called damaged; an
// import stores a file's reports with their projects in its one transaction.

#include "models/storage/sqlportfoliorepository.h"
#include "models/storage/sqlreportarchive.h"
#include "tests/storage/storagefixture.h"
#include "tests/storage/storagehelpers.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/testportfolios.h"

#include <QTest>

using namespace Domain;
using Storage::ConnectionSettings;
using Storage::SqlReportArchive;
using TestSupport::executeRaw;

Q_DECLARE_METATYPE(Domain::ArchivedReport)

namespace {

bool onPostgres()
{
    return TestSupport::driverUnderTest() == ConnectionSettings::Driver::Postgres;
}

// Every byte value, NUL and invalid UTF-8 included, so that nothing on the way treats the
// bytes as text.
QByteArray everyByte()
{
    QByteArray bytes("%PDF-1.7\n");
    for (int round = 0; round < 4; ++round) {
        for (int value = 0; value < 256; ++value)
            bytes.append(char(value));
    }
    return bytes;
}

ArchivedReport draft(const QUuid &project, const QString &title, const QByteArray &content)
{
    ArchivedReport report;
    report.project = project;
    report.projects = project.isNull() ? QVector<QUuid>{} : QVector<QUuid>{project};
    report.from = QDate(2012, 1, 1);
    report.to = QDate(2012, 12, 31);
    report.language = QStringLiteral("nb");
    report.format = ReportFormat::Pdf;
    report.title = title;
    report.content = content;
    return report;
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void issuedReportsAreListedNewestFirstWithoutTheirBytes();
    void issuedReportComesBackByteForByte();
    void archivedReportCannotBeChangedOrDeleted();
    void invalidReportIsRefusedWithNothingStored_data();
    void invalidReportIsRefusedWithNothingStored();
    void sameReportStoredTwiceIsAConflict();
    void unknownReportIsNotFound();
    void reportWithChangedBytesIsCalledDamaged();
    void importStoresTheFilesReportsInItsTransaction();
    void importThatFailsKeepsNoneOfItsReports();
};

void TestArchive::initTestCase()
{
    SAMSPILL_REQUIRE_DRIVER();
}

void TestArchive::issuedReportsAreListedNewestFirstWithoutTheirBytes()
{
    SAMSPILL_FIXTURE(fixture);
    SqlReportArchive archive(fixture.database());
    const QUuid project = QUuid::createUuid();
    const QUuid other = QUuid::createUuid();

    // GIVEN two reports of a project, one of another and a portfolio report, issued in turn
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QStringList titles{QStringLiteral("Mars"), QStringLiteral("Annen"),
                       QStringLiteral("Portefølje"), QStringLiteral("April")};
    const QVector<QUuid> owners{project, other, QUuid(), project};
    QVector<ArchivedReport> issued;
    for (int i = 0; i < titles.size(); ++i) {
        auto report =
            archive.issue(draft(owners.at(i), titles.at(i), QByteArray(100 + i, char('a' + i))));
        QVERIFY2(report, failure(report));
        issued.append(report.value());
        QTest::qWait(5); // a later time for each
    }

    // THEN each was given a UUID, the time it was issued and the author the history would name
    for (const ArchivedReport &report : std::as_const(issued)) {
        QVERIFY(!report.uuid.isNull());
        QVERIFY(report.issuedAt >= before && report.issuedAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(report.author, fixture.database().author());
    }
    // AND all of them are listed newest first, the project's and the portfolio's on their own
    const auto titlesOf = [](const Result<QVector<ArchivedReport>> &listed) {
        QStringList shown;
        for (const ArchivedReport &report : listed.value())
            shown.append(report.title);
        return shown;
    };
    auto all = archive.list(std::nullopt);
    QVERIFY2(all, failure(all));
    QCOMPARE(titlesOf(all), (QStringList{QStringLiteral("April"), QStringLiteral("Portefølje"),
                                         QStringLiteral("Annen"), QStringLiteral("Mars")}));
    auto ofProject = archive.list(project);
    QVERIFY2(ofProject, failure(ofProject));
    QCOMPARE(titlesOf(ofProject), (QStringList{QStringLiteral("April"), QStringLiteral("Mars")}));
    auto ofPortfolio = archive.list(QUuid());
    QVERIFY2(ofPortfolio, failure(ofPortfolio));
    QCOMPARE(titlesOf(ofPortfolio), QStringList{QStringLiteral("Portefølje")});
    // AND a list holds no bytes, but says how many there are
    for (const ArchivedReport &report : all.value()) {
        QVERIFY(report.content.isEmpty());
        QCOMPARE(report.size, qint64(100 + titles.indexOf(report.title)));
    }
}

void TestArchive::issuedReportComesBackByteForByte()
{
    SAMSPILL_FIXTURE(fixture);
    SqlReportArchive archive(fixture.database());
    ArchivedReport sent =
        draft(QUuid::createUuid(), QStringLiteral("Statusrapport «mars» æøå"), everyByte());
    sent.projects.append(QUuid::createUuid());
    sent.language = QStringLiteral("en");
    sent.format = ReportFormat::Odt;

    auto issued = archive.issue(sent);
    QVERIFY2(issued, failure(issued));
    auto read = archive.report(issued->uuid);
    QVERIFY2(read, failure(read));

    QCOMPARE(read->content, everyByte());
    QCOMPARE(read->size, qint64(everyByte().size()));
    QVector<ArchivedReport> expected{issued.value()};
    QVector<ArchivedReport> actual{read.value()};
    Portfolio left;
    left.reports = expected;
    Portfolio right;
    right.reports = actual;
    const QStringList differences = TestSupport::differences(left, right);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
}

void TestArchive::archivedReportCannotBeChangedOrDeleted()
{
    SAMSPILL_FIXTURE(fixture);
    SqlReportArchive archive(fixture.database());
    auto issued = archive.issue(draft(QUuid(), QStringLiteral("Årsrapport"), everyByte()));
    QVERIFY2(issued, failure(issued));
    const QStringList before = fixture.dump();

    // WHEN another program tries to change, delete or empty the archive
    QStringList statements{QStringLiteral("UPDATE archived_report SET title = 'Ny tittel'"),
                           QStringLiteral("UPDATE archived_report SET content = NULL"),
                           QStringLiteral("DELETE FROM archived_report")};
    if (onPostgres())
        statements.append(QStringLiteral("TRUNCATE archived_report"));
    for (const QString &statement : std::as_const(statements)) {
        // THEN the database refuses each
        const QString refused = executeRaw(fixture.settings(), {statement});
        QVERIFY2(refused.contains(QLatin1String("an archived report is frozen")),
                 qPrintable(statement + QStringLiteral(": ") + refused));
    }
    // AND the report is as issued
    QCOMPARE(fixture.dump(), before);
    auto read = archive.report(issued->uuid);
    QVERIFY2(read, failure(read));
    QCOMPARE(read->content, everyByte());
}

void TestArchive::invalidReportIsRefusedWithNothingStored_data()
{
    QTest::addColumn<ArchivedReport>("report");
    QTest::addColumn<QString>("message");
    const ArchivedReport good = draft(QUuid::createUuid(), QStringLiteral("Rapport"), "bytes");
    ArchivedReport report = good;
    report.to = QDate(2011, 12, 31);
    QTest::newRow("ends before it begins")
        << report
        << QStringLiteral("to: %1 is before the start date %2")
               .arg(Domain::PlanDate::day(QDate(2011, 12, 31)).toText(),
                    Domain::PlanDate::day(QDate(2012, 1, 1)).toText());
    report = good;
    report.content.clear();
    QTest::newRow("no bytes") << report << QStringLiteral("content: must not be empty");
    report = good;
    report.language = QStringLiteral("de");
    QTest::newRow("unknown language") << report << QStringLiteral("language: \"de\" is not one of");
    report = good;
    report.title = QStringLiteral(" \u200B ");
    QTest::newRow("empty title") << report << QStringLiteral("title: must not be empty");
    report = good;
    report.from = QDate();
    QTest::newRow("no period") << report << QStringLiteral("from: is missing");
}

void TestArchive::invalidReportIsRefusedWithNothingStored()
{
    QFETCH(ArchivedReport, report);
    QFETCH(QString, message);
    SAMSPILL_FIXTURE(fixture);
    const QStringList before = fixture.dump();

    auto issued = SqlReportArchive(fixture.database()).issue(report);

    QVERIFY(!issued);
    QCOMPARE(issued.error().kind, Error::Kind::Invalid);
    QVERIFY2(issued.error().message.contains(message), qPrintable(issued.error().message));
    QCOMPARE(fixture.dump(), before);
}

void TestArchive::sameReportStoredTwiceIsAConflict()
{
    SAMSPILL_FIXTURE(fixture);
    SqlReportArchive archive(fixture.database());
    auto issued = archive.issue(draft(QUuid(), QStringLiteral("Rapport"), "first"));
    QVERIFY2(issued, failure(issued));
    ArchivedReport again = issued.value();
    again.content = "second";

    auto stored = archive.store(again);

    QVERIFY(!stored);
    QCOMPARE(stored.error().kind, Error::Kind::Conflict);
    auto read = archive.report(issued->uuid);
    QVERIFY2(read, failure(read));
    QCOMPARE(read->content, QByteArray("first"));
}

void TestArchive::unknownReportIsNotFound()
{
    SAMSPILL_FIXTURE(fixture);
    auto read = SqlReportArchive(fixture.database()).report(QUuid::createUuid());
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::NotFound);
}

void TestArchive::reportWithChangedBytesIsCalledDamaged()
{
    SAMSPILL_FIXTURE(fixture);
    SqlReportArchive archive(fixture.database());
    auto issued = archive.issue(draft(QUuid(), QStringLiteral("Rapport"), everyByte()));
    QVERIFY2(issued, failure(issued));

    // GIVEN someone who removed the guard and changed one byte of the stored copy
    const QString dropGuard =
        onPostgres() ? QStringLiteral("DROP TRIGGER archived_report_frozen ON archived_report")
                     : QStringLiteral("DROP TRIGGER archived_report_no_update");
    const QString change =
        onPostgres()
            ? QStringLiteral("UPDATE archived_report SET content = overlay(content placing "
                             "'\\x21'::bytea from 20)")
            : QStringLiteral("UPDATE archived_report SET content = substr(content, 1, 19) || "
                             "x'21' || substr(content, 21)");
    QCOMPARE(executeRaw(fixture.settings(), {dropGuard, change}), QString());

    // THEN it is not handed out as what was issued
    auto read = archive.report(issued->uuid);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QLatin1String("is damaged")),
             qPrintable(read.error().message));
}

void TestArchive::importStoresTheFilesReportsInItsTransaction()
{
    SAMSPILL_FIXTURE(fixture);
    Portfolio portfolio = TestSupport::samplePortfolio();
    ProjectBundle &bundle = portfolio.projects[0];
    ArchivedReport ofProject = draft(bundle.project.uuid, QStringLiteral("Mars"), everyByte());
    ofProject.uuid = QUuid::createUuid();
    ofProject.issuedAt = QDateTime(QDate(2012, 4, 2), QTime(9, 30, 0, 125), Qt::UTC);
    ofProject.author = QStringLiteral("prosjektleder");
    bundle.reports.append(ofProject);
    ArchivedReport ofPortfolio = draft(QUuid(), QStringLiteral("Portefølje"), "csv;bytes\r\n");
    ofPortfolio.uuid = QUuid::createUuid();
    ofPortfolio.format = ReportFormat::Csv;
    ofPortfolio.issuedAt = QDateTime(QDate(2013, 1, 15), QTime(12, 0), Qt::UTC);
    portfolio.reports.append(ofPortfolio);

    // WHEN the portfolio is imported
    auto imported = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(portfolio);
    QVERIFY2(imported, failure(imported));

    // THEN its reports are in the archive as they were issued, time and author included
    SqlReportArchive archive(fixture.database());
    for (const ArchivedReport &expected : {ofProject, ofPortfolio}) {
        auto read = archive.report(expected.uuid);
        QVERIFY2(read, failure(read));
        Portfolio left;
        left.reports = {expected};
        Portfolio right;
        right.reports = {read.value()};
        const QStringList differences = TestSupport::differences(left, right);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }
    auto listed = archive.list(bundle.project.uuid);
    QVERIFY2(listed, failure(listed));
    QCOMPARE(listed->size(), 1);

    // AND importing a portfolio report that is stored already keeps it as stored
    Portfolio again;
    again.reports = {ofPortfolio};
    auto second = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(again);
    QVERIFY2(second, failure(second));
    auto all = archive.list(std::nullopt);
    QVERIFY2(all, failure(all));
    QCOMPARE(all->size(), 2);
}

void TestArchive::importThatFailsKeepsNoneOfItsReports()
{
    SAMSPILL_FIXTURE(fixture);
    // GIVEN a stored portfolio report, and a file that holds a report of its own and another
    // with the stored one's UUID inside a project (which is refused)
    SqlReportArchive archive(fixture.database());
    auto stored = archive.issue(draft(QUuid(), QStringLiteral("Portefølje"), "bytes"));
    QVERIFY2(stored, failure(stored));
    const QStringList before = fixture.dump();
    Portfolio portfolio = TestSupport::samplePortfolio();
    ArchivedReport fresh = draft(QUuid(), QStringLiteral("Ny"), "new");
    fresh.uuid = QUuid::createUuid();
    fresh.issuedAt = QDateTime::currentDateTimeUtc();
    portfolio.reports.append(fresh);
    ArchivedReport clash = stored.value();
    clash.project = portfolio.projects[0].project.uuid;
    portfolio.projects[0].reports.append(clash);

    // WHEN it is imported
    auto imported = Storage::SqlPortfolioRepository(fixture.database()).importPortfolio(portfolio);

    // THEN it is refused, naming the report, and nothing of it is kept
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, Error::Kind::Conflict);
    QVERIFY2(imported.error().message.startsWith(QLatin1String("projects[0].reports[0]: ")),
             qPrintable(imported.error().message));
    QCOMPARE(fixture.dump(), before);
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
