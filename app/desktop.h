#pragma once

#include "app/importer.h"
#include "models/storage/connectionsettings.h"
#include "models/timeline/chartexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

namespace Models {
class Editor;
class AsOfDay;
class GoalTreeModel;
class MeasureSelection;
class MeasureTableModel;
class MemberTableModel;
class ParticipantTableModel;
class PortfolioData;
class PortfolioTableModel;
class ProjectData;
class ProjectListModel;
} // namespace Models

namespace Timeline {
class TimelineModel;
}

namespace Views {
class EditingActions;
class FileActions;
class MainWindow;
} // namespace Views

namespace App {

class ImportJob;
class Workspace;
class WorkspaceReports;

// The window and everything it shows, wired to a Workspace: the item models over its
// repositories, the views over the models. Owns all of them; the Workspace outlives it.
class Desktop
{
    Q_DECLARE_TR_FUNCTIONS(App::Desktop)

public:
    explicit Desktop(Workspace &workspace);
    ~Desktop();

    // Shows the window; after the database was upgraded on opening, also a calm note of where
    // the copy taken before the upgrade is kept (the status bar says it too).
    void show();

    Views::MainWindow &window() { return *m_window; }
    Models::ProjectData &projectData() { return *m_projectData; }
    Models::Editor &editor() { return *m_editor; }
    Views::EditingActions &editing() { return *m_editing; }
    Views::FileActions &files() { return *m_files; }
    Models::PortfolioData &portfolioData() { return *m_portfolio; }
    // The day the rules are evaluated on as "today", for the project and the portfolio (tests).
    void setToday(QDate date);

    // The import running now, if one is (for tests that wait for it).
    ImportJob *import() { return m_import.get(); }

    // Who opens another database when the user asks for one (App::Session); without one, the
    // File menu's choice does nothing.
    void setDatabaseOpener(std::function<void(const QString &database)> opener);

private:
    void createFileActions();
    void startImport(const QString &file, Importer::PersonalData personalData);
    // After a refused import: the file holds what looks like a national identity number, as
    // message says. Imports it again, accepting that, only when the user says so.
    void askToImportAnyway(const QString &file, const QString &message);
    QString nameOf(const QUuid &uuid) const;
    void exportTimeline(const QString &file, Timeline::ChartExport::Format format,
                        const Timeline::ChartExport::Options &options);
    void showDay(QDate asOf);
    // The project (null: the whole portfolio) written to an exchange file, as `export` does.
    void exportProjects(const QString &file, const QUuid &project);

    Workspace &m_workspace;
    Storage::ConnectionSettings m_settings;
    std::unique_ptr<Models::ProjectListModel> m_projects;
    std::unique_ptr<Models::ProjectData> m_projectData;
    std::unique_ptr<Models::GoalTreeModel> m_goals;
    std::unique_ptr<Models::ParticipantTableModel> m_participants;
    std::unique_ptr<Models::MemberTableModel> m_members;
    std::unique_ptr<Models::MeasureTableModel> m_measures;
    std::unique_ptr<Models::Editor> m_editor; // outlives the window, whose history shows it
    std::unique_ptr<Models::MeasureSelection> m_selection;
    std::unique_ptr<Timeline::TimelineModel> m_timeline;
    std::unique_ptr<Models::AsOfDay> m_asOf;
    std::unique_ptr<Models::PortfolioData> m_portfolio;
    std::unique_ptr<Models::PortfolioTableModel> m_portfolioTable;
    std::unique_ptr<WorkspaceReports> m_reports; // outlives the window, whose dialogs use it
    std::unique_ptr<Views::MainWindow> m_window;
    Views::EditingActions *m_editing; // owned by the window
    Views::FileActions *m_files;      // owned by the window
    std::function<void(const QString &)> m_openDatabase;
    std::unique_ptr<ImportJob> m_import;
    QString m_upgradeNote; // empty unless the database was upgraded on opening
};

} // namespace App
