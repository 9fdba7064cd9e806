// What --database takes (models/storage/connectionsettings.h): a file, or a PostgreSQL URL whose
// parameters are passed on or refused by name, and whose password is never shown.

#include "models/storage/connectionsettings.h"
#include "tests/support/domaintostring.h"

#include <QTest>

using Storage::ConnectionSettings;

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void urlIsReadIntoItsParts();
    void supportedParametersArePassedOnQuoted();
    void serviceNeedsNoHost();
    void badUrlsAreRefused_data();
    void badUrlsAreRefused();
    void passwordIsMaskedEverywhere_data();
    void passwordIsMaskedEverywhere();
};

void TestConnectionSettings::urlIsReadIntoItsParts()
{
    auto parsed = ConnectionSettings::fromArgument(
        QStringLiteral("postgresql://anna:hemmelig@db.example.no:5433/samspill"));
    QVERIFY(parsed);
    QCOMPARE(parsed->driver, ConnectionSettings::Driver::Postgres);
    QCOMPARE(parsed->host, QStringLiteral("db.example.no"));
    QCOMPARE(parsed->port, 5433);
    QCOMPARE(parsed->user, QStringLiteral("anna"));
    QCOMPARE(parsed->password, QStringLiteral("hemmelig"));
    QCOMPARE(parsed->databaseName, QStringLiteral("samspill"));
    QCOMPARE(parsed->displayName(),
             QStringLiteral("postgresql://anna@db.example.no:5433/samspill"));
    QCOMPARE(parsed->postgresOptions(), QStringLiteral("connect_timeout='10'"));
}

void TestConnectionSettings::supportedParametersArePassedOnQuoted()
{
    auto parsed = ConnectionSettings::fromArgument(QStringLiteral(
        "postgresql://anna@db/samspill?sslmode=verify-full&sslrootcert=/etc/ssl/o%27k.pem"
        "&application_name=Samspill%20test&connect_timeout=3"));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->postgresOptions(),
             QStringLiteral("application_name='Samspill test';connect_timeout='3';"
                            "sslmode='verify-full';sslrootcert='/etc/ssl/o\\'k.pem'"));
    QVERIFY(parsed->displayName().contains(QLatin1String("sslmode=verify-full")));
}

void TestConnectionSettings::serviceNeedsNoHost()
{
    auto parsed =
        ConnectionSettings::fromArgument(QStringLiteral("postgresql:///?service=samspill"));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QVERIFY(parsed->host.isEmpty());
    QCOMPARE(parsed->port, -1);
    QCOMPARE(parsed->postgresOptions(), QStringLiteral("connect_timeout='10';service='samspill'"));
    QCOMPARE(parsed->displayName(), QStringLiteral("postgresql:///?service=samspill"));
}

void TestConnectionSettings::badUrlsAreRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("named"); // what the message must name
    QTest::newRow("no host") << QStringLiteral("postgresql:///samspill")
                             << QStringLiteral("of the form");
    QTest::newRow("no database") << QStringLiteral("postgresql://db")
                                 << QStringLiteral("of the form");
    QTest::newRow("bad port") << QStringLiteral("postgresql://db:x/samspill")
                              << QStringLiteral("of the form");
    QTest::newRow("unknown parameter")
        << QStringLiteral("postgresql://db/samspill?sslmode=require&keepalives=0")
        << QStringLiteral("keepalives");
    QTest::newRow("password as a parameter")
        << QStringLiteral("postgresql://db/samspill?password=x") << QStringLiteral("password");
    QTest::newRow("unknown sslmode")
        << QStringLiteral("postgresql://db/samspill?sslmode=maybe") << QStringLiteral("maybe");
    QTest::newRow("timeout not a number")
        << QStringLiteral("postgresql://db/samspill?connect_timeout=soon")
        << QStringLiteral("soon");
    QTest::newRow("a ; would split the options")
        << QStringLiteral("postgresql://db/samspill?application_name=a%3Bsslmode%3Ddisable")
        << QStringLiteral("application_name");
    QTest::newRow("given twice") << QStringLiteral(
                                        "postgresql://db/samspill?sslmode=require&sslmode=disable")
                                 << QStringLiteral("twice");
}

void TestConnectionSettings::badUrlsAreRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, named);
    auto parsed = ConnectionSettings::fromArgument(url);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, Domain::Error::Kind::Invalid);
    QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
}

void TestConnectionSettings::passwordIsMaskedEverywhere_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("in the user information") << QStringLiteral("postgresql://anna:hemmelig@db:x/p")
                                             << QStringLiteral("postgresql://anna:***@db:x/p");
    QTest::newRow("with an @ in it") << QStringLiteral("postgres://anna:he@mm@db/p")
                                     << QStringLiteral("postgres://anna:***@db/p");
    QTest::newRow("as a parameter") << QStringLiteral("postgresql://db/p?a=1&password=hemmelig&b=2")
                                    << QStringLiteral("postgresql://db/p?a=1&password=***&b=2");
    QTest::newRow("no password") << QStringLiteral("postgresql://anna@db/p")
                                 << QStringLiteral("postgresql://anna@db/p");
}

void TestConnectionSettings::passwordIsMaskedEverywhere()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(ConnectionSettings::masked(text), masked);
    auto parsed = ConnectionSettings::fromArgument(text);
    const QString shown = parsed ? parsed->displayName() : parsed.error().message;
    QVERIFY2(!shown.contains(QLatin1String("hemmelig")), qPrintable(shown));
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
