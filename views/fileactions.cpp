#include "views/fileactions.h"

#include "models/projectdata.h"
#include "views/filename.h"
#include "views/reportarchivedialog.h"
#include "views/reportdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace Views {
namespace {

const QString recentKey = QStringLiteral("recentDatabases");

// A file name from a project's name: what a file system takes everywhere.
QString fileNameOf(const QString &name)
{
    return safeFileName(name) + QStringLiteral(".json");
}

} // namespace

FileActions::FileActions(QMainWindow *window, QMenu *file, QAction *before,
                         const Models::ProjectData *project, const QString &language,
                         const QString &remembered)
    : QObject(window)
    , m_window(window)
    , m_project(project)
    , m_language(language)
    , m_exportProject(new QAction(tr("&Export the project..."), this))
    , m_report(new QAction(tr("Repor&t..."), this))
    , m_archive(new QAction(tr("Report &archive..."), this))
    , m_recent(new QMenu(tr("Recent &databases"), window))
{
    m_exportProject->setObjectName(QStringLiteral("exportProjectAction"));
    m_exportProject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportProject->setStatusTip(tr("Write the project shown to an exchange file"));
    connect(m_exportProject, &QAction::triggered, this, &FileActions::exportProject);

    auto *exportPortfolio = new QAction(tr("Export the &portfolio..."), this);
    exportPortfolio->setObjectName(QStringLiteral("exportPortfolioAction"));
    exportPortfolio->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportPortfolio->setStatusTip(tr("Write every project of the database to an exchange file"));
    connect(exportPortfolio, &QAction::triggered, this, &FileActions::exportPortfolio);

    // Ctrl+P prints; Ctrl+R is Refresh on some desktops.
    m_report->setObjectName(QStringLiteral("reportAction"));
    m_report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_report->setStatusTip(
        tr("A status report for a period: preview, print, save as a draft or issue"));
    m_report->setEnabled(false);
    connect(m_report, &QAction::triggered, this, &FileActions::makeReport);
    m_archive->setObjectName(QStringLiteral("reportArchiveAction"));
    m_archive->setStatusTip(tr("The reports issued, exactly as they were issued"));
    m_archive->setEnabled(false);
    connect(m_archive, &QAction::triggered, this, &FileActions::showArchive);

    auto *open = new QAction(tr("&Open database..."), this);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Show another Samspill database (an SQLite file) in this window"));
    connect(open, &QAction::triggered, this, &FileActions::openDatabase);

    m_recent->setObjectName(QStringLiteral("recentDatabasesMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &FileActions::fillRecent);

    // Each language by its own name, so that one who cannot read the other finds theirs.
    auto *languages = new QMenu(tr("&Language"), window);
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const struct
    {
        const char *name;
        QString text;
        QString code;
    } choices[] = {
        {"languageNbAction", tr("Norsk bokmål"), QStringLiteral("nb")},
        {"languageEnAction", tr("English"), QStringLiteral("en")},
    };
    for (const auto &choice : choices) {
        QAction *action = languages->addAction(choice.text);
        action->setObjectName(QLatin1String(choice.name));
        action->setCheckable(true);
        action->setChecked(choice.code == remembered);
        group->addAction(action);
        const QString code = choice.code;
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    file->insertActions(before, {m_exportProject, exportPortfolio});
    file->insertSeparator(before);
    file->insertActions(before, {m_report, m_archive});
    file->insertSeparator(before);
    file->insertAction(before, open);
    file->insertMenu(before, m_recent);
    file->insertSeparator(before);
    file->insertMenu(before, languages);
    file->insertSeparator(before);

    const auto follow = [this] { m_exportProject->setEnabled(m_project->isLoaded()); };
    connect(project, &Models::ProjectData::reset, this, follow);
    follow();
}

void FileActions::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void FileActions::setReports(ReportService *service, std::function<QDate()> today)
{
    m_reports = service;
    m_today = std::move(today);
    m_report->setEnabled(service != nullptr);
    m_archive->setEnabled(service != nullptr);
}

void FileActions::setCurrentDatabase(const QString &file)
{
    m_currentDatabase = file;
}

QStringList FileActions::recentDatabases()
{
    return QSettings().value(recentKey).toStringList();
}

void FileActions::rememberDatabase(const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(recentKey, recent.mid(0, MaxRecent));
}

QString FileActions::chooseFile(Purpose purpose, const QString &suggestion)
{
    if (m_chooser)
        return m_chooser(purpose, suggestion);
    const QString exchangeFiles = tr("Samspill exchange files (*.json);;All files (*)");
    switch (purpose) {
    case Purpose::ExportProject:
        return QFileDialog::getSaveFileName(m_window, tr("Export the project"), suggestion,
                                            exchangeFiles);
    case Purpose::ExportPortfolio:
        return QFileDialog::getSaveFileName(m_window, tr("Export the portfolio"), suggestion,
                                            exchangeFiles);
    case Purpose::Report: {
        const QString suffix = QFileInfo(suggestion).suffix();
        return QFileDialog::getSaveFileName(
            m_window, tr("Write the report"), suggestion,
            tr("%1 files (*.%2);;All files (*)").arg(suffix.toUpper(), suffix));
    }
    case Purpose::ArchiveCopy:
        return QFileDialog::getSaveFileName(m_window, tr("Save a copy of the report"), suggestion);
    case Purpose::OpenDatabase:
        return QFileDialog::getOpenFileName(
            m_window, tr("Open database"), suggestion,
            tr("Samspill databases (*.sqlite *.db);;All files (*)"));
    }
    return {};
}

void FileActions::exportProject()
{
    if (!m_project->isLoaded())
        return;
    const Domain::Project &project = m_project->project();
    const QString file =
        chooseFile(Purpose::ExportProject,
                   QDir::home().filePath(
                       fileNameOf(project.shortName.isEmpty() ? project.name : project.shortName)));
    if (!file.isEmpty())
        emit exportRequested(file, project.uuid);
}

void FileActions::exportPortfolio()
{
    const QString file =
        chooseFile(Purpose::ExportPortfolio, QDir::home().filePath(fileNameOf(tr("Portfolio"))));
    if (!file.isEmpty())
        emit exportRequested(file, QUuid());
}

void FileActions::openDatabase()
{
    const QString folder = m_currentDatabase.isEmpty()
                               ? QDir::homePath()
                               : QFileInfo(m_currentDatabase).absolutePath();
    const QString file = chooseFile(Purpose::OpenDatabase, folder);
    if (!file.isEmpty())
        emit databaseRequested(file);
}

void FileActions::makeReport()
{
    if (!m_reports)
        return;
    ReportDialog dialog(
        m_reports, m_project->isLoaded() ? m_project->project().uuid : QUuid(), m_today(),
        [this](const QString &suggestion, Report::Request::Format) {
            return chooseFile(Purpose::Report, suggestion);
        },
        m_window);
    connect(&dialog, &ReportDialog::written, this, [this](const QString &file, bool issued) {
        m_window->statusBar()->showMessage(
            issued ? tr("Wrote the report to %1 and kept it in the report archive.")
                         .arg(QDir::toNativeSeparators(file))
                   : tr("Wrote the draft report to %1; it is not in the report archive.")
                         .arg(QDir::toNativeSeparators(file)));
    });
    dialog.exec();
}

void FileActions::showArchive()
{
    if (!m_reports)
        return;
    ReportArchiveDialog dialog(
        m_reports,
        [this](const QString &suggestion) { return chooseFile(Purpose::ArchiveCopy, suggestion); },
        m_window);
    dialog.exec();
}

// Every database opened lately but the one shown, newest first; one whose file is gone is
// listed greyed, so that the list does not change under the user's hand.
void FileActions::fillRecent()
{
    m_recent->clear();
    const QString current = QFileInfo(m_currentDatabase).absoluteFilePath();
    int number = 0;
    for (const QString &path : recentDatabases()) {
        if (path == current)
            continue;
        ++number;
        const QFileInfo info(path);
        QAction *action = m_recent->addAction(
            tr("&%1 %2").arg(QString::number(number), QDir::toNativeSeparators(path)));
        action->setObjectName(QStringLiteral("recentDatabaseAction"));
        action->setData(path);
        action->setEnabled(info.isFile());
        if (!info.isFile())
            action->setToolTip(tr("The file is gone"));
        connect(action, &QAction::triggered, this, [this, path] { emit databaseRequested(path); });
    }
    if (number == 0) {
        QAction *none = m_recent->addAction(tr("No other database opened lately"));
        none->setObjectName(QStringLiteral("noRecentDatabaseAction"));
        none->setEnabled(false);
    }
}

void FileActions::chooseLanguage(const QString &code)
{
    emit languageChosen(code);
    if (code == m_language)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Language"),
                        code == QLatin1String("en")
                            ? tr("Samspill will speak English from the next start.")
                            : tr("Samspill will speak Norwegian Bokmål from the next start."),
                        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("languageNoteBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, without a loop of its own
}

} // namespace Views
