#pragma once

#include <QList>
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
    // Shows only these measures (the list behind a figure of the overview), named by title,
    // until the user shows all again or the project shown changes.
    void showOnly(const QString &title, const QList<QUuid> &measures);
    void showAll();
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

private:
    void showCurrent();
    void updateCount();

    const Models::ProjectData *m_data;
    Models::MeasureTableModel *m_measures;
    Models::MeasureFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_statusFilter;
    QLabel *m_count;
    QWidget *m_selectionBar;
    QLabel *m_selection;
    QTableView *m_table;
    QTextBrowser *m_details;
};

} // namespace Views
