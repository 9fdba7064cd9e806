#include "models/membertablemodel.h"

#include "tests/models/seededworkspace.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;
using Models::MemberTableModel;

class TestMemberTableModel : public QObject
{
    Q_OBJECT

private slots:
    void loadingAProjectResetsTheTable();
    void seatsAreShownByRoleAndOrganisation();
    void aNamedMemberIsShownByName();
};

void TestMemberTableModel::loadingAProjectResetsTheTable()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    MemberTableModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(MemberTableModel::ColumnCount));
}

void TestMemberTableModel::seatsAreShownByRoleAndOrganisation()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    Models::ProjectData data(seeded.repositories());
    MemberTableModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(data.load(seeded.projectId(Seed::project)).ok());
    ScopedLanguage norwegian(QStringLiteral("nb"));
    QVERIFY(norwegian.isLoaded());

    const QModelIndex user = model.index(2, MemberTableModel::RoleColumn);
    QCOMPARE(user.data().toString(), QStringLiteral("Brukerrepresentant"));
    QCOMPARE(model.index(2, MemberTableModel::OrganisationColumn).data().toString(),
             QStringLiteral("Mental Helse"));
    QCOMPARE(model.index(2, MemberTableModel::OrganisationColumn)
                 .data(MemberTableModel::SortRole)
                 .toString(),
             QStringLiteral("mental helse"));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, MemberTableModel::GroupColumn).data().toString(),
                 QStringLiteral("prosjektgruppe"));
        QCOMPARE(model.index(row, MemberTableModel::GroupColumn)
                     .data(MemberTableModel::SortRole)
                     .toInt(),
                 int(Domain::Group::ProjectGroup));
        // The seed names no person: each seat is shown as unnamed, greyed out.
        const QModelIndex name = model.index(row, MemberTableModel::NameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("ikke navngitt"));
        QCOMPARE(name.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
        QCOMPARE(name.data(MemberTableModel::SortRole).toString(), QString());
    }
    QCOMPARE(model.index(0, MemberTableModel::RoleColumn).data().toString(),
             QStringLiteral("Representanter fra kommunehelsetjenesten"));
    QCOMPARE(model.index(1, MemberTableModel::OrganisationColumn).data().toString(),
             QStringLiteral("Helseforetaket (spesialisthelsetjenesten)"));
}

void TestMemberTableModel::aNamedMemberIsShownByName()
{
    SeededWorkspace seeded;
    QVERIFY2(seeded.isValid(), qPrintable(seeded.error()));
    QCOMPARE(seeded.importJson(QByteArray(R"json({
        "format": "samspill-exchange", "formatVersion": 1,
        "projects": [{
            "uuid": "3e0f3c1a-6d2b-4c1e-8a41-5b0f3d7a0001", "name": "Med navn", "status": "planned",
            "members": [
                {"uuid": "3e0f3c1a-6d2b-4c1e-8a41-5b0f3d7a0002", "name": "Kari Nordmann",
                 "role": "Prosjektleder", "group": "steering_group"}
            ]
        }]})json")),
             QString());
    Models::ProjectData data(seeded.repositories());
    MemberTableModel model(&data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(
        data.load(seeded.projectId(QUuid(QStringLiteral("3e0f3c1a-6d2b-4c1e-8a41-5b0f3d7a0001"))))
            .ok());
    ScopedLanguage english(QStringLiteral("en"));

    QCOMPARE(model.rowCount(), 1);
    const QModelIndex name = model.index(0, MemberTableModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("Kari Nordmann"));
    QVERIFY(!name.data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(0, MemberTableModel::GroupColumn).data().toString(),
             QStringLiteral("steering committee"));
    QVERIFY(model.index(0, MemberTableModel::OrganisationColumn).data().toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestMemberTableModel)
#include "tst_membertablemodel.moc"
