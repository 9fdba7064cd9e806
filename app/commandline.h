#pragma once

#include "models/domain/result.h"
#include "models/overview/settings.h"
#include "models/report/request.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace App {

// The command line, git-style: samspill [--database FILE|URL] [--lang nb|en] [COMMAND ...]
// The options before the command belong to the program; each command parses the arguments
// after its name with options and help of its own (samspill export --help). Parsing is a pure
// function of the arguments (QCommandLineParser needs no application object), so main() can
// decide before any QApplication exists whether a window is needed at all.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(App::CommandLine)

public:
    enum class Command {
        Desktop,
        Init,
        Export,
        Import,
        Check,
        Timeline,
        Status,
        Report,
        Archive,
        Help,
        Version
    };
    enum class ArchiveAction { List, Show };
    enum class Format { Text, Json };

    Command command = Command::Desktop;
    QString database; // empty: the default SQLite file in the user's data folder
    QString language = QStringLiteral("nb");
    QString output;       // export: empty or "-" for standard output; timeline, report: the file
    QStringList projects; // export: UUIDs, names or short names, as given; empty for all
                          // timeline: the one project; report: the projects named
    QString format;       // timeline: png, svg or pdf; report: pdf, odt, html, md or csv
    QDate from;           // timeline: the first and last day shown; null: the default range
    QDate to;             // report: the period, both days included
    // report: every project (a portfolio report), the sections, the day printed as produced on
    // (null: today)
    bool allProjects = false;
    Report::Request::Sections sections = Report::Request::allSections();
    QDate producedOn;
    bool draft = false; // report: write the file without keeping it in the archive
    QString zoom = QStringLiteral("quarter"); // timeline: week, month, quarter or year
    bool onePage = false;                     // timeline: a PDF of one page
    QString importFile;
    // import: also a file that holds what looks like a national identity number
    bool acceptPersonalData = false;
    bool empty = false; // init: without the built-in demo project
    // status: one project (UUID, name or short name; empty for the portfolio), the earlier day
    // to look back to (null: as stored now), how to print, and when a measure is stale.
    QString statusProject;
    QDate asOf;
    Format statusFormat = Format::Text; // status and archive list
    // archive: list (of the project in statusProject, or all) or show one report (archiveReport,
    // a UUID, into output).
    ArchiveAction archiveAction = ArchiveAction::List;
    QString archiveReport;
    int staleDays = Overview::Settings::DefaultStaleDays;
    QString help; // Help: the help of the command it was asked for; empty for usage()

    // arguments without the program name. An Error here is a usage error (exit status 2); its
    // message shows the arguments it names escaped (Domain::printable).
    static Domain::Result<CommandLine> parse(const QStringList &arguments);
    // The language asked for before the command, also when the rest of the line is wrong, so
    // that the usage error itself comes in that language; otherwise when none (or no valid
    // one) is: the language the user chose in the window, or "nb".
    static QString requestedLanguage(const QStringList &arguments,
                                     const QString &otherwise = QStringLiteral("nb"));
    // The program's help: its options and commands.
    static QString usage(const QString &defaultDatabase);

    bool needsWindow() const { return command == Command::Desktop; }
    // Draws (fonts, images) without showing anything: a QGuiApplication on the offscreen
    // platform.
    bool needsGraphics() const
    {
        return command == Command::Timeline || command == Command::Report;
    }
};

} // namespace App
