#pragma once

#include "models/storage/connectionsettings.h"

#include <QDate>
#include <QString>

#include <memory>

namespace Models {
class AsOfDay;
class GoalTreeModel;
class MeasureTableModel;
class MemberTableModel;
class ParticipantTableModel;
class PortfolioData;
class PortfolioTableModel;
class ProjectData;
class ProjectListModel;
} // namespace Models

namespace Views {
class MainWindow;
}

namespace App {

class ImportJob;
class Workspace;

// The window and everything it shows, wired to a Workspace: the item models over its
// repositories, the views over the models. Owns all of them; the Workspace outlives it.
class Desktop
{
public:
    explicit Desktop(Workspace &workspace);
    ~Desktop();

    Views::MainWindow &window() { return *m_window; }
    Models::ProjectData &projectData() { return *m_projectData; }
    Models::PortfolioData &portfolioData() { return *m_portfolio; }
    // The day the rules are evaluated on as "today", for the project and the portfolio (tests).
    void setToday(QDate date);

    // The import running now, if one is (for tests that wait for it).
    ImportJob *import() { return m_import.get(); }

private:
    void startImport(const QString &file);
    void showDay(QDate asOf);

    Storage::ConnectionSettings m_settings;
    std::unique_ptr<Models::ProjectListModel> m_projects;
    std::unique_ptr<Models::ProjectData> m_projectData;
    std::unique_ptr<Models::GoalTreeModel> m_goals;
    std::unique_ptr<Models::ParticipantTableModel> m_participants;
    std::unique_ptr<Models::MemberTableModel> m_members;
    std::unique_ptr<Models::MeasureTableModel> m_measures;
    std::unique_ptr<Models::AsOfDay> m_asOf;
    std::unique_ptr<Models::PortfolioData> m_portfolio;
    std::unique_ptr<Models::PortfolioTableModel> m_portfolioTable;
    std::unique_ptr<Views::MainWindow> m_window;
    std::unique_ptr<ImportJob> m_import;
};

} // namespace App
