#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace Views {

// One list of a project's page: a heading, the table (read-only cells, whole rows selected,
// sorted through Models::SortFilterModel on sortRole when one is given) and, while the table is
// empty, a line that says so and what to do. The model outlives the section.
class ListSection : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Unsorted = -1;

    ListSection(const QString &heading, const QString &tableName, QAbstractItemModel *model,
                int sortRole, const QString &emptyText, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // The UUID in role of the table's current row; null when none is current.
    QUuid currentUuid(int role) const;
    // Makes the row whose role holds uuid the current one, if there is one.
    void select(const QUuid &uuid, int role);
    // The column that takes the room left (shared with alsoStretched), the widths of others and
    // the columns fitted to their contents; kept through the model's resets, which make the
    // header forget them.
    void setColumns(int stretch, const QList<QPair<int, int>> &widths = {},
                    const QList<int> &fitted = {}, const QList<int> &alsoStretched = {});

private:
    void updateEmpty();
    void applyColumns();

    QTableView *m_table;
    QLabel *m_empty;
    int m_stretch = -1;
    QList<QPair<int, int>> m_widths;
    QList<int> m_fitted;
    QList<int> m_alsoStretched;
};

// The same bold heading above every list of a page.
QLabel *makeHeading(const QString &text, QWidget *parent);

} // namespace Views
