#include "app/timelinefile.h"

#include "app/commands.h"
#include "models/domain/text.h"

#include <QFileInfo>
#include <QSaveFile>

namespace App {

Domain::Result<void> TimelineFile::write(const Storage::ConnectionSettings &settings,
                                         const QString &path, const Timeline::Chart &chart,
                                         Timeline::ChartExport::Format format,
                                         const Timeline::ChartExport::Options &options)
{
    if (auto refused = Commands::refuseDatabaseFile(settings, path); !refused)
        return refused;
    const QFileInfo target(path);
    QSaveFile file(target.exists() ? target.canonicalFilePath() : path);
    const auto failed = [&](const QString &reason) {
        return Domain::Error{Domain::Error::Kind::Io,
                             Commands::tr("Cannot write %1: %2")
                                 .arg(Domain::printable(path), Domain::printable(reason))};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // On failure the QSaveFile is discarded: no half-written file is left behind.
    if (auto written = Timeline::ChartExport::write(chart, format, options, file); !written) {
        if (written.error().kind == Domain::Error::Kind::Io)
            return failed(written.error().message);
        return written;
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace App
