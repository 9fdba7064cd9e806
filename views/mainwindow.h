#pragma once

#include <QMainWindow>

#include <functional>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace Models {
class AsOfDay;
class PortfolioData;
class ProjectData;
class ProjectListModel;
} // namespace Models

namespace Views {

class PortfolioView;
class ProjectNavigator;
class ProjectView;

// The main window: the project navigator (with a note that patient information does not
// belong here) beside the selected project, menus, and the database location in the status bar.
// Composes views; the models come from the composition root (app/) and outlive the window.
// Remembers its geometry, layout and last project.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Models::ProjectListModel *projects, Models::ProjectData *project,
               ProjectView *projectView, const QString &databaseLocation,
               QWidget *parent = nullptr);

    // The portfolio as a page of its own beside the project, the summary in the status bar,
    // and the day shown (today or "as of" an earlier one) with its controls and banner: while
    // an earlier day is shown, every action that writes is disabled.
    void addPortfolio(PortfolioView *view, Models::PortfolioData *portfolio, Models::AsOfDay *asOf);

    enum class Page { Project, Portfolio };
    void showPage(Page page);
    Page page() const;

    // Restores the saved layout and selects the last project (or the first one).
    void restoreSession();
    // Saves the layout, the project and the tab shown (also when the window closes).
    void saveSession();

    // How the window asks which file to import; a file dialog unless a test says otherwise.
    // Returns an empty path when the user chose none.
    void setImportFileChooser(std::function<QString()> chooser);

    // Reads the projects again from the database, keeping the shown one.
    void reload();
    // Reads the list of projects again and shows the project uuid (the first one when it is gone,
    // nothing when there is none).
    void showProject(const QUuid &uuid);
    // A short message in the status bar.
    void showStatus(const QString &message);

signals:
    // The user chose a file to import (File > Import...).
    void importRequested(const QString &file);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // A calm note, always shown, that patient information does not belong in Samspill.
    QWidget *createPrivacyNote(QWidget *parent);
    void createActions();
    void openProject(qint64 projectId);
    void chooseImport();
    void showAbout();
    void showError(const QString &message);
    void updateTitle();
    void showSummary();
    void followEditing(QAction *action);

    Models::ProjectListModel *m_projects;
    Models::ProjectData *m_project;
    ProjectNavigator *m_navigator;
    ProjectView *m_projectView;
    QSplitter *m_splitter;
    QStackedWidget *m_pages;
    QLabel *m_location;
    QLabel *m_summary = nullptr;
    PortfolioView *m_portfolioView = nullptr;
    Models::PortfolioData *m_portfolio = nullptr;
    Models::AsOfDay *m_asOf = nullptr;
    QList<QAction *> m_writeActions; // disabled while an earlier day is shown
    std::function<QString()> m_chooseImportFile;
};

} // namespace Views
