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
class OverviewView;
class ParticipantsView;

// One project: a header with its period, status and traffic light (and why), and tabs for its
// overview, goals, participants and measures. A figure of the overview opens the measures tab
// with the measures behind it.
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

    enum Tab { OverviewTab, GoalsTab, ParticipantsTab, MeasuresTab, TabCount };

    ProjectView(Models::ProjectData *projectData, ItemModels models, QWidget *parent = nullptr);

    void showTab(Tab tab);
    MeasuresView *measuresView() const { return m_measures; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void updateHeader();

    const Models::ProjectData *m_data;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_description;
    QTabWidget *m_tabs;
    OverviewView *m_overview;
    QTreeView *m_goals;
    MeasuresView *m_measures;
};

} // namespace Views
