#pragma once

#include "models/domain/archivedreport.h"
#include "models/domain/project.h"
#include "models/domain/result.h"
#include "models/report/content.h"
#include "models/report/generator.h"
#include "models/report/request.h"

#include <QByteArray>
#include <QString>
#include <QUuid>
#include <QVector>

#include <functional>
#include <optional>

namespace Views {

// What the report and archive dialogs need from the composition root, which alone may touch
// the database and the files (App::WorkspaceReports does it as `samspill report` and
// `samspill archive` do). Used on the thread of the window.
class ReportService
{
public:
    virtual ~ReportService() = default;

    // Every project of the database, in list order.
    virtual Domain::Result<QVector<Domain::Project>> projects() = 0;
    // What a report says (one snapshot of the database), as the command line makes it.
    virtual Domain::Result<Report::Content>
    content(const Report::Request &request, const Report::Generator::Progress &progress) = 0;
    // Runs work with the texts, dates and numbers in language ("nb" or "en"), the language of
    // the report being made, and gives the window its own language back afterwards.
    virtual void inLanguage(const QString &language, const std::function<void()> &work) = 0;
    // Whether a report can be issued (kept in the archive); the message says why not.
    virtual Domain::Result<void> canIssue() = 0;
    // Writes bytes to path atomically (never onto the database); issue: keeps them in the
    // archive too, as App::ReportFile does, and returns what was archived.
    virtual Domain::Result<std::optional<Domain::ArchivedReport>>
    write(const QString &path, const Report::Request &request, const QString &title,
          const QByteArray &bytes, bool issue) = 0;

    // The archived reports, newest first, without their bytes.
    virtual Domain::Result<QVector<Domain::ArchivedReport>> archived() = 0;
    // One archived report with its bytes, refused as damaged when they no longer match.
    virtual Domain::Result<Domain::ArchivedReport> archivedReport(const QUuid &uuid) = 0;
    // Writes bytes to path atomically, never onto the database or one of its files.
    virtual Domain::Result<void> save(const QString &path, const QByteArray &bytes) = 0;
};

} // namespace Views
