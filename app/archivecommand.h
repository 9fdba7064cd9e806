#pragma once

#include "app/commandline.h"
#include "models/storage/connectionsettings.h"

#include <QCoreApplication>

class QTextStream;

namespace App {

// samspill archive: the issued reports kept in the database (Domain::ReportArchive). list shows
// them newest first, as text or JSON; show writes one out exactly as it was issued, as an
// OutputFile (atomically, never onto the database). Returns the exit status, as Commands do.
class ArchiveCommand
{
    Q_DECLARE_TR_FUNCTIONS(App::ArchiveCommand)

public:
    static int run(const CommandLine &line, const Storage::ConnectionSettings &settings,
                   QTextStream &out, QTextStream &err);
};

} // namespace App
