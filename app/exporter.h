#pragma once

#include "models/domain/project.h"
#include "models/domain/result.h"

#include <QString>
#include <QStringList>
#include <QVector>

class QFileDevice;

namespace App {

class Workspace;

// Projects written in the exchange format, for the command line's export and the window's
// File menu alike: read in one snapshot, written to a file atomically (a QSaveFile replaces it
// only once everything is written; a device or a pipe is written in place), and never to the
// database or one of its files (Commands::refuseDatabaseFile).
class Exporter
{
public:
    // Writes the projects named (by UUID, name or short name, each once, in the order named;
    // with only the organisations and knowledge sources they refer to), or the whole portfolio
    // when none is named, to output, or to standardOutput when that is given. Returns how many
    // projects it wrote; on failure nothing is left at output.
    static Domain::Result<int> write(Workspace &workspace, const QStringList &projects,
                                     const QString &output, QFileDevice *standardOutput = nullptr);

    // The project whose UUID, name or short name is wanted. A name that more than one project
    // has is refused, with their UUIDs to choose from.
    static Domain::Result<Domain::Project> findProject(const QVector<Domain::Project> &projects,
                                                       const QString &wanted);
    // The projects named (as findProject finds them), in the order named and each once however
    // often named; all when none is.
    static Domain::Result<QVector<Domain::Project>> selectProjects(Workspace &workspace,
                                                                   const QStringList &wanted);
};

} // namespace App
