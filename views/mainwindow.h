#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;

namespace Models {
class ProjectData;
class ProjectListModel;
} // namespace Models

namespace Views {

class ProjectNavigator;
class ProjectView;

// The main window: the project navigator beside the selected project, menus, and the database
// location in the status bar. Composes views; the models come from the composition root
// (app/) and outlive the window. Remembers its geometry, layout and last project.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Models::ProjectListModel *projects, Models::ProjectData *project,
               ProjectView *projectView, const QString &databaseLocation,
               QWidget *parent = nullptr);

    // Restores the saved layout and selects the last project (or the first one).
    void restoreSession();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void openProject(qint64 projectId);
    void reload();
    void showAbout();
    void showError(const QString &message);

    Models::ProjectListModel *m_projects;
    Models::ProjectData *m_project;
    ProjectNavigator *m_navigator;
    ProjectView *m_projectView;
    QSplitter *m_splitter;
    QLabel *m_location;
};

} // namespace Views
