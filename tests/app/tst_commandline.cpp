#include "app/commandline.h"

#include <QTest>

using App::CommandLine;

Q_DECLARE_METATYPE(App::CommandLine::Command)

// CommandLine::parse is a pure function of the arguments: every command, every option in both
// spellings, and every usage error.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void acceptsEveryCommandAndOption_data();
    void acceptsEveryCommandAndOption();
    void refusesWhatIsNotUsage_data();
    void refusesWhatIsNotUsage();
    void onlyTheDesktopNeedsAWindow_data();
    void onlyTheDesktopNeedsAWindow();
    void usageNamesTheDefaultDatabaseAndEveryCommand();
};

void TestCommandLine::acceptsEveryCommandAndOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Command>("command");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("importFile");

    const QString nb = QStringLiteral("nb");
    const QString none;
    using C = CommandLine::Command;
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *argument : list)
            result.append(QString::fromUtf8(argument));
        return result;
    };

    QTest::newRow("nothing: the window")
        << QStringList() << C::Desktop << none << nb << none << none << none;
    QTest::newRow("--database FILE") << args({"--database", "data.sqlite"}) << C::Desktop
                                     << QStringLiteral("data.sqlite") << nb << none << none << none;
    QTest::newRow("--database=FILE") << args({"--database=data.sqlite"}) << C::Desktop
                                     << QStringLiteral("data.sqlite") << nb << none << none << none;
    QTest::newRow("--database URL")
        << args({"--database", "postgresql://samspill@db.example.org:5433/prosjekter"})
        << C::Desktop << QStringLiteral("postgresql://samspill@db.example.org:5433/prosjekter")
        << nb << none << none << none;
    QTest::newRow("--database=FILE with =")
        << args({"--database=a=b.sqlite"}) << C::Desktop << QStringLiteral("a=b.sqlite") << nb
        << none << none << none;
    QTest::newRow("--lang en") << args({"--lang", "en"}) << C::Desktop << none
                               << QStringLiteral("en") << none << none << none;
    QTest::newRow("--lang=en") << args({"--lang=en"}) << C::Desktop << none << QStringLiteral("en")
                               << none << none << none;
    QTest::newRow("--lang nb") << args({"--lang", "nb"}) << C::Desktop << none << nb << none << none
                               << none;
    QTest::newRow("export") << args({"export"}) << C::Export << none << nb << none << none << none;
    QTest::newRow("export --output FILE")
        << args({"export", "--output", "all.json"}) << C::Export << none << nb
        << QStringLiteral("all.json") << none << none;
    QTest::newRow("export --output=FILE")
        << args({"export", "--output=all.json"}) << C::Export << none << nb
        << QStringLiteral("all.json") << none << none;
    QTest::newRow("export --output -") << args({"export", "--output", "-"}) << C::Export << none
                                       << nb << QStringLiteral("-") << none << none;
    QTest::newRow("export --project NAME")
        << args({"export", "--project", "Psykisk Helse i Nord-Trøndelag"}) << C::Export << none
        << nb << none << QStringLiteral("Psykisk Helse i Nord-Trøndelag") << none;
    QTest::newRow("export --project=UUID --output=FILE")
        << args({"export", "--project=621b2f72-2cbd-4395-b101-3c07c86a3ed8", "--output=one.json"})
        << C::Export << none << nb << QStringLiteral("one.json")
        << QStringLiteral("621b2f72-2cbd-4395-b101-3c07c86a3ed8") << none;
    QTest::newRow("options before and after export")
        << args({"--database", "d.sqlite", "export", "--lang", "en", "--output", "o.json"})
        << C::Export << QStringLiteral("d.sqlite") << QStringLiteral("en")
        << QStringLiteral("o.json") << none << none;
    QTest::newRow("import FILE") << args({"import", "projects.json"}) << C::Import << none << nb
                                 << none << none << QStringLiteral("projects.json");
    QTest::newRow("import FILE, options after")
        << args({"import", "projects.json", "--lang=en", "--database=d.sqlite"}) << C::Import
        << QStringLiteral("d.sqlite") << QStringLiteral("en") << none << none
        << QStringLiteral("projects.json");
    QTest::newRow("check") << args({"check"}) << C::Check << none << nb << none << none << none;
    QTest::newRow("--database FILE check")
        << args({"--database", "d.sqlite", "check"}) << C::Check << QStringLiteral("d.sqlite") << nb
        << none << none << none;
    QTest::newRow("--help") << args({"--help"}) << C::Help << none << nb << none << none << none;
    QTest::newRow("-h") << args({"-h"}) << C::Help << none << nb << none << none << none;
    QTest::newRow("export --help")
        << args({"export", "--help"}) << C::Help << none << nb << none << none << none;
    QTest::newRow("--help before anything wrong")
        << args({"--help", "--no-such-option"}) << C::Help << none << nb << none << none << none;
    QTest::newRow("--version") << args({"--version"}) << C::Version << none << nb << none << none
                               << none;
    QTest::newRow("-v") << args({"-v"}) << C::Version << none << nb << none << none << none;
}

void TestCommandLine::acceptsEveryCommandAndOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Command, command);
    QFETCH(QString, database);
    QFETCH(QString, language);
    QFETCH(QString, output);
    QFETCH(QString, project);
    QFETCH(QString, importFile);

    const auto line = CommandLine::parse(arguments);

    QVERIFY2(line.ok(), line.ok() ? "" : qPrintable(line.error().message));
    QCOMPARE(line->command, command);
    QCOMPARE(line->database, database);
    QCOMPARE(line->language, language);
    QCOMPARE(line->output, output);
    QCOMPARE(line->project, project);
    QCOMPARE(line->importFile, importFile);
}

void TestCommandLine::refusesWhatIsNotUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions"); // what the message must name for the user

    const auto args = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *argument : list)
            result.append(QString::fromUtf8(argument));
        return result;
    };

    QTest::newRow("unknown option") << args({"--verbose"}) << QStringLiteral("--verbose");
    QTest::newRow("unknown option=value")
        << args({"--colour=red"}) << QStringLiteral("--colour=red");
    QTest::newRow("unknown short option") << args({"-x"}) << QStringLiteral("-x");
    QTest::newRow("unknown option after a command")
        << args({"check", "--fast"}) << QStringLiteral("--fast");
    QTest::newRow("--database without value")
        << args({"--database"}) << QStringLiteral("--database");
    QTest::newRow("--database= empty") << args({"--database="}) << QStringLiteral("--database");
    QTest::newRow("--lang without value") << args({"--lang"}) << QStringLiteral("--lang");
    QTest::newRow("--lang= empty") << args({"--lang="}) << QStringLiteral("--lang");
    QTest::newRow("bad --lang") << args({"--lang", "de"}) << QStringLiteral("de");
    QTest::newRow("bad --lang=") << args({"--lang=NB"}) << QStringLiteral("NB");
    QTest::newRow("export --output without value")
        << args({"export", "--output"}) << QStringLiteral("--output");
    QTest::newRow("export --project without value")
        << args({"export", "--project"}) << QStringLiteral("--project");
    QTest::newRow("--output without export")
        << args({"--output", "all.json"}) << QStringLiteral("--output");
    QTest::newRow("--output before export")
        << args({"--output", "all.json", "export"}) << QStringLiteral("--output");
    QTest::newRow("--output with import")
        << args({"import", "f.json", "--output", "o.json"}) << QStringLiteral("--output");
    QTest::newRow("--project with check")
        << args({"check", "--project=x"}) << QStringLiteral("--project");
    QTest::newRow("unknown command") << args({"report"}) << QStringLiteral("report");
    QTest::newRow("a dash as command") << args({"-"}) << QStringLiteral("-");
    QTest::newRow("import without file") << args({"import"}) << QStringLiteral("import");
    QTest::newRow("import of two files")
        << args({"import", "a.json", "b.json"}) << QStringLiteral("import");
    QTest::newRow("extra argument to check") << args({"check", "now"}) << QStringLiteral("now");
    QTest::newRow("extra argument to export")
        << args({"export", "all.json"}) << QStringLiteral("all.json");
    QTest::newRow("two commands") << args({"check", "export"}) << QStringLiteral("export");
    QTest::newRow("an option where a value belongs")
        << args({"export", "--output", "--project", "x"}) << QStringLiteral("--output");
}

void TestCommandLine::refusesWhatIsNotUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    const auto line = CommandLine::parse(arguments);

    QVERIFY(!line.ok());
    QCOMPARE(line.error().kind, Domain::Error::Kind::Invalid);
    QVERIFY2(line.error().message.contains(mentions), qPrintable(line.error().message));
}

void TestCommandLine::onlyTheDesktopNeedsAWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("needsWindow");

    QTest::newRow("nothing") << QStringList() << true;
    QTest::newRow("--database") << QStringList{QStringLiteral("--database=d.sqlite")} << true;
    QTest::newRow("export") << QStringList{QStringLiteral("export")} << false;
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("f.json")}
                            << false;
    QTest::newRow("check") << QStringList{QStringLiteral("check")} << false;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << false;
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << false;
}

void TestCommandLine::onlyTheDesktopNeedsAWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, needsWindow);

    const auto line = CommandLine::parse(arguments);
    QVERIFY(line.ok());
    QCOMPARE(line->needsWindow(), needsWindow);
}

void TestCommandLine::usageNamesTheDefaultDatabaseAndEveryCommand()
{
    const QString usage = CommandLine::usage(QStringLiteral("/home/kari/samspill.sqlite"));

    for (const char *expected :
         {"/home/kari/samspill.sqlite", "export", "--output", "--project", "import", "check",
          "--database", "--lang", "--help", "--version"}) {
        QVERIFY2(usage.contains(QLatin1String(expected)), expected);
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
