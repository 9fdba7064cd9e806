#pragma once

#include "app/commandline.h"
#include "models/domain/result.h"
#include "models/storage/connectionsettings.h"

#include <QCoreApplication>
#include <QVector>

class QFileDevice;
class QTextStream;

namespace App {

// The commands that run without a window. Each returns the process exit status: 0 done,
// 1 failed (with a message on err), and writes data to out. Files are written atomically.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(App::Commands)

public:
    static int exportProjects(const CommandLine &line, const Storage::ConnectionSettings &settings,
                              QFileDevice &out, QTextStream &err);
    static int importFile(const CommandLine &line, const Storage::ConnectionSettings &settings,
                          QTextStream &out, QTextStream &err);
    static int check(const Storage::ConnectionSettings &settings, QTextStream &out,
                     QTextStream &err);
    // Creates a new database, seeded with the built-in demo project unless line.empty. A
    // database that is already Samspill's is refused unchanged.
    static int init(const CommandLine &line, const Storage::ConnectionSettings &settings,
                    QTextStream &out, QTextStream &err);
    // Draws one project's timeline on the day it runs into a PNG, SVG or PDF file. Needs a
    // QGuiApplication (fonts), on any platform.
    static int timeline(const CommandLine &line, const Storage::ConnectionSettings &settings,
                        QTextStream &err);
    // Where the portfolio, or one project, stands today or as of an earlier day: the figures of
    // the window's overview and portfolio (Overview::Source), as text or JSON.
    static int status(const CommandLine &line, const Storage::ConnectionSettings &settings,
                      QTextStream &out, QTextStream &err);

    // A status report for a period on the projects named, or on all (Report::Generator), in
    // the format asked for. Needs a QGuiApplication (fonts), on any platform.
    static int report(const CommandLine &line, const Storage::ConnectionSettings &settings,
                      QTextStream &err);

    // Every command that writes a file asks this first: whether output is the database itself
    // or one of its files (however spelt), in which case it says so on err and returns true.
    static bool refuseDatabaseFile(const Storage::ConnectionSettings &settings,
                                   const QString &output, QTextStream &err);
    // The same, as an error with that message (for the window and the file writers).
    static Domain::Result<void> refuseDatabaseFile(const Storage::ConnectionSettings &settings,
                                                   const QString &output);
};

} // namespace App
