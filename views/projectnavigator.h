#pragma once

#include <QUuid>
#include <QWidget>

class QLineEdit;
class QListView;

namespace Models {
class ProjectListModel;
class SortFilterModel;
} // namespace Models

namespace Views {

// The list of projects, with a filter. Emits the project the user chose. The chosen project
// stays chosen while a filter hides it, and is highlighted again when it shows.
class ProjectNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectNavigator(Models::ProjectListModel *projects, QWidget *parent = nullptr);

    // Selects the project with this uuid if it is listed; otherwise the first one.
    void select(const QUuid &uuid);
    QUuid selectedProject() const;

signals:
    void projectChosen(qint64 projectId, const QUuid &uuid);
    // The user clicked or activated a project in the list, the chosen one included.
    void projectClicked();

private:
    void emitCurrent();
    void applyFilter(const QString &text);

    Models::ProjectListModel *m_projects;
    Models::SortFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QListView *m_list;
    QUuid m_chosen;
    bool m_filtering = false; // the list's current row moves by itself while filtering
};

} // namespace Views
