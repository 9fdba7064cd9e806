#include "app/archivecommand.h"

#include "app/commands.h"
#include "app/exporter.h"
#include "app/outputfile.h"
#include "app/workspace.h"
#include "models/domain/text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace App {
namespace {

QJsonValue uuidJson(const QUuid &uuid)
{
    return uuid.isNull() ? QJsonValue() : QJsonValue(uuid.toString(QUuid::WithoutBraces));
}

QJsonObject reportJson(const Domain::ArchivedReport &report)
{
    QJsonArray projects;
    for (const QUuid &uuid : report.projects)
        projects.append(uuidJson(uuid));
    return {
        {QStringLiteral("uuid"), uuidJson(report.uuid)},
        {QStringLiteral("project"), uuidJson(report.project)},
        {QStringLiteral("projects"), projects},
        {QStringLiteral("issuedAt"), report.issuedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("author"), report.author},
        {QStringLiteral("from"), report.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
        {QStringLiteral("language"), report.language},
        {QStringLiteral("format"), Domain::toCode(report.format)},
        {QStringLiteral("title"), report.title},
        {QStringLiteral("size"), double(report.size)},
    };
}

// One line a person reads: when (local time), the period, the format, the size, the title and
// the UUID to show it by.
QString reportLine(const Domain::ArchivedReport &report)
{
    const QLocale locale;
    return QStringLiteral("%1  %2–%3  %4  %5  %6  %7")
        .arg(report.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate),
             Domain::toCode(report.format), locale.formattedDataSize(report.size),
             Domain::printable(report.title), report.uuid.toString(QUuid::WithoutBraces));
}

int list(Workspace &workspace, const CommandLine &line, QTextStream &out, QTextStream &err)
{
    std::optional<QUuid> project;
    if (!line.statusProject.isEmpty()) {
        auto stored = workspace.projects().projects();
        if (!stored) {
            err << stored.error().message << Qt::endl;
            return 1;
        }
        auto found = Exporter::findProject(stored.value(), line.statusProject);
        // A project deleted since keeps its reports: they are asked for by its UUID.
        const QUuid uuid = QUuid::fromString(line.statusProject);
        if (!found && (found.error().kind != Domain::Error::Kind::NotFound || uuid.isNull())) {
            err << found.error().message << Qt::endl;
            return 1;
        }
        project = found ? found->uuid : uuid;
    }
    auto reports = workspace.archive().list(project);
    if (!reports) {
        err << reports.error().message << Qt::endl;
        return 1;
    }
    if (line.statusFormat == CommandLine::Format::Json) {
        QJsonArray array;
        for (const Domain::ArchivedReport &report : reports.value())
            array.append(reportJson(report));
        const QJsonObject document{{QStringLiteral("format"), QStringLiteral("samspill-archive")},
                                   {QStringLiteral("formatVersion"), 1},
                                   {QStringLiteral("reports"), array}};
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (reports->isEmpty()) {
        out << (project ? ArchiveCommand::tr("The archive holds no report of this project.")
                        : ArchiveCommand::tr("The archive holds no report."))
            << Qt::endl;
        return 0;
    }
    for (const Domain::ArchivedReport &report : reports.value())
        out << reportLine(report) << Qt::endl;
    return 0;
}

int show(Workspace &workspace, const CommandLine &line, QTextStream &err)
{
    auto report = workspace.archive().report(QUuid::fromString(line.archiveReport));
    if (!report) {
        err << report.error().message << Qt::endl;
        return 1;
    }
    const QByteArray &content = report->content;
    auto written = OutputFile::write(workspace.database().settings(), line.output, content);
    if (!written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    err << ArchiveCommand::tr("Wrote %1, issued %2, to %3.")
               .arg(Domain::quoted(report->title),
                    report->issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    Domain::printable(line.output))
        << Qt::endl;
    return 0;
}

} // namespace

int ArchiveCommand::run(const CommandLine &line, const Storage::ConnectionSettings &settings,
                        QTextStream &out, QTextStream &err)
{
    // Refused before the database is opened, so that a new file is not created for nothing.
    if (line.archiveAction == CommandLine::ArchiveAction::Show &&
        Commands::refuseDatabaseFile(settings, line.output, err))
        return 1;
    auto workspace =
        Workspace::open(settings, Workspace::Seeding::IfNew,
                        [&err](const QString &message) { err << message << Qt::endl; });
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        return 1;
    }
    if (line.archiveAction == CommandLine::ArchiveAction::Show)
        return show(*workspace.value(), line, err);
    return list(*workspace.value(), line, out, err);
}

} // namespace App
