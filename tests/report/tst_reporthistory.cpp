#include "app/workspace.h"
#include "models/report/generator.h"
#include "tests/models/seededworkspace.h"
#include "tests/storage/storagehelpers.h"

#include <QTest>

using namespace TestSupport;
using Report::Request;

// What happened in a period, as the report tells it from the change history
// (HistoryRepository::changesOfProject) and the status log, on SQLite and on PostgreSQL alike:
// a measure changed and a status update recorded today are in today's report, by measure, and
// in no report of an earlier period.
class TestReportHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changesAndUpdatesOfThePeriodAreToldByMeasure();
};

void TestReportHistory::initTestCase()
{
    SAMSPILL_REQUIRE_DRIVER();
}

void TestReportHistory::changesAndUpdatesOfThePeriodAreToldByMeasure()
{
    const ScopedLanguage english(QStringLiteral("en"));
    QVERIFY(english.isLoaded());
    ScratchDatabase scratch;
    QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
    auto opened = App::Workspace::open(scratch.settings(), App::Workspace::Seeding::IfNew);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    App::Workspace &workspace = *opened.value();
    QVERIFY(workspace.wasSeeded());

    auto projects = workspace.projects().projects();
    QVERIFY(projects);
    QCOMPARE(projects->size(), 1);
    auto bundle = workspace.portfolio().projectBundle(projects->constFirst().id);
    QVERIFY(bundle);
    Domain::Measure exchange = bundle->measures.constFirst();
    QCOMPARE(exchange.title, Seed::exchangeMeasure);
    exchange.plannedEnd = Domain::PlanDate::halfYear(2012, 2);
    exchange.progress = 40;
    auto updated = workspace.edits().updateMeasure(exchange);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));

    Domain::StatusUpdate update;
    update.uuid = QUuid::createUuid();
    update.measureUuid = exchange.uuid;
    update.recordedAt = QDateTime::currentDateTimeUtc();
    update.author = QStringLiteral("Prosjektleder");
    update.text = QStringLiteral("Hospiteringen er i gang i to kommuner.");
    update.newProgress = 50;
    update.deviation = true;
    auto recorded =
        workspace.edits().recordStatusUpdate(bundle->project.uuid, update, updated->version);
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));

    Report::Generator generator({&workspace.portfolio(), &workspace.organisations(),
                                 &workspace.knowledgeSources(), &workspace.projects(),
                                 &workspace.history()});
    const QDate today = QDate::currentDate();
    Request request;
    request.projects = {bundle->project.uuid};
    request.from = today.addDays(-6);
    request.to = today;
    request.today = today;
    request.format = Request::Format::Markdown;
    request.sections = Request::Sections(Request::Section::Activity) |
                       Request::Section::Deviations | Request::Section::Summary;
    auto made = generator.render(request);
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    const QString markdown = QString::fromUtf8(made.value());

    const qsizetype happened = markdown.indexOf(QStringLiteral("## What happened in the period"));
    const qsizetype measure = markdown.indexOf(QStringLiteral("### Hospitering"), happened);
    QVERIFY(happened > 0);
    QVERIFY2(measure > happened, qPrintable(markdown));
    const QString told = markdown.mid(measure);
    QVERIFY2(told.contains(QStringLiteral("Prosjektleder: Hospiteringen er i gang i to kommuner. "
                                          "\\(progress: 50 %, deviation\\)")) ||
                 told.contains(QStringLiteral("Prosjektleder: Hospiteringen er i gang i to "
                                              "kommuner. (progress: 50 %, deviation)")),
             qPrintable(told));
    QVERIFY2(told.contains(QStringLiteral("planned end undated → autumn 2012")), qPrintable(told));
    QVERIFY2(told.contains(QStringLiteral("progress not assessed → 40 %")), qPrintable(told));
    // The status update set the progress again; that is in the log, not told twice as a change.
    QVERIFY(!told.contains(QStringLiteral("40 % → 50 %")));
    QVERIFY(markdown.contains(QStringLiteral("| Status updates in the period | 1 |")));
    const qsizetype deviations = markdown.indexOf(QStringLiteral("## Open deviations"));
    QVERIFY(markdown.indexOf(QStringLiteral("Hospiteringen er i gang"), deviations) > deviations);

    // A period before it: nothing of it.
    request.from = QDate(2012, 1, 1);
    request.to = QDate(2012, 12, 31);
    auto earlier = generator.render(request);
    QVERIFY(earlier);
    QVERIFY(
        !QString::fromUtf8(earlier.value()).contains(QStringLiteral("Hospiteringen er i gang")));
    QVERIFY(QString::fromUtf8(earlier.value())
                .contains(QStringLiteral("Nothing was recorded in the period")));
}

QTEST_MAIN(TestReportHistory)
#include "tst_reporthistory.moc"
