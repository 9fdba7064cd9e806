#pragma once

#include "models/domain/result.h"
#include "models/storage/connectionsettings.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace App {

// A file that a command or the window writes (a timeline, a report): never the database or one
// of its files (Commands::refuseDatabaseFile), and whole or not at all. A QSaveFile is opened
// before anything is made, so that a path that cannot be written is found first; the file
// replaces an earlier one only once everything is written, and a failure leaves the earlier one
// as it was and no partial file behind.
class OutputFile
{
public:
    // Writes what it makes into the device; an Io error names what failed.
    using Writer = std::function<Domain::Result<void>(QIODevice &device)>;

    static Domain::Result<void> write(const Storage::ConnectionSettings &settings,
                                      const QString &path, const Writer &writer);
    // Bytes made already.
    static Domain::Result<void> write(const Storage::ConnectionSettings &settings,
                                      const QString &path, const QByteArray &bytes);
};

} // namespace App
