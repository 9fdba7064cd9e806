// samspill archive, and samspill report issuing into the archive, run as a user runs it: the
// reports an exchange file brought into the database are listed newest first (as text and JSON, all
// or one project's, also a project deleted since), written out byte for byte, atomically and never
// onto the database; an export carries them and an import into another database brings them back
// unchanged. A report is archived as written unless it is a draft; a database that can only be read
// takes drafts only.

#include "models/exchange/jsonreader.h"
#include "models/exchange/jsonwriter.h"
#include "tests/support/portfoliocompare.h"
#include "tests/support/samspillprogram.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/testportfolios.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

using TestSupport::SamspillProgram;

class TestArchiveCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void listShowsEveryReportNewestFirst();
    void listOfOneProjectAsJsonHasNoBytes();
    void reportsOfADeletedProjectAreListedByItsUuid();
    void showWritesTheReportExactlyAsIssued();
    void showNeverWritesOntoTheDatabase();
    void showOfAnUnknownReportWritesNothing();
    void showThatCannotWriteLeavesTheEarlierFile();
    void badArchiveCommandLineIsAUsageError_data();
    void badArchiveCommandLineIsAUsageError();
    void exportAndImportCarryTheArchiveUnchanged();
    void reportIsIssuedIntoTheArchiveAsWritten();
    void draftReportIsNotArchived();
    void readOnlyDatabaseCannotIssueButWritesADraft();

private:
    QString path(const QString &name) const { return m_folder->filePath(name); }
    SamspillProgram::Run run(const QStringList &command) const
    {
        return m_program->run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                          QStringLiteral("--database"), m_database} +
                              command);
    }

    // report on projects[0] for 2012 (Markdown, by the suffix of output)
    QStringList reportOfTheFirstProject(const QString &output) const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<SamspillProgram> m_program;
    Domain::Portfolio m_portfolio; // what the database was made from
    QString m_database;
};

namespace {

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

void TestArchiveCommand::init()
{
    // GIVEN a database made by importing the sample portfolio with its archived reports
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_program = std::make_unique<SamspillProgram>(m_folder->path());
    m_portfolio = TestSupport::samplePortfolioWithReports();
    QFile file(path(QStringLiteral("reports.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Exchange::JsonWriter::toJson(m_portfolio));
    file.close();
    m_database = path(QStringLiteral("archive.sqlite"));
    const auto imported = run({QStringLiteral("import"), file.fileName()});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestArchiveCommand::listShowsEveryReportNewestFirst()
{
    const auto listed = run({QStringLiteral("archive"), QStringLiteral("list")});

    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    // Issued on 5, 4, 3 and 2 April 2012: newest first, each with its period, format and UUID
    const Domain::ArchivedReport *expected[] = {&m_portfolio.reports[1], &m_portfolio.reports[0],
                                                &m_portfolio.projects[0].reports[1],
                                                &m_portfolio.projects[0].reports[0]};
    const char *formats[] = {"html", "csv", "md", "pdf"};
    for (int i = 0; i < 4; ++i) {
        const QString &line = lines.at(i);
        QVERIFY2(line.contains(expected[i]->title), qPrintable(line));
        QVERIFY2(line.contains(uuidText(expected[i]->uuid)), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("2012-01-01–2012-03-31")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("  %1  ").arg(QLatin1String(formats[i]))),
                 qPrintable(line));
        QVERIFY2(line.startsWith(QStringLiteral("2012-04-0%1").arg(5 - i)), qPrintable(line));
    }
}

void TestArchiveCommand::listOfOneProjectAsJsonHasNoBytes()
{
    const auto listed = run({QStringLiteral("archive"), QStringLiteral("list"),
                             QStringLiteral("--project"), m_portfolio.projects[0].project.name,
                             QStringLiteral("--format"), QStringLiteral("json")});

    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonObject document = QJsonDocument::fromJson(listed.rawOut).object();
    QCOMPARE(document.value(QStringLiteral("format")).toString(),
             QStringLiteral("samspill-archive"));
    const QJsonArray reports = document.value(QStringLiteral("reports")).toArray();
    QCOMPARE(reports.size(), 2);
    const Domain::ArchivedReport &pdf = m_portfolio.projects[0].reports[0];
    const QJsonObject oldest = reports.at(1).toObject();
    QCOMPARE(oldest.value(QStringLiteral("uuid")).toString(), uuidText(pdf.uuid));
    QCOMPARE(oldest.value(QStringLiteral("project")).toString(), uuidText(pdf.project));
    QCOMPARE(oldest.value(QStringLiteral("issuedAt")).toString(),
             QStringLiteral("2012-04-02T09:30:15.250Z"));
    QCOMPARE(oldest.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    QCOMPARE(oldest.value(QStringLiteral("size")).toInt(), int(pdf.content.size()));
    QCOMPARE(oldest.value(QStringLiteral("author")).toString(), QStringLiteral("prosjektleder"));
    QVERIFY(!oldest.contains(QStringLiteral("content")));
    QCOMPARE(reports.at(0)[QStringLiteral("language")].toString(), QStringLiteral("en"));
}

void TestArchiveCommand::reportsOfADeletedProjectAreListedByItsUuid()
{
    const Domain::ArchivedReport &orphan = m_portfolio.reports[1];
    const auto listed = run({QStringLiteral("archive"), QStringLiteral("list"),
                             QStringLiteral("--project"), uuidText(orphan.project)});

    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().contains(uuidText(orphan.uuid)), qPrintable(listed.out));

    // AND a name that is no project is still refused
    const auto unknown = run({QStringLiteral("archive"), QStringLiteral("list"),
                              QStringLiteral("--project"), QStringLiteral("Finnes ikke")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("There is no project")), qPrintable(unknown.err));
}

void TestArchiveCommand::showWritesTheReportExactlyAsIssued()
{
    for (const Domain::ArchivedReport *report :
         {&m_portfolio.projects[0].reports[0], &m_portfolio.reports[0]}) {
        const QString output = path(QStringLiteral("copy-") + uuidText(report->uuid));
        const auto shown = run({QStringLiteral("archive"), QStringLiteral("show"),
                                uuidText(report->uuid), QStringLiteral("--output"), output});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QCOMPARE(TestSupport::fileContents(output), report->content);
        QVERIFY2(shown.err.contains(report->title), qPrintable(shown.err));
    }
}

void TestArchiveCommand::showNeverWritesOntoTheDatabase()
{
    const QByteArray before = TestSupport::fileContents(m_database);
    const QString report = uuidText(m_portfolio.reports[0].uuid);
    for (const QString &target :
         QStringList{m_database, m_database + QStringLiteral("-wal"),
                     m_folder->path() + QStringLiteral("/./archive.sqlite")}) {
        const auto refused = run({QStringLiteral("archive"), QStringLiteral("show"), report,
                                  QStringLiteral("--output"), target});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is the database itself or one of its files")),
                 qPrintable(refused.err));
    }
    QCOMPARE(TestSupport::fileContents(m_database), before);
}

void TestArchiveCommand::showOfAnUnknownReportWritesNothing()
{
    const QString output = path(QStringLiteral("nothing.pdf"));
    const auto refused = run({QStringLiteral("archive"), QStringLiteral("show"),
                              uuidText(QUuid::createUuid()), QStringLiteral("--output"), output});

    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("There is no report")), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(output));
}

void TestArchiveCommand::showThatCannotWriteLeavesTheEarlierFile()
{
    // GIVEN an earlier file in a folder nobody may write to any more (as root, a folder that
    // is a file instead: no one can create a file inside it)
    const QString output = path(QStringLiteral("not-a-folder/report.pdf"));
    QFile blocker(path(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.write("earlier");
    blocker.close();

    const auto refused =
        run({QStringLiteral("archive"), QStringLiteral("show"),
             uuidText(m_portfolio.reports[0].uuid), QStringLiteral("--output"), output});

    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("Cannot write ")), qPrintable(refused.err));
    QCOMPARE(refused.err.count(u'\n'), 1);
    QCOMPARE(TestSupport::fileContents(blocker.fileName()), QByteArray("earlier"));
}

void TestArchiveCommand::badArchiveCommandLineIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{} << QStringLiteral("needs the argument list|show");
    QTest::newRow("unknown action")
        << QStringList{QStringLiteral("purge")} << QStringLiteral("takes list or show, not");
    QTest::newRow("show without a report")
        << QStringList{QStringLiteral("show"), QStringLiteral("--output"), QStringLiteral("x")}
        << QStringLiteral("needs the argument UUID");
    QTest::newRow("show of what is no UUID")
        << QStringList{QStringLiteral("show"), QStringLiteral("mars"), QStringLiteral("--output"),
                       QStringLiteral("x")}
        << QStringLiteral("\"mars\" is not the UUID of a report");
    QTest::newRow("show without output")
        << QStringList{QStringLiteral("show"), uuidText(QUuid::createUuid())}
        << QStringLiteral("needs the option --output");
    QTest::newRow("list with an output")
        << QStringList{QStringLiteral("list"), QStringLiteral("--output"), QStringLiteral("x")}
        << QStringLiteral("Unknown option: \"--output\"");
    QTest::newRow("list in another format")
        << QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}
        << QStringLiteral("Unknown format \"xml\"");
}

void TestArchiveCommand::badArchiveCommandLineIsAUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto refused = run(QStringList{QStringLiteral("archive")} + arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
}

void TestArchiveCommand::exportAndImportCarryTheArchiveUnchanged()
{
    // WHEN the database is exported and the file imported into another database
    const auto exported = run({QStringLiteral("export"), QStringLiteral("--output"),
                               path(QStringLiteral("exported.json"))});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString other = path(QStringLiteral("other.sqlite"));
    const auto imported =
        m_program->run({QStringLiteral("--database"), other, QStringLiteral("import"),
                        path(QStringLiteral("exported.json"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    // THEN the export holds every report, in its project or at the top, as it was issued
    auto read = Exchange::JsonReader::read(
        TestSupport::fileContents(path(QStringLiteral("exported.json"))));
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    const QStringList differences = TestSupport::differences(m_portfolio, read.value());
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

    // AND the other database's export is the same file, but for the time it was made
    const auto again =
        m_program->run({QStringLiteral("--database"), other, QStringLiteral("export")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const auto withoutTime = [](QByteArray json) {
        const qsizetype start = json.indexOf("\"exportedAt\": \"") + 15;
        return json.remove(start, json.indexOf('"', start) - start);
    };
    QCOMPARE(withoutTime(again.rawOut),
             withoutTime(TestSupport::fileContents(path(QStringLiteral("exported.json")))));

    // AND each report comes out of it byte for byte
    const Domain::ArchivedReport &pdf = m_portfolio.projects[0].reports[0];
    const auto shown = m_program->run(
        {QStringLiteral("--database"), other, QStringLiteral("archive"), QStringLiteral("show"),
         uuidText(pdf.uuid), QStringLiteral("--output"), path(QStringLiteral("again.pdf"))});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QCOMPARE(TestSupport::fileContents(path(QStringLiteral("again.pdf"))), pdf.content);
}

QStringList TestArchiveCommand::reportOfTheFirstProject(const QString &output) const
{
    return {
        QStringLiteral("report"), QStringLiteral("--project"), m_portfolio.projects[0].project.name,
        QStringLiteral("--from"), QStringLiteral("2012"),      QStringLiteral("--to"),
        QStringLiteral("2012"),   QStringLiteral("--output"),  output};
}

void TestArchiveCommand::reportIsIssuedIntoTheArchiveAsWritten()
{
    // WHEN a report is written
    const QString output = path(QStringLiteral("statusrapport.md"));
    const auto written = run(reportOfTheFirstProject(output));
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));

    // THEN it is the newest report of its project in the archive, with its period and format
    const auto listed = run({QStringLiteral("archive"), QStringLiteral("list"),
                             QStringLiteral("--project"), m_portfolio.projects[0].project.name,
                             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray reports =
        QJsonDocument::fromJson(listed.rawOut).object().value(QStringLiteral("reports")).toArray();
    QCOMPARE(reports.size(), 3);
    const QJsonObject newest = reports.at(0).toObject();
    QCOMPARE(newest[QStringLiteral("from")].toString(), QStringLiteral("2012-01-01"));
    QCOMPARE(newest[QStringLiteral("to")].toString(), QStringLiteral("2012-12-31"));
    QCOMPARE(newest[QStringLiteral("format")].toString(), QStringLiteral("md"));
    QCOMPARE(newest[QStringLiteral("language")].toString(), QStringLiteral("en"));
    QVERIFY(!newest[QStringLiteral("title")].toString().isEmpty());
    const QString uuid = newest[QStringLiteral("uuid")].toString();
    QVERIFY2(written.err.contains(uuid), qPrintable(written.err));

    // AND what the archive holds is the file byte for byte
    const auto shown = run({QStringLiteral("archive"), QStringLiteral("show"), uuid,
                            QStringLiteral("--output"), path(QStringLiteral("archived.md"))});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QByteArray file = TestSupport::fileContents(output);
    QVERIFY(!file.isEmpty());
    QCOMPARE(TestSupport::fileContents(path(QStringLiteral("archived.md"))), file);
}

void TestArchiveCommand::draftReportIsNotArchived()
{
    const auto written = run(reportOfTheFirstProject(path(QStringLiteral("utkast.md"))) +
                             QStringList{QStringLiteral("--draft")});

    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("utkast.md"))));
    QVERIFY2(written.err.contains(QStringLiteral("not in the archive")), qPrintable(written.err));
    const auto listed = run({QStringLiteral("archive"), QStringLiteral("list")});
    QCOMPARE(listed.out.split(u'\n', Qt::SkipEmptyParts).size(), 4); // as imported
}

void TestArchiveCommand::readOnlyDatabaseCannotIssueButWritesADraft()
{
    if (::geteuid() != 0)
        QSKIP("needs root, to run samspill as a user who may only read the database");
    // GIVEN a database the user nobody may read but not change
    QVERIFY(QFile::setPermissions(m_folder->path(), QFileDevice::Permissions(0x7777)));
    QVERIFY(QFile::setPermissions(m_database, QFileDevice::Permissions(0x6444)));
    const QByteArray before = TestSupport::fileContents(m_database);
    const auto asNobody = [&](const QStringList &command) {
        return m_program->runAs(QStringLiteral("nobody"),
                                QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                            QStringLiteral("--database"), m_database} +
                                    command);
    };

    // WHEN nobody issues a report
    const QString issued = path(QStringLiteral("issued.md"));
    const auto refused = asNobody(reportOfTheFirstProject(issued));

    // THEN it is refused before anything is made, saying why and what to do instead
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("cannot be kept in the archive")) &&
                 refused.err.contains(QStringLiteral("--draft")),
             qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(issued));

    // AND a draft is written, and the database is as it was
    const QString draft = path(QStringLiteral("draft.md"));
    const auto written =
        asNobody(reportOfTheFirstProject(draft) + QStringList{QStringLiteral("--draft")});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QVERIFY(!TestSupport::fileContents(draft).isEmpty());
    QCOMPARE(TestSupport::fileContents(m_database), before);
}

QTEST_GUILESS_MAIN(TestArchiveCommand)
#include "tst_archivecommand.moc"
