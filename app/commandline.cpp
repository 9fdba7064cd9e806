#include "app/commandline.h"

namespace App {
namespace {

using Domain::Error;

Error usageError(const QString &message)
{
    return Error{Error::Kind::Invalid, message};
}

} // namespace

Domain::Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    bool commandSeen = false;
    QStringList positional;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString inlineValue;
        bool hasInlineValue = false;
        if (argument.startsWith(QLatin1String("--")) && argument.contains(QLatin1Char('='))) {
            const qsizetype equals = argument.indexOf(QLatin1Char('='));
            inlineValue = argument.mid(equals + 1);
            argument = argument.left(equals);
            hasInlineValue = true;
        }
        const auto value = [&](QString &target) -> Domain::Result<void> {
            if (hasInlineValue) {
                target = inlineValue;
            } else if (i + 1 < arguments.size() &&
                       !arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                target = arguments.at(++i); // "--output --project" lacks a value
            } else {
                return usageError(tr("The option %1 needs a value.").arg(argument));
            }
            if (target.isEmpty())
                return usageError(tr("The option %1 needs a value.").arg(argument));
            return {};
        };

        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            line.command = Command::Help;
            return line;
        }
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            line.command = Command::Version;
            return line;
        }
        if (argument == QLatin1String("--database")) {
            if (auto read = value(line.database); !read)
                return read.error();
        } else if (argument == QLatin1String("--lang")) {
            if (auto read = value(line.language); !read)
                return read.error();
            if (line.language != QLatin1String("nb") && line.language != QLatin1String("en")) {
                return usageError(tr("Unknown language \"%1\": use nb or en.").arg(line.language));
            }
        } else if (argument == QLatin1String("--output")) {
            if (line.command != Command::Export)
                return usageError(tr("The option --output belongs to the export command."));
            if (auto read = value(line.output); !read)
                return read.error();
        } else if (argument == QLatin1String("--project")) {
            if (line.command != Command::Export)
                return usageError(tr("The option --project belongs to the export command."));
            if (auto read = value(line.project); !read)
                return read.error();
        } else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            return usageError(tr("Unknown option: %1").arg(arguments.at(i)));
        } else if (!commandSeen) {
            commandSeen = true;
            if (argument == QLatin1String("export"))
                line.command = Command::Export;
            else if (argument == QLatin1String("import"))
                line.command = Command::Import;
            else if (argument == QLatin1String("check"))
                line.command = Command::Check;
            else
                return usageError(tr("Unknown command: %1").arg(argument));
        } else {
            positional.append(argument);
        }
    }

    if (line.command == Command::Import) {
        if (positional.size() != 1)
            return usageError(tr("The import command takes one file."));
        line.importFile = positional.constFirst();
    } else if (!positional.isEmpty()) {
        return usageError(tr("Unexpected argument: %1").arg(positional.constFirst()));
    }
    return line;
}

QString CommandLine::usage(const QString &defaultDatabase)
{
    return tr("Usage: samspill [--database FILE|URL] [--lang nb|en] [COMMAND]\n"
              "\n"
              "Without a command, Samspill opens its window.\n"
              "\n"
              "Commands:\n"
              "  export [--output FILE] [--project ID]\n"
              "                   write projects in the exchange format (JSON) to FILE, or to\n"
              "                   standard output; ID is a project's UUID or name\n"
              "  import FILE      read projects from an exchange file; all or nothing\n"
              "  check            check a database's schema and integrity without changing it\n"
              "\n"
              "Options:\n"
              "  --database FILE  the SQLite database file (default: %1)\n"
              "  --database URL   a PostgreSQL database: postgresql://user@host:port/database\n"
              "  --lang nb|en     the language of the window and messages (default: nb)\n"
              "  -h, --help       show this help\n"
              "  -v, --version    show the version\n")
        .arg(defaultDatabase);
}

} // namespace App
