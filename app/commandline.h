#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace App {

// The command line: samspill [--database FILE|URL] [--lang nb|en] [COMMAND ...]
// Parsing is a pure function of the arguments, so main() can decide before any QApplication
// exists whether a window is needed at all.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(App::CommandLine)

public:
    enum class Command { Desktop, Export, Import, Check, Help, Version };

    Command command = Command::Desktop;
    QString database; // empty: the default SQLite file in the user's data folder
    QString language = QStringLiteral("nb");
    QString output;  // export: empty or "-" for standard output
    QString project; // export: a project's UUID or name; empty for all
    QString importFile;

    // arguments without the program name. An Error here is a usage error (exit status 2).
    static Domain::Result<CommandLine> parse(const QStringList &arguments);
    static QString usage(const QString &defaultDatabase);

    bool needsWindow() const { return command == Command::Desktop; }
};

} // namespace App
