#include "models/goaltreemodel.h"

#include "models/labels.h"
#include "tests/models/seededworkspace.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;
using Models::GoalTreeModel;

class TestGoalTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void loadingAProjectResetsTheTree();
    void seededGoalsAreShownWordForWord();
    void measureCountsRollUpPerGoal();
    void subGoalsHangUnderTheirMainGoal();
    void rollupCountsAMeasureOnceAndLeavesCancelledOut();
    void rollupFollowsToday();
    void clearingTheProjectEmptiesTheTree();
};

void TestGoalTreeModel::loadingAProjectResetsTheTree()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    GoalTreeModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(GoalTreeModel::ColumnCount));
}

void TestGoalTreeModel::seededGoalsAreShownWordForWord()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    GoalTreeModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());

    const QModelIndex first = model.index(0, GoalTreeModel::GoalColumn);
    const QModelIndex second = model.index(1, GoalTreeModel::GoalColumn);
    QCOMPARE(first.data().toString(), Seed::betterServicesGoalText);
    QCOMPARE(first.data(GoalTreeModel::UuidRole).toUuid(), Seed::betterServicesGoal);
    QCOMPARE(second.data().toString(), Seed::collaborationGoalText);
    QCOMPARE(second.data(GoalTreeModel::UuidRole).toUuid(), Seed::collaborationGoal);
    QCOMPARE(model.rowCount(first), 0); // the seed has no sub-goals
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), QStringLiteral("<p>Main goal: ") +
                                                         Seed::betterServicesGoalText +
                                                         QStringLiteral("</p>"));
    QCOMPARE(model.headerData(GoalTreeModel::GoalColumn, Qt::Horizontal).toString(),
             QStringLiteral("Goal"));
}

void TestGoalTreeModel::measureCountsRollUpPerGoal()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    data.setToday(QDate(2012, 6, 1));
    GoalTreeModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());

    // Goal 1 is served by the referral and coordinator measures, goal 2 by all three.
    QCOMPARE(model.index(0, GoalTreeModel::MeasuresColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, GoalTreeModel::MeasuresColumn).data(GoalTreeModel::SortRole).toInt(),
             2);
    QCOMPARE(model.index(1, GoalTreeModel::MeasuresColumn).data().toInt(), 3);

    // Of the seeded measures only the referral measure has a progress figure (completed, so
    // 100 %), and on 01.06.2012 nothing is late: the coordinator training is planned for the
    // autumn of 2012, the hospitering has neither progress nor a date and is not rated.
    ScopedLanguage english(QStringLiteral("en"));
    QCOMPARE(model.index(0, GoalTreeModel::ProgressColumn).data().toString(),
             QStringLiteral("100 %"));
    QCOMPARE(model.index(0, GoalTreeModel::ProgressColumn).data(GoalTreeModel::SortRole).toInt(),
             100);
    QCOMPARE(model.index(1, GoalTreeModel::RagColumn).data().toString(), QStringLiteral("green"));
    QCOMPARE(model.index(1, GoalTreeModel::RagColumn).data(Qt::DecorationRole).value<QColor>(),
             Models::Labels::ragColor(Domain::Rag::Green));
    QCOMPARE(model.index(1, GoalTreeModel::GoalColumn).data(GoalTreeModel::RagRole).toInt(),
             int(Domain::Rag::Green));

    // In the autumn of 2013 the training is still planned after its planned start: amber.
    data.setToday(QDate(2013, 9, 1));
    QCOMPARE(model.index(1, GoalTreeModel::RagColumn).data().toString(), QStringLiteral("amber"));
}

void TestGoalTreeModel::subGoalsHangUnderTheirMainGoal()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(DatedProject::json()), QString());
    Models::ProjectData data(seeded.repositories());
    GoalTreeModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(data.load(seeded.projectId(DatedProject::project)).ok());

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex mainA = model.index(0, GoalTreeModel::GoalColumn);
    const QModelIndex mainB = model.index(1, GoalTreeModel::GoalColumn);
    QCOMPARE(mainA.data().toString(), QStringLiteral("Hovedmål A"));
    QCOMPARE(mainB.data().toString(), QStringLiteral("Hovedmål B"));
    QCOMPARE(model.rowCount(mainA), 1);
    QCOMPARE(model.rowCount(mainB), 0);

    const QModelIndex sub = model.index(0, GoalTreeModel::GoalColumn, mainA);
    QCOMPARE(sub.data().toString(), QStringLiteral("Delmål"));
    QCOMPARE(sub.data(GoalTreeModel::UuidRole).toUuid(), DatedProject::subGoal);
    QCOMPARE(sub.parent(), mainA);
    QCOMPARE(sub.data(Qt::ToolTipRole).toString(), QStringLiteral("<p>Sub-goal: Delmål</p>"));
    QCOMPARE(model.index(0, GoalTreeModel::MeasuresColumn, mainA).parent(), mainA);
}

void TestGoalTreeModel::rollupCountsAMeasureOnceAndLeavesCancelledOut()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(DatedProject::json()), QString());
    Models::ProjectData data(seeded.repositories());
    data.setToday(DatedProject::today);
    GoalTreeModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(data.load(seeded.projectId(DatedProject::project)).ok());
    ScopedLanguage english(QStringLiteral("en"));

    const QModelIndex mainA = model.index(0, GoalTreeModel::GoalColumn);
    const auto cell = [&](const QModelIndex &goal, int column) {
        return model.index(goal.row(), column, goal.parent());
    };
    const QModelIndex sub = model.index(0, GoalTreeModel::GoalColumn, mainA);
    const QModelIndex mainB = model.index(1, GoalTreeModel::GoalColumn);

    // Hovedmål A: Beta directly, Alfa and Beta through Delmål, Delta cancelled -> 2.
    QCOMPARE(cell(mainA, GoalTreeModel::MeasuresColumn).data().toInt(), 2);
    QCOMPARE(cell(sub, GoalTreeModel::MeasuresColumn).data().toInt(), 2);
    QCOMPARE(cell(mainB, GoalTreeModel::MeasuresColumn).data().toInt(), 1);
    // Alfa (50 %) is the only assessed one under A; Gamma is completed: 100 %.
    QCOMPARE(cell(mainA, GoalTreeModel::ProgressColumn).data().toString(), QStringLiteral("50 %"));
    QCOMPARE(cell(mainA, GoalTreeModel::ProgressColumn).data(GoalTreeModel::SortRole).toInt(), 50);
    QCOMPARE(cell(mainB, GoalTreeModel::ProgressColumn).data().toString(), QStringLiteral("100 %"));
    // One of two rated measures is red (overdue Alfa): a third or more red -> red.
    QCOMPARE(cell(mainA, GoalTreeModel::RagColumn).data().toString(), QStringLiteral("red"));
    QCOMPARE(cell(sub, GoalTreeModel::RagColumn).data(GoalTreeModel::RagRole).toInt(),
             int(Domain::Rag::Red));
    QCOMPARE(cell(sub, GoalTreeModel::RagColumn).data(Qt::DecorationRole).value<QColor>(),
             Models::Labels::ragColor(Domain::Rag::Red));
    QCOMPARE(cell(mainB, GoalTreeModel::RagColumn).data().toString(), QStringLiteral("green"));
}

void TestGoalTreeModel::rollupFollowsToday()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(DatedProject::json()), QString());
    Models::ProjectData data(seeded.repositories());
    data.setToday(QDate(2011, 6, 1));
    GoalTreeModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(data.load(seeded.projectId(DatedProject::project)).ok());
    const QModelIndex ragA = model.index(0, GoalTreeModel::RagColumn);
    QCOMPARE(ragA.data(GoalTreeModel::RagRole).toInt(), int(Domain::Rag::Green));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    data.setToday(DatedProject::today);

    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.index(0, GoalTreeModel::RagColumn).data(GoalTreeModel::RagRole).toInt(),
             int(Domain::Rag::Red));
}

void TestGoalTreeModel::clearingTheProjectEmptiesTheTree()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(DatedProject::json()), QString());
    Models::ProjectData data(seeded.repositories());
    GoalTreeModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(data.load(seeded.projectId(DatedProject::project)).ok());
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok()); // from a tree to a flat list
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    data.clear();

    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestGoalTreeModel)
#include "tst_goaltreemodel.moc"
