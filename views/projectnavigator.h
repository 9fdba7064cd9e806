#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace Models {
class ProjectFilterModel;
class ProjectListModel;
} // namespace Models

namespace Views {

// The list of projects, with a filter by name, short name or region and one by status, and a
// message when nothing matches. Emits the project the user chose. The chosen project stays
// chosen while a filter hides it, and is highlighted again when it shows. Enter in the filter
// field opens the first project listed, Down moves to it.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitCurrent();
    void applyFilter();

    Models::ProjectListModel *m_projects;
    Models::ProjectFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_statusFilter;
    QListView *m_list;
    QLabel *m_noMatch;
    QUuid m_chosen;
    bool m_filtering = false; // the list's current row moves by itself while filtering
};

} // namespace Views
