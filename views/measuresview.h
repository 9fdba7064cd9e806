#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace Models {
class MeasureFilterModel;
class MeasureTableModel;
class ProjectData;
} // namespace Models

namespace Views {

// The measures of the project: a filter bar, the table, and the selected measure in full.
class MeasuresView : public QWidget
{
    Q_OBJECT

public:
    MeasuresView(const Models::ProjectData *projectData, Models::MeasureTableModel *measures,
                 QWidget *parent = nullptr);

    void focusFilter();
    // The measure the table's cursor is on; null when none.
    QUuid currentMeasure() const;
    // Puts the cursor on the measure, when it is shown.
    void selectMeasure(const QUuid &uuid);
    QTableView *table() const { return m_table; }
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    // The user asked to open the measure (double-click, Enter).
    void measureActivated(const QUuid &uuid);

private:
    void showCurrent();
    void updateCount();

    const Models::ProjectData *m_data;
    Models::MeasureTableModel *m_measures;
    Models::MeasureFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_statusFilter;
    QLabel *m_count;
    QTableView *m_table;
    QTextBrowser *m_details;
};

} // namespace Views
