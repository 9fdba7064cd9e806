#pragma once

#include "models/timeline/chart.h"
#include "models/timeline/chartgeometry.h"
#include "models/timeline/chartpainter.h"
#include "models/timeline/datescale.h"
#include "models/timeline/reschedule.h"
#include "models/timeline/rowlayout.h"
#include "models/timeline/style.h"
#include "models/timeline/zoom.h"

#include <QAbstractScrollArea>
#include <QUuid>

#include <memory>
#include <optional>

namespace Views {

// The drawing of a timeline: the label column on the left and the axis on top stay in place
// while the rows and the days scroll under them. Paints through Timeline::ChartPainter and
// finds what is under the mouse through Timeline::ChartGeometry; neither the layout nor the
// dates are computed here.
//
// Editing in place emits requests and changes nothing itself: dragging a planned bar (whole,
// or by an end) or a milestone shows where it would go, snapped as Timeline::Reschedule says,
// and on release emits measureRescheduleRequested or milestoneRescheduleRequested, which the
// composition root turns into an undoable command with the checks of the forms. The keyboard
// does the same for the selected measure or milestone: Alt+Left/Right moves it by one step of
// the zoom level, Alt+Shift+Left/Right moves its end and Alt+Ctrl+Left/Right its start;
// Up/Down choose the measure above or below, and the plain arrows scroll. Escape drops a drag.
//
// The chart belongs to the caller and must stay valid until setChart() is given another.
class TimelineCanvas : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineCanvas(QWidget *parent = nullptr);
    ~TimelineCanvas() override;

    // A new chart (the project read again, another grouping): zoom, scroll and selection stay.
    void setChart(const Timeline::Chart *chart);

    Timeline::Zoom zoom() const { return Timeline::zoomFor(m_pixelsPerDay); }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    // The days the chart can be scrolled over.
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // Zooms keeping the day at the middle of the view where it is.
    void setZoom(Timeline::Zoom zoom);
    // Zooms so that the project's period (or all that is dated) fills the width, and shows it;
    // and keeps it so when the view is resized, until another zoom is chosen.
    void fitProject();
    bool isFitted() const { return m_fitted; }

    QUuid selectedMeasure() const { return m_selectedMeasure; }
    QUuid selectedMilestone() const { return m_selectedMilestone; }
    // Highlights the measure and scrolls its first row and its bar into view.
    void setSelectedMeasure(const QUuid &measure);

    // Where a measure's planned bar, and a milestone's diamond, are in viewport coordinates
    // (first row, as drawn now); empty when not shown. For tests, which act as a user would.
    QRectF plannedBarRect(const QUuid &measure) const;
    QRectF milestoneRect(const QUuid &milestone) const;
    // The x in viewport coordinates where a day begins.
    double viewportX(QDate day) const;

signals:
    void measureClicked(const QUuid &measure);
    void measureRescheduleRequested(const QUuid &measure, const Domain::PlanDate &start,
                                    const Domain::PlanDate &end);
    void milestoneRescheduleRequested(const QUuid &milestone, const Domain::PlanDate &date);
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Drag
    {
        enum class Kind { None, Measure, Milestone };
        Kind kind = Kind::None;
        QUuid uuid;
        Timeline::Edge edge = Timeline::Edge::Whole;
        double originX = 0;
        Timeline::Period period;
        Domain::PlanDate date;
        std::optional<Timeline::Period> proposal;
        std::optional<Domain::PlanDate> proposedDate;
    };

    void relayout();
    void updateScrollBars();
    // From viewport to chart coordinates and back.
    QPointF toChart(QPointF point) const;
    QPointF toViewport(QPointF point) const;
    double bodyWidth() const;
    double bodyHeight() const;
    Timeline::Hit hitAt(QPointF viewportPoint) const;
    void select(const QUuid &measure, const QUuid &milestone);
    void selectNeighbour(int direction);
    void moveSelection(Timeline::Edge edge, int steps);
    void ensureRowVisible(int row);
    void ensureXVisible(double x);
    void updateCursor(QPointF viewportPoint);
    QString toolTipAt(QPointF viewportPoint) const;
    const Timeline::ChartMilestone *milestone(const QUuid &uuid, int *row = nullptr) const;

    const Timeline::Chart *m_chart = nullptr;
    Timeline::Chart m_empty;
    Timeline::Style m_style;
    double m_pixelsPerDay;
    QDate m_first;
    QDate m_last;
    Timeline::DateScale m_scale;
    Timeline::RowLayout m_layout;
    std::unique_ptr<Timeline::ChartGeometry> m_geometry;
    std::unique_ptr<Timeline::ChartPainter> m_painter;
    QUuid m_selectedMeasure;
    QUuid m_selectedMilestone;
    Drag m_drag;
    bool m_fitPending = true; // a new project is shown fitted once the view has a width
    bool m_fitted = false;
};

} // namespace Views
