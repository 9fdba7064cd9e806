#include "app/workspacereports.h"

#include "app/languagescope.h"
#include "app/outputfile.h"
#include "app/reportfile.h"
#include "app/workspace.h"

namespace App {

WorkspaceReports::WorkspaceReports(Workspace &workspace)
    : m_workspace(workspace)
{}

Domain::Result<QVector<Domain::Project>> WorkspaceReports::projects()
{
    return m_workspace.projects().projects();
}

Domain::Result<Report::Content>
WorkspaceReports::content(const Report::Request &request,
                          const Report::Generator::Progress &progress)
{
    return ReportFile::content(m_workspace, request, progress);
}

void WorkspaceReports::inLanguage(const QString &language, const std::function<void()> &work)
{
    const LanguageScope scope(language);
    work();
}

Domain::Result<void> WorkspaceReports::canIssue()
{
    return ReportFile::canIssue(m_workspace);
}

Domain::Result<std::optional<Domain::ArchivedReport>>
WorkspaceReports::write(const QString &path, const Report::Request &request, const QString &title,
                        const QByteArray &bytes, bool issue)
{
    return ReportFile::write(m_workspace, path, request, title, bytes, issue);
}

Domain::Result<QVector<Domain::ArchivedReport>> WorkspaceReports::archived()
{
    return m_workspace.archive().list(std::nullopt);
}

Domain::Result<Domain::ArchivedReport> WorkspaceReports::archivedReport(const QUuid &uuid)
{
    return m_workspace.archive().report(uuid);
}

Domain::Result<void> WorkspaceReports::save(const QString &path, const QByteArray &bytes)
{
    return OutputFile::write(m_workspace.database().settings(), path, bytes);
}

} // namespace App
