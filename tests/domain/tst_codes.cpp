// The stable codes of every enumeration (models/domain/codes.h). The codes are the contract of
// the database and the exchange format, so this table pins each one: a renamed code fails here
// before it strands a stored value or an exported file.

#include "models/domain/codes.h"
#include "tests/support/domaintostring.h"

#include <QSet>
#include <QTest>

using namespace Domain;

namespace {

// Checks one value of E both ways; returns a description of what failed, empty when all held.
template <typename E>
QString roundTrip(int value, const QString &code)
{
    const E entry = E(value);
    if (toCode(entry) != code)
        return QStringLiteral("toCode gives \"%1\"").arg(toCode(entry));
    const std::optional<E> parsed = fromCode<E>(code);
    if (!parsed)
        return QStringLiteral("fromCode does not know it");
    if (*parsed != entry)
        return QStringLiteral("fromCode gives %1").arg(toCode(*parsed));
    if (allCodes<E>().value(value) != code)
        return QStringLiteral("allCodes lists \"%1\" at its place").arg(allCodes<E>().value(value));
    return {};
}

QString roundTripOf(const QString &type, int value, const QString &code)
{
    if (type == QLatin1String("OrganisationKind"))
        return roundTrip<OrganisationKind>(value, code);
    if (type == QLatin1String("AdministrativeLevel"))
        return roundTrip<AdministrativeLevel>(value, code);
    if (type == QLatin1String("ParticipantRole"))
        return roundTrip<ParticipantRole>(value, code);
    if (type == QLatin1String("Group"))
        return roundTrip<Group>(value, code);
    if (type == QLatin1String("MeasureLevel"))
        return roundTrip<MeasureLevel>(value, code);
    if (type == QLatin1String("Status"))
        return roundTrip<Status>(value, code);
    if (type == QLatin1String("Anchoring"))
        return roundTrip<Anchoring>(value, code);
    if (type == QLatin1String("Rag"))
        return roundTrip<Rag>(value, code);
    return QStringLiteral("unknown type %1").arg(type);
}

QStringList allCodesOf(const QString &type)
{
    if (type == QLatin1String("OrganisationKind"))
        return allCodes<OrganisationKind>();
    if (type == QLatin1String("AdministrativeLevel"))
        return allCodes<AdministrativeLevel>();
    if (type == QLatin1String("ParticipantRole"))
        return allCodes<ParticipantRole>();
    if (type == QLatin1String("Group"))
        return allCodes<Group>();
    if (type == QLatin1String("MeasureLevel"))
        return allCodes<MeasureLevel>();
    if (type == QLatin1String("Status"))
        return allCodes<Status>();
    if (type == QLatin1String("Anchoring"))
        return allCodes<Anchoring>();
    if (type == QLatin1String("Rag"))
        return allCodes<Rag>();
    return {};
}

// The contract: every enumeration with its codes in declaration order.
const QVector<QPair<QString, QStringList>> &contract()
{
    static const QVector<QPair<QString, QStringList>> table{
        {QStringLiteral("OrganisationKind"),
         {QStringLiteral("municipality"), QStringLiteral("hospital_trust"), QStringLiteral("nav"),
          QStringLiteral("user_organisation"), QStringLiteral("general_practitioner"),
          QStringLiteral("education"), QStringLiteral("next_of_kin_organisation"),
          QStringLiteral("other")}},
        {QStringLiteral("AdministrativeLevel"),
         {QStringLiteral("municipal"), QStringLiteral("specialist_health_service"),
          QStringLiteral("state"), QStringLiteral("voluntary_and_user"), QStringLiteral("other")}},
        {QStringLiteral("ParticipantRole"),
         {QStringLiteral("owner"), QStringLiteral("partner"), QStringLiteral("user_representation"),
          QStringLiteral("collaborator")}},
        {QStringLiteral("Group"),
         {QStringLiteral("project_group"), QStringLiteral("steering_group"),
          QStringLiteral("reference_group")}},
        {QStringLiteral("MeasureLevel"), {QStringLiteral("individual"), QStringLiteral("system")}},
        {QStringLiteral("Status"),
         {QStringLiteral("planned"), QStringLiteral("in_progress"), QStringLiteral("completed"),
          QStringLiteral("postponed"), QStringLiteral("cancelled")}},
        {QStringLiteral("Anchoring"),
         {QStringLiteral("unknown"), QStringLiteral("no"), QStringLiteral("yes")}},
        {QStringLiteral("Rag"),
         {QStringLiteral("none"), QStringLiteral("green"), QStringLiteral("amber"),
          QStringLiteral("red")}},
    };
    return table;
}

} // namespace

class TestCodes : public QObject
{
    Q_OBJECT

private slots:
    void everyValueRoundTripsThroughItsCode_data();
    void everyValueRoundTripsThroughItsCode();
    void everyEnumerationListsExactlyItsCodes_data();
    void everyEnumerationListsExactlyItsCodes();
    void unknownCodesAreRefused_data();
    void unknownCodesAreRefused();
};

void TestCodes::everyValueRoundTripsThroughItsCode_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("code");

    for (const auto &[type, codes] : contract()) {
        for (int i = 0; i < codes.size(); ++i) {
            QTest::addRow("%s/%s", qPrintable(type), qPrintable(codes.at(i)))
                << type << i << codes.at(i);
        }
    }
}

void TestCodes::everyValueRoundTripsThroughItsCode()
{
    QFETCH(QString, type);
    QFETCH(int, value);
    QFETCH(QString, code);

    const QString problem = roundTripOf(type, value, code);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCodes::everyEnumerationListsExactlyItsCodes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("codes");

    for (const auto &[type, codes] : contract())
        QTest::newRow(qPrintable(type)) << type << codes;
}

void TestCodes::everyEnumerationListsExactlyItsCodes()
{
    QFETCH(QString, type);
    QFETCH(QStringList, codes);

    const QStringList listed = allCodesOf(type);
    QCOMPARE(listed, codes);
    // Codes are unique, lower-case snake_case ASCII: safe in SQL text, JSON and file names.
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), listed.size());
    for (const QString &code : listed) {
        for (QChar c : code)
            QVERIFY2((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_'),
                     qPrintable(code));
    }
}

void TestCodes::unknownCodesAreRefused_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << QString();
    QTest::newRow("display text") << QStringLiteral("In progress");
    QTest::newRow("other case") << QStringLiteral("Planned");
    QTest::newRow("Norwegian") << QStringLiteral("pågår");
    QTest::newRow("with space") << QStringLiteral("planned ");
    QTest::newRow("integer value") << QStringLiteral("1");
}

void TestCodes::unknownCodesAreRefused()
{
    QFETCH(QString, code);

    QCOMPARE(fromCode<Status>(code), std::optional<Status>());
    QCOMPARE(fromCode<OrganisationKind>(code), std::optional<OrganisationKind>());
    QCOMPARE(fromCode<Rag>(code), std::optional<Rag>());
}

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
