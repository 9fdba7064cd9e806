#pragma once

#include "models/domain/archivedreport.h"
#include "models/domain/result.h"
#include "models/report/content.h"
#include "models/report/generator.h"
#include "models/report/request.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace App {

class Workspace;

// A report written to a file and, when it is issued (not a draft), kept in the report archive
// exactly as written, for the command line and the window alike. The report is archived once its
// bytes are in the new file and before that file replaces an earlier one (an OutputFile): a path
// that cannot be written archives nothing, and a report that cannot be archived leaves no file
// and an earlier one as it was.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(App::ReportFile)

public:
    // What the report says, read in one snapshot of the database (every figure of the same
    // state), through the same generator for the command line and the window.
    static Domain::Result<Report::Content> content(Workspace &workspace,
                                                   const Report::Request &request,
                                                   const Report::Generator::Progress &progress);

    // Whether a report can be issued into this database: not into one that can only be read.
    // The message says so and how to write a draft instead.
    static Domain::Result<void> canIssue(Workspace &workspace);

    // Writes bytes (the report request asked for, titled title) to path; issue: archives them
    // too, and returns what was archived. nullopt for a draft.
    static Domain::Result<std::optional<Domain::ArchivedReport>>
    write(Workspace &workspace, const QString &path, const Report::Request &request,
          const QString &title, const QByteArray &bytes, bool issue);
};

} // namespace App
