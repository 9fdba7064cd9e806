#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeView;

namespace Models {
class GoalTreeModel;
class MeasureTableModel;
class MeasureSelection;
class MemberTableModel;
class ParticipantTableModel;
class ProjectData;
} // namespace Models

namespace Timeline {
class TimelineModel;
}

namespace Views {

class MeasuresView;
class ParticipantsView;
class TimelineView;

// One project: a header with its period, status and traffic light, and tabs for its goals,
// participants and measures, and its timeline.
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
        Timeline::TimelineModel *timeline = nullptr;
        Models::MeasureSelection *selection = nullptr; // shared by the measures and the timeline
    };

    enum Tab { GoalsTab, ParticipantsTab, MeasuresTab, TimelineTab };

    ProjectView(const Models::ProjectData *projectData, ItemModels models,
                QWidget *parent = nullptr);

    void showTab(Tab tab);
    MeasuresView *measuresView() const { return m_measures; }
    TimelineView *timelineView() const { return m_timeline; }
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
    TimelineView *m_timeline;
};

} // namespace Views
