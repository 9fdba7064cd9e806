#include "models/timeline/chartpainter.h"

#include "models/labels.h"
#include "models/timeline/axisticks.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace Timeline {
namespace {

// How far the faded end of a vague date goes towards the background.
constexpr double fading = 0.85;

// color mixed with background: opaque, because PDF viewers and printers do not all honour a
// gradient's transparency, and a vague date must look vague on paper too.
QColor faded(const QColor &color, const QColor &background)
{
    const auto mix = [](double a, double b) { return a + (b - a) * fading; };
    return QColor::fromRgbF(float(mix(color.redF(), background.redF())),
                            float(mix(color.greenF(), background.greenF())),
                            float(mix(color.blueF(), background.blueF())));
}

// A fill that fades over the vague parts of a span: full between innerStart and innerEnd.
QBrush spanBrush(const Span &span, const QColor &color, const QColor &background)
{
    const double width = span.width();
    if (width <= 0 || (span.sharpStart() && span.sharpEnd()))
        return QBrush(color);
    QLinearGradient gradient(span.outerStart, 0, span.outerEnd, 0);
    const QColor faint = faded(color, background);
    gradient.setColorAt(0, span.sharpStart() ? color : faint);
    gradient.setColorAt((span.innerStart - span.outerStart) / width, color);
    gradient.setColorAt((span.innerEnd - span.outerStart) / width, color);
    gradient.setColorAt(1, span.sharpEnd() ? color : faint);
    return QBrush(gradient);
}

QPolygonF diamond(const QRectF &box)
{
    const QPointF centre = box.center();
    return QPolygonF({QPointF(centre.x(), box.top()), QPointF(box.right(), centre.y()),
                      QPointF(centre.x(), box.bottom()), QPointF(box.left(), centre.y())});
}

double textBaseline(const QFontMetricsF &metrics, double top, double height)
{
    return top + (height - metrics.height()) / 2 + metrics.ascent();
}

} // namespace

ChartPainter::ChartPainter(const ChartGeometry &geometry, const Style &style, Zoom zoom)
    : m_geometry(geometry)
    , m_style(style)
    , m_zoom(zoom)
{}

void ChartPainter::paintAxis(QPainter &painter, double left, double right) const
{
    const DateScale &scale = m_geometry.scale();
    const double height = m_style.axisHeight;
    const double band = height / 2;
    painter.save();
    painter.fillRect(QRectF(left, 0, right - left, height), m_style.axisBackground);
    const Axis axis = AxisTicks::generate(scale, m_zoom, scale.dateAt(left), scale.dateAt(right));
    painter.setFont(m_style.font);
    const QFontMetricsF metrics(m_style.font);

    // A label is drawn only where it fits whole in the part of its division in view: never
    // cut by the edge of the view or of a page, never over the next division's.
    const auto fits = [&](double x, double width, double end) {
        return x >= left && x + width <= std::min(end, right) - m_style.padding / 2;
    };
    for (int i = 0; i < axis.minor.size(); ++i) {
        const Tick &tick = axis.minor.at(i);
        painter.setPen(QPen(m_style.minorLine, 1));
        painter.drawLine(QPointF(tick.x, band), QPointF(tick.x, height));
        const double end = i + 1 < axis.minor.size() ? axis.minor.at(i + 1).x : right;
        const double x = tick.x + m_style.padding;
        if (fits(x, metrics.horizontalAdvance(tick.label), end)) {
            painter.setPen(m_style.mutedText);
            painter.drawText(QPointF(x, textBaseline(metrics, band, band)), tick.label);
        }
    }

    for (int i = 0; i < axis.major.size(); ++i) {
        const Tick &tick = axis.major.at(i);
        painter.setPen(QPen(m_style.majorLine, 1));
        painter.drawLine(QPointF(tick.x, 0), QPointF(tick.x, height));
        const double end = i + 1 < axis.major.size() ? axis.major.at(i + 1).x : right;
        painter.setFont(m_style.headerFont);
        const double width = QFontMetricsF(m_style.headerFont).horizontalAdvance(tick.label);
        const double x = AxisTicks::stickyLabelX(tick.x, end, width, left, m_style.padding);
        if (fits(x, width, end)) {
            painter.setPen(m_style.text);
            painter.drawText(QPointF(x, textBaseline(QFontMetricsF(m_style.headerFont), 0, band)),
                             tick.label);
        }
    }
    painter.setPen(QPen(m_style.majorLine, 1));
    painter.drawLine(QPointF(left, height - 0.5), QPointF(right, height - 0.5));

    // Today (or the day the chart is drawn for), named on the axis in the colour of its line.
    const QDate today = m_geometry.chart().today;
    if (today.isValid()) {
        const double x = scale.x(today) + scale.pixelsPerDay() / 2;
        if (x >= left - 200 && x <= right + 200) {
            painter.setFont(m_style.smallFont);
            const QFontMetricsF small(m_style.smallFont);
            const QString label = Models::Labels::date(today);
            const QRectF box(x - small.horizontalAdvance(label) / 2 - 3, band + 2,
                             small.horizontalAdvance(label) + 6, band - 4);
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_style.today);
            painter.drawRoundedRect(box, 3, 3);
            painter.setPen(Qt::white);
            painter.drawText(box, Qt::AlignCenter, label);
        }
    }
    painter.restore();
}

void ChartPainter::paintGrid(QPainter &painter, const QRectF &visible) const
{
    const DateScale &scale = m_geometry.scale();
    const Axis axis = AxisTicks::generate(scale, m_zoom, scale.dateAt(visible.left()),
                                          scale.dateAt(visible.right()));
    const auto lines = [&](const QVector<Tick> &ticks, const QColor &color) {
        painter.setPen(QPen(color, 1));
        for (const Tick &tick : ticks)
            painter.drawLine(QPointF(tick.x, visible.top()), QPointF(tick.x, visible.bottom()));
    };
    lines(axis.grid, m_style.gridLine);
    lines(axis.minor, m_style.minorLine);
    lines(axis.major, m_style.majorLine);
}

void ChartPainter::paintBody(QPainter &painter, const QRectF &visible,
                             const Highlight &highlight) const
{
    const Chart &chart = m_geometry.chart();
    const DateScale &scale = m_geometry.scale();
    const RowLayout &layout = m_geometry.layout();
    painter.save();
    painter.fillRect(visible, m_style.background);

    // Outside the project's period, greyed.
    if (chart.projectStart.isValid() && scale.x(chart.projectStart) > visible.left()) {
        painter.fillRect(QRectF(QPointF(visible.left(), visible.top()),
                                QPointF(scale.x(chart.projectStart), visible.bottom())),
                         m_style.outsideProject);
    }
    if (chart.projectEnd.isValid() && scale.xAfter(chart.projectEnd) < visible.right()) {
        painter.fillRect(
            QRectF(QPointF(scale.xAfter(chart.projectEnd), visible.top()), visible.bottomRight()),
            m_style.outsideProject);
    }
    const auto [first, last] = layout.rowsBetween(visible.top(), visible.bottom());
    for (int row = first; row <= last; ++row) {
        const RowLayout::Row &place = layout.row(row);
        if (place.kind == RowLayout::Kind::GroupHeader) {
            painter.fillRect(QRectF(visible.left(), place.top, visible.width(), place.height),
                             m_style.headerBackground);
        } else if (place.kind == RowLayout::Kind::Measure &&
                   chart.measures.at(place.measure).uuid == highlight.measure &&
                   !highlight.measure.isNull()) {
            painter.fillRect(QRectF(visible.left(), place.top, visible.width(), place.height),
                             m_style.selection);
        }
    }
    paintGrid(painter, visible);

    // The bounds of the project's period.
    painter.setPen(QPen(m_style.projectBound, 1.5));
    for (const double x : {chart.projectStart.isValid() ? scale.x(chart.projectStart) : NAN,
                           chart.projectEnd.isValid() ? scale.xAfter(chart.projectEnd) : NAN}) {
        if (!std::isnan(x))
            painter.drawLine(QPointF(x, visible.top()), QPointF(x, visible.bottom()));
    }

    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int row = first; row <= last; ++row) {
        const RowLayout::Row &place = layout.row(row);
        if (place.kind == RowLayout::Kind::Measure) {
            paintMeasureRow(painter, row, highlight);
        } else if (place.kind == RowLayout::Kind::ProjectMilestones) {
            for (const ChartMilestone &milestone : chart.projectMilestones) {
                const bool selected = milestone.uuid == highlight.milestone;
                const Domain::PlanDate date = selected && highlight.milestonePreview
                                                  ? *highlight.milestonePreview
                                                  : milestone.date;
                paintMilestone(painter, row, milestone, date, selected, true);
            }
        }
    }

    if (chart.today.isValid()) {
        const double x = scale.x(chart.today) + scale.pixelsPerDay() / 2;
        painter.setPen(QPen(m_style.today, 2));
        painter.drawLine(QPointF(x, visible.top()), QPointF(x, visible.bottom()));
    }
    painter.restore();
}

void ChartPainter::paintMeasureRow(QPainter &painter, int row, const Highlight &highlight) const
{
    const RowLayout::Row &place = m_geometry.layout().row(row);
    const ChartMeasure &measure = m_geometry.chart().measures.at(place.measure);
    const bool selected = measure.uuid == highlight.measure && !measure.uuid.isNull();
    const QColor fill = Style::statusColor(measure.status);
    const QColor outline = measure.rag == Domain::Rag::None ? m_style.mutedText
                                                            : Models::Labels::ragColor(measure.rag);
    const bool cancelled = measure.status == Domain::Status::Cancelled;

    painter.setPen(QPen(m_style.gridLine, 1));
    painter.drawLine(QPointF(-1e7, place.bottom() - 0.5), QPointF(1e7, place.bottom() - 0.5));

    if (measure.hasActualPeriod()) {
        const Span span = m_geometry.span(measure.actualStart, measure.actualEnd);
        paintBar(painter, m_geometry.actualRect(row, span), span, fill.darker(170), QColor(),
                 std::nullopt, false);
    }
    if (measure.hasPlannedPeriod()) {
        const Span span = m_geometry.span(measure.plannedStart, measure.plannedEnd);
        const bool previewing = selected && highlight.preview;
        if (previewing)
            painter.setOpacity(0.3);
        paintBar(painter, m_geometry.plannedRect(row, span), span, fill, outline, measure.progress,
                 cancelled);
        painter.setOpacity(1.0);
        if (previewing) {
            // The dates the drag would give, where the progress is written otherwise.
            const Span moved = m_geometry.span(highlight.preview->start, highlight.preview->end);
            const QRectF band = m_geometry.plannedRect(row, moved);
            paintBar(painter, band, moved, fill, outline, measure.progress, cancelled);
            painter.setFont(m_style.headerFont);
            painter.setPen(m_style.text);
            painter.drawText(
                QPointF(moved.outerEnd + m_style.padding, band.bottom()),
                Models::Labels::period(highlight.preview->start, highlight.preview->end));
        } else if (measure.progress) {
            painter.setFont(m_style.smallFont);
            painter.setPen(m_style.mutedText);
            const QRectF band = m_geometry.plannedRect(row, span);
            painter.drawText(
                QPointF(span.outerEnd + m_style.padding,
                        textBaseline(QFontMetricsF(m_style.smallFont), band.top(), band.height())),
                Models::Labels::progress(measure.progress));
        }
    }
    for (const ChartMilestone &milestone : measure.milestones) {
        const bool chosen = milestone.uuid == highlight.milestone;
        const Domain::PlanDate date =
            chosen && highlight.milestonePreview ? *highlight.milestonePreview : milestone.date;
        paintMilestone(painter, row, milestone, date, chosen, false);
    }
}

void ChartPainter::paintBar(QPainter &painter, const QRectF &band, const Span &span,
                            const QColor &fill, const QColor &outline, std::optional<int> progress,
                            bool hatched) const
{
    if (band.width() <= 0) {
        painter.fillRect(QRectF(band.left() - 1, band.top(), 2, band.height()), fill);
        return;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(spanBrush(span, fill, m_style.background));
    painter.drawRect(band);
    if (progress && *progress > 0) {
        QRectF done = band;
        done.setWidth(band.width() * std::clamp(*progress, 0, 100) / 100.0);
        painter.setBrush(spanBrush(span, fill.darker(140), m_style.background));
        painter.drawRect(done);
    }
    if (hatched) {
        painter.setBrush(QBrush(m_style.mutedText, Qt::BDiagPattern));
        painter.drawRect(band);
    }
    painter.setBrush(Qt::NoBrush);
    if (!outline.isValid())
        return;
    // The outline is drawn solid where the dates are certain and dashed over their vague parts.
    const double top = band.top();
    const double bottom = band.bottom();
    QPen solid(outline, 1.5);
    QPen dashed(outline, 1.2, Qt::DashLine);
    painter.setPen(solid);
    painter.drawLine(QPointF(span.innerStart, top), QPointF(span.innerEnd, top));
    painter.drawLine(QPointF(span.innerStart, bottom), QPointF(span.innerEnd, bottom));
    if (span.sharpStart())
        painter.drawLine(QPointF(span.outerStart, top), QPointF(span.outerStart, bottom));
    if (span.sharpEnd())
        painter.drawLine(QPointF(span.outerEnd, top), QPointF(span.outerEnd, bottom));
    painter.setPen(dashed);
    for (const auto &[from, to] :
         {std::pair(span.outerStart, span.innerStart), std::pair(span.innerEnd, span.outerEnd)}) {
        if (to - from > 0.5) {
            painter.drawLine(QPointF(from, top), QPointF(to, top));
            painter.drawLine(QPointF(from, bottom), QPointF(to, bottom));
        }
    }
}

void ChartPainter::paintMilestone(QPainter &painter, int row, const ChartMilestone &milestone,
                                  const Domain::PlanDate &date, bool selected, bool withTitle) const
{
    const QRectF box = m_geometry.milestoneRect(row, date);
    const Mark mark = markOf(m_geometry.scale(), date);
    // A vague date shows the interval it covers as a bracket under the diamond.
    if (mark.last - mark.first > box.width()) {
        painter.setPen(QPen(m_style.milestone, 1.2, Qt::DashLine));
        const double y = box.center().y();
        painter.drawLine(QPointF(mark.first, y), QPointF(mark.last, y));
        painter.setPen(QPen(m_style.milestone, 1.2));
        painter.drawLine(QPointF(mark.first, y - 4), QPointF(mark.first, y + 4));
        painter.drawLine(QPointF(mark.last, y - 4), QPointF(mark.last, y + 4));
    }
    QPen pen(milestone.overdue ? m_style.today : m_style.milestone, selected ? 3 : 1.5);
    painter.setPen(pen);
    painter.setBrush(milestone.done ? m_style.milestone : m_style.background);
    painter.drawPolygon(diamond(box));
    painter.setBrush(Qt::NoBrush);
    if (withTitle) {
        // On a patch of background, so that the bracket of a vague date does not cross it.
        painter.setFont(m_style.smallFont);
        const QFontMetricsF metrics(m_style.smallFont);
        const QRectF text(box.right() + 3, box.center().y() - metrics.height() / 2,
                          metrics.horizontalAdvance(milestone.title) + 2, metrics.height());
        painter.fillRect(text, m_style.background);
        painter.setPen(m_style.text);
        painter.drawText(QPointF(text.left() + 1, textBaseline(metrics, text.top(), text.height())),
                         milestone.title);
    }
}

void ChartPainter::paintLabels(QPainter &painter, double top, double bottom,
                               const Highlight &highlight) const
{
    const Chart &chart = m_geometry.chart();
    const RowLayout &layout = m_geometry.layout();
    const double width = m_style.labelWidth;
    painter.save();
    painter.fillRect(QRectF(0, top, width, bottom - top), m_style.background);
    const QFontMetricsF metrics(m_style.font);
    const auto [first, last] = layout.rowsBetween(top, bottom);
    for (int row = first; row <= last; ++row) {
        const RowLayout::Row &place = layout.row(row);
        const QRectF area(0, place.top, width, place.height);
        switch (place.kind) {
        case RowLayout::Kind::GroupHeader:
            painter.fillRect(area, m_style.headerBackground);
            break;
        case RowLayout::Kind::ProjectMilestones: {
            QFont italic = m_style.font;
            italic.setItalic(true);
            painter.setFont(italic);
            painter.setPen(m_style.text);
            painter.drawText(area.adjusted(m_style.padding, 0, -m_style.padding, 0),
                             Qt::AlignVCenter | Qt::AlignLeft, tr("Project milestones"));
            break;
        }
        case RowLayout::Kind::Measure: {
            const ChartMeasure &measure = chart.measures.at(place.measure);
            if (measure.uuid == highlight.measure && !measure.uuid.isNull())
                painter.fillRect(area, m_style.selection);
            painter.setPen(QPen(m_style.gridLine, 1));
            painter.drawLine(QPointF(0, place.bottom() - 0.5),
                             QPointF(width, place.bottom() - 0.5));
            const double dot = 10;
            const double indent = m_style.padding + 12;
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Models::Labels::ragColor(measure.rag));
            painter.drawEllipse(QRectF(indent, place.top + (place.height - dot) / 2, dot, dot));
            painter.setBrush(Qt::NoBrush);
            painter.setFont(m_style.font);
            painter.setPen(m_style.text);
            const double textLeft = indent + dot + m_style.padding;
            const QString title = metrics.elidedText(measure.title, Qt::ElideRight,
                                                     width - textLeft - m_style.padding);
            painter.drawText(QPointF(textLeft, textBaseline(metrics, place.top, place.height)),
                             title);
            break;
        }
        }
    }
    painter.setPen(QPen(m_style.majorLine, 1));
    painter.drawLine(QPointF(width - 0.5, top), QPointF(width - 0.5, bottom));
    painter.restore();
}

void ChartPainter::paintHeaderTitles(QPainter &painter, double top, double bottom,
                                     double width) const
{
    const Chart &chart = m_geometry.chart();
    const RowLayout &layout = m_geometry.layout();
    painter.save();
    painter.setFont(m_style.headerFont);
    painter.setPen(m_style.text);
    const QFontMetricsF metrics(m_style.headerFont);
    const auto [first, last] = layout.rowsBetween(top, bottom);
    for (int row = first; row <= last; ++row) {
        const RowLayout::Row &place = layout.row(row);
        if (place.kind != RowLayout::Kind::GroupHeader)
            continue;
        const ChartGroup &group = chart.groups.at(place.group);
        const double left = m_style.padding + 16 * group.depth;
        const QString title =
            metrics.elidedText(group.title, Qt::ElideRight, width - left - m_style.padding);
        painter.drawText(QPointF(left, textBaseline(metrics, place.top, place.height)), title);
    }
    painter.restore();
}

double ChartPainter::flowLegend(QPainter *painter, const QRectF &area) const
{
    // Items laid out like words in a paragraph: a small picture, then its text.
    const QFontMetricsF metrics(m_style.smallFont);
    const double lineHeight = std::max(metrics.height(), 14.0) + 4;
    const double swatch = 22;
    double x = area.left();
    double y = area.top();
    const auto item = [&](const QString &text, const auto &draw) {
        const double width = swatch + 4 + metrics.horizontalAdvance(text) + 14;
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += lineHeight;
        }
        if (painter) {
            const QRectF picture(x, y + (lineHeight - 10) / 2 - 2, swatch, 10);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, true);
            draw(*painter, picture);
            painter->restore();
            painter->setPen(m_style.text);
            painter->drawText(QPointF(x + swatch + 4, y + (lineHeight - metrics.height()) / 2 - 2 +
                                                          metrics.ascent()),
                              text);
        }
        x += width;
    };
    if (painter)
        painter->setFont(m_style.smallFont);
    for (const Domain::Status status :
         {Domain::Status::Planned, Domain::Status::InProgress, Domain::Status::Completed,
          Domain::Status::Postponed, Domain::Status::Cancelled}) {
        item(Models::Labels::status(status),
             [status](QPainter &p, const QRectF &r) { p.fillRect(r, Style::statusColor(status)); });
    }
    item(tr("planned period, darker as far as it has come"), [](QPainter &p, const QRectF &r) {
        const QColor color = Style::statusColor(Domain::Status::InProgress);
        p.fillRect(r, color);
        p.fillRect(QRectF(r.left(), r.top(), r.width() * 0.4, r.height()), color.darker(140));
    });
    item(tr("actual period"), [](QPainter &p, const QRectF &r) {
        p.fillRect(QRectF(r.left(), r.center().y() - 2, r.width(), 4),
                   Style::statusColor(Domain::Status::InProgress).darker(170));
    });
    item(tr("outline: traffic light"), [](QPainter &p, const QRectF &r) {
        p.setPen(QPen(Models::Labels::ragColor(Domain::Rag::Amber), 1.5));
        p.drawRect(r.adjusted(1, 1, -1, -1));
    });
    item(tr("faded edge: a date known only to the month, quarter, half-year or year"),
         [this](QPainter &p, const QRectF &r) {
             const QColor color = Style::statusColor(Domain::Status::InProgress);
             QLinearGradient gradient(r.left(), 0, r.right(), 0);
             gradient.setColorAt(0, faded(color, m_style.background));
             gradient.setColorAt(1, color);
             p.fillRect(r, gradient);
         });
    item(tr("milestone (filled when done)"), [this](QPainter &p, const QRectF &r) {
        p.setPen(QPen(m_style.milestone, 1.5));
        p.setBrush(m_style.background);
        p.drawPolygon(diamond(QRectF(r.center().x() - 6, r.center().y() - 6, 12, 12)));
    });
    item(tr("outside the project period"), [this](QPainter &p, const QRectF &r) {
        p.fillRect(r, m_style.outsideProject);
        p.setPen(QPen(m_style.projectBound, 1.5));
        p.drawLine(r.topRight(), r.bottomRight());
    });
    const QDate today = m_geometry.chart().today;
    if (today.isValid()) {
        //: The legend of the red vertical line: the day the chart shows the project on.
        item(tr("as of %1").arg(Models::Labels::date(today)), [this](QPainter &p, const QRectF &r) {
            p.setPen(QPen(m_style.today, 2));
            p.drawLine(QPointF(r.center().x(), r.top() - 2),
                       QPointF(r.center().x(), r.bottom() + 2));
        });
    }
    return y + lineHeight - area.top();
}

void ChartPainter::paintLegend(QPainter &painter, const QRectF &area) const
{
    painter.save();
    flowLegend(&painter, area);
    painter.restore();
}

double ChartPainter::legendHeight(double width) const
{
    return flowLegend(nullptr, QRectF(0, 0, width, 0));
}

double ChartPainter::undatedHeight() const
{
    const Chart &chart = m_geometry.chart();
    const double line = QFontMetricsF(m_style.font).lineSpacing();
    double height = 0;
    for (const qsizetype count : {chart.undatedMeasures.size(), chart.undatedMilestones.size()}) {
        if (count > 0)
            height += line * (double(count) + 1) + line / 2;
    }
    return height;
}

void ChartPainter::paintUndated(QPainter &painter, const QRectF &area) const
{
    const Chart &chart = m_geometry.chart();
    const QFontMetricsF metrics(m_style.font);
    const double line = metrics.lineSpacing();
    double y = area.top();
    painter.save();
    const auto list = [&](const QString &heading, const QStringList &entries) {
        if (entries.isEmpty())
            return;
        painter.setFont(m_style.headerFont);
        painter.setPen(m_style.text);
        painter.drawText(QPointF(area.left(), y + metrics.ascent()), heading);
        y += line;
        painter.setFont(m_style.font);
        for (const QString &entry : entries) {
            painter.drawText(QPointF(area.left() + 12, y + metrics.ascent()),
                             metrics.elidedText(entry, Qt::ElideRight, area.width() - 12));
            y += line;
        }
        y += line / 2;
    };
    QStringList measures;
    for (const int index : chart.undatedMeasures) {
        const ChartMeasure &measure = chart.measures.at(index);
        measures.append(
            QStringLiteral("• %1 (%2)").arg(measure.title, Models::Labels::status(measure.status)));
    }
    list(tr("Undated measures (%1)").arg(measures.size()), measures);
    QStringList milestones;
    for (const ChartMilestone &milestone : chart.undatedMilestones)
        milestones.append(QStringLiteral("◆ %1").arg(milestone.title));
    list(tr("Undated milestones (%1)").arg(milestones.size()), milestones);
    painter.restore();
}

} // namespace Timeline
