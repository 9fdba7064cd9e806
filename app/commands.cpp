#include "app/commands.h"

#include "app/exporter.h"
#include "app/importer.h"
#include "app/outputfile.h"
#include "app/reportfile.h"
#include "app/workspace.h"
#include "models/domain/text.h"
#include "models/exchange/jsonreader.h"
#include "models/overview/source.h"
#include "models/overview/statusjson.h"
#include "models/projectdata.h"
#include "models/report/generator.h"
#include "models/statustext.h"
#include "models/storage/databasecheck.h"
#include "models/storage/databasefiles.h"
#include "models/storage/transaction.h"
#include "models/timeline/chartbuilder.h"
#include "models/timeline/chartexport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <unistd.h>

namespace App {
namespace {

// Tells the user on the terminal what happens while they wait (another program writing, a
// backup before an upgrade).
Storage::Database::Notifier terminal(QTextStream &err)
{
    return [&err](const QString &message) { err << message << Qt::endl; };
}

// How far a long read has come, on a terminal: one line that counts up in place. Nothing is
// shown when standard error is not a terminal (a pipe, a log file), nor for a quick read.
class TerminalProgress
{
public:
    explicit TerminalProgress(QTextStream &err)
        : m_err(err)
        , m_terminal(::isatty(STDERR_FILENO) == 1)
    {}

    void start(const QString &label)
    {
        m_label = label;
        m_shown = -1;
        m_timer.start();
    }

    Exchange::JsonReader::Progress callback()
    {
        return [this](qint64 read, qint64 total) {
            if (!m_terminal || total <= 0 || m_timer.elapsed() < 500)
                return;
            const int percent = int(read * 100 / total);
            if (percent == m_shown)
                return;
            m_shown = percent;
            m_err << '\r' << m_label << QStringLiteral(": %1 %").arg(percent) << Qt::flush;
        };
    }

    void finish()
    {
        if (m_shown >= 0)
            m_err << Qt::endl;
        m_shown = -1;
    }

private:
    QTextStream &m_err;
    const bool m_terminal;
    QString m_label;
    int m_shown = -1;
    QElapsedTimer m_timer;
};

} // namespace

Domain::Result<void> Commands::refuseDatabaseFile(const Storage::ConnectionSettings &settings,
                                                  const QString &output)
{
    if (settings.driver != Storage::ConnectionSettings::Driver::Sqlite ||
        !Storage::DatabaseFiles(settings.file).owns(output))
        return {};
    return Domain::Error{
        Domain::Error::Kind::Invalid,
        tr("%1 is the database itself or one of its files, so nothing was written to it. "
           "Choose another file.")
            .arg(Domain::quoted(QDir::toNativeSeparators(output)))};
}

bool Commands::refuseDatabaseFile(const Storage::ConnectionSettings &settings,
                                  const QString &output, QTextStream &err)
{
    auto refused = refuseDatabaseFile(settings, output);
    if (!refused)
        err << refused.error().message << Qt::endl;
    return !refused;
}

int Commands::exportProjects(const CommandLine &line, const Storage::ConnectionSettings &settings,
                             QFileDevice &out, QTextStream &err)
{
    const bool toStandardOutput = line.output.isEmpty() || line.output == QLatin1String("-");
    // Before the database is opened (and so perhaps created).
    if (!toStandardOutput && refuseDatabaseFile(settings, line.output, err))
        return 1;
    auto workspace = Workspace::open(settings, Workspace::Seeding::IfNew, terminal(err));
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        return 1;
    }
    auto written = Exporter::write(*workspace.value(), line.projects,
                                   toStandardOutput ? QString() : line.output,
                                   toStandardOutput ? &out : nullptr);
    if (!written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    if (!toStandardOutput) {
        err << tr("Exported %n project(s) to %1.", nullptr, written.value())
                   .arg(Domain::printable(line.output))
            << Qt::endl;
    }
    return 0;
}

int Commands::importFile(const CommandLine &line, const Storage::ConnectionSettings &settings,
                         QTextStream &out, QTextStream &err)
{
    QFile file(line.importFile);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2")
                   .arg(Domain::printable(line.importFile), Domain::printable(file.errorString()))
            << Qt::endl;
        return 1;
    }
    const auto refused = [&](const Domain::Error &error) {
        err << tr("%1 was not imported; nothing was changed:")
                   .arg(Domain::printable(line.importFile))
            << Qt::endl
            << error.message << Qt::endl;
        return 1;
    };
    TerminalProgress progress(err);
    // A database that does not exist yet is made beside it under another name and takes the
    // database's name only when the whole file is in it: a file that is not sound never
    // creates a database, and nobody sees one half made. When another program (an import, an
    // export that seeds) creates the database meanwhile, its file is never replaced: the file
    // goes into that database instead, once that program is done (the write waits its turn).
    const Importer::PersonalData personalData =
        line.acceptPersonalData ? Importer::PersonalData::Accept : Importer::PersonalData::Refuse;
    Domain::Result<Importer::Outcome> outcome = Importer::Outcome{};
    bool stored = false;
    for (bool createdElsewhere = false;;) {
        const bool create = !createdElsewhere &&
                            settings.driver == Storage::ConnectionSettings::Driver::Sqlite &&
                            !QFileInfo::exists(settings.file);
        Storage::ConnectionSettings target = settings;
        if (create) {
            target.writeAheadLog = false;
            const QFileInfo final(settings.file);
            target.file = final.absoluteDir().filePath(
                QStringLiteral(".%1.importing-%2")
                    .arg(final.fileName(), QString::number(QCoreApplication::applicationPid())));
        }
        outcome = [&]() -> Domain::Result<Importer::Outcome> {
            // An import into a database that is still empty makes that database: it is not
            // seeded first, so that it holds what was imported.
            auto workspace = Workspace::open(target, Workspace::Seeding::Never, terminal(err));
            if (!workspace)
                return workspace.error();
            progress.start(tr("Importing %1").arg(Domain::printable(line.importFile)));
            auto imported =
                Importer::run(*workspace.value(), file, personalData, progress.callback());
            progress.finish();
            if (imported && imported->summary && create) {
                // Built without a write-ahead log, so that it is one complete file when it
                // takes its name; from then on it is used with one, like every database.
                if (auto wal = workspace.value()->database().useWriteAheadLog(); !wal)
                    return wal.error();
            }
            return imported;
        }(); // the database is closed here, its write-ahead log folded into the file
        stored = outcome && outcome->summary;
        if (!create)
            break;
        auto placed = stored ? Storage::DatabaseFiles(target.file).moveTo(settings.file)
                             : Domain::Result<void>();
        Storage::DatabaseFiles(target.file).removeAll();
        if (!placed && placed.error().kind == Domain::Error::Kind::Conflict) {
            err << tr("%1 was created by another program meanwhile, so %2 goes into it instead.")
                       .arg(Domain::quoted(QDir::toNativeSeparators(settings.file)),
                            Domain::printable(line.importFile))
                << Qt::endl;
            createdElsewhere = true;
            continue;
        }
        if (!placed)
            return refused(placed.error());
        break;
    }
    if (!outcome)
        return refused(outcome.error());
    if (!stored) {
        return refused(
            Domain::Error{Domain::Error::Kind::Invalid,
                          outcome->description() + QLatin1Char('\n') +
                              tr("Remove the numbers from the file, or import it anyway with "
                                 "--accept-personal-data.")});
    }
    if (outcome->identityNumberFieldCount > 0) {
        err << tr("Warning: imported as --accept-personal-data asked.") << Qt::endl
            << outcome->description() << Qt::endl;
    }
    const Domain::ImportSummary &summary = *outcome->summary;
    out << tr("Imported %n project(s) from %1.", nullptr, summary.projects)
               .arg(Domain::printable(line.importFile))
        << Qt::endl
        << tr("New organisations: %1. New knowledge sources: %2.")
               .arg(QString::number(summary.organisationsAdded),
                    QString::number(summary.knowledgeSourcesAdded))
        << Qt::endl;
    return 0;
}

int Commands::init(const CommandLine &line, const Storage::ConnectionSettings &settings,
                   QTextStream &out, QTextStream &err)
{
    {
        // Looked at before anything is changed: an existing database is not upgraded here.
        auto existing = Storage::Database::open(settings);
        if (!existing) {
            err << existing.error().message << Qt::endl;
            return 1;
        }
        if (existing.value()->contentAtOpen() == Storage::Database::Content::Samspill) {
            err << tr("%1 is a Samspill database already; nothing was changed.")
                       .arg(Domain::printable(settings.displayName()))
                << Qt::endl;
            return 1;
        }
    }
    auto workspace = Workspace::open(
        settings, line.empty ? Workspace::Seeding::Never : Workspace::Seeding::IfNew,
        terminal(err));
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        return 1;
    }
    if (line.empty) {
        if (auto declined = workspace.value()->portfolio().declineSeed(); !declined) {
            err << declined.error().message << Qt::endl;
            return 1;
        }
    }
    out << (workspace.value()->wasSeeded() ? tr("Created %1 with the demo project.")
                                           : tr("Created %1, empty."))
               .arg(Domain::printable(settings.displayName()))
        << Qt::endl;
    return 0;
}

int Commands::check(const Storage::ConnectionSettings &settings, QTextStream &out, QTextStream &err)
{
    auto report = Storage::DatabaseCheck::run(settings);
    if (!report) {
        err << report.error().message << Qt::endl;
        return 1;
    }
    out << tr("%1: Samspill database, schema version %2 (this Samspill: %3)")
               .arg(Domain::printable(report->location), QString::number(report->schemaVersion),
                    QString::number(report->latestVersion))
        << Qt::endl
        << tr("%n project(s)", nullptr, report->projects) << QStringLiteral(", ")
        << tr("%n measure(s)", nullptr, report->measures) << Qt::endl;
    if (report->problems.isEmpty()) {
        out << tr("No problems found.") << Qt::endl;
        return 0;
    }
    err << tr("%n problem(s) found:", nullptr, int(report->problems.size())) << Qt::endl;
    // A damaged or foreign file's own text (PRAGMA integrity_check, table names) is among
    // them, escaped by the check.
    for (const QString &problem : report->problems)
        err << QStringLiteral("  ") << problem << Qt::endl;
    return 1;
}

int Commands::timeline(const CommandLine &line, const Storage::ConnectionSettings &settings,
                       QTextStream &err)
{
    if (refuseDatabaseFile(settings, line.output, err))
        return 1;
    auto workspace = Workspace::open(settings, Workspace::Seeding::IfNew, terminal(err));
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        return 1;
    }
    auto projects = workspace.value()->projects().projects();
    if (!projects) {
        err << projects.error().message << Qt::endl;
        return 1;
    }
    const auto project = Exporter::findProject(projects.value(), line.projects.constFirst());
    if (!project) {
        err << project.error().message << Qt::endl;
        return 1;
    }
    Models::ProjectData data({&workspace.value()->portfolio(), &workspace.value()->organisations(),
                              &workspace.value()->knowledgeSources()});
    if (auto loaded = data.load(project->id); !loaded) {
        err << loaded.error().message << Qt::endl;
        return 1;
    }
    const Timeline::Chart chart =
        Timeline::ChartBuilder::build(data, Timeline::Grouping::Goal, data.today());
    Timeline::ChartExport::Options options;
    options.first = line.from;
    options.last = line.to;
    options.zoom = Timeline::zoomFromCode(line.zoom).value_or(Timeline::Zoom::Quarter);
    options.onePage = line.onePage;
    const auto format = Timeline::ChartExport::formatFromCode(line.format)
                            .value_or(Timeline::ChartExport::Format::Pdf);
    if (auto written = OutputFile::write(settings, line.output,
                                         [&](QIODevice &device) {
                                             return Timeline::ChartExport::write(chart, format,
                                                                                 options, device);
                                         });
        !written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    err << tr("Wrote the timeline of %1 to %2.")
               .arg(Domain::quoted(project->name), Domain::printable(line.output))
        << Qt::endl;
    return 0;
}

int Commands::status(const CommandLine &line, const Storage::ConnectionSettings &settings,
                     QTextStream &out, QTextStream &err)
{
    const QDate today = QDate::currentDate();
    if (line.asOf.isValid() && line.asOf > today) {
        err << tr("%1 is after today: nothing is known of it yet.")
                   .arg(line.asOf.toString(Qt::ISODate))
            << Qt::endl;
        return 1;
    }
    auto workspace = Workspace::open(settings, Workspace::Seeding::IfNew, terminal(err));
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        return 1;
    }
    Workspace &opened = *workspace.value();
    // One snapshot: every figure of the run is of the same state of the database.
    Storage::Transaction snapshot(opened.database(), Storage::Transaction::Mode::Read);
    if (!snapshot.started()) {
        err << snapshot.started().error().message << Qt::endl;
        return 1;
    }
    Overview::Source source(
        {&opened.projects(), &opened.portfolio(), &opened.history(), &opened.organisations()});
    const bool asOf = line.asOf.isValid() && line.asOf < today;
    const Overview::Settings figuresSettings{asOf ? line.asOf : today, line.staleDays};
    const Overview::Source::State state =
        asOf ? Overview::Source::State::AsOfDay : Overview::Source::State::Stored;

    Overview::PortfolioFigures portfolio;
    QJsonArray projects;
    QString text;
    if (!line.statusProject.isEmpty()) {
        auto all = opened.projects().projects();
        if (!all) {
            err << all.error().message << Qt::endl;
            return 1;
        }
        auto project = Exporter::findProject(all.value(), line.statusProject);
        auto figures = project ? source.project(project.value(), figuresSettings, state)
                               : Domain::Result<Overview::ProjectFigures>(project.error());
        if (!figures) {
            err << figures.error().message << Qt::endl;
            return 1;
        }
        portfolio.day = figuresSettings.day;
        portfolio.asOf = asOf;
        portfolio.rows.append(Overview::PortfolioRow::of(figures.value()));
        projects.append(
            Overview::StatusJson::project(figures.value(), Overview::StatusJson::Detail::Full));
        text = Models::StatusText::project(figures.value(), asOf);
    } else {
        auto read = source.portfolio(
            figuresSettings, state,
            [&projects](const Overview::ProjectFigures &figures) {
                projects.append(
                    Overview::StatusJson::project(figures, Overview::StatusJson::Detail::Summary));
            },
            Overview::Source::Depth::Outline);
        if (!read) {
            err << read.error().message << Qt::endl;
            return 1;
        }
        portfolio = std::move(read).value();
        text = Models::StatusText::portfolio(portfolio);
    }
    if (line.statusFormat == CommandLine::Format::Json)
        out << QString::fromUtf8(
            Overview::StatusJson::document(portfolio, line.staleDays, projects));
    else
        out << text;
    out.flush();
    return 0;
}

int Commands::report(const CommandLine &line, const Storage::ConnectionSettings &settings,
                     QTextStream &err)
{
    if (refuseDatabaseFile(settings, line.output, err))
        return 1;
    auto workspace = Workspace::open(settings, Workspace::Seeding::IfNew, terminal(err));
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        return 1;
    }
    Workspace &opened = *workspace.value();
    Report::Request request;
    request.allProjects = line.allProjects;
    request.from = line.from;
    request.to = line.to;
    request.sections = line.sections;
    request.language = line.language;
    request.format =
        Report::Request::formatFromCode(line.format).value_or(Report::Request::Format::Pdf);
    request.producedOn = line.producedOn;
    if (!line.allProjects) {
        auto projects = Exporter::selectProjects(opened, line.projects);
        if (!projects) {
            err << projects.error().message << Qt::endl;
            return 1;
        }
        for (const Domain::Project &project : projects.value())
            request.projects.append(project.uuid);
    }
    // A report is issued (kept in the archive) unless it is a draft: said before the work, so
    // that a database that can only be read is told at once.
    if (!line.draft) {
        if (auto possible = ReportFile::canIssue(opened); !possible) {
            err << possible.error().message << Qt::endl;
            return 1;
        }
    }
    TerminalProgress progress(err);
    progress.start(tr("Writing the report"));
    const auto shown = progress.callback();
    auto content = ReportFile::content(opened, request, [&shown](int done, int total) {
        shown(done, total);
        return true;
    });
    progress.finish();
    auto bytes = content ? Report::Generator::render(content.value(), request.format)
                         : Domain::Result<QByteArray>(content.error());
    if (!bytes) {
        err << bytes.error().message << Qt::endl;
        return 1;
    }
    auto written =
        ReportFile::write(opened, line.output, request, content->title, bytes.value(), !line.draft);
    if (!written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    if (written.value()) {
        err << tr("Wrote the report to %1 and kept it in the archive as %2.")
                   .arg(Domain::printable(line.output),
                        written.value()->uuid.toString(QUuid::WithoutBraces))
            << Qt::endl;
    } else {
        err << tr("Wrote the draft report to %1; it is not in the archive.")
                   .arg(Domain::printable(line.output))
            << Qt::endl;
    }
    return 0;
}

} // namespace App
