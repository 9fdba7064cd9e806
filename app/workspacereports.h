#pragma once

#include "views/reportservice.h"

namespace App {

class Workspace;

// The window's reports and report archive over a Workspace, by the same code as
// `samspill report` and `samspill archive`: ReportFile makes the content in one snapshot and
// writes and archives the file, OutputFile writes every other file (never onto the database or
// one of its files), LanguageScope gives the report its language. The Workspace outlives it.
class WorkspaceReports : public Views::ReportService
{
public:
    explicit WorkspaceReports(Workspace &workspace);

    Domain::Result<QVector<Domain::Project>> projects() override;
    Domain::Result<Report::Content> content(const Report::Request &request,
                                            const Report::Generator::Progress &progress) override;
    void inLanguage(const QString &language, const std::function<void()> &work) override;
    Domain::Result<void> canIssue() override;
    Domain::Result<std::optional<Domain::ArchivedReport>>
    write(const QString &path, const Report::Request &request, const QString &title,
          const QByteArray &bytes, bool issue) override;
    Domain::Result<QVector<Domain::ArchivedReport>> archived() override;
    Domain::Result<Domain::ArchivedReport> archivedReport(const QUuid &uuid) override;
    Domain::Result<void> save(const QString &path, const QByteArray &bytes) override;

private:
    Workspace &m_workspace;
};

} // namespace App
