#include "app/commandline.h"

#include "models/domain/plandate.h"
#include "models/domain/text.h"
#include "models/report/request.h"
#include "models/timeline/chartexport.h"
#include "models/timeline/zoom.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <optional>

namespace App {
namespace {

using Command = CommandLine::Command;
using Domain::Error;

const QString programName = QStringLiteral("samspill");
const QString databaseName = QStringLiteral("database");
const QString languageName = QStringLiteral("lang");
const QString helpName = QStringLiteral("help");
const QString versionName = QStringLiteral("version");
const QStringList languages{QStringLiteral("nb"), QStringLiteral("en")};
// The program's options that a command's parser does not know: given after the command, they
// are told to go before it.
const QStringList programOnlyNames{databaseName, languageName, QStringLiteral("v"), versionName};

Error usageError(const QString &message)
{
    return Error{Error::Kind::Invalid, message};
}

// An option as the help writes it: Qt names options without their dashes.
QString written(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), helpName}, CommandLine::tr("show this help"));
}

// What Qt refused, as a usage error. Qt names an unknown option without its dashes and does not
// escape it, so that message is ours; its others (a value missing after an option, or given to
// one that takes none) quote an option that was declared, escaped all the same.
Error refused(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return usageError(Domain::printable(parser.errorText()));
    return usageError(
        CommandLine::tr("Unknown option: %1").arg(Domain::quoted(written(unknown.constFirst()))));
}

// The values of an option that takes one; an empty one is refused, so that --output= cannot
// mean standard output by accident.
Domain::Result<QStringList> valuesOf(const QCommandLineParser &parser,
                                     const QCommandLineOption &option)
{
    const QStringList values = parser.values(option);
    if (values.contains(QString()))
        return usageError(CommandLine::tr("The option %1 needs a value.")
                              .arg(written(option.names().constLast())));
    return values;
}

// The value of an option that makes sense once: given twice is refused, not decided silently
// for the last one. target keeps its default when the option is not given.
Domain::Result<void> readSingle(const QCommandLineParser &parser, const QCommandLineOption &option,
                                QString &target)
{
    auto values = valuesOf(parser, option);
    if (!values)
        return values.error();
    if (values->size() > 1)
        return usageError(CommandLine::tr("The option %1 may be given only once.")
                              .arg(written(option.names().constLast())));
    if (!values->isEmpty())
        target = values->constFirst();
    return {};
}

// Qt's help under a first line of ours: Qt's names the program as it was started (or
// "<executable_name>" before an application exists), and not the command.
QString helpText(const QCommandLineParser &parser, const QString &synopsis)
{
    const QString text = parser.helpText();
    return CommandLine::tr("Usage: %1").arg(synopsis) + text.mid(text.indexOf(QLatin1Char('\n')));
}

// The program's options: what comes before the command. Qt hands the command and everything
// after it over as positional arguments, for the command's own parser (git-style).
struct ProgramOptions
{
    explicit ProgramOptions(const QString &defaultDatabase)
        : database(databaseName,
                   CommandLine::tr("the SQLite database file (default: %1), or a PostgreSQL "
                                   "database: postgresql://user@host:port/database")
                       .arg(Domain::printable(defaultDatabase)),
                   CommandLine::tr("FILE|URL"))
        , language(languageName,
                   CommandLine::tr("the language of the window and messages (default: nb)"),
                   QStringLiteral("nb|en"))
        , version({QStringLiteral("v"), versionName}, CommandLine::tr("show the version"))
    {}

    void declare(QCommandLineParser &parser) const
    {
        parser.setOptionsAfterPositionalArgumentsMode(
            QCommandLineParser::ParseAsPositionalArguments);
        parser.addOptions({database, language, help, version});
    }

    QCommandLineOption database;
    QCommandLineOption language;
    QCommandLineOption help = helpOption();
    QCommandLineOption version;
};

class CommandParser;

// A command: its name, the synopsis and summary that the help shows, and the function that
// declares its options and arguments on a CommandParser, parses, and reads what it needs into
// the line. Adding a command is one such function and one row in commands below.
struct CommandDefinition
{
    QLatin1String name;
    Command command;
    const char *arguments; // after the name in the synopsis; translated (App::CommandLine)
    const char *summary;   // translated (App::CommandLine)
    Domain::Result<void> (*read)(CommandParser &parser, CommandLine &line);

    // The name stays out of the translated text: it is typed as it is in every language.
    QString synopsis() const
    {
        QString text = name;
        if (*arguments)
            text += QLatin1Char(' ') + CommandLine::tr(arguments);
        return text;
    }
};

// The parser of one command, over the arguments after its name, with what every command needs:
// -h/--help, usage errors in our words, and as many arguments as it declares.
class CommandParser
{
public:
    CommandParser(const CommandDefinition &command, const QStringList &arguments)
        : m_command(command)
        , m_arguments(arguments)
    {
        m_parser.setApplicationDescription(CommandLine::tr(command.summary));
    }

    QCommandLineOption addOption(const QString &name, const QString &valueName,
                                 const QString &description)
    {
        const QCommandLineOption option(name, description, valueName);
        m_parser.addOption(option);
        return option;
    }

    // An option that takes no value.
    QCommandLineOption addFlag(const QString &name, const QString &description)
    {
        const QCommandLineOption option(name, description);
        m_parser.addOption(option);
        return option;
    }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }

    // An argument the command requires; it takes exactly as many as it declares.
    void addArgument(const QString &name, const QString &description)
    {
        m_parser.addPositionalArgument(name, description);
        m_argumentNames.append(name);
    }

    // An error for a line the command cannot run with; otherwise helpAsked() or the values may
    // be read. --help wins over anything wrong beside it.
    Domain::Result<void> parse()
    {
        m_parser.addOption(m_help); // here, so that the help lists it after the command's own
        const bool parsed = m_parser.parse(QStringList{programName} + m_arguments);
        if (helpAsked())
            return {};
        const QString name = m_command.name;
        if (!parsed) {
            const QStringList unknown = m_parser.unknownOptionNames();
            if (!unknown.isEmpty() && programOnlyNames.contains(unknown.constFirst())) {
                return usageError(CommandLine::tr("The option %1 goes before the command %2.")
                                      .arg(written(unknown.constFirst()), name));
            }
            return refused(m_parser);
        }
        const QStringList given = m_parser.positionalArguments();
        if (given.size() > m_argumentNames.size()) {
            return usageError(CommandLine::tr("Unexpected argument: %1")
                                  .arg(Domain::quoted(given.at(m_argumentNames.size()))));
        }
        if (given.size() < m_argumentNames.size()) {
            return usageError(CommandLine::tr("The command %1 needs the argument %2.")
                                  .arg(name, m_argumentNames.at(given.size())));
        }
        return {};
    }

    bool helpAsked() const { return m_parser.isSet(m_help); }
    QString help() const
    {
        return helpText(m_parser,
                        CommandLine::tr("samspill [--database FILE|URL] [--lang nb|en] %1")
                            .arg(m_command.synopsis()));
    }

    QStringList arguments() const { return m_parser.positionalArguments(); }
    // The first argument after the command's name that is not an option, before parsing (for
    // a command whose first argument says what the rest may be); empty when there is none.
    QString firstArgument() const
    {
        for (const QString &argument : m_arguments) {
            if (!argument.startsWith(QLatin1Char('-')))
                return argument;
        }
        return {};
    }
    Domain::Result<void> single(const QCommandLineOption &option, QString &target) const
    {
        return readSingle(m_parser, option, target);
    }
    // The values of an option that may be repeated, in the order given.
    Domain::Result<void> every(const QCommandLineOption &option, QStringList &target) const
    {
        auto values = valuesOf(m_parser, option);
        if (!values)
            return values.error();
        target = std::move(values).value();
        return {};
    }

private:
    const CommandDefinition &m_command;
    const QStringList m_arguments;
    QCommandLineParser m_parser;
    const QCommandLineOption m_help = helpOption();
    QStringList m_argumentNames;
};

Domain::Result<void> readExport(CommandParser &parser, CommandLine &line)
{
    const QCommandLineOption output =
        parser.addOption(QStringLiteral("output"), CommandLine::tr("FILE"),
                         CommandLine::tr("the file to write, whole or not at all; standard "
                                         "output when it is missing or -"));
    const QCommandLineOption project = parser.addOption(
        QStringLiteral("project"), CommandLine::tr("ID"),
        CommandLine::tr("a project to export, by UUID, name or short name; repeat it for "
                        "more; all projects when it is missing"));
    if (auto parsed = parser.parse(); !parsed || parser.helpAsked())
        return parsed;
    if (auto read = parser.single(output, line.output); !read)
        return read;
    return parser.every(project, line.projects);
}

Domain::Result<void> readImport(CommandParser &parser, CommandLine &line)
{
    const QCommandLineOption acceptPersonalData = parser.addFlag(
        QStringLiteral("accept-personal-data"),
        CommandLine::tr("import the file even when it holds what looks like a national identity "
                        "number; the fields are named in a warning"));
    parser.addArgument(CommandLine::tr("FILE"), CommandLine::tr("the exchange file to read"));
    if (auto parsed = parser.parse(); !parsed || parser.helpAsked())
        return parsed;
    line.importFile = parser.arguments().constFirst();
    line.acceptPersonalData = parser.isSet(acceptPersonalData);
    return {};
}

Domain::Result<void> readInit(CommandParser &parser, CommandLine &line)
{
    const QCommandLineOption empty = parser.addFlag(
        QStringLiteral("empty"), CommandLine::tr("without the built-in demo project"));
    if (auto parsed = parser.parse(); !parsed || parser.helpAsked())
        return parsed;
    line.empty = parser.isSet(empty);
    return {};
}

Domain::Result<void> readCheck(CommandParser &parser, CommandLine &)
{
    return parser.parse();
}

// A day of --from or --to: any date Samspill reads ("2012-09-15", "høsten 2012", "2012"), the
// first day of its interval for --from and the last for --to.
Domain::Result<void> readDay(CommandParser &parser, const QCommandLineOption &option, bool first,
                             QDate &target)
{
    QString text;
    if (auto read = parser.single(option, text); !read || text.isEmpty())
        return read;
    const auto date = Domain::PlanDate::parse(text);
    if (!date) {
        return usageError(CommandLine::tr("The option %1: %2")
                              .arg(written(option.names().constLast()), date.error().message));
    }
    target = first ? date->first() : date->last();
    return {};
}

Domain::Result<void> readStatus(CommandParser &parser, CommandLine &line)
{
    const QCommandLineOption project = parser.addOption(
        QStringLiteral("project"), CommandLine::tr("ID"),
        CommandLine::tr("one project, by UUID, name or short name, in full; the whole "
                        "portfolio when it is missing"));
    const QCommandLineOption asOf = parser.addOption(
        QStringLiteral("as-of"), CommandLine::tr("DATE"),
        CommandLine::tr("as it stood at the end of this earlier day (YYYY-MM-DD), rebuilt from "
                        "the change history and the status log; today when it is missing"));
    const QCommandLineOption format =
        parser.addOption(QStringLiteral("format"), QStringLiteral("text|json"),
                         CommandLine::tr("text for people (the default) or json for programs"));
    const QCommandLineOption staleDays = parser.addOption(
        QStringLiteral("stale-days"), CommandLine::tr("N"),
        CommandLine::tr("a measure without a status update for N days is stale (default: %1)")
            .arg(Overview::Settings::DefaultStaleDays));
    if (auto parsed = parser.parse(); !parsed || parser.helpAsked())
        return parsed;
    QString day;
    QString formatName = QStringLiteral("text");
    QString days;
    for (const auto &[option, target] :
         {std::pair{&project, &line.statusProject}, std::pair{&asOf, &day},
          std::pair{&format, &formatName}, std::pair{&staleDays, &days}}) {
        if (auto read = parser.single(*option, *target); !read)
            return read;
    }
    if (!day.isEmpty()) {
        // Exactly YYYY-MM-DD, as the exchange format writes days.
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        line.asOf = QDate::fromString(day, Qt::ISODate);
        if (!shape.match(day).hasMatch() || !line.asOf.isValid()) {
            return usageError(CommandLine::tr("--as-of needs a date as YYYY-MM-DD, not %1.")
                                  .arg(Domain::quoted(day)));
        }
    }
    if (formatName == QLatin1String("json")) {
        line.statusFormat = CommandLine::Format::Json;
    } else if (formatName != QLatin1String("text")) {
        return usageError(CommandLine::tr("Unknown format %1: use text or json.")
                              .arg(Domain::quoted(formatName)));
    }
    if (!days.isEmpty()) {
        bool ok = false;
        line.staleDays = days.toInt(&ok);
        if (!ok || line.staleDays < 1 || line.staleDays > 3650) {
            return usageError(CommandLine::tr("--stale-days needs a number of days from 1 to "
                                              "3650, not %1.")
                                  .arg(Domain::quoted(days)));
        }
    }
    return {};
}

Domain::Result<void> readTimeline(CommandParser &parser, CommandLine &line)
{
    const QCommandLineOption project =
        parser.addOption(QStringLiteral("project"), CommandLine::tr("ID"),
                         CommandLine::tr("the project, by UUID, name or short name"));
    const QCommandLineOption output =
        parser.addOption(QStringLiteral("output"), CommandLine::tr("FILE"),
                         CommandLine::tr("the file to write, whole or not at all"));
    const QCommandLineOption format = parser.addOption(
        QStringLiteral("format"), QStringLiteral("png|svg|pdf"),
        CommandLine::tr("a picture (png, svg) or pages (pdf); by default the file's suffix"));
    const QCommandLineOption from = parser.addOption(
        QStringLiteral("from"), CommandLine::tr("DATE"),
        CommandLine::tr("the first day shown (a day, or the first day of a month, quarter, "
                        "half-year or year); by default a month before the first date"));
    const QCommandLineOption to = parser.addOption(
        QStringLiteral("to"), CommandLine::tr("DATE"),
        CommandLine::tr("the last day shown; by default a month after the last date"));
    const QCommandLineOption zoom =
        parser.addOption(QStringLiteral("zoom"), QStringLiteral("week|month|quarter|year"),
                         CommandLine::tr("the scale of the time axis (default: quarter)"));
    const QCommandLineOption onePage =
        parser.addFlag(QStringLiteral("one-page"), CommandLine::tr("fit a PDF to one page"));
    if (auto parsed = parser.parse(); !parsed || parser.helpAsked())
        return parsed;

    QString projectName;
    for (const auto &[option, target] :
         {std::pair(&project, &projectName), std::pair(&output, &line.output),
          std::pair(&format, &line.format), std::pair(&zoom, &line.zoom)}) {
        if (auto read = parser.single(*option, *target); !read)
            return read;
    }
    for (const auto &[option, value] :
         {std::pair(&project, projectName), std::pair(&output, line.output)}) {
        if (value.isEmpty()) {
            return usageError(
                CommandLine::tr("The command %1 needs the option %2.")
                    .arg(QStringLiteral("timeline"), written(option->names().constLast())));
        }
    }
    line.projects = QStringList{projectName};
    if (line.format.isEmpty())
        line.format = QFileInfo(line.output).suffix();
    line.format = line.format.toLower();
    if (!Timeline::ChartExport::formatFromCode(line.format)) {
        return usageError(CommandLine::tr("Unknown format %1: use png, svg or pdf.")
                              .arg(Domain::quoted(line.format)));
    }
    if (!Timeline::zoomFromCode(line.zoom)) {
        return usageError(CommandLine::tr("Unknown zoom %1: use week, month, quarter or year.")
                              .arg(Domain::quoted(line.zoom)));
    }
    if (auto read = readDay(parser, from, true, line.from); !read)
        return read;
    if (auto read = readDay(parser, to, false, line.to); !read)
        return read;
    if (line.from.isValid() && line.to.isValid() && line.to < line.from) {
        return usageError(CommandLine::tr("The timeline cannot end (%1) before it begins (%2).")
                              .arg(line.to.toString(Qt::ISODate), line.from.toString(Qt::ISODate)));
    }
    line.onePage = parser.isSet(onePage);
    return {};
}

Domain::Result<void> readReport(CommandParser &parser, CommandLine &line)
{
    const QCommandLineOption project = parser.addOption(
        QStringLiteral("project"), CommandLine::tr("ID"),
        CommandLine::tr("a project to report on, by UUID, name or short name; repeat it for "
                        "more (a portfolio report)"));
    const QCommandLineOption all =
        parser.addFlag(QStringLiteral("all"), CommandLine::tr("report on every project: a "
                                                              "portfolio report"));
    const QCommandLineOption from = parser.addOption(
        QStringLiteral("from"), CommandLine::tr("DATE"),
        CommandLine::tr("the first day of the period (a day, or the first day of a month, "
                        "quarter, half-year or year)"));
    const QCommandLineOption to = parser.addOption(
        QStringLiteral("to"), CommandLine::tr("DATE"),
        CommandLine::tr("the last day of the period (a day, or the last day of a month, "
                        "quarter, half-year or year)"));
    const QCommandLineOption format = parser.addOption(
        QStringLiteral("format"), QStringLiteral("pdf|odt|html|md|csv"),
        CommandLine::tr("the kind of file (csv: the measures only); by default the file's "
                        "suffix"));
    const QCommandLineOption output =
        parser.addOption(QStringLiteral("output"), CommandLine::tr("FILE"),
                         CommandLine::tr("the file to write, whole or not at all"));
    const QCommandLineOption draft = parser.addFlag(
        QStringLiteral("draft"), CommandLine::tr("write the file without keeping it in the report "
                                                 "archive (also on a database that can only be "
                                                 "read); by default the report is issued and "
                                                 "archived"));
    const QCommandLineOption language =
        parser.addOption(languageName, QStringLiteral("nb|en"),
                         CommandLine::tr("the language of the report (default: nb)"));
    const QCommandLineOption sections = parser.addOption(
        QStringLiteral("sections"), CommandLine::tr("LIST"),
        CommandLine::tr("the sections, separated by commas, of: %1; by default all")
            .arg(Report::Request::sectionCodes().join(QStringLiteral(", "))));
    const QCommandLineOption producedOn = parser.addOption(
        QStringLiteral("produced-on"), CommandLine::tr("DATE"),
        CommandLine::tr("the day the report says it was produced (YYYY-MM-DD); by default "
                        "today"));
    if (auto parsed = parser.parse(); !parsed || parser.helpAsked())
        return parsed;

    QString sectionList;
    QString produced;
    for (const auto &[option, target] :
         {std::pair(&output, &line.output), std::pair(&format, &line.format),
          std::pair(&language, &line.language), std::pair(&sections, &sectionList),
          std::pair(&producedOn, &produced)}) {
        if (auto read = parser.single(*option, *target); !read)
            return read;
    }
    if (auto read = parser.every(project, line.projects); !read)
        return read;
    line.allProjects = parser.isSet(all);
    line.draft = parser.isSet(draft);
    const QString name = QStringLiteral("report");
    if (line.allProjects == !line.projects.isEmpty()) {
        return usageError(
            CommandLine::tr("The command %1 needs either --project or --all.").arg(name));
    }
    for (const QCommandLineOption *option : {&from, &to, &output}) {
        if (!parser.isSet(*option)) {
            return usageError(CommandLine::tr("The command %1 needs the option %2.")
                                  .arg(name, written(option->names().constLast())));
        }
    }
    if (!languages.contains(line.language)) {
        return usageError(CommandLine::tr("Unknown language \"%1\": use nb or en.")
                              .arg(Domain::printable(line.language)));
    }
    if (line.format.isEmpty())
        line.format = QFileInfo(line.output).suffix();
    line.format = line.format.toLower();
    if (!Report::Request::formatFromCode(line.format)) {
        return usageError(CommandLine::tr("Unknown format %1: use pdf, odt, html, md or csv.")
                              .arg(Domain::quoted(line.format)));
    }
    if (!sectionList.isEmpty()) {
        line.sections = {};
        for (const QString &code : sectionList.split(QLatin1Char(','))) {
            const auto section = Report::Request::sectionFromCode(code.trimmed());
            if (!section) {
                return usageError(
                    CommandLine::tr("Unknown section %1: use %2.")
                        .arg(Domain::quoted(code.trimmed()),
                             Report::Request::sectionCodes().join(QStringLiteral(", "))));
            }
            line.sections |= *section;
        }
    }
    if (!produced.isEmpty()) {
        line.producedOn = QDate::fromString(produced, Qt::ISODate);
        if (!line.producedOn.isValid() || produced.size() != 10) {
            return usageError(CommandLine::tr("--produced-on needs a date as YYYY-MM-DD, not %1.")
                                  .arg(Domain::quoted(produced)));
        }
    }
    if (auto read = readDay(parser, from, true, line.from); !read)
        return read;
    if (auto read = readDay(parser, to, false, line.to); !read)
        return read;
    if (line.to < line.from) {
        return usageError(CommandLine::tr("The period cannot end (%1) before it begins (%2).")
                              .arg(line.to.toString(Qt::ISODate), line.from.toString(Qt::ISODate)));
    }
    return {};
}

// archive list [--project ID] [--format text|json], archive show UUID --output FILE: the first
// argument says which, and so which options and arguments the rest may have.
Domain::Result<void> readArchive(CommandParser &parser, CommandLine &line)
{
    const QString action = parser.firstArgument();
    const bool list = action == QLatin1String("list");
    const bool show = action == QLatin1String("show");
    const bool either = !list && !show; // --help, or a mistake: every option is declared
    std::optional<QCommandLineOption> project;
    std::optional<QCommandLineOption> format;
    std::optional<QCommandLineOption> output;
    if (list || either) {
        project = parser.addOption(
            QStringLiteral("project"), CommandLine::tr("ID"),
            CommandLine::tr("list: the reports of one project, by UUID, name or short name; "
                            "every report when it is missing"));
        format = parser.addOption(QStringLiteral("format"), QStringLiteral("text|json"),
                                  CommandLine::tr("list: text for people (the default) or json "
                                                  "for programs"));
    }
    if (show || either) {
        output = parser.addOption(QStringLiteral("output"), CommandLine::tr("FILE"),
                                  CommandLine::tr("show: the file to write the report to, "
                                                  "whole or not at all"));
    }
    parser.addArgument(QStringLiteral("list|show"),
                       CommandLine::tr("list the archived reports, or write one out unchanged"));
    if (show)
        parser.addArgument(CommandLine::tr("UUID"), CommandLine::tr("the report to write"));
    if (auto parsed = parser.parse(); !parsed || parser.helpAsked())
        return parsed;
    if (either) {
        return usageError(CommandLine::tr("The command %1 takes list or show, not %2.")
                              .arg(QStringLiteral("archive"), Domain::quoted(action)));
    }
    if (list) {
        line.archiveAction = CommandLine::ArchiveAction::List;
        QString formatName = QStringLiteral("text");
        if (auto read = parser.single(*project, line.statusProject); !read)
            return read;
        if (auto read = parser.single(*format, formatName); !read)
            return read;
        if (formatName == QLatin1String("json")) {
            line.statusFormat = CommandLine::Format::Json;
        } else if (formatName != QLatin1String("text")) {
            return usageError(CommandLine::tr("Unknown format %1: use text or json.")
                                  .arg(Domain::quoted(formatName)));
        }
        return {};
    }
    line.archiveAction = CommandLine::ArchiveAction::Show;
    line.archiveReport = parser.arguments().at(1);
    if (QUuid::fromString(line.archiveReport).isNull()) {
        return usageError(CommandLine::tr("%1 is not the UUID of a report.")
                              .arg(Domain::quoted(line.archiveReport)));
    }
    if (auto read = parser.single(*output, line.output); !read)
        return read;
    if (line.output.isEmpty()) {
        return usageError(CommandLine::tr("The command %1 needs the option %2.")
                              .arg(QStringLiteral("archive show"), QStringLiteral("--output")));
    }
    return {};
}

const CommandDefinition commands[] = {
    {QLatin1String("init"), Command::Init, QT_TRANSLATE_NOOP("App::CommandLine", "[--empty]"),
     QT_TRANSLATE_NOOP("App::CommandLine",
                       "create a new database, with the built-in demo project unless --empty"),
     readInit},
    {QLatin1String("export"), Command::Export,
     QT_TRANSLATE_NOOP("App::CommandLine", "[--output FILE] [--project ID]..."),
     QT_TRANSLATE_NOOP("App::CommandLine",
                       "write projects in the exchange format (JSON) to FILE, or to standard "
                       "output"),
     readExport},
    {QLatin1String("import"), Command::Import,
     QT_TRANSLATE_NOOP("App::CommandLine", "[--accept-personal-data] FILE"),
     QT_TRANSLATE_NOOP("App::CommandLine", "read projects from an exchange file; all or nothing"),
     readImport},
    {QLatin1String("check"), Command::Check, "",
     QT_TRANSLATE_NOOP("App::CommandLine",
                       "check a database's schema and integrity without changing it"),
     readCheck},
    {QLatin1String("timeline"), Command::Timeline,
     QT_TRANSLATE_NOOP("App::CommandLine",
                       "--project ID --output FILE [--format png|svg|pdf] [--from DATE] "
                       "[--to DATE] [--zoom week|month|quarter|year] [--one-page]"),
     QT_TRANSLATE_NOOP("App::CommandLine",
                       "draw a project's timeline as a picture (PNG, SVG) or as pages (PDF)"),
     readTimeline},
    {QLatin1String("status"), Command::Status,
     QT_TRANSLATE_NOOP("App::CommandLine",
                       "[--project ID] [--as-of DATE] [--format text|json] [--stale-days N]"),
     QT_TRANSLATE_NOOP("App::CommandLine",
                       "show where the projects stand: traffic lights and why, progress, what "
                       "is late and what is coming"),
     readStatus},
    {QLatin1String("report"), Command::Report,
     QT_TRANSLATE_NOOP("App::CommandLine",
                       "--project ID|--all --from DATE --to DATE --output FILE "
                       "[--format pdf|odt|html|md|csv] [--lang nb|en] [--sections LIST] "
                       "[--produced-on DATE] [--draft]"),
     QT_TRANSLATE_NOOP("App::CommandLine",
                       "write a status report for a period on a project, or on the portfolio "
                       "(PDF, ODT, HTML, Markdown, or the measures as CSV), and keep it in the "
                       "report archive unless it is a draft"),
     readReport},
    {QLatin1String("archive"), Command::Archive,
     QT_TRANSLATE_NOOP("App::CommandLine",
                       "list [--project ID] [--format text|json] | show UUID --output FILE"),
     QT_TRANSLATE_NOOP("App::CommandLine",
                       "list the issued reports kept in the archive, or write one out exactly "
                       "as it was issued"),
     readArchive},
};

} // namespace

Domain::Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    const ProgramOptions options{QString()}; // the default database shows in usage() alone
    QCommandLineParser parser;
    options.declare(parser);
    const bool parsed = parser.parse(QStringList{programName} + arguments);

    CommandLine line;
    if (parser.isSet(options.help) || parser.isSet(options.version)) {
        line.command = parser.isSet(options.help) ? Command::Help : Command::Version;
        return line; // they run nothing, so whatever else is wrong does not matter
    }
    if (!parsed)
        return refused(parser);
    if (auto read = readSingle(parser, options.database, line.database); !read)
        return read.error();
    if (auto read = readSingle(parser, options.language, line.language); !read)
        return read.error();
    if (!languages.contains(line.language)) {
        return usageError(
            tr("Unknown language \"%1\": use nb or en.").arg(Domain::printable(line.language)));
    }

    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return line;
    for (const CommandDefinition &command : commands) {
        if (rest.constFirst() != command.name)
            continue;
        CommandParser commandParser(command, rest.mid(1));
        line.command = command.command;
        if (auto read = command.read(commandParser, line); !read)
            return read.error();
        if (commandParser.helpAsked()) {
            line.command = Command::Help;
            line.help = commandParser.help();
        }
        return line;
    }
    return usageError(tr("Unknown command: %1").arg(Domain::quoted(rest.constFirst())));
}

QString CommandLine::requestedLanguage(const QStringList &arguments, const QString &otherwise)
{
    const ProgramOptions options{QString()};
    QCommandLineParser parser;
    options.declare(parser);
    // What Qt read stays readable when the line fails to parse as a whole.
    static_cast<void>(parser.parse(QStringList{programName} + arguments));
    const QStringList values = parser.values(options.language);
    if (values.size() == 1 && languages.contains(values.constFirst()))
        return values.constFirst();
    return otherwise;
}

QString CommandLine::usage(const QString &defaultDatabase)
{
    const ProgramOptions options(defaultDatabase);
    QCommandLineParser parser;
    options.declare(parser);
    parser.setApplicationDescription(tr("Without a command, Samspill opens its window."));

    QString text = helpText(parser, tr("samspill [--database FILE|URL] [--lang nb|en] [COMMAND]")) +
                   QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const CommandDefinition &command : commands) {
        text += QLatin1String("  ") + command.synopsis() + QLatin1String("\n      ") +
                tr(command.summary) + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') +
           tr("samspill COMMAND --help shows the options of a command.") + QLatin1Char('\n');
}

} // namespace App
