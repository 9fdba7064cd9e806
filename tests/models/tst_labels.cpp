#include "models/labels.h"

#include "tests/models/seededworkspace.h"

#include <QSet>
#include <QTest>

using namespace TestSupport;
using Models::Labels;

// The shared wording of codes and dates, in both languages the application ships.
class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    void statusIsNamedInEachLanguage_data();
    void statusIsNamedInEachLanguage();
    void missingDateIsUndated_data();
    void missingDateIsUndated();
    void dateUsesTheLanguagesShortFormat_data();
    void dateUsesTheLanguagesShortFormat();
    void periodShowsBothEnds();
    void progressIsAPercentOrNotAssessed();
    void everyTrafficLightHasItsOwnColour();
};

void TestLabels::statusIsNamedInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("label");

    const struct
    {
        Domain::Status status;
        const char *english;
        const char *norwegian;
    } rows[] = {
        {Domain::Status::Planned, "planned", "planlagt"},
        {Domain::Status::InProgress, "in progress", "pågår"},
        {Domain::Status::Completed, "completed", "fullført"},
        {Domain::Status::Postponed, "postponed", "utsatt"},
        {Domain::Status::Cancelled, "cancelled", "avbrutt"},
    };
    for (const auto &row : rows) {
        QTest::addRow("en %s", row.english)
            << QStringLiteral("en") << int(row.status) << QString::fromUtf8(row.english);
        QTest::addRow("nb %s", row.english)
            << QStringLiteral("nb") << int(row.status) << QString::fromUtf8(row.norwegian);
    }
}

void TestLabels::statusIsNamedInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, status);
    QFETCH(QString, label);

    ScopedLanguage installed(language);
    QVERIFY(installed.isLoaded());
    QCOMPARE(Labels::status(Domain::Status(status)), label);
}

void TestLabels::missingDateIsUndated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("label");

    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("undated");
    QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("udatert");
}

void TestLabels::missingDateIsUndated()
{
    QFETCH(QString, language);
    QFETCH(QString, label);

    ScopedLanguage installed(language);
    QVERIFY(installed.isLoaded());
    QCOMPARE(Labels::date(QDate()), label);
    QCOMPARE(Labels::date(QDate(2013, 2, 30)), label); // no such day: not a date either
}

void TestLabels::dateUsesTheLanguagesShortFormat_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("label");

    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("01/12/2009");
    QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("01.12.2009");
}

void TestLabels::dateUsesTheLanguagesShortFormat()
{
    QFETCH(QString, language);
    QFETCH(QString, label);

    ScopedLanguage installed(language);
    QCOMPARE(Labels::date(QDate(2009, 12, 1)), label);
}

void TestLabels::periodShowsBothEnds()
{
    ScopedLanguage norwegian(QStringLiteral("nb"));
    QVERIFY(norwegian.isLoaded());
    QCOMPARE(Labels::period(QDate(2009, 12, 1), QDate(2013, 12, 31)),
             QStringLiteral("01.12.2009 – 31.12.2013"));
    QCOMPARE(Labels::period(QDate(2009, 12, 1), QDate()), QStringLiteral("01.12.2009 – udatert"));
    QCOMPARE(Labels::period(QDate(), QDate()), QStringLiteral("udatert – udatert"));
}

void TestLabels::progressIsAPercentOrNotAssessed()
{
    {
        ScopedLanguage english(QStringLiteral("en"));
        QCOMPARE(Labels::progress(std::nullopt), QStringLiteral("not assessed"));
        QCOMPARE(Labels::progress(0), QStringLiteral("0 %"));
        QCOMPARE(Labels::progress(100), QStringLiteral("100 %"));
    }
    ScopedLanguage norwegian(QStringLiteral("nb"));
    QCOMPARE(Labels::progress(std::nullopt), QStringLiteral("ikke vurdert"));
    QCOMPARE(Labels::progress(40), QStringLiteral("40 %"));
}

void TestLabels::everyTrafficLightHasItsOwnColour()
{
    QSet<QRgb> colours;
    for (Domain::Rag rag :
         {Domain::Rag::None, Domain::Rag::Green, Domain::Rag::Amber, Domain::Rag::Red}) {
        const QColor colour = Labels::ragColor(rag);
        QVERIFY(colour.isValid());
        colours.insert(colour.rgb());
        QVERIFY(!Labels::rag(rag).isEmpty());
    }
    QCOMPARE(colours.size(), 4);
    QVERIFY(Labels::ragColor(Domain::Rag::Red).red() > Labels::ragColor(Domain::Rag::Red).green());
    QVERIFY(Labels::ragColor(Domain::Rag::Green).green() >
            Labels::ragColor(Domain::Rag::Green).red());
}

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
