#include "app/commandline.h"
#include "app/language.h"

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
    void flagsAreSetOnlyWhenGiven_data();
    void flagsAreSetOnlyWhenGiven();
    void refusesWhatIsNotUsage_data();
    void refusesWhatIsNotUsage();
    void usageErrorsShowArgumentsEscapedAndWhole_data();
    void usageErrorsShowArgumentsEscapedAndWhole();
    void onlyTheDesktopNeedsAWindow_data();
    void onlyTheDesktopNeedsAWindow();
    void usageNamesTheDefaultDatabaseAndEveryCommand();
    void commandHelpListsTheCommandsOwnOptions_data();
    void commandHelpListsTheCommandsOwnOptions();
    void theLanguageAskedForIsFoundOnAWrongLine_data();
    void theLanguageAskedForIsFoundOnAWrongLine();
    void usageErrorsComeInTheInstalledLanguage();
};

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *argument : list)
        result.append(QString::fromUtf8(argument));
    return result;
}

} // namespace

void TestCommandLine::acceptsEveryCommandAndOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Command>("command");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QStringList>("projects");
    QTest::addColumn<QString>("importFile");

    const QString nb = QStringLiteral("nb");
    const QString none;
    const QStringList all; // no --project: every project
    using C = CommandLine::Command;
    const QString seed = QStringLiteral("621b2f72-2cbd-4395-b101-3c07c86a3ed8");

    QTest::newRow("nothing: the window")
        << QStringList() << C::Desktop << none << nb << none << all << none;
    QTest::newRow("--database FILE") << args({"--database", "data.sqlite"}) << C::Desktop
                                     << QStringLiteral("data.sqlite") << nb << none << all << none;
    QTest::newRow("--database=FILE") << args({"--database=data.sqlite"}) << C::Desktop
                                     << QStringLiteral("data.sqlite") << nb << none << all << none;
    QTest::newRow("--database URL")
        << args({"--database", "postgresql://samspill@db.example.org:5433/prosjekter"})
        << C::Desktop << QStringLiteral("postgresql://samspill@db.example.org:5433/prosjekter")
        << nb << none << all << none;
    QTest::newRow("--database=FILE with =")
        << args({"--database=a=b.sqlite"}) << C::Desktop << QStringLiteral("a=b.sqlite") << nb
        << none << all << none;
    QTest::newRow("--lang en") << args({"--lang", "en"}) << C::Desktop << none
                               << QStringLiteral("en") << none << all << none;
    QTest::newRow("--lang=en") << args({"--lang=en"}) << C::Desktop << none << QStringLiteral("en")
                               << none << all << none;
    QTest::newRow("--lang nb") << args({"--lang", "nb"}) << C::Desktop << none << nb << none << all
                               << none;
    QTest::newRow("export") << args({"export"}) << C::Export << none << nb << none << all << none;
    QTest::newRow("export --output FILE")
        << args({"export", "--output", "all.json"}) << C::Export << none << nb
        << QStringLiteral("all.json") << all << none;
    QTest::newRow("export --output=FILE")
        << args({"export", "--output=all.json"}) << C::Export << none << nb
        << QStringLiteral("all.json") << all << none;
    QTest::newRow("export --output -") << args({"export", "--output", "-"}) << C::Export << none
                                       << nb << QStringLiteral("-") << all << none;
    QTest::newRow("export --project NAME")
        << args({"export", "--project", "Psykisk Helse i Nord-Trøndelag"}) << C::Export << none
        << nb << none << args({"Psykisk Helse i Nord-Trøndelag"}) << none;
    QTest::newRow("export --project=UUID --output=FILE")
        << args({"export", "--project=621b2f72-2cbd-4395-b101-3c07c86a3ed8", "--output=one.json"})
        << C::Export << none << nb << QStringLiteral("one.json") << QStringList{seed} << none;
    QTest::newRow("export --project A --project=B, in that order")
        << args({"export", "--project", "Rask psykisk helsehjelp",
                 "--project=621b2f72-2cbd-4395-b101-3c07c86a3ed8"})
        << C::Export << none << nb << none
        << QStringList{QStringLiteral("Rask psykisk helsehjelp"), seed} << none;
    QTest::newRow("export --project A --project A: as given")
        << args({"export", "--project", "A", "--project", "A"}) << C::Export << none << nb << none
        << args({"A", "A"}) << none;
    QTest::newRow("program options before export, its own after")
        << args({"--database", "d.sqlite", "--lang", "en", "export", "--output", "o.json"})
        << C::Export << QStringLiteral("d.sqlite") << QStringLiteral("en")
        << QStringLiteral("o.json") << all << none;
    QTest::newRow("export --output -FILE: a value may begin with a dash")
        << args({"export", "--output", "-all.json"}) << C::Export << none << nb
        << QStringLiteral("-all.json") << all << none;
    QTest::newRow("export --project=ID=with=signs")
        << args({"export", "--project=a=b"}) << C::Export << none << nb << none << args({"a=b"})
        << none;
    QTest::newRow("import FILE") << args({"import", "projects.json"}) << C::Import << none << nb
                                 << none << all << QStringLiteral("projects.json");
    QTest::newRow("import -- FILE: a file named like an option after --")
        << args({"import", "--", "--help"}) << C::Import << none << nb << none << all
        << QStringLiteral("--help");
    QTest::newRow("import -: a lone dash is an argument")
        << args({"import", "-"}) << C::Import << none << nb << none << all << QStringLiteral("-");
    QTest::newRow("-- before the command")
        << args({"--database=d.sqlite", "--", "import", "f.json"}) << C::Import
        << QStringLiteral("d.sqlite") << nb << none << all << QStringLiteral("f.json");
    QTest::newRow("-- alone: the window")
        << args({"--"}) << C::Desktop << none << nb << none << all << none;
    QTest::newRow("check") << args({"check"}) << C::Check << none << nb << none << all << none;
    QTest::newRow("--database FILE check")
        << args({"--database", "d.sqlite", "check"}) << C::Check << QStringLiteral("d.sqlite") << nb
        << none << all << none;
    QTest::newRow("--help") << args({"--help"}) << C::Help << none << nb << none << all << none;
    QTest::newRow("-h") << args({"-h"}) << C::Help << none << nb << none << all << none;
    QTest::newRow("export --help")
        << args({"export", "--help"}) << C::Help << none << nb << none << all << none;
    QTest::newRow("--help before anything wrong")
        << args({"--help", "--no-such-option"}) << C::Help << none << nb << none << all << none;
    QTest::newRow("--help after anything wrong")
        << args({"--no-such-option", "--help", "--database"}) << C::Help << none << nb << none
        << all << none;
    QTest::newRow("import --help without its file")
        << args({"import", "--help"}) << C::Help << none << nb << none << all << none;
    QTest::newRow("check -h beside something wrong")
        << args({"check", "-h", "now", "--fast"}) << C::Help << none << nb << none << all << none;
    QTest::newRow("-hv: short options compacted")
        << args({"-hv"}) << C::Help << none << nb << none << all << none;
    QTest::newRow("--version") << args({"--version"}) << C::Version << none << nb << none << all
                               << none;
    QTest::newRow("-v") << args({"-v"}) << C::Version << none << nb << none << all << none;
}

void TestCommandLine::acceptsEveryCommandAndOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Command, command);
    QFETCH(QString, database);
    QFETCH(QString, language);
    QFETCH(QString, output);
    QFETCH(QStringList, projects);
    QFETCH(QString, importFile);

    const auto line = CommandLine::parse(arguments);

    QVERIFY2(line.ok(), line.ok() ? "" : qPrintable(line.error().message));
    QCOMPARE(line->command, command);
    QCOMPARE(line->database, database);
    QCOMPARE(line->language, language);
    QCOMPARE(line->output, output);
    QCOMPARE(line->projects, projects);
    QCOMPARE(line->importFile, importFile);
}

void TestCommandLine::flagsAreSetOnlyWhenGiven_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Command>("command");
    QTest::addColumn<QString>("importFile");
    QTest::addColumn<bool>("acceptPersonalData");
    QTest::addColumn<bool>("empty");

    using C = CommandLine::Command;
    const QString file = QStringLiteral("f.json");
    QTest::newRow("import FILE") << args({"import", "f.json"}) << C::Import << file << false
                                 << false;
    QTest::newRow("import --accept-personal-data FILE")
        << args({"import", "--accept-personal-data", "f.json"}) << C::Import << file << true
        << false;
    QTest::newRow("import FILE --accept-personal-data")
        << args({"import", "f.json", "--accept-personal-data"}) << C::Import << file << true
        << false;
    QTest::newRow("import -- --accept-personal-data: a file of that name")
        << args({"import", "--", "--accept-personal-data"}) << C::Import
        << QStringLiteral("--accept-personal-data") << false << false;
    QTest::newRow("init") << args({"init"}) << C::Init << QString() << false << false;
    QTest::newRow("init --empty") << args({"init", "--empty"}) << C::Init << QString() << false
                                  << true;
}

void TestCommandLine::flagsAreSetOnlyWhenGiven()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Command, command);
    QFETCH(QString, importFile);
    QFETCH(bool, acceptPersonalData);
    QFETCH(bool, empty);

    const auto line = CommandLine::parse(arguments);

    QVERIFY2(line.ok(), line.ok() ? "" : qPrintable(line.error().message));
    QCOMPARE(line->command, command);
    QCOMPARE(line->importFile, importFile);
    QCOMPARE(line->acceptPersonalData, acceptPersonalData);
    QCOMPARE(line->empty, empty);
}

void TestCommandLine::refusesWhatIsNotUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions"); // what the message must name for the user

    QTest::newRow("unknown option") << args({"--verbose"}) << QStringLiteral("\"--verbose\"");
    QTest::newRow("unknown option=value: named without its value")
        << args({"--colour=red"}) << QStringLiteral("\"--colour\"");
    QTest::newRow("unknown short option") << args({"-x"}) << QStringLiteral("-x");
    QTest::newRow("unknown option after a command")
        << args({"check", "--fast"}) << QStringLiteral("--fast");
    QTest::newRow("--version after a command: it goes before")
        << args({"check", "--version"}) << QStringLiteral("--version");
    QTest::newRow("--lang after a command: it goes before")
        << args({"export", "--lang", "en"}) << QStringLiteral("--lang");
    QTest::newRow("--database after a command: it goes before")
        << args({"import", "f.json", "--database=d.sqlite"}) << QStringLiteral("--database");
    QTest::newRow("--database given twice")
        << args({"--database", "a.sqlite", "--database=b.sqlite"}) << QStringLiteral("--database");
    QTest::newRow("--lang given twice, the same")
        << args({"--lang", "en", "--lang", "en"}) << QStringLiteral("--lang");
    QTest::newRow("export --output given twice")
        << args({"export", "--output", "a.json", "--output", "b.json"})
        << QStringLiteral("--output");
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
    QTest::newRow("export --project= empty")
        << args({"export", "--project="}) << QStringLiteral("--project");
    QTest::newRow("export --output= empty")
        << args({"export", "--output="}) << QStringLiteral("--output");
    QTest::newRow("--output without export")
        << args({"--output", "all.json"}) << QStringLiteral("--output");
    QTest::newRow("--output before export")
        << args({"--output", "all.json", "export"}) << QStringLiteral("--output");
    QTest::newRow("--output with import")
        << args({"import", "f.json", "--output", "o.json"}) << QStringLiteral("--output");
    QTest::newRow("--project with check")
        << args({"check", "--project=x"}) << QStringLiteral("--project");
    QTest::newRow("--accept-personal-data before the command")
        << args({"--accept-personal-data", "import", "f.json"})
        << QStringLiteral("\"--accept-personal-data\"");
    QTest::newRow("--accept-personal-data with export")
        << args({"export", "--accept-personal-data"}) << QStringLiteral("--accept-personal-data");
    QTest::newRow("--accept-personal-data with a value")
        << args({"import", "--accept-personal-data=yes", "f.json"})
        << QStringLiteral("--accept-personal-data");
    QTest::newRow("unknown command") << args({"publish"}) << QStringLiteral("\"publish\"");
    QTest::newRow("report of nothing")
        << args({"report", "--from", "2012", "--to", "2012", "--output", "r.pdf"})
        << QStringLiteral("--project or --all");
    QTest::newRow("an empty command") << args({""}) << QStringLiteral("\"\"");
    QTest::newRow("a dash as command") << args({"-"}) << QStringLiteral("\"-\"");
    QTest::newRow("an option as command after --")
        << args({"--", "--help"}) << QStringLiteral("\"--help\"");
    QTest::newRow("import without file") << args({"import"}) << QStringLiteral("import");
    QTest::newRow("import of two files")
        << args({"import", "a.json", "b.json"}) << QStringLiteral("\"b.json\"");
    QTest::newRow("extra argument to check") << args({"check", "now"}) << QStringLiteral("\"now\"");
    QTest::newRow("extra argument to export")
        << args({"export", "all.json"}) << QStringLiteral("\"all.json\"");
    QTest::newRow("extra argument to check after --")
        << args({"check", "--", "--fast"}) << QStringLiteral("\"--fast\"");
    QTest::newRow("two commands") << args({"check", "export"}) << QStringLiteral("\"export\"");
    QTest::newRow("an option where a value belongs is its value")
        << args({"export", "--output", "--project", "x"}) << QStringLiteral("\"x\"");
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

void TestCommandLine::usageErrorsShowArgumentsEscapedAndWhole_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("shown");

    // ESC [ 2 J clears a terminal; %2 would be replaced by a later QString::arg().
    QTest::newRow("unknown option")
        << args({"--x%2\x1b[2J"}) << QStringLiteral("\"--x%2\\u001B[2J\"");
    QTest::newRow("unknown command") << args({"x%2\x1b[2J"}) << QStringLiteral("\"x%2\\u001B[2J\"");
    QTest::newRow("unexpected argument")
        << args({"check", "x%2\x1b[2J"}) << QStringLiteral("\"x%2\\u001B[2J\"");
    QTest::newRow("unknown language")
        << args({"--lang", "x%2\x1b[2J"}) << QStringLiteral("x%2\\u001B[2J");
    QTest::newRow("a new line cannot forge a message")
        << args({"check", "a\nUkjent"}) << QStringLiteral("\"a\\nUkjent\"");
}

void TestCommandLine::usageErrorsShowArgumentsEscapedAndWhole()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, shown);

    const auto line = CommandLine::parse(arguments);

    QVERIFY(!line.ok());
    QVERIFY2(line.error().message.contains(shown), qPrintable(line.error().message));
    QVERIFY(!line.error().message.contains(QChar(0x1b)));
    QVERIFY(!line.error().message.contains(QLatin1Char('\n')));
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
    QTest::newRow("export --help") << args({"export", "--help"}) << false;
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
         {"samspill [--database FILE|URL] [--lang nb|en] [COMMAND]", "/home/kari/samspill.sqlite",
          "export [--output FILE] [--project ID]...", "import [--accept-personal-data] FILE",
          "check", "--database <FILE|URL>", "--lang <nb|en>", "-h, --help", "-v, --version",
          "samspill COMMAND --help"}) {
        QVERIFY2(usage.contains(QLatin1String(expected)), expected);
    }
    QVERIFY2(!usage.contains(QLatin1String("executable_name")), qPrintable(usage));
}

void TestCommandLine::commandHelpListsTheCommandsOwnOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("notShown");

    const QStringList programOptions{QStringLiteral("--database <"), QStringLiteral("--version"),
                                     QStringLiteral("Commands:")};
    QTest::newRow("export --help")
        << args({"export", "--help"})
        << args({"Usage: samspill [--database FILE|URL] [--lang nb|en] export [--output FILE]",
                 "--output <FILE>", "--project <ID>", "-h, --help", "standard output"})
        << programOptions;
    QTest::newRow("import -h")
        << args({"import", "-h"})
        << args({"Usage: samspill [--database FILE|URL] [--lang nb|en] import "
                 "[--accept-personal-data] FILE",
                 "--accept-personal-data", "FILE  ", "-h, --help"})
        << programOptions + args({"--output"});
    QTest::newRow("--lang en check --help")
        << args({"--lang", "en", "check", "--help"})
        << args({"Usage: samspill [--database FILE|URL] [--lang nb|en] check", "-h, --help"})
        << programOptions + args({"--output", "Arguments:"});
}

void TestCommandLine::commandHelpListsTheCommandsOwnOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, notShown);

    const auto line = CommandLine::parse(arguments);

    QVERIFY2(line.ok(), line.ok() ? "" : qPrintable(line.error().message));
    QCOMPARE(line->command, CommandLine::Command::Help);
    for (const QString &text : shown)
        QVERIFY2(line->help.contains(text),
                 qPrintable(text + QStringLiteral(" in:\n") + line->help));
    for (const QString &text : notShown)
        QVERIFY2(!line->help.contains(text),
                 qPrintable(text + QStringLiteral(" in:\n") + line->help));
}

void TestCommandLine::theLanguageAskedForIsFoundOnAWrongLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");

    const QString nb = QStringLiteral("nb");
    const QString en = QStringLiteral("en");
    QTest::newRow("nothing") << QStringList() << nb;
    QTest::newRow("--lang en") << args({"--lang", "en"}) << en;
    QTest::newRow("--lang=en before an unknown option") << args({"--lang=en", "--bogus"}) << en;
    QTest::newRow("--lang en after an unknown option") << args({"--bogus", "--lang", "en"}) << en;
    QTest::newRow("--lang en before a wrong command")
        << args({"--lang", "en", "export", "--bogus"}) << en;
    QTest::newRow("--lang en, a value missing after it")
        << args({"--lang", "en", "--database"}) << en;
    QTest::newRow("--lang nb") << args({"--lang", "nb", "--bogus"}) << nb;
    QTest::newRow("an unknown language") << args({"--lang", "de"}) << nb;
    QTest::newRow("--lang without a value") << args({"--lang"}) << nb;
    QTest::newRow("--lang twice") << args({"--lang", "en", "--lang", "en"}) << nb;
    QTest::newRow("--lang after the command belongs to it")
        << args({"export", "--lang", "en"}) << nb;
}

void TestCommandLine::theLanguageAskedForIsFoundOnAWrongLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);

    QCOMPARE(CommandLine::requestedLanguage(arguments), language);
}

void TestCommandLine::usageErrorsComeInTheInstalledLanguage()
{
    // The parser translates as it goes: main() installs the language asked for and parses again.
    const QStringList wrong = args({"--bogus"});
    QVERIFY2(CommandLine::parse(wrong).error().message.startsWith(QLatin1String("Unknown option")),
             qPrintable(CommandLine::parse(wrong).error().message));

    QVERIFY(App::Language::install(*QCoreApplication::instance(), QStringLiteral("nb")));

    QVERIFY2(CommandLine::parse(wrong).error().message.startsWith(QLatin1String("Ukjent valg")),
             qPrintable(CommandLine::parse(wrong).error().message));
    const QString unknownCommand = CommandLine::parse(args({"rapport"})).error().message;
    QVERIFY2(unknownCommand.startsWith(QLatin1String("Ukjent kommando")),
             qPrintable(unknownCommand));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
