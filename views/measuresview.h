#pragma once

#include <QList>
#include <QUuid>
#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace Models {
class MeasureFilterModel;
class MeasureSelection;
class MeasureTableModel;
class ProjectData;
} // namespace Models

namespace Views {

class MeasureFilterBar;

// The measures of the project: a filter bar (MeasureFilterBar), the table, a message when no
// measure matches, and the selected measure in full.
class MeasuresView : public QWidget
{
    Q_OBJECT

public:
    MeasuresView(const Models::ProjectData *projectData, Models::MeasureTableModel *measures,
                 QWidget *parent = nullptr);

    // Keeps the table's current measure and the selection the other views share in step.
    void setSelection(Models::MeasureSelection *selection);

    void focusFilter();
    // The measure the table's cursor is on; null when none.
    QUuid currentMeasure() const;
    // Makes the measure current in the table; false when the table does not show it.
    bool selectMeasure(const QUuid &measure);
    QTableView *table() const { return m_table; }
    // Whether the table lists the measures in the project's order, sorted by no column (a third
    // click on a sorted column's header comes back to it): the order measures are moved in.
    bool inProjectOrder() const;
    // The measure shown steps rows from the current one (-1 the one above); null when none is.
    QUuid shownBeside(int steps) const;
    // Shows only these measures (the list behind a figure of the overview), named by title,
    // until the user shows all again or the project shown changes.
    void showOnly(const QString &title, const QList<QUuid> &measures);
    void showAll();
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    // The user asked to open the measure (double-click, Enter).
    void measureActivated(const QUuid &uuid);
    // The rows shown, or their order, changed (sorted, filtered, read again).
    void rowsShownChanged();

private:
    void showCurrent();
    void showContextMenu(const QPoint &at);
    void updateCount();
    void goToFirstHit(bool open);

    const Models::ProjectData *m_data;
    Models::MeasureTableModel *m_measures;
    Models::MeasureFilterModel *m_filter;
    Models::MeasureSelection *m_selection = nullptr;
    MeasureFilterBar *m_filterBar;
    QLabel *m_count;
    QWidget *m_noMatch;
    QWidget *m_selectionBar;
    QLabel *m_selectionLabel;
    QTableView *m_table;
    QTextBrowser *m_details;
};

} // namespace Views
