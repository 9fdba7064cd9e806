#include "models/measuretablemodel.h"

#include "models/labels.h"
#include "tests/models/seededworkspace.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace TestSupport;
using Models::MeasureTableModel;

class TestMeasureTableModel : public QObject
{
    Q_OBJECT

private slots:
    void loadingAProjectResetsTheTable();
    void seededMeasuresAreShownInStoredOrder();
    void statusIsShownInTheInstalledLanguage_data();
    void statusIsShownInTheInstalledLanguage();
    void undatedMeasuresSayUndated();
    void sortRoleHoldsRawValues();
    void undatedMeasuresSortLast_data();
    void undatedMeasuresSortLast();
    void trafficLightFollowsTheRules_data();
    void trafficLightFollowsTheRules();
    void overduePlannedEndIsMarked();
    void changingTodayResetsTheTable();

private:
    struct Fixture
    {
        SeededWorkspace seeded;
        Models::ProjectData data{seeded.repositories()};
        MeasureTableModel model{&data};
        QAbstractItemModelTester tester{&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};

        // The rules are evaluated on a fixed day, never the clock's.
        Fixture() { data.setToday(DatedProject::today); }
    };
};

namespace {

int rowOf(const QAbstractItemModel &model, const QString &title)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, MeasureTableModel::TitleColumn).data().toString() == title)
            return row;
    }
    return -1;
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, MeasureTableModel::TitleColumn).data().toString());
    return result;
}

} // namespace

void TestMeasureTableModel::loadingAProjectResetsTheTable()
{
    Fixture f;
    QVERIFY2(f.seeded.isValid(), qPrintable(f.seeded.error()));
    QSignalSpy aboutToReset(&f.model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    QCOMPARE(f.model.rowCount(), 0);

    QVERIFY(f.data.load(f.seeded.projectId(Seed::project)).ok());

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(f.model.rowCount(), 3);
    QCOMPARE(f.model.columnCount(), int(MeasureTableModel::ColumnCount));
    QCOMPARE(f.model.rowCount(f.model.index(0, 0)), 0);
}

void TestMeasureTableModel::seededMeasuresAreShownInStoredOrder()
{
    Fixture f;
    QVERIFY2(f.seeded.isValid(), qPrintable(f.seeded.error()));
    QVERIFY(f.data.load(f.seeded.projectId(Seed::project)).ok());
    ScopedLanguage english(QStringLiteral("en"));

    QCOMPARE(titles(f.model),
             QStringList({Seed::exchangeMeasure, Seed::referralMeasure, Seed::coordinatorMeasure}));
    QCOMPARE(f.model.index(1, MeasureTableModel::LevelColumn).data().toString(),
             QStringLiteral("individual level"));
    QCOMPARE(f.model.index(0, MeasureTableModel::LevelColumn).data().toString(),
             QStringLiteral("system level"));
    QCOMPARE(f.model.index(1, MeasureTableModel::ResponsibleColumn).data().toString(),
             QStringLiteral("Kommunene i Nord-Trøndelag"));
    QCOMPARE(f.model.index(0, MeasureTableModel::ResponsibleColumn).data().toString(),
             QStringLiteral("Kommunene i Nord-Trøndelag, Helseforetaket "
                            "(spesialisthelsetjenesten) and NAV"));
    QCOMPARE(f.model.index(0, MeasureTableModel::ProgressColumn).data().toString(),
             QStringLiteral("not assessed"));
    QVERIFY(f.model.index(1, MeasureTableModel::TitleColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("<p>Et tiltak for å styrke samarbeidet")));
    QCOMPARE(
        f.model.index(2, MeasureTableModel::TitleColumn).data(MeasureTableModel::UuidRole).toUuid(),
        QUuid(QStringLiteral("3a5af1ac-fca5-4c32-90a6-d2967664e09d")));
    const Domain::Measure *measure = f.model.measureAt(2);
    QVERIFY(measure);
    QCOMPARE(f.model.index(2, 0).data(MeasureTableModel::IdRole).toLongLong(), measure->id.value);
    QVERIFY(!f.model.measureAt(3));
    QVERIFY(!f.model.measureAt(-1));
    QCOMPARE(f.model.headerData(MeasureTableModel::PlannedEndColumn, Qt::Horizontal).toString(),
             QStringLiteral("Planned end"));
}

void TestMeasureTableModel::statusIsShownInTheInstalledLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("inProgress");
    QTest::addColumn<QString>("completed");
    QTest::addColumn<QString>("planned");

    QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("pågår")
                        << QStringLiteral("fullført") << QStringLiteral("planlagt");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("in progress")
                        << QStringLiteral("completed") << QStringLiteral("planned");
}

void TestMeasureTableModel::statusIsShownInTheInstalledLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, inProgress);
    QFETCH(QString, completed);
    QFETCH(QString, planned);

    Fixture f;
    QVERIFY2(f.seeded.isValid(), qPrintable(f.seeded.error()));
    QVERIFY(f.data.load(f.seeded.projectId(Seed::project)).ok());
    ScopedLanguage installed(language);
    QVERIFY(installed.isLoaded());

    QCOMPARE(f.model.index(0, MeasureTableModel::StatusColumn).data().toString(), inProgress);
    QCOMPARE(f.model.index(1, MeasureTableModel::StatusColumn).data().toString(), completed);
    QCOMPARE(f.model.index(2, MeasureTableModel::StatusColumn).data().toString(), planned);
    // Filtering and sorting see the code, whatever the language.
    QCOMPARE(f.model.index(0, MeasureTableModel::StatusColumn)
                 .data(MeasureTableModel::StatusRole)
                 .toInt(),
             int(Domain::Status::InProgress));
    QCOMPARE(
        f.model.index(2, MeasureTableModel::StatusColumn).data(MeasureTableModel::SortRole).toInt(),
        int(Domain::Status::Planned));
}

void TestMeasureTableModel::undatedMeasuresSayUndated()
{
    // The seed's only planning date is the coordinator training's start, "høsten 2012" (row 2);
    // every other planned date is empty and says so.
    Fixture f;
    QVERIFY2(f.seeded.isValid(), qPrintable(f.seeded.error()));
    QVERIFY(f.data.load(f.seeded.projectId(Seed::project)).ok());
    const Domain::PlanDate autumn2012 = Domain::PlanDate::halfYear(2012, 2);
    {
        ScopedLanguage norwegian(QStringLiteral("nb"));
        QVERIFY(norwegian.isLoaded());
        for (int row = 0; row < f.model.rowCount(); ++row) {
            QCOMPARE(f.model.index(row, MeasureTableModel::PlannedStartColumn).data().toString(),
                     row == 2 ? Models::Labels::date(autumn2012) : QStringLiteral("udatert"));
            QCOMPARE(f.model.index(row, MeasureTableModel::PlannedEndColumn).data().toString(),
                     QStringLiteral("udatert"));
        }
    }
    ScopedLanguage english(QStringLiteral("en"));
    QCOMPARE(f.model.index(0, MeasureTableModel::PlannedEndColumn).data().toString(),
             QStringLiteral("undated"));
    QCOMPARE(f.model.index(2, MeasureTableModel::PlannedStartColumn).data().toString(),
             QStringLiteral("autumn 2012"));
    QCOMPARE(
        f.model.index(2, MeasureTableModel::PlannedStartColumn).data(MeasureTableModel::SortRole),
        Models::Labels::sortValue(autumn2012));
}

void TestMeasureTableModel::sortRoleHoldsRawValues()
{
    Fixture f;
    QVERIFY2(f.seeded.isValid(), qPrintable(f.seeded.error()));
    QCOMPARE(f.seeded.importJson(DatedProject::json()), QString());
    f.data.setToday(DatedProject::today);
    QVERIFY(f.data.load(f.seeded.projectId(DatedProject::project)).ok());

    const int alfa = rowOf(f.model, QStringLiteral("Alfa"));
    const auto sortValue = [&](int row, int column) {
        return f.model.index(row, column).data(MeasureTableModel::SortRole);
    };
    QCOMPARE(sortValue(alfa, MeasureTableModel::TitleColumn).toString(), QStringLiteral("alfa"));
    QCOMPARE(sortValue(alfa, MeasureTableModel::PlannedStartColumn),
             Models::Labels::sortValue(Domain::PlanDate::day(QDate(2011, 1, 1))));
    QCOMPARE(sortValue(alfa, MeasureTableModel::PlannedEndColumn),
             Models::Labels::sortValue(Domain::PlanDate::day(QDate(2011, 12, 31))));
    QCOMPARE(sortValue(alfa, MeasureTableModel::ProgressColumn).toInt(), 50);
    QCOMPARE(sortValue(alfa, MeasureTableModel::RagColumn).toInt(), int(Domain::Rag::Red));
    QCOMPARE(sortValue(alfa, MeasureTableModel::LevelColumn).toInt(),
             int(Domain::MeasureLevel::System));
    const int beta = rowOf(f.model, QStringLiteral("Beta"));
    QVERIFY(sortValue(beta, MeasureTableModel::ProgressColumn).isNull());
    QVERIFY(sortValue(beta, MeasureTableModel::PlannedEndColumn).isNull());
}

void TestMeasureTableModel::undatedMeasuresSortLast_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("planned start")
        << int(MeasureTableModel::PlannedStartColumn)
        << QStringList({QStringLiteral("Alfa"), QStringLiteral("Gamma"), QStringLiteral("Epsilon"),
                        QStringLiteral("Beta"), QStringLiteral("Delta")});
    QTest::newRow("planned end") << int(MeasureTableModel::PlannedEndColumn)
                                 << QStringList({QStringLiteral("Delta"), QStringLiteral("Gamma"),
                                                 QStringLiteral("Alfa"), QStringLiteral("Epsilon"),
                                                 QStringLiteral("Beta")});
}

void TestMeasureTableModel::undatedMeasuresSortLast()
{
    QFETCH(int, column);
    QFETCH(QStringList, expected);

    Fixture f;
    QVERIFY2(f.seeded.isValid(), qPrintable(f.seeded.error()));
    QCOMPARE(f.seeded.importJson(DatedProject::json()), QString());
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&f.model);
    sorted.setSortRole(MeasureTableModel::SortRole);
    QAbstractItemModelTester proxyTester(&sorted,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    sorted.sort(column, Qt::AscendingOrder);
    QVERIFY(f.data.load(f.seeded.projectId(DatedProject::project)).ok());

    QCOMPARE(titles(sorted), expected);
}

void TestMeasureTableModel::trafficLightFollowsTheRules_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("rag");
    QTest::addColumn<QString>("label");

    QTest::newRow("overdue") << QStringLiteral("Alfa") << int(Domain::Rag::Red)
                             << QStringLiteral("red");
    QTest::newRow("undated and not assessed")
        << QStringLiteral("Beta") << int(Domain::Rag::None) << QStringLiteral("not rated");
    QTest::newRow("completed") << QStringLiteral("Gamma") << int(Domain::Rag::Green)
                               << QStringLiteral("green");
    QTest::newRow("cancelled") << QStringLiteral("Delta") << int(Domain::Rag::None)
                               << QStringLiteral("not rated");
    QTest::newRow("start passed") << QStringLiteral("Epsilon") << int(Domain::Rag::Amber)
                                  << QStringLiteral("amber");
}

void TestMeasureTableModel::trafficLightFollowsTheRules()
{
    QFETCH(QString, title);
    QFETCH(int, rag);
    QFETCH(QString, label);

    Fixture f;
    QVERIFY2(f.seeded.isValid(), qPrintable(f.seeded.error()));
    QCOMPARE(f.seeded.importJson(DatedProject::json()), QString());
    f.data.setToday(DatedProject::today);
    QVERIFY(f.data.load(f.seeded.projectId(DatedProject::project)).ok());
    ScopedLanguage english(QStringLiteral("en"));

    const int row = rowOf(f.model, title);
    QVERIFY(row >= 0);
    const QModelIndex cell = f.model.index(row, MeasureTableModel::RagColumn);
    QCOMPARE(cell.data(MeasureTableModel::RagRole).toInt(), rag);
    QCOMPARE(cell.data().toString(), label);
    QCOMPARE(cell.data(Qt::DecorationRole).value<QColor>(),
             Models::Labels::ragColor(Domain::Rag(rag)));
    QVERIFY(!f.model.index(row, MeasureTableModel::TitleColumn).data(Qt::DecorationRole).isValid());
}

void TestMeasureTableModel::overduePlannedEndIsMarked()
{
    Fixture f;
    QVERIFY2(f.seeded.isValid(), qPrintable(f.seeded.error()));
    QCOMPARE(f.seeded.importJson(DatedProject::json()), QString());
    f.data.setToday(DatedProject::today);
    QVERIFY(f.data.load(f.seeded.projectId(DatedProject::project)).ok());
    ScopedLanguage norwegian(QStringLiteral("nb"));
    QVERIFY(norwegian.isLoaded());

    const QModelIndex alfaEnd =
        f.model.index(rowOf(f.model, QStringLiteral("Alfa")), MeasureTableModel::PlannedEndColumn);
    QCOMPARE(alfaEnd.data().toString(), QStringLiteral("31.12.2011"));
    QCOMPARE(alfaEnd.data(Qt::ForegroundRole).value<QBrush>().color(),
             Models::Labels::ragColor(Domain::Rag::Red));
    QVERIFY(alfaEnd.data(Qt::ToolTipRole).toString() !=
            Models::Labels::toolTip(alfaEnd.data().toString()));
    QVERIFY(!f.model.index(alfaEnd.row(), MeasureTableModel::PlannedStartColumn)
                 .data(Qt::ForegroundRole)
                 .isValid());

    // A completed measure is never overdue, nor is a cancelled one, whatever its end date.
    for (const QString &title : {QStringLiteral("Gamma"), QStringLiteral("Delta"),
                                 QStringLiteral("Epsilon"), QStringLiteral("Beta")}) {
        const QModelIndex end =
            f.model.index(rowOf(f.model, title), MeasureTableModel::PlannedEndColumn);
        QVERIFY2(!end.data(Qt::ForegroundRole).isValid(), qPrintable(title));
        QCOMPARE(end.data(Qt::ToolTipRole).toString(),
                 Models::Labels::toolTip(end.data().toString()));
    }
}

void TestMeasureTableModel::changingTodayResetsTheTable()
{
    Fixture f;
    QVERIFY2(f.seeded.isValid(), qPrintable(f.seeded.error()));
    QCOMPARE(f.seeded.importJson(DatedProject::json()), QString());
    f.data.setToday(QDate(2011, 6, 1));
    QVERIFY(f.data.load(f.seeded.projectId(DatedProject::project)).ok());
    const int alfa = rowOf(f.model, QStringLiteral("Alfa"));
    QCOMPARE(
        f.model.index(alfa, MeasureTableModel::RagColumn).data(MeasureTableModel::RagRole).toInt(),
        int(Domain::Rag::Green));
    QVERIFY(!f.model.index(alfa, MeasureTableModel::PlannedEndColumn)
                 .data(Qt::ForegroundRole)
                 .isValid());
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);

    f.data.setToday(DatedProject::today);

    QCOMPARE(reset.count(), 1);
    QCOMPARE(
        f.model.index(alfa, MeasureTableModel::RagColumn).data(MeasureTableModel::RagRole).toInt(),
        int(Domain::Rag::Red));
    QVERIFY(f.model.index(alfa, MeasureTableModel::PlannedEndColumn)
                .data(Qt::ForegroundRole)
                .isValid());
}

QTEST_GUILESS_MAIN(TestMeasureTableModel)
#include "tst_measuretablemodel.moc"
