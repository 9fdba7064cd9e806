#pragma once

#include <QWidget>

class QAbstractItemModel;
class QTableView;

namespace Models {
class MemberTableModel;
class ParticipantTableModel;
} // namespace Models

namespace Views {

// Who takes part: the organisations with their roles, and the seats in the project's groups.
class ParticipantsView : public QWidget
{
    Q_OBJECT

public:
    ParticipantsView(Models::ParticipantTableModel *participants, Models::MemberTableModel *members,
                     QWidget *parent = nullptr);

private:
    QTableView *makeTable(const QString &objectName, QAbstractItemModel *model, int sortRole);
};

} // namespace Views
