#pragma once

#include <QWidget>

namespace Models {
class MilestoneTableModel;
class RiskTableModel;
class StatusLogModel;
} // namespace Models

namespace Views {

class ListSection;

// What a project group follows week by week beside its measures: the milestones and the risks
// side by side, and below them the project's status log (its own entries and its measures',
// newest first).
class FollowUpView : public QWidget
{
    Q_OBJECT

public:
    FollowUpView(Models::MilestoneTableModel *milestones, Models::RiskTableModel *risks,
                 Models::StatusLogModel *log, QWidget *parent = nullptr);

    ListSection *milestones() const { return m_milestones; }
    ListSection *risks() const { return m_risks; }
    ListSection *statusLog() const { return m_log; }

private:
    ListSection *m_milestones;
    ListSection *m_risks;
    ListSection *m_log;
};

} // namespace Views
