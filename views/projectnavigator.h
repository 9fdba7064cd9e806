#pragma once

#include <QUuid>
#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace Models {
class ProjectListModel;
}

namespace Views {

// The list of projects, with a filter. Emits the project the user chose.
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

private:
    void emitCurrent();

    Models::ProjectListModel *m_projects;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QListView *m_list;
};

} // namespace Views
