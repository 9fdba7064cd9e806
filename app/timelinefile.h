#pragma once

#include "models/domain/result.h"
#include "models/storage/connectionsettings.h"
#include "models/timeline/chartexport.h"

#include <QString>

namespace App {

// A timeline written to a file, for the command line and the window alike: never to the
// database or one of its files (Commands::refuseDatabaseFile), and whole or not at all (a
// QSaveFile replaces the file only once everything is written).
class TimelineFile
{
public:
    static Domain::Result<void> write(const Storage::ConnectionSettings &settings,
                                      const QString &path, const Timeline::Chart &chart,
                                      Timeline::ChartExport::Format format,
                                      const Timeline::ChartExport::Options &options);
};

} // namespace App
