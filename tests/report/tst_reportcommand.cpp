#include "tests/support/samspillprogram.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::SamspillProgram;

// `samspill report` run as a user runs it, without a display: every format of the seed's
// report for 2012, bad arguments refused in one line with no file written and an earlier file
// left as it was, and the report's figures equal to those of `samspill status`.
class TestReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyFormatOfTheSeedFor2012_data();
    void everyFormatOfTheSeedFor2012();
    void badArgumentsExitNonZeroAndLeaveNoFile_data();
    void badArgumentsExitNonZeroAndLeaveNoFile();
    void reportFiguresEqualThoseOfStatus();

private:
    QString path(const QString &name) const { return m_folder->filePath(name); }
    SamspillProgram::Run report(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<SamspillProgram> m_program;
    QString m_database;
};

namespace {

const QString seedName = QStringLiteral("Psykisk Helse i Nord-Trøndelag");

QByteArray contents(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace

void TestReportCommand::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_program = std::make_unique<SamspillProgram>(m_folder->path());
    m_database = path(QStringLiteral("samspill.sqlite"));
    const auto made =
        m_program->run({QStringLiteral("--database"), m_database, QStringLiteral("init")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

SamspillProgram::Run TestReportCommand::report(const QStringList &arguments)
{
    return m_program->run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                      QStringLiteral("--database"), m_database,
                                      QStringLiteral("report")} +
                          arguments);
}

void TestReportCommand::everyFormatOfTheSeedFor2012_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf") << QStringLiteral("rapport.pdf") << QByteArray("%PDF-");
    QTest::newRow("odt") << QStringLiteral("rapport.odt") << QByteArray("PK");
    QTest::newRow("html") << QStringLiteral("rapport.html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("md") << QStringLiteral("rapport.md") << QByteArray("# Samhandlingsprosjektet");
    QTest::newRow("csv") << QStringLiteral("rapport.csv") << QByteArray("\xEF\xBB\xBF");
}

void TestReportCommand::everyFormatOfTheSeedFor2012()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, start);
    const auto run = report({QStringLiteral("--project"), seedName, QStringLiteral("--from"),
                             QStringLiteral("2012"), QStringLiteral("--to"), QStringLiteral("2012"),
                             QStringLiteral("--output"), path(file)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray written = contents(path(file));
    QVERIFY2(written.startsWith(start), written.left(40).constData());
    // Nothing beside it: the temporary file of the atomic write is gone.
    QCOMPARE(QDir(m_folder->path()).entryList({QStringLiteral("rapport*")}, QDir::Files),
             QStringList{file});
}

void TestReportCommand::badArgumentsExitNonZeroAndLeaveNoFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2012-01-01"),
                             QStringLiteral("--to"), QStringLiteral("2012-12-31")};
    const QStringList seed{QStringLiteral("--project"), seedName};
    const QStringList output{QStringLiteral("--output"), QStringLiteral("@OUT@")};
    QTest::newRow("from after to")
        << seed +
               QStringList{QStringLiteral("--from"), QStringLiteral("2013-01-01"),
                           QStringLiteral("--to"), QStringLiteral("2012-12-31")} +
               output
        << 2 << QStringLiteral("The period cannot end (2012-12-31) before it begins (2013-01-01).");
    QTest::newRow("unknown project")
        << QStringList{QStringLiteral("--project"), QStringLiteral("Finnes ikke")} + period + output
        << 1 << QStringLiteral("There is no project \"Finnes ikke\" in this database.");
    QTest::newRow("unknown format")
        << seed + period + output + QStringList{QStringLiteral("--format"), QStringLiteral("docx")}
        << 2 << QStringLiteral("Unknown format \"docx\": use pdf, odt, html, md or csv.");
    QTest::newRow("unknown section")
        << seed + period + output +
               QStringList{QStringLiteral("--sections"), QStringLiteral("goals,jokes")}
        << 2 << QStringLiteral("Unknown section \"jokes\"");
    QTest::newRow("no period") << seed +
                                      QStringList{QStringLiteral("--from"),
                                                  QStringLiteral("2012-01-01")} +
                                      output
                               << 2 << QStringLiteral("The command report needs the option --to.");
    QTest::newRow("a day that is none")
        << seed +
               QStringList{QStringLiteral("--from"), QStringLiteral("2012-02-31"),
                           QStringLiteral("--to"), QStringLiteral("2012-12-31")} +
               output
        << 2 << QStringLiteral("The option --from:");
    QTest::newRow("project and all")
        << seed + QStringList{QStringLiteral("--all")} + period + output << 2
        << QStringLiteral("The command report needs either --project or --all.");
    QTest::newRow("unknown language")
        << seed + period + output + QStringList{QStringLiteral("--lang"), QStringLiteral("sv")} << 2
        << QStringLiteral("Unknown language \"sv\": use nb or en.");
    QTest::newRow("folder that is not there")
        << seed + period + QStringList{QStringLiteral("--output"), QStringLiteral("@MISSING@")} << 1
        << QStringLiteral("Cannot write");
    QTest::newRow("the database itself")
        << seed + period +
               QStringList{QStringLiteral("--output"), QStringLiteral("@DATABASE@"),
                           QStringLiteral("--format"), QStringLiteral("pdf")}
        << 1 << QStringLiteral("is the database itself or one of its files");
}

void TestReportCommand::badArgumentsExitNonZeroAndLeaveNoFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString out = path(QStringLiteral("rapport.pdf"));
    const QString missing = path(QStringLiteral("ikke/her/rapport.pdf"));
    const QByteArray earlier("an earlier report, to be kept");
    {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(earlier);
    }
    const QByteArray database = contents(m_database);
    QVERIFY(!database.isEmpty());
    arguments.replaceInStrings(QStringLiteral("@OUT@"), out);
    arguments.replaceInStrings(QStringLiteral("@MISSING@"), missing);
    arguments.replaceInStrings(QStringLiteral("@DATABASE@"), m_database);
    const auto run = report(arguments);
    QCOMPARE(run.exitCode, exitCode);
    const QString first = run.err.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(first.contains(message), qPrintable(run.err));
    if (exitCode == 1) // a usage error adds the usage; a failure is one line
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    QCOMPARE(contents(out), earlier);
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(contents(m_database), database);
    QCOMPARE(QDir(m_folder->path()).entryList({QStringLiteral("rapport*")}, QDir::Files),
             QStringList{QStringLiteral("rapport.pdf")});
}

// The figures a report prints are those `samspill status` gives for the same day.
void TestReportCommand::reportFiguresEqualThoseOfStatus()
{
    const auto status = m_program->run(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), m_database,
         QStringLiteral("status"), QStringLiteral("--project"), seedName, QStringLiteral("--as-of"),
         QStringLiteral("2012-12-31"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    const QJsonObject project =
        QJsonDocument::fromJson(status.rawOut)[QStringLiteral("projects")][0].toObject();
    const QJsonObject measures = project[QStringLiteral("measures")].toObject();
    QVERIFY(!measures.isEmpty());

    const QString file = path(QStringLiteral("rapport.md"));
    const auto run =
        report({QStringLiteral("--project"), seedName, QStringLiteral("--from"),
                QStringLiteral("2012-01-01"), QStringLiteral("--to"), QStringLiteral("2012-12-31"),
                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--output"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString markdown = QString::fromUtf8(contents(file));
    const auto row = [&markdown](const QString &label, const QString &value) {
        return markdown.contains(QStringLiteral("| %1 | %2 |").arg(label, value));
    };
    QVERIFY(row(QStringLiteral("Measures"),
                QString::number(measures[QStringLiteral("total")].toInt())));
    QVERIFY(row(QStringLiteral("Overdue"),
                QString::number(measures[QStringLiteral("overdue")].toInt())));
    QVERIFY(row(QStringLiteral("Not rated"),
                QString::number(measures[QStringLiteral("notRated")].toInt())));
    const QJsonObject byStatus = measures[QStringLiteral("byStatus")].toObject();
    QVERIFY(row(QStringLiteral("– in progress"),
                QString::number(byStatus[QStringLiteral("in_progress")].toInt())));
    QVERIFY(row(QStringLiteral("– completed"),
                QString::number(byStatus[QStringLiteral("completed")].toInt())));
    QVERIFY(row(QStringLiteral("– planned"),
                QString::number(byStatus[QStringLiteral("planned")].toInt())));
    QVERIFY(row(QStringLiteral("Progress"),
                QStringLiteral("%1 %").arg(project[QStringLiteral("progress")].toInt())));
    QVERIFY(markdown.contains(project[QStringLiteral("reasons")][0].toString()));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
