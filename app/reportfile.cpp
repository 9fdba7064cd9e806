#include "app/reportfile.h"

#include "app/outputfile.h"
#include "app/workspace.h"
#include "models/storage/transaction.h"

#include <QIODevice>

namespace App {

Domain::Result<Report::Content> ReportFile::content(Workspace &workspace,
                                                    const Report::Request &request,
                                                    const Report::Generator::Progress &progress)
{
    Storage::Transaction snapshot(workspace.database(), Storage::Transaction::Mode::Read);
    if (!snapshot.started())
        return snapshot.started().error();
    Report::Generator generator({&workspace.portfolio(), &workspace.organisations(),
                                 &workspace.knowledgeSources(), &workspace.projects(),
                                 &workspace.history()});
    auto made = generator.content(request, progress);
    // The figures are read; the archive writes in a transaction of its own.
    if (auto ended = snapshot.commit(); !ended)
        return ended.error();
    return made;
}

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

    // Archived once the bytes are in the file and before it replaces an earlier one: a path
    // that cannot be written archives nothing, and a report that cannot be archived leaves no
    // file.
    std::optional<Domain::ArchivedReport> archived;
    auto written =
        OutputFile::write(settings, path, [&](QIODevice &device) -> Domain::Result<void> {
            if (device.write(bytes) != bytes.size())
                return Domain::Error{Domain::Error::Kind::Io, device.errorString()};
            auto issued = workspace.archive().issue(report);
            if (!issued) {
                return Domain::Error{
                    Domain::Error::Kind::Database,
                    tr("The report cannot be kept in the archive: %1").arg(issued.error().message)};
            }
            archived = std::move(issued).value();
            return {};
        });
    if (!written)
        return written.error();
    return archived;
}

} // namespace App
