#include "app/desktop.h"

#include "app/commands.h"
#include "app/exporter.h"
#include "app/importjob.h"
#include "app/language.h"
#include "app/outputfile.h"
#include "app/workspace.h"
#include "app/workspacereports.h"
#include "models/asofday.h"
#include "models/budgettablemodel.h"
#include "models/domain/text.h"
#include "models/editor.h"
#include "models/goaltreemodel.h"
#include "models/indicatortablemodel.h"
#include "models/knowledgesourcetablemodel.h"
#include "models/measureselection.h"
#include "models/measuretablemodel.h"
#include "models/membertablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "models/portfoliodata.h"
#include "models/portfoliotablemodel.h"
#include "models/projectdata.h"
#include "models/projectlistmodel.h"
#include "models/risktablemodel.h"
#include "models/statuslogmodel.h"
#include "models/timeline/timelinemodel.h"
#include "views/editingactions.h"
#include "views/fileactions.h"
#include "views/listeditingactions.h"
#include "views/mainwindow.h"
#include "views/portfolioview.h"
#include "views/projectview.h"
#include "views/timelineview.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace App {

Desktop::Desktop(Workspace &workspace)
    : m_workspace(workspace)
    , m_settings(workspace.database().settings())
    , m_projects(std::make_unique<Models::ProjectListModel>(&workspace.projects()))
    , m_projectData(std::make_unique<Models::ProjectData>(Models::ProjectData::Repositories{
          &workspace.portfolio(), &workspace.organisations(), &workspace.knowledgeSources(),
          &workspace.projects(), &workspace.history()}))
    , m_goals(std::make_unique<Models::GoalTreeModel>(m_projectData.get()))
    , m_participants(std::make_unique<Models::ParticipantTableModel>(m_projectData.get()))
    , m_members(std::make_unique<Models::MemberTableModel>(m_projectData.get()))
    , m_measures(std::make_unique<Models::MeasureTableModel>(m_projectData.get()))
    , m_editor(std::make_unique<Models::Editor>(workspace.edits(),
                                                [this](const QUuid &uuid) { return nameOf(uuid); }))
    , m_selection(std::make_unique<Models::MeasureSelection>())
    , m_timeline(std::make_unique<Timeline::TimelineModel>(m_projectData.get()))
    , m_asOf(std::make_unique<Models::AsOfDay>())
    , m_portfolio(std::make_unique<Models::PortfolioData>(Overview::Source::Repositories{
          &workspace.projects(), &workspace.portfolio(), &workspace.history(),
          &workspace.organisations(), &workspace.keptRows()}))
    , m_portfolioTable(std::make_unique<Models::PortfolioTableModel>(m_portfolio.get()))
    , m_reports(std::make_unique<WorkspaceReports>(workspace))
{
    // The models of the project's other lists belong to the project data they show.
    Models::ProjectData *data = m_projectData.get();
    auto *projectView = new Views::ProjectView(
        data, {m_goals.get(), m_participants.get(), m_members.get(), m_measures.get(),
               m_timeline.get(), m_selection.get(), new Models::IndicatorTableModel(data, data),
               new Models::OrganisationTableModel(data, data),
               new Models::MilestoneTableModel(data, data), new Models::RiskTableModel(data, data),
               new Models::StatusLogModel(data, data), new Models::BudgetTableModel(data, data),
               new Models::KnowledgeSourceTableModel(data, data)});
    m_window =
        std::make_unique<Views::MainWindow>(m_projects.get(), m_projectData.get(), projectView,
                                            workspace.database().settings().displayName());
    m_editing =
        new Views::EditingActions(m_window.get(), m_projectData.get(), m_editor.get(), projectView);
    m_editing->addMenus(m_window->menuBar()->actions().constLast()); // before Help
    auto *lists = new Views::ListEditingActions(m_window.get(), data, m_editor.get(), projectView);
    lists->addMenus(m_window->menuBar()->actions().constLast());
    QObject::connect(m_editing, &Views::EditingActions::projectsChanged, m_window.get(),
                     &Views::MainWindow::showProject);
    QObject::connect(projectView, &Views::ProjectView::newProjectRequested, m_editing,
                     &Views::EditingActions::newProject);
    QObject::connect(projectView, &Views::ProjectView::importRequested, m_window.get(), [this] {
        if (auto *import = m_window->findChild<QAction *>(QStringLiteral("importAction")))
            import->trigger();
    });
    createFileActions();
    m_projects->setPortfolio(m_portfolio.get());
    // A change anywhere may move a project's light, progress or last update: the portfolio is
    // read again (its kept rows make that cheap), so the project list, the portfolio and the
    // status bar never show what was before the change.
    // A project's own change reads it again through MainWindow::showProject (projectsChanged).
    QObject::connect(m_editor.get(), &Models::Editor::changed, m_window.get(),
                     [this](Domain::EntityKind kind) {
                         if (kind == Domain::EntityKind::Project)
                             return;
                         if (auto reloaded = m_portfolio->reload(); !reloaded)
                             m_window->statusBar()->showMessage(reloaded.error().message);
                     });
    m_window->addPortfolio(new Views::PortfolioView(m_portfolio.get(), m_portfolioTable.get()),
                           m_portfolio.get(), m_asOf.get());
    if (auto loaded = m_projects->reload(); !loaded)
        m_window->statusBar()->showMessage(loaded.error().message);
    if (auto loaded = m_portfolio->reload(); !loaded)
        m_window->statusBar()->showMessage(loaded.error().message);
    m_window->restoreSession();
    QObject::connect(m_asOf.get(), &Models::AsOfDay::changed, m_window.get(),
                     [this](QDate asOf) { showDay(asOf); });
    const Storage::MigrationReport &migration = workspace.migration();
    if (migration.fromVersion > 0 && migration.toVersion > migration.fromVersion &&
        !migration.backupFile.isEmpty()) {
        const QString backup = Domain::quoted(QDir::toNativeSeparators(migration.backupFile));
        m_window->showStatus(tr("Upgraded to schema version %1; the database as it was is kept "
                                "as %2.")
                                 .arg(QString::number(migration.toVersion), backup));
        m_upgradeNote = tr("%1 was upgraded from schema version %2 to %3, so that this version "
                           "of Samspill can use it. A copy of it as it was is kept as %4, in "
                           "case you need to go back.")
                            .arg(Domain::quoted(workspace.database().settings().displayName()),
                                 QString::number(migration.fromVersion),
                                 QString::number(migration.toVersion), backup);
    }
    QObject::connect(
        m_window.get(), &Views::MainWindow::importRequested, m_window.get(),
        [this](const QString &file) { startImport(file, Importer::PersonalData::Refuse); });
    Views::TimelineView *timeline = projectView->timelineView();
    QObject::connect(timeline, &Views::TimelineView::exportRequested, m_window.get(),
                     [this, timeline](const QString &file, Timeline::ChartExport::Format format) {
                         exportTimeline(file, format, timeline->exportOptions());
                     });
}

Desktop::~Desktop() = default;

// What a UUID in the shown project refers to, by name, for the texts of undo steps.
QString Desktop::nameOf(const QUuid &uuid) const
{
    if (const Domain::Organisation *organisation = m_projectData->organisation(uuid))
        return organisation->name;
    if (const Domain::Goal *goal = m_projectData->goal(uuid))
        return Models::EntityFields::name(*goal);
    if (const Domain::KnowledgeSource *source = m_projectData->knowledgeSource(uuid))
        return source->title;
    if (const Domain::Measure *measure = m_projectData->measure(uuid))
        return Models::EntityFields::name(*measure);
    return {};
}

void Desktop::show()
{
    m_window->show();
    if (m_upgradeNote.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Database upgraded"), m_upgradeNote,
                                QMessageBox::Ok, m_window.get());
    box->setTextFormat(Qt::PlainText); // the database's name is not markup
    box->setObjectName(QStringLiteral("upgradeNoteBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, without a loop of its own
}

// The File menu's export, open database, recent databases and language.
void Desktop::createFileActions()
{
    const QString language =
        QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("nb");
    m_files = new Views::FileActions(m_window.get(),
                                     m_window->findChild<QMenu *>(QStringLiteral("fileMenu")),
                                     m_window->findChild<QAction *>(QStringLiteral("quitAction")),
                                     m_projectData.get(), language, Language::remembered());
    if (m_settings.driver == Storage::ConnectionSettings::Driver::Sqlite) {
        m_files->setCurrentDatabase(m_settings.file);
        Views::FileActions::rememberDatabase(m_settings.file);
    }
    QObject::connect(
        m_files, &Views::FileActions::exportRequested, m_window.get(),
        [this](const QString &file, const QUuid &project) { exportProjects(file, project); });
    QObject::connect(m_files, &Views::FileActions::databaseRequested, m_window.get(),
                     [this](const QString &database) {
                         if (m_openDatabase)
                             m_openDatabase(database);
                     });
    QObject::connect(m_files, &Views::FileActions::languageChosen, m_window.get(),
                     &Language::remember);
    m_files->setReports(m_reports.get(), [this] { return m_asOf->today(); });
}

void Desktop::setDatabaseOpener(std::function<void(const QString &)> opener)
{
    m_openDatabase = std::move(opener);
}

void Desktop::exportProjects(const QString &file, const QUuid &project)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = Exporter::write(
        m_workspace, project.isNull() ? QStringList() : QStringList{project.toString()}, file);
    QGuiApplication::restoreOverrideCursor();
    if (written) {
        m_window->showStatus(Commands::tr("Exported %n project(s) to %1.", nullptr, written.value())
                                 .arg(Domain::printable(file)));
        return;
    }
    m_window->showStatus(written.error().message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export"), written.error().message,
                                QMessageBox::Ok, m_window.get());
    box->setTextFormat(Qt::PlainText); // the file's name is not markup
    box->setObjectName(QStringLiteral("exportFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, without a loop of its own
}

void Desktop::exportTimeline(const QString &file, Timeline::ChartExport::Format format,
                             const Timeline::ChartExport::Options &options)
{
    const auto written = OutputFile::write(m_settings, file, [&](QIODevice &device) {
        return Timeline::ChartExport::write(m_timeline->chart(), format, options, device);
    });
    m_window->showStatus(written ? tr("Exported the timeline to %1.").arg(Domain::printable(file))
                                 : written.error().message);
}

void Desktop::setToday(QDate date)
{
    m_asOf->setToday(date);
    m_projectData->setToday(date);
    if (auto loaded = m_portfolio->setToday(date); !loaded)
        m_window->showStatus(loaded.error().message);
}

// The project and the portfolio as they stood at the end of an earlier day, or as stored now.
void Desktop::showDay(QDate asOf)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto portfolio = m_portfolio->setAsOf(asOf);
    auto project = m_projectData->setAsOf(asOf);
    QGuiApplication::restoreOverrideCursor();
    for (const auto *result : {&portfolio, &project}) {
        if (!*result)
            m_window->showStatus(result->error().message);
    }
}

// The import runs on a thread of its own; a progress dialog shows how far it has come and can
// stop it, and the window reads the projects again when it is done. A file that holds what
// looks like a national identity number is first refused whole; the user may then have it
// imported anyway, by a second import of the whole file that accepts it, in a transaction of its
// own.
void Desktop::startImport(const QString &file, Importer::PersonalData personalData)
{
    if (m_import)
        return; // one at a time
    m_import = std::make_unique<ImportJob>(m_settings, file, personalData);
    auto *progress =
        new QProgressDialog(ImportJob::tr("Importing %1 ...").arg(QFileInfo(file).fileName()),
                            ImportJob::tr("Stop"), 0, 100, m_window.get());
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(m_import.get(), &ImportJob::progressed, progress, &QProgressDialog::setValue);
    QObject::connect(m_import.get(), &ImportJob::notice, m_window.get(),
                     &Views::MainWindow::showStatus);
    QObject::connect(progress, &QProgressDialog::canceled, m_import.get(), &ImportJob::cancel);
    QObject::connect(
        m_import.get(), &ImportJob::finished, m_window.get(),
        [this, progress, file](bool imported, const QString &message, bool identityNumbers) {
            progress->close();
            m_import.reset();
            if (!imported && identityNumbers) {
                askToImportAnyway(file, message);
            } else if (imported) {
                m_window->reload();
                m_window->showStatus(message);
            } else {
                m_window->showStatus(message.section(QLatin1Char('\n'), 0, 0));
                auto *box = new QMessageBox(QMessageBox::Warning, ImportJob::tr("Import"), message,
                                            QMessageBox::Ok, m_window.get());
                box->setTextFormat(Qt::PlainText);
                box->setObjectName(QStringLiteral("importFailedBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open(); // window-modal, without a loop of its own
            }
        });
    m_import->start();
}

void Desktop::askToImportAnyway(const QString &file, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, ImportJob::tr("Import"),
                                message + QStringLiteral("\n\n") + ImportJob::tr("Import anyway?"),
                                QMessageBox::Yes | QMessageBox::No, m_window.get());
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(QStringLiteral("personalDataBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [this, box, file] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            startImport(file, Importer::PersonalData::Accept);
        } else {
            m_window->showStatus(ImportJob::tr("%1 was not imported; nothing was changed.")
                                     .arg(Domain::printable(QFileInfo(file).fileName())));
        }
    });
    box->open(); // window-modal, without a loop of its own
}

} // namespace App
