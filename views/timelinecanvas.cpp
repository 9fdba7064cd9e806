#include "views/timelinecanvas.h"

#include "models/labels.h"
#include "models/timeline/chartbuilder.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Views {
namespace {

using Timeline::Edge;
using Timeline::Hit;
using Timeline::RowLayout;

constexpr Timeline::Zoom levels[] = {Timeline::Zoom::Week, Timeline::Zoom::Month,
                                     Timeline::Zoom::Quarter, Timeline::Zoom::Year};

} // namespace

TimelineCanvas::TimelineCanvas(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_style(Timeline::Style::forFont(font()))
    , m_pixelsPerDay(Timeline::pixelsPerDay(Timeline::Zoom::Month))
{
    setObjectName(QStringLiteral("timelineCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setChart(nullptr);
}

TimelineCanvas::~TimelineCanvas() = default;

void TimelineCanvas::setChart(const Timeline::Chart *chart)
{
    const QUuid shownBefore = m_chart ? m_chart->project : QUuid();
    m_chart = chart ? chart : &m_empty;
    m_drag = {};
    if (m_chart->project != shownBefore)
        m_fitPending = true; // another project: shown whole, whatever the last one was zoomed to
    relayout();
    if (m_fitPending && viewport()->width() > m_style.labelWidth + 100)
        fitProject();
}

void TimelineCanvas::relayout()
{
    const auto [first, last] = Timeline::ChartBuilder::defaultRange(*m_chart);
    m_first = first;
    m_last = last;
    m_scale = Timeline::DateScale(m_first, m_pixelsPerDay);
    m_layout = Timeline::RowLayout(*m_chart, m_style.rows);
    m_geometry =
        std::make_unique<Timeline::ChartGeometry>(*m_chart, m_layout, m_scale, m_style.bars);
    m_painter = std::make_unique<Timeline::ChartPainter>(*m_geometry, m_style, zoom());
    updateScrollBars();
    viewport()->update();
}

double TimelineCanvas::bodyWidth() const
{
    return std::max(0.0, viewport()->width() - m_style.labelWidth);
}

double TimelineCanvas::bodyHeight() const
{
    return std::max(0.0, viewport()->height() - m_style.axisHeight);
}

void TimelineCanvas::updateScrollBars()
{
    const double width = m_scale.width(m_first, m_last);
    horizontalScrollBar()->setRange(0, int(std::max(0.0, std::ceil(width - bodyWidth()))));
    horizontalScrollBar()->setPageStep(int(bodyWidth()));
    horizontalScrollBar()->setSingleStep(int(std::max(8.0, m_pixelsPerDay * 7)));
    verticalScrollBar()->setRange(0,
                                  int(std::max(0.0, std::ceil(m_layout.height() - bodyHeight()))));
    verticalScrollBar()->setPageStep(int(bodyHeight()));
    verticalScrollBar()->setSingleStep(int(m_style.rows.rowHeight));
}

QPointF TimelineCanvas::toChart(QPointF point) const
{
    return QPointF(point.x() - m_style.labelWidth + horizontalScrollBar()->value(),
                   point.y() - m_style.axisHeight + verticalScrollBar()->value());
}

QPointF TimelineCanvas::toViewport(QPointF point) const
{
    return QPointF(point.x() + m_style.labelWidth - horizontalScrollBar()->value(),
                   point.y() + m_style.axisHeight - verticalScrollBar()->value());
}

double TimelineCanvas::viewportX(QDate day) const
{
    return toViewport(QPointF(m_scale.x(day), 0)).x();
}

void TimelineCanvas::setZoom(Timeline::Zoom level)
{
    const double centre = horizontalScrollBar()->value() + bodyWidth() / 2;
    const double centreDays = m_scale.days(centre);
    m_pixelsPerDay = Timeline::pixelsPerDay(level);
    m_fitPending = false;
    m_fitted = false;
    relayout();
    horizontalScrollBar()->setValue(
        int(std::lround(centreDays * m_pixelsPerDay - bodyWidth() / 2)));
    emit zoomChanged();
}

void TimelineCanvas::fitProject()
{
    QDate first = m_chart->projectStart.isValid() ? m_chart->projectStart : m_chart->first;
    QDate last = m_chart->projectEnd.isValid() ? m_chart->projectEnd : m_chart->last;
    if (!first.isValid() || !last.isValid() || last < first) {
        first = m_first;
        last = m_last;
    }
    m_fitPending = false;
    m_fitted = true;
    const double days = double(first.daysTo(last) + 1);
    // A little room either side, so that the bounds of the project are seen as bounds.
    m_pixelsPerDay = std::max(0.05, bodyWidth() * 0.96 / days);
    relayout();
    horizontalScrollBar()->setValue(int(std::lround(m_scale.x(first) - bodyWidth() * 0.02)));
    emit zoomChanged();
}

void TimelineCanvas::setSelectedMeasure(const QUuid &measure)
{
    if (measure == m_selectedMeasure)
        return;
    m_selectedMeasure = measure;
    m_selectedMilestone = {};
    const int index = m_chart->indexOf(measure);
    const QVector<int> rows = index >= 0 ? m_layout.rowsOf(index) : QVector<int>();
    if (!rows.isEmpty()) {
        ensureRowVisible(rows.first());
        const Timeline::ChartMeasure &shown = m_chart->measures.at(index);
        const Timeline::Span span = shown.hasPlannedPeriod()
                                        ? m_geometry->span(shown.plannedStart, shown.plannedEnd)
                                        : m_geometry->span(shown.actualStart, shown.actualEnd);
        if (span.valid)
            ensureXVisible(span.outerStart);
    }
    viewport()->update();
}

QRectF TimelineCanvas::plannedBarRect(const QUuid &measure) const
{
    const int index = m_chart->indexOf(measure);
    const QVector<int> rows = index >= 0 ? m_layout.rowsOf(index) : QVector<int>();
    if (rows.isEmpty() || !m_chart->measures.at(index).hasPlannedPeriod())
        return {};
    const Timeline::ChartMeasure &shown = m_chart->measures.at(index);
    const QRectF rect = m_geometry->plannedRect(
        rows.first(), m_geometry->span(shown.plannedStart, shown.plannedEnd));
    return QRectF(toViewport(rect.topLeft()), rect.size());
}

QRectF TimelineCanvas::milestoneRect(const QUuid &uuid) const
{
    int row = -1;
    const Timeline::ChartMilestone *found = milestone(uuid, &row);
    if (!found)
        return {};
    const QRectF rect = m_geometry->milestoneRect(row, found->date);
    return QRectF(toViewport(rect.topLeft()), rect.size());
}

const Timeline::ChartMilestone *TimelineCanvas::milestone(const QUuid &uuid, int *row) const
{
    for (int index = 0; index < m_layout.count(); ++index) {
        const RowLayout::Row &place = m_layout.row(index);
        const QVector<Timeline::ChartMilestone> *list = nullptr;
        if (place.kind == RowLayout::Kind::ProjectMilestones)
            list = &m_chart->projectMilestones;
        else if (place.kind == RowLayout::Kind::Measure)
            list = &m_chart->measures.at(place.measure).milestones;
        for (int i = 0; list && i < list->size(); ++i) {
            if (list->at(i).uuid == uuid) {
                if (row)
                    *row = index;
                return &list->at(i);
            }
        }
    }
    return nullptr;
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const double label = m_style.labelWidth;
    const double axis = m_style.axisHeight;
    const double width = viewport()->width();
    const double left = horizontalScrollBar()->value();
    const double top = verticalScrollBar()->value();
    const double body = bodyWidth();
    const double height = bodyHeight();

    Timeline::ChartPainter::Highlight highlight{m_selectedMeasure, m_selectedMilestone, {}, {}};
    if (m_drag.kind == Drag::Kind::Measure)
        highlight.preview = m_drag.proposal;
    else if (m_drag.kind == Drag::Kind::Milestone)
        highlight.milestonePreview = m_drag.proposedDate;

    painter.save();
    painter.setClipRect(QRectF(label, axis, body, height));
    painter.translate(label - left, axis - top);
    m_painter->paintBody(painter, QRectF(left, top, body, height), highlight);
    painter.restore();

    painter.save();
    painter.setClipRect(QRectF(0, axis, label, height));
    painter.translate(0, axis - top);
    m_painter->paintLabels(painter, top, top + height, highlight);
    painter.restore();

    painter.save();
    painter.setClipRect(QRectF(0, axis, width, height));
    painter.translate(0, axis - top);
    m_painter->paintHeaderTitles(painter, top, top + height, width);
    painter.restore();

    painter.save();
    painter.setClipRect(QRectF(label, 0, body, axis));
    painter.translate(label - left, 0);
    m_painter->paintAxis(painter, left, left + body);
    painter.restore();

    painter.fillRect(QRectF(0, 0, label, axis), m_style.axisBackground);
    painter.setPen(QPen(m_style.majorLine, 1));
    painter.drawLine(QPointF(0, axis - 0.5), QPointF(label, axis - 0.5));
    painter.drawLine(QPointF(label - 0.5, 0), QPointF(label - 0.5, axis));
    if (m_layout.count() == 0) {
        painter.setPen(m_style.mutedText);
        painter.setFont(m_style.font);
        painter.drawText(QRectF(label + m_style.padding, axis, body, m_style.rows.rowHeight * 2),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         tr("Nothing in this project has a date yet."));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.drawRect(QRectF(1, 1, width - 2, viewport()->height() - 2));
    }
}

void TimelineCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if ((m_fitPending || m_fitted) && viewport()->width() > m_style.labelWidth + 100)
        fitProject();
    else
        updateScrollBars();
}

void TimelineCanvas::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineCanvas::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_style = Timeline::Style::forFont(font());
        relayout();
    }
}

Hit TimelineCanvas::hitAt(QPointF viewportPoint) const
{
    if (viewportPoint.y() < m_style.axisHeight)
        return {};
    if (viewportPoint.x() < m_style.labelWidth) {
        // The label column: the row, never a bar's part.
        const int row = m_layout.rowAt(toChart(viewportPoint).y());
        if (row < 0 || m_layout.row(row).kind != RowLayout::Kind::Measure)
            return {};
        return Hit{Hit::Part::Row, row, m_layout.row(row).measure, {}, {}};
    }
    return m_geometry->hitTest(toChart(viewportPoint));
}

void TimelineCanvas::select(const QUuid &measure, const QUuid &milestoneUuid)
{
    const bool measureChanged = measure != m_selectedMeasure;
    m_selectedMeasure = measure;
    m_selectedMilestone = milestoneUuid;
    viewport()->update();
    if (measureChanged && !measure.isNull())
        emit measureClicked(measure);
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const Hit hit = hitAt(event->position());
    const QUuid measure =
        hit.measure >= 0 ? m_chart->measures.at(hit.measure).uuid : m_selectedMeasure;
    m_drag = {};
    switch (hit.part) {
    case Hit::Part::Milestone:
        select(measure, hit.milestone);
        m_drag.kind = Drag::Kind::Milestone;
        m_drag.uuid = hit.milestone;
        m_drag.date = hit.milestoneDate;
        break;
    case Hit::Part::Bar:
    case Hit::Part::Start:
    case Hit::Part::End: {
        select(measure, {});
        const Timeline::ChartMeasure &shown = m_chart->measures.at(hit.measure);
        m_drag.kind = Drag::Kind::Measure;
        m_drag.uuid = shown.uuid;
        m_drag.edge = hit.part == Hit::Part::Start ? Edge::Start
                      : hit.part == Hit::Part::End ? Edge::End
                                                   : Edge::Whole;
        m_drag.period = Timeline::Period{shown.plannedStart, shown.plannedEnd};
        break;
    }
    case Hit::Part::Row:
    case Hit::Part::Actual:
        select(measure, {});
        break;
    case Hit::Part::Header:
    case Hit::Part::None:
        break;
    }
    m_drag.originX = event->position().x();
    event->accept();
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag.kind == Drag::Kind::None || !(event->buttons() & Qt::LeftButton)) {
        updateCursor(event->position());
        return;
    }
    const double days = m_scale.days(event->position().x() - m_drag.originX);
    if (m_drag.kind == Drag::Kind::Measure) {
        m_drag.proposal = Timeline::Reschedule::dragged(m_drag.period, m_drag.edge, zoom(), days);
        viewport()->setCursor(m_drag.proposal ? Qt::ClosedHandCursor : Qt::ForbiddenCursor);
    } else {
        m_drag.proposedDate = Timeline::Reschedule::draggedDate(m_drag.date, zoom(), days);
        viewport()->setCursor(m_drag.proposedDate ? Qt::ClosedHandCursor : Qt::ForbiddenCursor);
    }
    viewport()->update();
    event->accept();
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag.kind == Drag::Kind::None) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    // The drag ends before anyone hears of it: saving reads the project again and gives this
    // canvas a new chart while the signal is delivered.
    const Drag drag = std::exchange(m_drag, Drag{});
    viewport()->update();
    updateCursor(event->position());
    if (drag.kind == Drag::Kind::Measure && drag.proposal && *drag.proposal != drag.period)
        emit measureRescheduleRequested(drag.uuid, drag.proposal->start, drag.proposal->end);
    else if (drag.kind == Drag::Kind::Milestone && drag.proposedDate &&
             *drag.proposedDate != drag.date)
        emit milestoneRescheduleRequested(drag.uuid, *drag.proposedDate);
    event->accept();
}

void TimelineCanvas::updateCursor(QPointF viewportPoint)
{
    switch (hitAt(viewportPoint).part) {
    case Hit::Part::Start:
    case Hit::Part::End:
        viewport()->setCursor(Qt::SizeHorCursor);
        break;
    case Hit::Part::Bar:
    case Hit::Part::Milestone:
        viewport()->setCursor(Qt::OpenHandCursor);
        break;
    default:
        viewport()->unsetCursor();
        break;
    }
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag.kind != Drag::Kind::None) {
            m_drag = {};
            viewport()->update();
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (modifiers == Qt::NoModifier) {
            selectNeighbour(event->key() == Qt::Key_Up ? -1 : 1);
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int steps = event->key() == Qt::Key_Left ? -1 : 1;
        if (modifiers == Qt::AltModifier) {
            moveSelection(Edge::Whole, steps);
            return;
        }
        if (modifiers == (Qt::AltModifier | Qt::ShiftModifier)) {
            moveSelection(Edge::End, steps);
            return;
        }
        if (modifiers == (Qt::AltModifier | Qt::ControlModifier)) {
            moveSelection(Edge::Start, steps);
            return;
        }
        break;
    }
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineCanvas::selectNeighbour(int direction)
{
    QVector<int> measureRows;
    int current = -1;
    for (int row = 0; row < m_layout.count(); ++row) {
        if (m_layout.row(row).kind != RowLayout::Kind::Measure)
            continue;
        if (current < 0 &&
            m_chart->measures.at(m_layout.row(row).measure).uuid == m_selectedMeasure)
            current = int(measureRows.size());
        measureRows.append(row);
    }
    if (measureRows.isEmpty())
        return;
    const int next =
        current < 0 ? 0 : std::clamp(current + direction, 0, int(measureRows.size()) - 1);
    const int row = measureRows.at(next);
    select(m_chart->measures.at(m_layout.row(row).measure).uuid, {});
    ensureRowVisible(row);
}

void TimelineCanvas::moveSelection(Edge edge, int steps)
{
    if (!m_selectedMilestone.isNull()) {
        const Timeline::ChartMilestone *found = milestone(m_selectedMilestone);
        if (!found)
            return;
        const auto moved = Timeline::Reschedule::movedDate(found->date, zoom(), steps);
        if (moved && *moved != found->date)
            emit milestoneRescheduleRequested(found->uuid, *moved);
        return;
    }
    const int index = m_chart->indexOf(m_selectedMeasure);
    if (index < 0)
        return;
    const Timeline::ChartMeasure &shown = m_chart->measures.at(index);
    const Timeline::Period period{shown.plannedStart, shown.plannedEnd};
    const auto moved = Timeline::Reschedule::moved(period, edge, zoom(), steps);
    if (moved && *moved != period)
        emit measureRescheduleRequested(shown.uuid, moved->start, moved->end);
}

void TimelineCanvas::ensureRowVisible(int row)
{
    const RowLayout::Row &place = m_layout.row(row);
    QScrollBar *bar = verticalScrollBar();
    if (place.top < bar->value())
        bar->setValue(int(place.top));
    else if (place.bottom() > bar->value() + bodyHeight())
        bar->setValue(int(std::ceil(place.bottom() - bodyHeight())));
}

void TimelineCanvas::ensureXVisible(double x)
{
    QScrollBar *bar = horizontalScrollBar();
    if (x < bar->value() || x > bar->value() + bodyWidth() - 20)
        bar->setValue(int(x - bodyWidth() / 4));
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // Ctrl + wheel: one level nearer or further per notch.
    const int current = int(std::find(std::begin(levels), std::end(levels), zoom()) - levels);
    const int next = std::clamp(current + (event->angleDelta().y() > 0 ? -1 : 1), 0, 3);
    if (next != current || std::abs(m_pixelsPerDay - Timeline::pixelsPerDay(levels[next])) > 1e-9)
        setZoom(levels[next]);
    event->accept();
}

QString TimelineCanvas::toolTipAt(QPointF viewportPoint) const
{
    const Hit hit = hitAt(viewportPoint);
    if (hit.part == Hit::Part::Milestone) {
        const Timeline::ChartMilestone *found = milestone(hit.milestone);
        if (!found)
            return {};
        QString text = tr("Milestone: %1\n%2").arg(found->title, Models::Labels::date(found->date));
        if (found->done)
            text += QLatin1Char('\n') + tr("done");
        else if (found->overdue)
            text += QLatin1Char('\n') + tr("overdue");
        return text;
    }
    if (hit.measure < 0)
        return {};
    const Timeline::ChartMeasure &shown = m_chart->measures.at(hit.measure);
    QStringList lines{
        shown.title, tr("Status: %1").arg(Models::Labels::status(shown.status)),
        tr("Planned: %1").arg(Models::Labels::period(shown.plannedStart, shown.plannedEnd))};
    if (shown.hasActualPeriod()) {
        lines.append(
            tr("Actual: %1").arg(Models::Labels::period(shown.actualStart, shown.actualEnd)));
    }
    lines.append(tr("Progress: %1").arg(Models::Labels::progress(shown.progress)));
    lines.append(tr("Traffic light: %1").arg(Models::Labels::rag(shown.rag)));
    return lines.join(QLatin1Char('\n'));
}

bool TimelineCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), Models::Labels::toolTip(text), viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Views
