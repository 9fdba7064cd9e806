#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeView;

namespace Models {
class GoalTreeModel;
class MeasureTableModel;
class MemberTableModel;
class ParticipantTableModel;
class ProjectData;
} // namespace Models

namespace Views {

class MeasuresView;
class ParticipantsView;

// One project: a header with its period, status and traffic light, and tabs for its goals,
// participants and measures.
class ProjectView : public QWidget
{
    Q_OBJECT

public:
    struct ItemModels
    {
        Models::GoalTreeModel *goals = nullptr;
        Models::ParticipantTableModel *participants = nullptr;
        Models::MemberTableModel *members = nullptr;
        Models::MeasureTableModel *measures = nullptr;
    };

    enum Tab { GoalsTab, ParticipantsTab, MeasuresTab };

    ProjectView(const Models::ProjectData *projectData, ItemModels models,
                QWidget *parent = nullptr);

    void showTab(Tab tab);
    MeasuresView *measuresView() const { return m_measures; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *goalTree() const { return m_goals; }

private:
    void updateHeader();

    const Models::ProjectData *m_data;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_description;
    QTabWidget *m_tabs;
    QTreeView *m_goals;
    MeasuresView *m_measures;
};

} // namespace Views
