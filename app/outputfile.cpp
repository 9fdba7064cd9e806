#include "app/outputfile.h"

#include "app/commands.h"
#include "models/domain/text.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace App {

Domain::Result<void> OutputFile::write(const Storage::ConnectionSettings &settings,
                                       const QString &path, const Writer &writer)
{
    QString refusal;
    {
        QTextStream stream(&refusal);
        if (Commands::refuseDatabaseFile(settings, path, stream)) {
            stream.flush();
            return Domain::Error{Domain::Error::Kind::Invalid, refusal.trimmed()};
        }
    }
    const QFileInfo target(path);
    QSaveFile file(target.exists() ? target.canonicalFilePath() : path);
    const auto failed = [&](const QString &reason) {
        return Domain::Error{Domain::Error::Kind::Io,
                             Commands::tr("Cannot write %1: %2")
                                 .arg(Domain::printable(path), Domain::printable(reason))};
    };
    if (target.isDir())
        return failed(Commands::tr("it is a folder"));
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // On failure the QSaveFile is discarded: no half-written file is left behind.
    if (auto written = writer(file); !written) {
        if (written.error().kind == Domain::Error::Kind::Io)
            return failed(written.error().message);
        return written;
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

Domain::Result<void> OutputFile::write(const Storage::ConnectionSettings &settings,
                                       const QString &path, const QByteArray &bytes)
{
    return write(settings, path, [&bytes](QIODevice &device) -> Domain::Result<void> {
        if (device.write(bytes) != bytes.size())
            return Domain::Error{Domain::Error::Kind::Io, device.errorString()};
        return {};
    });
}

} // namespace App
