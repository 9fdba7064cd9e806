#include "app/desktop.h"

#include "app/importjob.h"
#include "app/workspace.h"
#include "models/asofday.h"
#include "models/goaltreemodel.h"
#include "models/measuretablemodel.h"
#include "models/membertablemodel.h"
#include "models/participanttablemodel.h"
#include "models/portfoliodata.h"
#include "models/portfoliotablemodel.h"
#include "models/projectdata.h"
#include "models/projectlistmodel.h"
#include "views/mainwindow.h"
#include "views/portfolioview.h"
#include "views/projectview.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace App {

Desktop::Desktop(Workspace &workspace)
    : m_settings(workspace.database().settings())
    , m_projects(std::make_unique<Models::ProjectListModel>(&workspace.projects()))
    , m_projectData(std::make_unique<Models::ProjectData>(Models::ProjectData::Repositories{
          &workspace.portfolio(), &workspace.organisations(), &workspace.knowledgeSources(),
          &workspace.projects(), &workspace.history()}))
    , m_goals(std::make_unique<Models::GoalTreeModel>(m_projectData.get()))
    , m_participants(std::make_unique<Models::ParticipantTableModel>(m_projectData.get()))
    , m_members(std::make_unique<Models::MemberTableModel>(m_projectData.get()))
    , m_measures(std::make_unique<Models::MeasureTableModel>(m_projectData.get()))
    , m_asOf(std::make_unique<Models::AsOfDay>())
    , m_portfolio(std::make_unique<Models::PortfolioData>(
          Overview::Source::Repositories{&workspace.projects(), &workspace.portfolio(),
                                         &workspace.history(), &workspace.organisations()}))
    , m_portfolioTable(std::make_unique<Models::PortfolioTableModel>(m_portfolio.get()))
{
    auto *projectView =
        new Views::ProjectView(m_projectData.get(), {m_goals.get(), m_participants.get(),
                                                     m_members.get(), m_measures.get()});
    m_window =
        std::make_unique<Views::MainWindow>(m_projects.get(), m_projectData.get(), projectView,
                                            workspace.database().settings().displayName());
    m_projects->setPortfolio(m_portfolio.get());
    m_window->addPortfolio(new Views::PortfolioView(m_portfolio.get(), m_portfolioTable.get()),
                           m_portfolio.get(), m_asOf.get());
    if (auto loaded = m_projects->reload(); !loaded)
        m_window->statusBar()->showMessage(loaded.error().message);
    if (auto loaded = m_portfolio->reload(); !loaded)
        m_window->statusBar()->showMessage(loaded.error().message);
    m_window->restoreSession();
    QObject::connect(m_asOf.get(), &Models::AsOfDay::changed, m_window.get(),
                     [this](QDate asOf) { showDay(asOf); });
    QObject::connect(m_window.get(), &Views::MainWindow::importRequested, m_window.get(),
                     [this](const QString &file) { startImport(file); });
}

Desktop::~Desktop() = default;

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
// stop it, and the window reads the projects again when it is done.
void Desktop::startImport(const QString &file)
{
    if (m_import)
        return; // one at a time
    m_import = std::make_unique<ImportJob>(m_settings, file);
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
    QObject::connect(m_import.get(), &ImportJob::finished, m_window.get(),
                     [this, progress](bool imported, const QString &message) {
                         progress->close();
                         m_import.reset();
                         if (imported) {
                             m_window->reload();
                             m_window->showStatus(message);
                         } else {
                             m_window->showStatus(message.section(QLatin1Char('\n'), 0, 0));
                             auto *box =
                                 new QMessageBox(QMessageBox::Warning, ImportJob::tr("Import"),
                                                 message, QMessageBox::Ok, m_window.get());
                             box->setTextFormat(Qt::PlainText);
                             box->setObjectName(QStringLiteral("importFailedBox"));
                             box->setAttribute(Qt::WA_DeleteOnClose);
                             box->open(); // window-modal, without a loop of its own
                         }
                     });
    m_import->start();
}

} // namespace App
