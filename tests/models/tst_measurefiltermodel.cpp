#include "models/measurefiltermodel.h"

#include "models/measuretablemodel.h"
#include "tests/models/seededworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <optional>

using namespace TestSupport;
using Models::MeasureTableModel;

Q_DECLARE_METATYPE(std::optional<Domain::Status>)
Q_DECLARE_METATYPE(std::optional<Domain::MeasureLevel>)

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
    void filtersByLevel_data();
    void filtersByLevel();
    void filtersByOrganisationResponsibleOrTakingPart_data();
    void filtersByOrganisationResponsibleOrTakingPart();
    void filtersByGoalWithItsSubGoals_data();
    void filtersByGoalWithItsSubGoals();
    void overdueIsWhatTheOverviewCounts();
    void withoutUpdateForDaysFollowsTheOverviewsRule_data();
    void withoutUpdateForDaysFollowsTheOverviewsRule();
    void everyCriterionCombines();
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

// The titles of these measures of the loaded project, in the project's order.
QStringList titlesOf(const Models::ProjectData &data, const QVector<QUuid> &uuids)
{
    QStringList result;
    for (const Domain::Measure &measure : data.measures()) {
        if (uuids.contains(measure.uuid))
            result.append(measure.title);
    }
    return result;
}

const QUuid nav{QStringLiteral("88ad3550-ee74-4f20-b452-d2fb906acd8f")};
const QUuid university{QStringLiteral("584fb890-b8e0-4beb-a798-ba3dd99efb6c")};
const QUuid doctors{QStringLiteral("7d02f364-5d5e-4c92-94ab-e73e21f189d9")};
const QUuid mentalHealth{QStringLiteral("b32da958-7ea9-4de8-b24b-e455e1ef940a")};
const QUuid testMunicipality{QStringLiteral("5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0201")};

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

void TestMeasureFilterModel::filtersByLevel_data()
{
    QTest::addColumn<std::optional<Domain::MeasureLevel>>("level");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("any") << std::optional<Domain::MeasureLevel>()
                         << QStringList{Seed::exchangeMeasure, Seed::referralMeasure,
                                        Seed::coordinatorMeasure};
    QTest::newRow("individual") << std::optional(Domain::MeasureLevel::Individual)
                                << QStringList{Seed::referralMeasure};
    QTest::newRow("system") << std::optional(Domain::MeasureLevel::System)
                            << QStringList{Seed::exchangeMeasure, Seed::coordinatorMeasure};
}

void TestMeasureFilterModel::filtersByLevel()
{
    QFETCH(std::optional<Domain::MeasureLevel>, level);
    QFETCH(QStringList, expected);

    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(Seed::project));

    f.filter.setLevel(level);

    QCOMPARE(titles(f.filter), expected);
    QCOMPARE(f.filter.isFiltering(), level.has_value());
}

void TestMeasureFilterModel::filtersByOrganisationResponsibleOrTakingPart_data()
{
    QTest::addColumn<QUuid>("organisation");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("any") << QUuid()
                         << QStringList{Seed::exchangeMeasure, Seed::referralMeasure,
                                        Seed::coordinatorMeasure};
    QTest::newRow("responsible for two")
        << nav << QStringList{Seed::exchangeMeasure, Seed::coordinatorMeasure};
    QTest::newRow("takes part only") << university << QStringList{Seed::coordinatorMeasure};
    QTest::newRow("takes part in another") << doctors << QStringList{Seed::referralMeasure};
    QTest::newRow("carries none") << mentalHealth << QStringList();
    QTest::newRow("of another project") << testMunicipality << QStringList();
}

void TestMeasureFilterModel::filtersByOrganisationResponsibleOrTakingPart()
{
    QFETCH(QUuid, organisation);
    QFETCH(QStringList, expected);

    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(Seed::project));

    f.filter.setOrganisation(organisation);

    QCOMPARE(titles(f.filter), expected);
}

void TestMeasureFilterModel::filtersByGoalWithItsSubGoals_data()
{
    QTest::addColumn<QUuid>("goal");
    QTest::addColumn<QStringList>("expected");

    const QString alfa = QStringLiteral("Alfa"), beta = QStringLiteral("Beta"),
                  gamma = QStringLiteral("Gamma"), delta = QStringLiteral("Delta");
    // Alfa serves only the sub-goal, and so its main goal too.
    QTest::newRow("main goal, through its sub-goal")
        << DatedProject::mainGoalA << QStringList{alfa, beta, delta};
    QTest::newRow("sub-goal") << DatedProject::subGoal << QStringList{alfa, beta};
    QTest::newRow("the other main goal") << DatedProject::mainGoalB << QStringList{gamma};
    QTest::newRow("a goal of another project") << Seed::betterServicesGoal << QStringList();
    QTest::newRow("any") << QUuid()
                         << QStringList{alfa, beta, gamma, delta, QStringLiteral("Epsilon")};
}

void TestMeasureFilterModel::filtersByGoalWithItsSubGoals()
{
    QFETCH(QUuid, goal);
    QFETCH(QStringList, expected);

    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(DatedProject::project));

    f.filter.setGoal(goal);

    QCOMPARE(titles(f.filter), expected);
}

void TestMeasureFilterModel::overdueIsWhatTheOverviewCounts()
{
    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(DatedProject::project));

    f.filter.setOverdueOnly(true);

    // Alfa ended in 2011 at 50 %; Delta is past its end too, but cancelled.
    QCOMPARE(titles(f.filter), QStringList{QStringLiteral("Alfa")});
    QCOMPARE(titles(f.filter), titlesOf(f.data, f.data.figures().overdue));

    // On a day before Alfa's end nothing is overdue.
    f.data.setToday(QDate(2011, 6, 1));
    QCOMPARE(titles(f.filter), QStringList());

    f.filter.setOverdueOnly(false);
    QCOMPARE(f.filter.rowCount(), 5);
}

void TestMeasureFilterModel::withoutUpdateForDaysFollowsTheOverviewsRule_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("days");
    QTest::addColumn<QStringList>("expected");

    // Every seed measure has a status update of 26.06.2013; the referral measure is completed,
    // the coordinator measure planned from the autumn of 2012.
    QTest::newRow("67 days after the update, 30 asked")
        << QDate(2013, 9, 1) << 30 << QStringList{Seed::exchangeMeasure, Seed::coordinatorMeasure};
    QTest::newRow("67 days after the update, 90 asked") << QDate(2013, 9, 1) << 90 << QStringList();
    // A week either side of the day of the update (whatever the time zone of the test).
    QTest::newRow("67 days after, 60 asked")
        << QDate(2013, 9, 1) << 60 << QStringList{Seed::exchangeMeasure, Seed::coordinatorMeasure};
    QTest::newRow("67 days after, 75 asked") << QDate(2013, 9, 1) << 75 << QStringList();
    // Before the update was written, nothing is known of it; the coordinator measure has not
    // started yet.
    QTest::newRow("before the update and the start")
        << QDate(2012, 6, 1) << 30 << QStringList{Seed::exchangeMeasure};
}

void TestMeasureFilterModel::withoutUpdateForDaysFollowsTheOverviewsRule()
{
    QFETCH(QDate, day);
    QFETCH(int, days);
    QFETCH(QStringList, expected);

    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(Seed::project));
    f.data.setToday(day);

    f.filter.setWithoutUpdateFor(days);

    QCOMPARE(titles(f.filter), expected);
    // The overview, asked for the same number of days, counts the same measures.
    f.data.setStaleDays(days);
    QCOMPARE(titles(f.filter), titlesOf(f.data, f.data.figures().stale));
    f.filter.setWithoutUpdateFor(std::nullopt);
    QCOMPARE(f.filter.rowCount(), 3);
}

void TestMeasureFilterModel::everyCriterionCombines()
{
    Fixture f;
    VERIFY_FIXTURE(f);
    QVERIFY(f.load(Seed::project));
    QVERIFY(!f.filter.isFiltering());

    f.filter.setOrganisation(nav);
    f.filter.setGoal(Seed::betterServicesGoal);
    QCOMPARE(titles(f.filter), QStringList{Seed::coordinatorMeasure});
    f.filter.setLevel(Domain::MeasureLevel::Individual);
    QCOMPARE(titles(f.filter), QStringList());
    f.filter.setLevel(Domain::MeasureLevel::System);
    f.filter.setText(QStringLiteral("koordinator"));
    f.filter.setStatus(Domain::Status::Planned);
    QCOMPARE(titles(f.filter), QStringList{Seed::coordinatorMeasure});
    QVERIFY(f.filter.isFiltering());

    f.filter.setStatus(Domain::Status::InProgress);
    QCOMPARE(titles(f.filter), QStringList());

    for (const auto &clear : std::initializer_list<std::function<void()>>{
             [&] { f.filter.setStatus(std::nullopt); }, [&] { f.filter.setText(QString()); },
             [&] { f.filter.setLevel(std::nullopt); }, [&] { f.filter.setGoal(QUuid()); }}) {
        QVERIFY(f.filter.isFiltering());
        clear();
    }
    QCOMPARE(titles(f.filter), (QStringList{Seed::exchangeMeasure, Seed::coordinatorMeasure}));
    f.filter.setOrganisation(QUuid());
    QVERIFY(!f.filter.isFiltering());
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
