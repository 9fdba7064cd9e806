#include "app/archivecommand.h"
#include "app/commandline.h"
#include "app/commands.h"
#include "app/language.h"
#include "app/session.h"
#include "app/startupnotice.h"
#include "app/workspace.h"
#include "views/fileactions.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// Whether a window can be shown at all: X11 and Wayland need a display named in the
// environment; another platform chosen explicitly (offscreen, for tests) needs none. Without
// this check Qt aborts.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    const bool x11 = qEnvironmentVariableIsSet("DISPLAY");
    const bool wayland = qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if (platform.startsWith(QLatin1String("xcb")))
        return x11;
    if (platform.startsWith(QLatin1String("wayland")))
        return wayland;
    return !platform.isEmpty() || x11 || wayland;
#else
    return true;
#endif
}

int runDesktop(const Storage::ConnectionSettings &settings, QTextStream &err)
{
    // Until the window is up, a wait for another program or an upgrade is told in a small
    // window of its own (and on standard error, as the command line does).
    App::StartupNotice notice(&err);
    auto workspace =
        App::Workspace::open(settings, App::Workspace::Seeding::IfNew, notice.notifier());
    notice.close();
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        // Plain text: the message names the database as it was given, which must not be
        // taken for markup.
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("App::Main", "Samspill"),
                        workspace.error().message);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }
    App::Session session(std::move(workspace).value());
    session.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // A window needs a display; everything else runs without one.
    const auto preliminary = App::CommandLine::parse(arguments);
    const bool window = preliminary && preliminary->needsWindow();
    const bool graphics = preliminary && preliminary->needsGraphics();
    std::unique_ptr<QCoreApplication> application;
    if (window && displayAvailable()) {
        application = std::make_unique<QApplication>(argc, argv);
    } else if (graphics) {
        // Drawing needs fonts, which need a GUI application; it shows nothing, so the
        // offscreen platform serves with or without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Samspill"));
    QCoreApplication::setApplicationName(QStringLiteral("samspill"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMSPILL_VERSION));
    // --lang, or else the language chosen in the window's menu.
    App::Language::install(
        *application, App::CommandLine::requestedLanguage(arguments, App::Language::remembered()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString defaultDatabase = App::Workspace::defaultDatabaseFile();
    const auto line = App::CommandLine::parse(arguments); // again, now translated
    if (!line) {
        err << line.error().message << Qt::endl
            << Qt::endl
            << App::CommandLine::usage(defaultDatabase);
        return 2;
    }

    // The window opens the database it showed last, while that file is there.
    QString database = line->database.isEmpty() ? defaultDatabase : line->database;
    if (line->database.isEmpty() && line->needsWindow()) {
        const QString last = Views::FileActions::recentDatabases().value(0);
        if (QFileInfo(last).isFile())
            database = last;
    }
    auto settings = Storage::ConnectionSettings::fromArgument(database);
    if (!settings) {
        // Storage's messages quote what they were given escaped already (Domain::quoted).
        err << settings.error().message << Qt::endl;
        return 2;
    }

    if (window && !displayAvailable()) {
        err << QCoreApplication::translate("App::Main",
                                           "Samspill needs a display to open its window. The "
                                           "commands export, import, check and status run "
                                           "without one; see samspill --help.")
            << Qt::endl;
        return 1;
    }

    switch (line->command) {
    case App::CommandLine::Command::Help:
        out << (line->help.isEmpty() ? App::CommandLine::usage(defaultDatabase) : line->help);
        return 0;
    case App::CommandLine::Command::Version:
        out << QStringLiteral("samspill %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return 0;
    case App::CommandLine::Command::Export: {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return 1;
        return App::Commands::exportProjects(line.value(), settings.value(), standardOutput, err);
    }
    case App::CommandLine::Command::Import:
        return App::Commands::importFile(line.value(), settings.value(), out, err);
    case App::CommandLine::Command::Init:
        return App::Commands::init(line.value(), settings.value(), out, err);
    case App::CommandLine::Command::Check:
        return App::Commands::check(settings.value(), out, err);
    case App::CommandLine::Command::Timeline:
        return App::Commands::timeline(line.value(), settings.value(), err);
    case App::CommandLine::Command::Report:
        return App::Commands::report(line.value(), settings.value(), err);
    case App::CommandLine::Command::Status:
        return App::Commands::status(line.value(), settings.value(), out, err);
    case App::CommandLine::Command::Archive:
        return App::ArchiveCommand::run(line.value(), settings.value(), out, err);
    case App::CommandLine::Command::Desktop:
        return runDesktop(settings.value(), err);
    }
    return 0;
}
