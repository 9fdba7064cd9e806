#pragma once

#include <QList>
#include <QUuid>
#include <QVector>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Models {
class ProjectData;
}

namespace Views {

class BarChart;
class LineChart;

// The first tab of a project: where it stands, at a glance, on the day shown. Its traffic light
// with the reasons in words; the measures by status and by light, overdue, not rated and stale;
// the goals' progress; progress over time from the status log; milestones coming up within 30
// and 90 days and overdue; open decisions and deviations; the top risks; and per organisation
// the measures it is responsible for, takes part in and has overdue. Every figure that counts
// measures opens the list behind it (measuresRequested). All figures come from
// ProjectData::figures() (Overview::ProjectFigures); this view only shows them.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(Models::ProjectData *projectData, QWidget *parent = nullptr);

signals:
    // The user asked for the measures behind a figure; title names the figure.
    void measuresRequested(const QString &title, const QList<QUuid> &measures);

private:
    void refresh();
    void showLight();
    void showCharts();
    void showLists();
    QPushButton *figureButton(const char *name);
    QListView *listView(const char *name);
    void request(const QString &title, const QVector<QUuid> &measures);

    Models::ProjectData *m_data;
    QLabel *m_light;
    QLabel *m_reasons;
    QLabel *m_attention;
    QLabel *m_day;
    QLabel *m_progress;
    QPushButton *m_overdue;
    QPushButton *m_notRated;
    QPushButton *m_stale;
    QSpinBox *m_staleDays;
    QPushButton *m_decisions;
    QPushButton *m_deviations;
    BarChart *m_statusChart;
    BarChart *m_ragChart;
    BarChart *m_goalChart;
    LineChart *m_progressChart;
    QLabel *m_milestones;
    QLabel *m_risksEmpty;
};

} // namespace Views
