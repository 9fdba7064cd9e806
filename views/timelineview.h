#pragma once

#include "models/timeline/chartexport.h"

#include <QWidget>

#include <functional>

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

// The project's timeline: a tool bar (grouping, zoom, fit, export, print), the chart, and the
// measures and milestones without a date listed beneath it. Shows the TimelineModel, keeps the
// chosen measure in step with the MeasureSelection, and emits requests: a new period or date
// (TimelineCanvas), which the composition root makes an undoable command of, and a file to
// export to. Changes nothing itself.
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
    // The options of an export or print as the view stands: the days it can show, its zoom and
    // whether one page was asked for.
    Timeline::ChartExport::Options exportOptions() const;

    // How the view asks where to export; a file dialog unless a test says otherwise. Returns an
    // empty path when the user chose none.
    void setExportFileChooser(std::function<QString()> chooser);

signals:
    void measureRescheduleRequested(const QUuid &measure, const Domain::PlanDate &start,
                                    const Domain::PlanDate &end);
    void milestoneRescheduleRequested(const QUuid &milestone, const Domain::PlanDate &date);
    // The user chose a file to export the timeline to, in this format.
    void exportRequested(const QString &file, Timeline::ChartExport::Format format);

private:
    QToolBar *createToolBar();
    void showChart();
    void chooseExport();
    void print();
    void updateZoomActions();

    Timeline::TimelineModel *m_model;
    Models::MeasureSelection *m_selection;
    QComboBox *m_grouping;
    TimelineCanvas *m_canvas;
    QLabel *m_undatedTitle;
    QListWidget *m_undated;
    QAction *m_fit = nullptr;
    QAction *m_onePage = nullptr;
    QList<QAction *> m_zoomActions;
    std::function<QString()> m_chooseExportFile;
};

} // namespace Views
