#include "app/workspace.h"
#include "models/domain/codes.h"
#include "models/exchange/jsonwriter.h"
#include "models/overview/explanation.h"
#include "models/projectdata.h"
#include "tests/models/seededworkspace.h"
#include "tests/support/generatedportfolio.h"
#include "tests/support/overviewfixture.h"
#include "tests/support/samspillprogram.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::SamspillProgram;
namespace OverviewFixture = TestSupport::OverviewFixture;

// `samspill status` run as a user runs it, without a display, against real SQLite databases
// made by the program itself: from the seed, from a synthetic portfolio of 50 projects and from
// a project with known answers (OverviewFixture). Its figures are the window's: a test reads
// the same database through the window's model and compares.
class TestStatus : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void seedAsOfBeforeDuringAndAfterTheProject_data();
    void seedAsOfBeforeDuringAndAfterTheProject();
    void figuresOfEveryProjectAddUp();
    void knownAnswersAsOfADay();
    void statusAndTheWindowAgree();
    void textNamesTheLightAndWhy();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();

private:
    QString path(const QString &name) const { return m_folder->filePath(name); }
    // A database made by the program from the seed, and the files given imported into it.
    QString database(const QVector<Domain::Portfolio> &imports = {});
    QJsonObject status(const QString &database, const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<SamspillProgram> m_program;
};

namespace {

// A list of literal texts (the build forbids implicit conversions from const char *).
QStringList names(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

const QString seedProject = QStringLiteral("621b2f72-2cbd-4395-b101-3c07c86a3ed8");

int sum(const QJsonObject &counts)
{
    int total = 0;
    for (const QJsonValue &value : counts)
        total += value.toInt();
    return total;
}

} // namespace

void TestStatus::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_program = std::make_unique<SamspillProgram>(m_folder->path());
}

QString TestStatus::database(const QVector<Domain::Portfolio> &imports)
{
    const QString file = path(QStringLiteral("status.sqlite"));
    const auto seeded =
        m_program->run({QStringLiteral("--database"), file, QStringLiteral("status")});
    if (seeded.exitCode != 0) {
        qWarning("%s", qPrintable(seeded.err));
        return {};
    }
    for (int i = 0; i < imports.size(); ++i) {
        const QString json = path(QStringLiteral("import%1.json").arg(i));
        QFile out(json);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(Exchange::JsonWriter::toJson(imports.at(i))) < 0)
            return {};
        out.close();
        const auto imported = m_program->run(
            {QStringLiteral("--database"), file, QStringLiteral("import"), json}, 240000);
        if (imported.exitCode != 0) {
            qWarning("%s", qPrintable(imported.err));
            return {};
        }
    }
    return file;
}

QJsonObject TestStatus::status(const QString &database, const QStringList &arguments)
{
    const auto run =
        m_program->run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                   QStringLiteral("--database"), database, QStringLiteral("status"),
                                   QStringLiteral("--format"), QStringLiteral("json")} +
                           arguments,
                       240000);
    if (run.exitCode != 0) {
        qWarning("exit %d: %s", run.exitCode, qPrintable(run.err));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.rawOut, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return document.object();
}

void TestStatus::seedAsOfBeforeDuringAndAfterTheProject_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("phase");

    QTest::newRow("before it started")
        << QStringLiteral("2009-06-30") << QStringLiteral("before_start");
    QTest::newRow("while it ran") << QStringLiteral("2012-06-30") << QStringLiteral("running");
    QTest::newRow("after it ended") << QStringLiteral("2014-06-30") << QStringLiteral("after_end");
}

void TestStatus::seedAsOfBeforeDuringAndAfterTheProject()
{
    QFETCH(QString, asOf);
    QFETCH(QString, phase);

    // GIVEN a database the program made from the seed today
    const QString file = database();
    QVERIFY(!file.isEmpty());

    // WHEN the status of the seed's project is asked as of the day
    const QJsonObject document =
        status(file, {QStringLiteral("--project"), seedProject, QStringLiteral("--as-of"), asOf});

    // THEN it is of that day, looking back, and says where the day lies in the project's period
    QCOMPARE(document.value(QStringLiteral("format")).toString(),
             QStringLiteral("samspill-status"));
    QCOMPARE(document.value(QStringLiteral("day")).toString(), asOf);
    QVERIFY(document.value(QStringLiteral("asOf")).toBool());
    const QJsonArray projects = document.value(QStringLiteral("projects")).toArray();
    QCOMPARE(projects.size(), 1);
    const QJsonObject project = projects.first().toObject();
    QCOMPARE(project.value(QStringLiteral("uuid")).toString(), seedProject);
    QCOMPARE(project.value(QStringLiteral("phase")).toString(), phase);
    // the seed came into this database today: shown as first recorded, and said so
    QVERIFY(!project.value(QStringLiteral("recordedFrom")).isNull());
    QCOMPARE(document.value(QStringLiteral("portfolio"))
                 .toObject()
                 .value(QStringLiteral("recordedLater"))
                 .toInt(),
             1);
    // AND its figures add up
    const QJsonObject measures = project.value(QStringLiteral("measures")).toObject();
    QCOMPARE(measures.value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(sum(measures.value(QStringLiteral("byStatus")).toObject()), 3);
    QCOMPARE(sum(measures.value(QStringLiteral("byRag")).toObject()), 3);
    QCOMPARE(project.value(QStringLiteral("measureList")).toArray().size(), 3);
    QVERIFY(!project.value(QStringLiteral("reasons")).toArray().isEmpty());
}

void TestStatus::figuresOfEveryProjectAddUp()
{
    // GIVEN the seed and a synthetic portfolio of 50 projects
    const QString file = database({TestSupport::generatedPortfolio(50, 12)});
    QVERIFY(!file.isEmpty());

    // WHEN the status of the whole portfolio is asked for
    const QJsonObject document = status(file, {});

    // THEN every project is there, the lights of the projects add up to their number, and each
    // project's statuses and lights add up to its measures
    const QJsonObject portfolio = document.value(QStringLiteral("portfolio")).toObject();
    QCOMPARE(portfolio.value(QStringLiteral("projects")).toInt(), 51);
    int lights = 0;
    for (const char *rag : {"red", "amber", "green", "none"})
        lights += portfolio.value(QLatin1String(rag)).toInt();
    QCOMPARE(lights, 51);
    QVERIFY(!document.value(QStringLiteral("asOf")).toBool());
    const QJsonArray projects = document.value(QStringLiteral("projects")).toArray();
    QCOMPARE(projects.size(), 51);
    int red = 0;
    int measuresSeen = 0;
    for (const QJsonValue &value : projects) {
        const QJsonObject project = value.toObject();
        const QJsonObject measures = project.value(QStringLiteral("measures")).toObject();
        const int total = measures.value(QStringLiteral("total")).toInt();
        QCOMPARE(sum(measures.value(QStringLiteral("byStatus")).toObject()), total);
        QCOMPARE(sum(measures.value(QStringLiteral("byRag")).toObject()), total);
        QVERIFY(measures.value(QStringLiteral("overdue")).toInt() <= total);
        QVERIFY(!project.value(QStringLiteral("reasons")).toArray().isEmpty());
        QVERIFY(!project.contains(QStringLiteral("measureList"))); // the portfolio: a summary
        red += project.value(QStringLiteral("rag")).toString() == QLatin1String("red");
        measuresSeen += total;
    }
    QCOMPARE(red, portfolio.value(QStringLiteral("red")).toInt());
    QCOMPARE(measuresSeen, 50 * 12 + 3);

    // AND the text's first line sums up the same
    const auto text = m_program->run({QStringLiteral("--lang"), QStringLiteral("en"),
                                      QStringLiteral("--database"), file, QStringLiteral("status")},
                                     240000);
    QCOMPARE(text.exitCode, 0);
    const QStringList summary =
        text.out.section(QLatin1Char('\n'), 0, 0).split(QStringLiteral(" · "));
    QCOMPARE(summary.size(), 3);
    QVERIFY2(summary.at(0).startsWith(QStringLiteral("51 ")), qPrintable(summary.at(0)));
    QVERIFY2(summary.at(1).startsWith(QString::number(red) + QLatin1Char(' ')),
             qPrintable(summary.at(1)));
}

void TestStatus::knownAnswersAsOfADay()
{
    // GIVEN the project with known answers, imported today with its status log
    const QString file = database({OverviewFixture::portfolio()});
    QVERIFY(!file.isEmpty());

    // WHEN its status is asked as of its day
    const QJsonObject document =
        status(file, {QStringLiteral("--project"), OverviewFixture::name, QStringLiteral("--as-of"),
                      OverviewFixture::day.toString(Qt::ISODate)});

    // THEN the figures are the known ones (see overviewfixture.h)
    const QJsonObject project =
        document.value(QStringLiteral("projects")).toArray().first().toObject();
    QCOMPARE(project.value(QStringLiteral("rag")).toString(), QStringLiteral("amber"));
    QCOMPARE(project.value(QStringLiteral("rule")).toString(), QStringLiteral("measures"));
    QCOMPARE(project.value(QStringLiteral("progress")).toInt(), 70);
    QCOMPARE(project.value(QStringLiteral("decisionsNeeded")).toInt(), 1);
    QCOMPARE(project.value(QStringLiteral("deviations")).toInt(), 1);
    const QJsonArray decisions = project.value(QStringLiteral("decisionList")).toArray();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Trenger mer tid"));
    const QJsonObject measures = project.value(QStringLiteral("measures")).toObject();
    QCOMPARE(measures.value(QStringLiteral("total")).toInt(), 6);
    QCOMPARE(measures.value(QStringLiteral("counted")).toInt(), 5);
    QCOMPARE(measures.value(QStringLiteral("overdue")).toInt(), 1);
    QCOMPARE(measures.value(QStringLiteral("stale")).toInt(), 1);
    QCOMPARE(measures.value(QStringLiteral("byStatus")).toObject(),
             QJsonObject({{QStringLiteral("planned"), 1},
                          {QStringLiteral("in_progress"), 2},
                          {QStringLiteral("completed"), 1},
                          {QStringLiteral("postponed"), 1},
                          {QStringLiteral("cancelled"), 1}}));
    QCOMPARE(measures.value(QStringLiteral("byRag")).toObject(),
             QJsonObject({{QStringLiteral("red"), 1},
                          {QStringLiteral("amber"), 1},
                          {QStringLiteral("green"), 2},
                          {QStringLiteral("none"), 2}}));
    const QJsonObject milestones = project.value(QStringLiteral("milestones")).toObject();
    QCOMPARE(milestones.value(QStringLiteral("within30")).toInt(), 1);
    QCOMPARE(milestones.value(QStringLiteral("within90")).toInt(), 2);
    QCOMPARE(milestones.value(QStringLiteral("overdue")).toArray().size(), 1);
    QCOMPARE(project.value(QStringLiteral("nextDeadline"))
                 .toObject()
                 .value(QStringLiteral("by"))
                 .toString(),
             QStringLiteral("2012-07-15"));
    QCOMPARE(project.value(QStringLiteral("topRisks"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("score"))
                 .toInt(),
             20);

    // AND a month later the decision is closed by the later update
    const QJsonObject later =
        status(file, {QStringLiteral("--project"), OverviewFixture::name, QStringLiteral("--as-of"),
                      QStringLiteral("2012-07-31")});
    QCOMPARE(later.value(QStringLiteral("projects"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("decisionsNeeded"))
                 .toInt(),
             0);
}

void TestStatus::statusAndTheWindowAgree()
{
    // GIVEN the project with known answers in a database the program made
    const QString file = database({OverviewFixture::portfolio()});
    QVERIFY(!file.isEmpty());
    const QString day = QStringLiteral("2012-06-30");
    const QJsonObject document = status(
        file, {QStringLiteral("--project"), OverviewFixture::name, QStringLiteral("--as-of"), day});
    const QJsonObject printed =
        document.value(QStringLiteral("projects")).toArray().first().toObject();

    // WHEN the window's model, in the language the program printed in, shows the same project as
    // of the same day
    TestSupport::ScopedLanguage english(QStringLiteral("en"));
    QVERIFY(english.isLoaded());
    auto workspace = App::Workspace::open(Storage::ConnectionSettings::sqlite(file));
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
    App::Workspace &opened = *workspace.value();
    Models::ProjectData data({&opened.portfolio(), &opened.organisations(),
                              &opened.knowledgeSources(), &opened.projects(), &opened.history()});
    QVERIFY(data.setAsOf(QDate::fromString(day, Qt::ISODate)));
    Domain::ProjectId id;
    const auto projects = opened.projects().projects();
    QVERIFY(projects);
    for (const Domain::Project &project : projects.value()) {
        if (project.uuid == OverviewFixture::project)
            id = project.id;
    }
    QVERIFY(data.load(id));

    // THEN both show the same light, reasons and figures
    const Overview::ProjectFigures &shown = data.figures();
    QCOMPARE(Domain::toCode(shown.rollup.rag), printed.value(QStringLiteral("rag")).toString());
    QCOMPARE(shown.rollup.progress.value_or(-1), printed.value(QStringLiteral("progress")).toInt());
    QStringList reasons;
    for (const QJsonValue &reason : printed.value(QStringLiteral("reasons")).toArray())
        reasons.append(reason.toString());
    QCOMPARE(Overview::Explanation::ofProject(shown), reasons);
    const QJsonObject measures = printed.value(QStringLiteral("measures")).toObject();
    QCOMPARE(int(shown.overdue.size()), measures.value(QStringLiteral("overdue")).toInt());
    QCOMPARE(int(shown.stale.size()), measures.value(QStringLiteral("stale")).toInt());
    for (Domain::Status status :
         {Domain::Status::Planned, Domain::Status::InProgress, Domain::Status::Completed,
          Domain::Status::Postponed, Domain::Status::Cancelled}) {
        QCOMPARE(int(shown.withStatus(status).size()), measures.value(QStringLiteral("byStatus"))
                                                           .toObject()
                                                           .value(Domain::toCode(status))
                                                           .toInt());
    }
    QCOMPARE(int(shown.decisionsNeeded.size()),
             printed.value(QStringLiteral("decisionsNeeded")).toInt());
}

void TestStatus::textNamesTheLightAndWhy()
{
    const QString file = database({OverviewFixture::portfolio()});
    QVERIFY(!file.isEmpty());

    const auto run = m_program->run({QStringLiteral("--lang"), QStringLiteral("en"),
                                     QStringLiteral("--database"), file, QStringLiteral("status"),
                                     QStringLiteral("--project"), OverviewFixture::name,
                                     QStringLiteral("--as-of"), QStringLiteral("2012-06-30")});

    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(OverviewFixture::name + QLatin1Char('\n')), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Traffic light: amber: 1 measure")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Forsinket – in progress, 50 % – red: overdue")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Trenger mer tid")), qPrintable(run.out));
}

void TestStatus::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("a date that is not one") << names({"--as-of", "2012-13-01"}) << 2
                                            << QStringLiteral("--as-of needs a date as YYYY-MM-DD");
    QTest::newRow("a date in another shape")
        << names({"--as-of", "30.06.2012"}) << 2
        << QStringLiteral("--as-of needs a date as YYYY-MM-DD");
    QTest::newRow("an unknown format")
        << names({"--format", "xml"}) << 2 << QStringLiteral("Unknown format");
    QTest::newRow("a day after today")
        << names({"--as-of", "9999-12-31"}) << 1 << QStringLiteral("is after today");
    QTest::newRow("an unknown project")
        << names({"--project", "Finnes ikke"}) << 1 << QStringLiteral("Finnes ikke");
}

void TestStatus::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    const auto run = m_program->run(
        QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                    path(QStringLiteral("refused.sqlite")), QStringLiteral("status")} +
        arguments);

    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
