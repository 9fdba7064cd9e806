#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace Models {
class BudgetTableModel;
class GoalTreeModel;
class IndicatorTableModel;
class KnowledgeSourceTableModel;
class MilestoneTableModel;
class OrganisationTableModel;
class RiskTableModel;
class StatusLogModel;
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

class BudgetSourcesView;
class FollowUpView;
class ListSection;
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
        Models::IndicatorTableModel *indicators = nullptr; // of the goal chosen in the tree
        Models::OrganisationTableModel *organisations = nullptr;
        Models::MilestoneTableModel *milestones = nullptr;
        Models::RiskTableModel *risks = nullptr;
        Models::StatusLogModel *statusLog = nullptr;
        Models::BudgetTableModel *budget = nullptr;
        Models::KnowledgeSourceTableModel *knowledgeSources = nullptr;
    };

    enum Tab {
        OverviewTab,
        GoalsTab,
        ParticipantsTab,
        MeasuresTab,
        TimelineTab,
        FollowUpTab,
        BudgetTab,
        TabCount
    };

    ProjectView(Models::ProjectData *projectData, ItemModels models, QWidget *parent = nullptr);

    void showTab(Tab tab);
    MeasuresView *measuresView() const { return m_measures; }
    TimelineView *timelineView() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *goalTree() const { return m_goals; }
    ListSection *indicators() const { return m_indicators; }
    ParticipantsView *participantsView() const { return m_participants; }
    FollowUpView *followUpView() const { return m_followUp; }
    BudgetSourcesView *budgetSourcesView() const { return m_budgetSources; }

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
    ListSection *m_indicators;
    ParticipantsView *m_participants;
    MeasuresView *m_measures;
    TimelineView *m_timeline;
    FollowUpView *m_followUp;
    BudgetSourcesView *m_budgetSources;
};

} // namespace Views
