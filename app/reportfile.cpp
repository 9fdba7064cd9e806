#include "app/reportfile.h"

#include "app/outputfile.h"
#include "app/workspace.h"
#include "models/storage/transaction.h"

namespace App {

Domain::Result<void> ReportFile::canIssue(Workspace &workspace)
{
    if (auto writable = workspace.database().checkWritable(); !writable) {
        return Domain::Error{writable.error().kind,
                             tr("The report cannot be kept in the archive: %1 Write it as a "
                                "draft (--draft) to leave it out of the archive.")
                                 .arg(writable.error().message)};
    }
    return {};
}

Domain::Result<std::optional<Domain::ArchivedReport>>
ReportFile::write(Workspace &workspace, const QString &path, const Report::Request &request,
                  const QString &title, const QByteArray &bytes, bool issue)
{
    const Storage::ConnectionSettings &settings = workspace.database().settings();
    if (!issue) {
        if (auto written = OutputFile::write(settings, path, bytes); !written)
            return written.error();
        return std::optional<Domain::ArchivedReport>();
    }
    if (auto possible = canIssue(workspace); !possible)
        return possible.error();

    Domain::ArchivedReport report;
    report.projects = request.projects;
    if (request.allProjects) {
        auto all = workspace.projects().projects();
        if (!all)
            return all.error();
        report.projects.clear();
        for (const Domain::Project &project : all.value())
            report.projects.append(project.uuid);
    }
    if (!request.isPortfolio() && report.projects.size() == 1)
        report.project = report.projects.constFirst();
    report.from = request.from;
    report.to = request.to;
    report.language = request.language;
    report.format =
        Domain::fromCode<Domain::ReportFormat>(Report::Request::formatCode(request.format))
            .value_or(Domain::ReportFormat::Pdf);
    report.title = title;
    report.content = bytes;

    Storage::Transaction transaction(workspace.database());
    if (!transaction.started())
        return transaction.started().error();
    auto issued = workspace.archive().issue(report);
    if (!issued)
        return issued.error();
    if (auto written = OutputFile::write(settings, path, bytes); !written)
        return written.error(); // the transaction rolls back: nothing is archived
    if (auto committed = transaction.commit(); !committed) {
        return Domain::Error{committed.error().kind,
                             tr("%1 was written, but could not be kept in the archive: %2")
                                 .arg(path, committed.error().message)};
    }
    return std::optional<Domain::ArchivedReport>(std::move(issued).value());
}

} // namespace App
