#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QToolBar;

namespace Domain {
class PlanDate;
}

namespace Models {
class MeasureSelection;
}

namespace Timeline {
class TimelineModel;
}

namespace Views {

class TimelineCanvas;

// The project's timeline: a tool bar (grouping, zoom, fit), the chart, and the
// measures and milestones without a date listed beneath it. Shows the TimelineModel, keeps the
// chosen measure in step with the MeasureSelection, and emits requests: a new period or date
// (TimelineCanvas), which the composition root makes an undoable command of. Changes nothing
// itself.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    TimelineView(Timeline::TimelineModel *model, Models::MeasureSelection *selection,
                 QWidget *parent = nullptr);

    TimelineCanvas *canvas() const { return m_canvas; }
    // The zoom level for the next session: "week", "month", "quarter", "year" or "fit".
    QString zoomCode() const;
    // Shows that zoom level; anything else (empty, "fit") keeps the project fitted.
    void restoreZoom(const QString &code);
signals:
    void measureRescheduleRequested(const QUuid &measure, const Domain::PlanDate &start,
                                    const Domain::PlanDate &end);
    void milestoneRescheduleRequested(const QUuid &milestone, const Domain::PlanDate &date);

private:
    QToolBar *createToolBar();
    void showChart();
    void updateZoomActions();

    Timeline::TimelineModel *m_model;
    Models::MeasureSelection *m_selection;
    QComboBox *m_grouping;
    TimelineCanvas *m_canvas;
    QLabel *m_undatedTitle;
    QListWidget *m_undated;
    QAction *m_fit = nullptr;
    QList<QAction *> m_zoomActions;
};

} // namespace Views
