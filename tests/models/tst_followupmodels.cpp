// The models of the project's lists beside its measures and goals (milestones, risks, budget,
// indicators, status log, knowledge sources, organisations), over a real seeded SQLite database:
// the seed's status log and library, and FollowUpProject for the lists the seed leaves empty.

#include "models/budgettablemodel.h"
#include "models/indicatortablemodel.h"
#include "models/knowledgesourcetablemodel.h"
#include "models/labels.h"
#include "models/milestonetablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/risktablemodel.h"
#include "models/statuslogmodel.h"
#include "tests/models/seededworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace TestSupport;

class TestFollowUpModels : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void milestonesAreShownWithWhenAndState();
    void risksCarryTheirScore();
    void budgetIsSummedPerYearAndInAll();
    void indicatorsFollowTheChosenGoal();
    void statusLogIsNewestFirst();
    void seedStatusLogIsNewestFirst();
    void seedKnowledgeSourcesOpenOnlyWebLinks();
    void organisationsSayWhetherTheyTakePart();
    void moneyAndNumbersAreReadAsWritten_data();
    void moneyAndNumbersAreReadAsWritten();

private:
    std::unique_ptr<SeededWorkspace> m_seeded;
    std::unique_ptr<Models::ProjectData> m_data;
    void load(const QUuid &project);
};

namespace {

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace

void TestFollowUpModels::init()
{
    m_data.reset();
    m_seeded = std::make_unique<SeededWorkspace>();
    QVERIFY2(m_seeded->isValid(), qPrintable(m_seeded->error()));
    QCOMPARE(m_seeded->importJson(FollowUpProject::json()), QString());
    m_data = std::make_unique<Models::ProjectData>(m_seeded->repositories());
    m_data->setToday(FollowUpProject::today);
}

void TestFollowUpModels::load(const QUuid &project)
{
    QVERIFY(m_data->load(m_seeded->projectId(project)).ok());
}

void TestFollowUpModels::milestonesAreShownWithWhenAndState()
{
    using Models::MilestoneTableModel;
    MilestoneTableModel model(m_data.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ScopedLanguage english(QStringLiteral("en"));
    load(FollowUpProject::project);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(column(model, MilestoneTableModel::TitleColumn),
             QStringList({QStringLiteral("Oppstart"), QStringLiteral("Kurs holdt"),
                          QStringLiteral("Sluttrapport")}));
    QCOMPARE(column(model, MilestoneTableModel::MeasureColumn),
             QStringList({QStringLiteral("the whole project"), QStringLiteral("Kurs"),
                          QStringLiteral("the whole project")}));
    QCOMPARE(column(model, MilestoneTableModel::ReachedColumn),
             QStringList(
                 {QStringLiteral("reached"), QStringLiteral("overdue"), QStringLiteral("open")}));
    QCOMPARE(model.index(1, 0).data(MilestoneTableModel::OverdueRole).toBool(), true);
    QCOMPARE(model.index(1, MilestoneTableModel::DateColumn).data().toString(),
             Models::Labels::date(Domain::PlanDate::quarter(2012, 1)));
    QCOMPARE(model.index(2, MilestoneTableModel::DateColumn).data().toString(),
             QStringLiteral("undated"));
    QVERIFY(!model.index(2, MilestoneTableModel::DateColumn)
                 .data(MilestoneTableModel::SortRole)
                 .isValid()); // undated sorts last
}

void TestFollowUpModels::risksCarryTheirScore()
{
    using Models::RiskTableModel;
    RiskTableModel model(m_data.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(FollowUpProject::project);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(column(model, RiskTableModel::ScoreColumn),
             QStringList({QStringLiteral("16"), QStringLiteral("6")}));
    QCOMPARE(model.index(0, RiskTableModel::OwnerColumn).data().toString(),
             QStringLiteral("Styringsgruppa"));
    QCOMPARE(model.index(0, RiskTableModel::ScoreColumn).data(Qt::ForegroundRole).value<QColor>(),
             Models::Labels::ragColor(Domain::Rag::Red));
    QVERIFY(!model.index(1, RiskTableModel::ScoreColumn).data(Qt::ForegroundRole).isValid());
}

void TestFollowUpModels::budgetIsSummedPerYearAndInAll()
{
    using Models::BudgetTableModel;
    BudgetTableModel model(m_data.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScopedLanguage english(QStringLiteral("en"));
    load(FollowUpProject::project);
    // 2011: its line and sum; 2012: two lines and sum; the sum of all years.
    QCOMPARE(column(model, BudgetTableModel::LabelColumn),
             QStringList({QStringLiteral("Lønn"), QStringLiteral("Sum 2011"),
                          QStringLiteral("Lønn"), QStringLiteral("Reise"),
                          QStringLiteral("Sum 2012"), QStringLiteral("Sum of all years")}));
    const auto amounts = [&model](int column) {
        QList<qint64> values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, column).data(BudgetTableModel::AmountRole).toLongLong());
        return values;
    };
    QCOMPARE(amounts(BudgetTableModel::BudgetColumn),
             QList<qint64>({10000000, 10000000, 12000000, 500000, 12500000, 22500000}));
    QCOMPARE(amounts(BudgetTableModel::AccountsColumn),
             QList<qint64>({9000000, 9000000, 13000050, 0, 13000050, 22000050}));
    QCOMPARE(amounts(BudgetTableModel::DifferenceColumn),
             QList<qint64>({-1000000, -1000000, 1000050, -500000, 500050, -499950}));
    QCOMPARE(model.index(5, BudgetTableModel::AccountsColumn).data().toString(),
             QStringLiteral("220,000.50 kr"));
    // Only lines are entities to edit.
    QVERIFY(!model.index(0, 0).data(BudgetTableModel::UuidRole).toUuid().isNull());
    QVERIFY(model.index(1, 0).data(BudgetTableModel::UuidRole).toUuid().isNull());
    QCOMPARE(model.index(5, 0).data(BudgetTableModel::RowKindRole).toInt(),
             int(BudgetTableModel::RowKind::Total));
}

void TestFollowUpModels::indicatorsFollowTheChosenGoal()
{
    using Models::IndicatorTableModel;
    IndicatorTableModel model(m_data.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScopedLanguage english(QStringLiteral("en"));
    load(FollowUpProject::project);
    QCOMPARE(model.rowCount(), 0); // no goal chosen
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setGoal(FollowUpProject::goal);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(column(model, IndicatorTableModel::NameColumn),
             QStringList({QStringLiteral("Andel med plan"), QStringLiteral("Ventetid")}));
    QCOMPARE(column(model, IndicatorTableModel::BaselineColumn),
             QStringList({QStringLiteral("10"), QStringLiteral("30")}));
    QCOMPARE(column(model, IndicatorTableModel::TargetColumn),
             QStringList({QStringLiteral("80"), QString()}));
    QCOMPARE(column(model, IndicatorTableModel::CurrentColumn),
             QStringList({QStringLiteral("35"), QString()}));
    QCOMPARE(model.index(0, IndicatorTableModel::MeasuredOnColumn).data().toString(),
             Models::Labels::date(Domain::PlanDate::month(2012, 5)));
    // The goal read again after a reload; gone with another project.
    load(FollowUpProject::project);
    QCOMPARE(model.rowCount(), 2);
    load(Seed::project);
    QCOMPARE(model.rowCount(), 0);
}

void TestFollowUpModels::statusLogIsNewestFirst()
{
    using Models::StatusLogModel;
    StatusLogModel model(m_data.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScopedLanguage english(QStringLiteral("en"));
    load(FollowUpProject::project);
    QCOMPARE(column(model, StatusLogModel::AboutColumn),
             QStringList({QStringLiteral("the project"), QStringLiteral("Kurs")}));
    QCOMPARE(column(model, StatusLogModel::FlagsColumn),
             QStringList({QStringLiteral("decision needed"), QStringLiteral("deviation")}));
    QCOMPARE(model.index(1, StatusLogModel::TextColumn).data().toString(),
             QStringLiteral("Kurset er utsatt en måned."));
}

void TestFollowUpModels::seedStatusLogIsNewestFirst()
{
    using Models::StatusLogModel;
    StatusLogModel model(m_data.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScopedLanguage english(QStringLiteral("en"));
    load(Seed::project);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(column(model, StatusLogModel::AuthorColumn),
             QStringList({QStringLiteral("Samspill (lesning av kildene)"),
                          QStringLiteral("Fra kilden"), QStringLiteral("Fra kilden"),
                          QStringLiteral("Fra kilden"), QStringLiteral("Fra kilden")}));
    QCOMPARE(
        column(model, StatusLogModel::AboutColumn),
        QStringList({QStringLiteral("the project"), Seed::coordinatorMeasure, Seed::referralMeasure,
                     Seed::exchangeMeasure, QStringLiteral("the project")}));
    QCOMPARE(model.index(0, StatusLogModel::ChangeColumn).data().toString(),
             QStringLiteral("completed"));
    QDateTime previous = model.index(0, 0).data(StatusLogModel::SortRole).toDateTime();
    for (int row = 1; row < model.rowCount(); ++row) {
        const QDateTime at = model.index(row, 0).data(StatusLogModel::SortRole).toDateTime();
        QVERIFY(at <= previous);
        previous = at;
    }
}

void TestFollowUpModels::seedKnowledgeSourcesOpenOnlyWebLinks()
{
    using Models::KnowledgeSourceTableModel;
    KnowledgeSourceTableModel model(m_data.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScopedLanguage english(QStringLiteral("en"));
    load(Seed::project);
    QCOMPARE(model.rowCount(), 12); // the project's five and the library's seven
    int links = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QUrl url = model.index(row, 0).data(KnowledgeSourceTableModel::LinkRole).toUrl();
        const QString shown =
            model.index(row, KnowledgeSourceTableModel::LinkColumn).data().toString();
        if (url.isValid()) {
            ++links;
            QVERIFY(url.scheme() == QLatin1String("https") ||
                    url.scheme() == QLatin1String("http"));
            QCOMPARE(url.toString(), shown);
        }
    }
    QCOMPARE(links, 2);
    const QModelIndexList kpa = model.match(model.index(0, 0), Qt::DisplayRole,
                                            QStringLiteral("KPA-modellen"), 1, Qt::MatchExactly);
    QCOMPARE(kpa.size(), 1);
    QCOMPARE(kpa.first().siblingAtColumn(KnowledgeSourceTableModel::UsedByColumn).data().toString(),
             Seed::coordinatorMeasure);
    QCOMPARE(kpa.first().data(KnowledgeSourceTableModel::LinkRole).toUrl().host(),
             QStringLiteral("www.helsetilsynet.no"));
}

void TestFollowUpModels::organisationsSayWhetherTheyTakePart()
{
    using Models::OrganisationTableModel;
    OrganisationTableModel model(m_data.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScopedLanguage english(QStringLiteral("en"));
    load(FollowUpProject::project);
    QCOMPARE(model.rowCount(), 7); // the seed's six and Følgekommunen
    const QStringList names = column(model, OrganisationTableModel::NameColumn);
    const QStringList roles = column(model, OrganisationTableModel::ProjectRoleColumn);
    QCOMPARE(roles.at(names.indexOf(QStringLiteral("Følgekommunen"))), QStringLiteral("owner"));
    QCOMPARE(roles.at(names.indexOf(QStringLiteral("NAV"))), QStringLiteral("not taking part"));
}

void TestFollowUpModels::moneyAndNumbersAreReadAsWritten_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ore");

    QTest::newRow("nb whole") << QStringLiteral("nb") << QStringLiteral("12 500") << true
                              << qint64(1250000);
    QTest::newRow("nb decimals") << QStringLiteral("nb") << QStringLiteral("12\u00A0500,5") << true
                                 << qint64(1250050);
    QTest::newRow("nb point") << QStringLiteral("nb") << QStringLiteral("300.25") << true
                              << qint64(30025);
    QTest::newRow("nb negative") << QStringLiteral("nb") << QStringLiteral("-300") << true
                                 << qint64(-30000);
    QTest::newRow("empty") << QStringLiteral("nb") << QStringLiteral("") << true << qint64(0);
    QTest::newRow("three decimals")
        << QStringLiteral("nb") << QStringLiteral("1,005") << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("nb") << QStringLiteral("mange") << false
                             << qint64(0);
    QTest::newRow("en grouped") << QStringLiteral("en") << QStringLiteral("1,500.50") << true
                                << qint64(150050);
}

void TestFollowUpModels::moneyAndNumbersAreReadAsWritten()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ore);
    ScopedLanguage scoped(language);
    qint64 read = 0;
    QCOMPARE(Models::Labels::readMoney(text, read), ok);
    if (ok) {
        QCOMPARE(read, ore);
        // what is shown reads back as the same amount
        qint64 again = 1;
        QVERIFY(Models::Labels::readMoney(Models::Labels::amount(read), again));
        QCOMPARE(again, read);
    }
    std::optional<double> number;
    QVERIFY(Models::Labels::readNumber(QStringLiteral("3.5"), number));
    QCOMPARE(*number, 3.5);
    QVERIFY(!Models::Labels::readNumber(QStringLiteral("inf"), number));
}

QTEST_GUILESS_MAIN(TestFollowUpModels)
#include "tst_followupmodels.moc"
