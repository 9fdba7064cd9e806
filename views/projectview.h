#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QToolButton;
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
class OverviewView;
class ParticipantsView;
class TimelineView;

// One project: a header with its period, status and traffic light (and why), and tabs for its
// overview, goals, participants, measures and timeline. A figure of the overview opens the
// measures tab with the measures behind it.
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

    enum Tab { OverviewTab, GoalsTab, ParticipantsTab, MeasuresTab, TimelineTab, TabCount };

    ProjectView(Models::ProjectData *projectData, ItemModels models, QWidget *parent = nullptr);

    void showTab(Tab tab);
    MeasuresView *measuresView() const { return m_measures; }
    TimelineView *timelineView() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *goalTree() const { return m_goals; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // From the page shown when there is no project.
    void newProjectRequested();
    void importRequested();

private:
    void updateHeader();
    // A long description shows its first lines, and all of it on "Show more".
    void fitDescription();

    const Models::ProjectData *m_data;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_description;
    QToolButton *m_moreButton;
    bool m_descriptionOpen = false;
    QTabWidget *m_tabs;
    QWidget *m_empty; // what to do when there is no project
    OverviewView *m_overview;
    QTreeView *m_goals;
    MeasuresView *m_measures;
    TimelineView *m_timeline;
};

} // namespace Views
