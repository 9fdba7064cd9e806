#include "models/measurefiltermodel.h"

#include "models/measuretablemodel.h"
#include "tests/models/seededworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace TestSupport;
using Models::MeasureTableModel;

Q_DECLARE_METATYPE(std::optional<Domain::Status>)

class TestMeasureFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void loadingAProjectResetsTheProxy();
    void filtersByText_data();
    void filtersByText();
    void filtersByStatus_data();
    void filtersByStatus();
    void textAndStatusCombine();
    void placeholderTextIsNotSearched();
    void filteringRemovesRowsWithoutAReset();
    void theFilterStaysAcrossReloads();
    void sortsOnRawValues();
    void undatedMeasuresSortLastInEitherDirection();

private:
    // A seeded database with the dated project too, the table and the proxy over it, each
    // under a model tester from before anything is loaded.
    struct Fixture
    {
        SeededWorkspace seeded;
        Models::ProjectData data{seeded.repositories()};
        MeasureTableModel measures{&data};
        Models::MeasureFilterModel filter;
        QAbstractItemModelTester sourceTester{
            &measures, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester tester{&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};

        Fixture()
        {
            filter.setSourceModel(&measures);
            if (seeded.isValid())
                imported = seeded.importJson(DatedProject::json());
            data.setToday(DatedProject::today);
        }
        bool load(const QUuid &project) { return data.load(seeded.projectId(project)).ok(); }

        QString imported;
    };
};

namespace {

QStringList titles(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, MeasureTableModel::TitleColumn).data().toString());
    return result;
}

} // namespace

#define VERIFY_FIXTURE(f)                                                                          \
    QVERIFY2((f).seeded.isValid(), qPrintable((f).seeded.error()));                                \
    QCOMPARE((f).imported, QString())

void TestMeasureFilterModel::loadingAProjectResetsTheProxy()
{
    Fixture f;
    VERIFY_FIXTURE(f);
    QSignalSpy reset(&f.filter, &QAbstractItemModel::modelReset);
    QCOMPARE(f.filter.rowCount(), 0);

    QVERIFY(f.load(Seed::project));

    QCOMPARE(reset.count(), 1);
    QCOMPARE(f.filter.rowCount(), 3);
}

void TestMeasureFilterModel::filtersByText_data()
{
    QTest::addColumn<QUuid>("project");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QStringList all{Seed::exchangeMeasure, Seed::referralMeasure, Seed::coordinatorMeasure};
    QTest::newRow("nothing") << Seed::project << QString() << all;
    QTest::newRow("blanks only") << Seed::project << QStringLiteral("   ") << all;
    QTest::newRow("title") << Seed::project << QStringLiteral("henvis")
                           << QStringList{Seed::referralMeasure};
    QTest::newRow("any case") << Seed::project << QStringLiteral("HENVIS")
                              << QStringList{Seed::referralMeasure};
    QTest::newRow("blanks around")
        << Seed::project << QStringLiteral("  henvis ") << QStringList{Seed::referralMeasure};
    QTest::newRow("description") << Seed::project << QStringLiteral("KPA-modellen")
                                 << QStringList{Seed::coordinatorMeasure};
    QTest::newRow("description, two")
        << Seed::project << QStringLiteral("NAV")
        << QStringList{Seed::exchangeMeasure, Seed::coordinatorMeasure};
    // The referral measure names no Nord-Trøndelag in its text, only through its responsible
    // organisation.
    QTest::newRow("responsible organisation")
        << Seed::project << QStringLiteral("trøndelag") << all;
    QTest::newRow("no match") << Seed::project << QStringLiteral("finnes ikke") << QStringList();
    QTest::newRow("theme only") << DatedProject::project << QStringLiteral("brukermedvirk")
                                << QStringList{QStringLiteral("Gamma")};
    QTest::newRow("responsible only") << DatedProject::project << QStringLiteral("testkommunen")
                                      << QStringList{QStringLiteral("Alfa")};
}

void TestMeasureFilterModel::filtersByText()
{
    QFETCH(QUuid, project);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(project));

    f.filter.setText(text);

    QCOMPARE(titles(f.filter), expected);
}

void TestMeasureFilterModel::filtersByStatus_data()
{
    QTest::addColumn<std::optional<Domain::Status>>("status");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("any") << std::optional<Domain::Status>()
                         << QStringList{Seed::exchangeMeasure, Seed::referralMeasure,
                                        Seed::coordinatorMeasure};
    QTest::newRow("in progress") << std::optional<Domain::Status>(Domain::Status::InProgress)
                                 << QStringList{Seed::exchangeMeasure};
    QTest::newRow("planned") << std::optional<Domain::Status>(Domain::Status::Planned)
                             << QStringList{Seed::coordinatorMeasure};
    QTest::newRow("completed") << std::optional<Domain::Status>(Domain::Status::Completed)
                               << QStringList{Seed::referralMeasure};
    QTest::newRow("postponed") << std::optional<Domain::Status>(Domain::Status::Postponed)
                               << QStringList();
}

void TestMeasureFilterModel::filtersByStatus()
{
    QFETCH(std::optional<Domain::Status>, status);
    QFETCH(QStringList, expected);

    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(Seed::project));

    f.filter.setStatus(status);

    QCOMPARE(titles(f.filter), expected);
}

void TestMeasureFilterModel::textAndStatusCombine()
{
    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(Seed::project));

    f.filter.setText(QStringLiteral("NAV"));
    f.filter.setStatus(Domain::Status::Planned);
    QCOMPARE(titles(f.filter), QStringList{Seed::coordinatorMeasure});

    f.filter.setText(QStringLiteral("henvis"));
    QCOMPARE(titles(f.filter), QStringList());

    f.filter.setStatus(std::nullopt);
    QCOMPARE(titles(f.filter), QStringList{Seed::referralMeasure});

    f.filter.setText(QString());
    QCOMPARE(f.filter.rowCount(), 3);
}

void TestMeasureFilterModel::placeholderTextIsNotSearched()
{
    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(DatedProject::project));
    ScopedLanguage norwegian(QStringLiteral("nb"));
    QVERIFY(norwegian.isLoaded());

    // Beta, Delta and Epsilon have no responsible organisation; the table shows "ikke oppgitt"
    // for them. No measure's own text contains "oppgitt".
    f.filter.setText(QStringLiteral("oppgitt"));

    // Only the organisations' names are searched, not the placeholder shown in their place.
    QCOMPARE(titles(f.filter), QStringList());
}

void TestMeasureFilterModel::filteringRemovesRowsWithoutAReset()
{
    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(Seed::project));
    QSignalSpy reset(&f.filter, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&f.filter, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&f.filter, &QAbstractItemModel::rowsInserted);

    f.filter.setText(QStringLiteral("henvis"));
    QVERIFY(removed.count() >= 1);
    QCOMPARE(reset.count(), 0);

    removed.clear();
    f.filter.setText(QStringLiteral("henvis ")); // the same filter once trimmed: nothing happens
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);

    f.filter.setText(QString());
    QVERIFY(inserted.count() >= 1);
    QCOMPARE(reset.count(), 0);
}

void TestMeasureFilterModel::theFilterStaysAcrossReloads()
{
    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(Seed::project));
    f.filter.setText(QStringLiteral("henvis"));
    QCOMPARE(f.filter.rowCount(), 1);

    QVERIFY(f.data.reload().ok());
    QCOMPARE(titles(f.filter), QStringList{Seed::referralMeasure});

    QVERIFY(f.load(DatedProject::project));
    QCOMPARE(f.filter.rowCount(), 0);
    f.filter.setText(QString());
    QCOMPARE(f.filter.rowCount(), 5);
}

void TestMeasureFilterModel::sortsOnRawValues()
{
    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(DatedProject::project));

    f.filter.sort(MeasureTableModel::ProgressColumn, Qt::DescendingOrder);
    // 100 and 50 %, then the three not assessed (-1) in stored order.
    QCOMPARE(titles(f.filter).mid(0, 2),
             (QStringList{QStringLiteral("Gamma"), QStringLiteral("Alfa")}));

    f.filter.sort(MeasureTableModel::RagColumn, Qt::DescendingOrder);
    QCOMPARE(titles(f.filter).mid(0, 2),
             (QStringList{QStringLiteral("Alfa"), QStringLiteral("Epsilon")}));
    QCOMPARE(titles(f.filter).constLast(), QStringLiteral("Delta")); // not rated

    // Sorted on the raw status code, not on the translated label.
    // ("in progress" < "planned" alphabetically; Planned < InProgress as codes.)
    f.filter.sort(MeasureTableModel::StatusColumn, Qt::AscendingOrder);
    QList<int> statuses;
    for (int row = 0; row < f.filter.rowCount(); ++row)
        statuses.append(f.filter.index(row, 0).data(MeasureTableModel::StatusRole).toInt());
    QCOMPARE(statuses, (QList<int>{int(Domain::Status::Planned), int(Domain::Status::Planned),
                                   int(Domain::Status::InProgress), int(Domain::Status::Completed),
                                   int(Domain::Status::Cancelled)}));

    // The sort holds when the project is read again.
    QVERIFY(f.load(Seed::project));
    QCOMPARE(titles(f.filter),
             (QStringList{Seed::coordinatorMeasure, Seed::exchangeMeasure, Seed::referralMeasure}));
}

void TestMeasureFilterModel::undatedMeasuresSortLastInEitherDirection()
{
    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(DatedProject::project));

    f.filter.sort(MeasureTableModel::PlannedEndColumn, Qt::AscendingOrder);
    QCOMPARE(titles(f.filter),
             (QStringList{QStringLiteral("Delta"), QStringLiteral("Gamma"), QStringLiteral("Alfa"),
                          QStringLiteral("Epsilon"), QStringLiteral("Beta")}));

    f.filter.sort(MeasureTableModel::PlannedEndColumn, Qt::DescendingOrder);
    // Descending reverses the dated measures; the undated one stays last.
    QCOMPARE(titles(f.filter).constLast(), QStringLiteral("Beta"));
    QCOMPARE(titles(f.filter).mid(titles(f.filter).indexOf(QStringLiteral("Epsilon")), 4),
             (QStringList{QStringLiteral("Epsilon"), QStringLiteral("Alfa"),
                          QStringLiteral("Gamma"), QStringLiteral("Delta")}));
}

QTEST_GUILESS_MAIN(TestMeasureFilterModel)
#include "tst_measurefiltermodel.moc"
