#include "models/projectlistmodel.h"

#include "models/projectfiltermodel.h"

#include "models/labels.h"
#include "models/portfoliodata.h"

#include "tests/models/seededworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QTest>

#include <optional>

using namespace TestSupport;

Q_DECLARE_METATYPE(std::optional<Domain::Status>)

class TestProjectListModel : public QObject
{
    Q_OBJECT

private slots:
    void reloadResetsTheListWithEveryProject();
    void rowsShowTheProjectAndCarryItsKeys();
    void sortRoleOrdersByNameIgnoringCase();
    void rowOfFindsAProjectByUuid();
    void failedReloadKeepsTheList();
    void eachProjectShowsItsLightAndWhy();
    void filterFindsByNameShortNameRegionAndStatus_data();
    void filterFindsByNameShortNameRegionAndStatus();
};

void TestProjectListModel::reloadResetsTheListWithEveryProject()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectListModel model(&seeded.workspace().projects());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(model.reload().ok());
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);

    QCOMPARE(seeded.importJson(DatedProject::json()), QString());
    QCOMPARE(model.rowCount(), 1); // a model shows what it read until it reads again
    QVERIFY(model.reload().ok());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0)), 0);
}

void TestProjectListModel::rowsShowTheProjectAndCarryItsKeys()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectListModel model(&seeded.workspace().projects());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());

    const QModelIndex row = model.index(0);
    QCOMPARE(row.data().toString(), Seed::projectShortName); // the list shows short names
    QCOMPARE(row.data(Models::ProjectListModel::NameRole).toString(), Seed::projectName);
    QCOMPARE(row.data(Models::ProjectListModel::UuidRole).toUuid(), Seed::project);
    QCOMPARE(row.data(Models::ProjectListModel::IdRole).toLongLong(),
             seeded.projectId(Seed::project).value);
    // The seed reads as completed at the end of its period (README, "Seed data").
    QCOMPARE(row.data(Models::ProjectListModel::StatusRole).toInt(),
             int(Domain::Status::Completed));
    {
        ScopedLanguage norwegian(QStringLiteral("nb"));
        QVERIFY(norwegian.isLoaded());
        const QString tip = row.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(Seed::projectName), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("01.12.2009")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("31.12.2013")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("fullført")), qPrintable(tip));
    }
    QVERIFY(!row.data(Qt::DecorationRole).isValid());
}

void TestProjectListModel::sortRoleOrdersByNameIgnoringCase()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(QByteArray(R"json({
        "format": "samspill-exchange", "formatVersion": 1,
        "projects": [
            {"uuid": "0b7e0c52-8d55-4b39-9c4e-3f3cf6f00001", "name": "aaa små bokstaver", "status": "planned"},
            {"uuid": "0b7e0c52-8d55-4b39-9c4e-3f3cf6f00002", "name": "ZZZ STORE BOKSTAVER", "status": "planned"}
        ]})json")),
             QString());
    Models::ProjectListModel model(&seeded.workspace().projects());
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(Models::ProjectListModel::SortRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&sorted,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    sorted.sort(0);
    QVERIFY(model.reload().ok());

    QCOMPARE(sorted.rowCount(), 3);
    QCOMPARE(sorted.index(0, 0).data().toString(), QStringLiteral("aaa små bokstaver"));
    QCOMPARE(sorted.index(1, 0).data().toString(), Seed::projectShortName);
    QCOMPARE(sorted.index(2, 0).data().toString(), QStringLiteral("ZZZ STORE BOKSTAVER"));
    QCOMPARE(sorted.index(2, 0).data(Models::ProjectListModel::SortRole).toString(),
             QStringLiteral("zzz store bokstaver"));
}

void TestProjectListModel::rowOfFindsAProjectByUuid()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(DatedProject::json()), QString());
    Models::ProjectListModel model(&seeded.workspace().projects());
    QVERIFY(model.reload().ok());

    for (const QUuid &uuid : {Seed::project, DatedProject::project}) {
        const int row = model.rowOf(uuid);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row).data(Models::ProjectListModel::UuidRole).toUuid(), uuid);
    }
    QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
    QCOMPARE(model.rowOf(QUuid()), -1);
}

void TestProjectListModel::failedReloadKeepsTheList()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectListModel model(&seeded.workspace().projects());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // The database goes away under the model: the next read fails.
    seeded.workspace().database().connection().close();
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::prepare: database not open");
    auto reloaded = model.reload();

    QVERIFY(!reloaded.ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), Seed::projectShortName);
}

void TestProjectListModel::eachProjectShowsItsLightAndWhy()
{
    // GIVEN the seed and the dated project: on its day one of its three rated measures (Alfa)
    // is overdue, which makes it red
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(DatedProject::json()), QString());
    App::Workspace &workspace = seeded.workspace();
    Models::PortfolioData portfolio({&workspace.projects(), &workspace.portfolio(),
                                     &workspace.history(), &workspace.organisations()});
    QVERIFY(portfolio.setToday(DatedProject::today).ok());
    Models::ProjectListModel model(&workspace.projects());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QVERIFY(!model.index(0).data(Qt::DecorationRole).isValid()); // no lights without figures

    // WHEN the list takes its lights from the portfolio
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPortfolio(&portfolio);

    // THEN every row has the light of its portfolio row, and says why in words
    QCOMPARE(changed.count(), 1);
    ScopedLanguage english(QStringLiteral("en"));
    QVERIFY(english.isLoaded());
    const QModelIndex dated = model.index(model.rowOf(DatedProject::project));
    QCOMPARE(dated.data(Models::ProjectListModel::RagRole).toInt(), int(Domain::Rag::Red));
    QCOMPARE(dated.data(Qt::DecorationRole).value<QColor>(),
             Models::Labels::ragColor(Domain::Rag::Red));
    const QString why = dated.data(Qt::AccessibleDescriptionRole).toString();
    // (the rule and the figures; the plural forms are the translation's)
    QVERIFY2(
        why.startsWith(Models::Labels::rag(Domain::Rag::Red) + QStringLiteral(": 1 of 3 rated")),
        qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("; 1 measure")) && why.contains(QStringLiteral("overdue")),
             qPrintable(why));
    QVERIFY2(dated.data(Qt::ToolTipRole).toString().contains(QStringLiteral("overdue")),
             qPrintable(dated.data(Qt::ToolTipRole).toString()));

    // AND a reload of the portfolio tells the list that the lights changed
    QVERIFY(portfolio.reload().ok());
    QCOMPARE(changed.count(), 2);
}

void TestProjectListModel::filterFindsByNameShortNameRegionAndStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Domain::Status>>("status");
    QTest::addColumn<QStringList>("expected");

    const QString seed = Seed::projectShortName, dated = DatedProject::name,
                  western = QStringLiteral("Kyst");
    const std::optional<Domain::Status> any;
    QTest::newRow("all") << QString() << any << QStringList{dated, western, seed};
    QTest::newRow("name") << QStringLiteral("testprosjekt") << any << QStringList{dated};
    QTest::newRow("short name, any case")
        << QStringLiteral("PSYKISK HELSE I") << any << QStringList{seed};
    QTest::newRow("region only") << QStringLiteral("vestland") << any << QStringList{western};
    QTest::newRow("blanks around") << QStringLiteral(" vestland  ") << any << QStringList{western};
    QTest::newRow("status") << QString() << std::optional(Domain::Status::InProgress)
                            << QStringList{dated};
    QTest::newRow("status and text")
        << QStringLiteral("prosjekt") << std::optional(Domain::Status::Completed)
        << QStringList{seed};
    QTest::newRow("no match") << QStringLiteral("prosjekt")
                              << std::optional(Domain::Status::Cancelled) << QStringList();
}

void TestProjectListModel::filterFindsByNameShortNameRegionAndStatus()
{
    QFETCH(QString, text);
    QFETCH(std::optional<Domain::Status>, status);
    QFETCH(QStringList, expected);

    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(DatedProject::json()), QString());
    QCOMPARE(seeded.importJson(R"json({"format": "samspill-exchange", "formatVersion": 1,
        "projects": [{"uuid": "5d1c3a47-2a43-4d7e-9d55-1b8f0e1a9001", "name": "Kystprosjektet",
                      "shortName": "Kyst", "region": "Vestland", "status": "planned"}]})json"),
             QString());
    Models::ProjectListModel model(&seeded.workspace().projects());
    Models::ProjectFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(0);
    QVERIFY(model.reload().ok());

    filter.setText(text);
    filter.setStatus(status);

    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown.append(filter.index(row, 0).data().toString());
    QCOMPARE(shown, expected);
}

QTEST_GUILESS_MAIN(TestProjectListModel)
#include "tst_projectlistmodel.moc"
