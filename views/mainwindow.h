#pragma once

#include <QMainWindow>

#include <functional>

class QLabel;
class QSplitter;

namespace Models {
class ProjectData;
class ProjectListModel;
} // namespace Models

namespace Views {

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

    // Restores the saved layout and selects the last project (or the first one).
    void restoreSession();

    // How the window asks which file to import; a file dialog unless a test says otherwise.
    // Returns an empty path when the user chose none.
    void setImportFileChooser(std::function<QString()> chooser);

    // Reads the projects again from the database, keeping the shown one.
    void reload();
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

    Models::ProjectListModel *m_projects;
    Models::ProjectData *m_project;
    ProjectNavigator *m_navigator;
    ProjectView *m_projectView;
    QSplitter *m_splitter;
    QLabel *m_location;
    std::function<QString()> m_chooseImportFile;
};

} // namespace Views
