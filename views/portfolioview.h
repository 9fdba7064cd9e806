#pragma once

#include <QSet>
#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Models {
class PortfolioData;
class PortfolioTableModel;
class SortFilterModel;
} // namespace Models

namespace Views {

class BarChart;

// Every project of the portfolio in one sortable table (Models::PortfolioTableModel), with the
// portfolio's lights as a chart: a click on a light shows only the projects with it, a text
// filters by name, short name and region. Activating a row (double-click, Enter) opens that
// project. Shows the day of PortfolioData, today or an earlier one.
//
// Columns: the reason (why a light has its colour, the longest text) takes the width the others
// leave; the others are as wide as their contents, up to a limit (a longer name or period
// wraps). The user may resize every column and move it; a column the user sized keeps that
// width, across restarts, and the others are fitted around it.
class PortfolioView : public QWidget
{
    Q_OBJECT

public:
    PortfolioView(const Models::PortfolioData *portfolio, Models::PortfolioTableModel *table,
                  QWidget *parent = nullptr);

    // The columns' order and widths, and which the user sized.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void projectActivated(const QUuid &project);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void refresh();
    void updateShown();
    void showLight(int light); // -1: every light

    const Models::PortfolioData *m_data;
    QLabel *m_summary;
    BarChart *m_lights;
    QLineEdit *m_filterEdit;
    QLabel *m_shown;
    QSortFilterProxyModel *m_lightFilter;
    Models::SortFilterModel *m_sorted;
    QTableView *m_table;
    QSet<int> m_userSized; // logical columns
    bool m_fitting = false;
};

} // namespace Views
