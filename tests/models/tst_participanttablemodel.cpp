#include "models/participanttablemodel.h"

#include "tests/models/seededworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace TestSupport;
using Models::ParticipantTableModel;

class TestParticipantTableModel : public QObject
{
    Q_OBJECT

private slots:
    void loadingAProjectResetsTheTable();
    void eachOrganisationIsShownWithKindLevelAndRole_data();
    void eachOrganisationIsShownWithKindLevelAndRole();
    void labelsAreTranslated();
    void sortRoleHoldsRawCodes();
};

namespace {

// The row of the participant whose organisation has this name, or -1.
int rowOf(const QAbstractItemModel &model, const QString &organisation)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ParticipantTableModel::OrganisationColumn).data().toString() ==
            organisation)
            return row;
    }
    return -1;
}

} // namespace

void TestParticipantTableModel::loadingAProjectResetsTheTable()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    ParticipantTableModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(ParticipantTableModel::ColumnCount));
}

void TestParticipantTableModel::eachOrganisationIsShownWithKindLevelAndRole_data()
{
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("role");

    QTest::newRow("kommune") << QStringLiteral("Kommunene i Nord-Trøndelag")
                             << QStringLiteral("municipality") << QStringLiteral("municipal")
                             << QStringLiteral("partner");
    QTest::newRow("helseforetak") << QStringLiteral("Helseforetaket (spesialisthelsetjenesten)")
                                  << QStringLiteral("hospital trust")
                                  << QStringLiteral("specialist health services")
                                  << QStringLiteral("partner");
    QTest::newRow("NAV") << QStringLiteral("NAV") << QStringLiteral("NAV")
                         << QStringLiteral("state") << QStringLiteral("partner");
    QTest::newRow("Mental Helse") << QStringLiteral("Mental Helse")
                                  << QStringLiteral("user organisation")
                                  << QStringLiteral("voluntary and user")
                                  << QStringLiteral("user representation");
    QTest::newRow("høgskole") << QStringLiteral("Høgskolen i Nord-Trøndelag")
                              << QStringLiteral("education") << QStringLiteral("state")
                              << QStringLiteral("collaborating party");
    QTest::newRow("fastleger") << QStringLiteral("Fastlegene") << QStringLiteral("GP")
                               << QStringLiteral("municipal")
                               << QStringLiteral("collaborating party");
}

void TestParticipantTableModel::eachOrganisationIsShownWithKindLevelAndRole()
{
    QFETCH(QString, organisation);
    QFETCH(QString, kind);
    QFETCH(QString, level);
    QFETCH(QString, role);

    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    ParticipantTableModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());
    ScopedLanguage english(QStringLiteral("en"));

    const int row = rowOf(model, organisation);
    QVERIFY2(row >= 0, qPrintable(organisation));
    QCOMPARE(model.index(row, ParticipantTableModel::KindColumn).data().toString(), kind);
    QCOMPARE(model.index(row, ParticipantTableModel::LevelColumn).data().toString(), level);
    QCOMPARE(model.index(row, ParticipantTableModel::RoleColumn).data().toString(), role);
    QCOMPARE(model.index(row, ParticipantTableModel::RoleColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("<p>%1</p>").arg(role));
    const QUuid uuid =
        model.index(row, 0).data(ParticipantTableModel::OrganisationUuidRole).toUuid();
    QCOMPARE(data.organisationName(uuid), organisation);
}

void TestParticipantTableModel::labelsAreTranslated()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    ParticipantTableModel model(&data);
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());
    ScopedLanguage norwegian(QStringLiteral("nb"));
    QVERIFY(norwegian.isLoaded());

    const int row = rowOf(model, QStringLiteral("Mental Helse"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ParticipantTableModel::RoleColumn).data().toString(),
             QStringLiteral("brukerrepresentasjon"));
    QCOMPARE(model.headerData(ParticipantTableModel::OrganisationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Organisasjon"));
}

void TestParticipantTableModel::sortRoleHoldsRawCodes()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    ParticipantTableModel model(&data);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ParticipantTableModel::SortRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&sorted,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    sorted.sort(ParticipantTableModel::RoleColumn, Qt::DescendingOrder);
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());

    // Roles in declaration order: owner, partner, user representation, collaborator.
    QCOMPARE(sorted.index(0, ParticipantTableModel::RoleColumn)
                 .data(ParticipantTableModel::SortRole)
                 .toInt(),
             int(Domain::ParticipantRole::Collaborator));
    QCOMPARE(sorted.index(2, ParticipantTableModel::OrganisationColumn).data().toString(),
             QStringLiteral("Mental Helse"));
    QCOMPARE(sorted.index(5, ParticipantTableModel::RoleColumn)
                 .data(ParticipantTableModel::SortRole)
                 .toInt(),
             int(Domain::ParticipantRole::Partner));

    sorted.sort(ParticipantTableModel::OrganisationColumn, Qt::AscendingOrder);
    QCOMPARE(sorted.index(0, ParticipantTableModel::OrganisationColumn).data().toString(),
             QStringLiteral("Fastlegene"));
    QCOMPARE(sorted.index(0, ParticipantTableModel::OrganisationColumn)
                 .data(ParticipantTableModel::SortRole)
                 .toString(),
             QStringLiteral("fastlegene"));
    QCOMPARE(sorted.index(5, ParticipantTableModel::OrganisationColumn).data().toString(),
             QStringLiteral("NAV"));
}

QTEST_GUILESS_MAIN(TestParticipantTableModel)
#include "tst_participanttablemodel.moc"
