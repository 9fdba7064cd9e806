#pragma once

#include <QWidget>

namespace Models {
class MemberTableModel;
class OrganisationTableModel;
class ParticipantTableModel;
} // namespace Models

namespace Views {

class ListSection;

// Who takes part: the organisations with their roles, the seats in the project's groups, and
// the portfolio's register of organisations to choose from.
class ParticipantsView : public QWidget
{
    Q_OBJECT

public:
    ParticipantsView(Models::ParticipantTableModel *participants, Models::MemberTableModel *members,
                     Models::OrganisationTableModel *organisations, QWidget *parent = nullptr);

    ListSection *participants() const { return m_participants; }
    ListSection *members() const { return m_members; }
    ListSection *organisations() const { return m_organisations; }

private:
    ListSection *m_participants;
    ListSection *m_members;
    ListSection *m_organisations;
};

} // namespace Views
