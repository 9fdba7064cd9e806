#pragma once

#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace Models {
class ProjectData;
}

namespace Views {

class ReportService;

// The File menu's work beyond import: export the project shown or the whole portfolio to an
// exchange file, the report and the report archive (ReportDialog, ReportArchiveDialog), open
// another database, the databases opened lately, and the language of the window. It asks for files
// and says what the user chose; the composition root (App::Desktop) does the writing and the
// opening. The databases opened lately are kept in QSettings
// ("recentDatabases", newest first, at most MaxRecent), so that the next start can open the
// last one.
class FileActions : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRecent = 8;

    enum class Purpose { ExportProject, ExportPortfolio, OpenDatabase, Report, ArchiveCopy };
    // Asks for a file for purpose, suggesting one; returns an empty path when none was chosen.
    using FileChooser = std::function<QString(Purpose purpose, const QString &suggestion)>;

    // Adds its actions to the menu file, before the action before (Quit). language: the one the
    // window speaks now ("nb" or "en"); remembered: the one chosen for the next start.
    FileActions(QMainWindow *window, QMenu *file, QAction *before,
                const Models::ProjectData *project, const QString &language,
                const QString &remembered);

    // A file dialog unless a test says otherwise.
    void setFileChooser(FileChooser chooser);
    // Who makes, writes and archives reports; today: the day reports count from. Until it is
    // given, the report actions are disabled.
    void setReports(ReportService *service, std::function<QDate()> today);
    // The database the window shows: not offered among the recent ones.
    void setCurrentDatabase(const QString &file);

    // The SQLite files opened lately, newest first.
    static QStringList recentDatabases();
    // Puts file first among them.
    static void rememberDatabase(const QString &file);

    void exportProject();
    void exportPortfolio();
    void openDatabase();
    // The report dialog and the archive dialog, modal.
    void makeReport();
    void showArchive();

signals:
    // Write the project (its UUID; null for the whole portfolio) to file.
    void exportRequested(const QString &file, const QUuid &project);
    void databaseRequested(const QString &file);
    // The language for the next start ("nb" or "en").
    void languageChosen(const QString &code);

private:
    QString chooseFile(Purpose purpose, const QString &suggestion);
    void fillRecent();
    void chooseLanguage(const QString &code);

    QMainWindow *m_window;
    const Models::ProjectData *m_project;
    QString m_language;
    QString m_currentDatabase;
    QAction *m_exportProject;
    QAction *m_report;
    QAction *m_archive;
    ReportService *m_reports = nullptr;
    std::function<QDate()> m_today;
    QMenu *m_recent;
    FileChooser m_chooser;
};

} // namespace Views
