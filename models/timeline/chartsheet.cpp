#include "models/timeline/chartsheet.h"

#include "models/labels.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Timeline {
namespace {

constexpr double gap = 12; // between the blocks of a sheet

} // namespace

ChartSheet::ChartSheet(const Chart &chart, QDate first, QDate last, double pixelsPerDay,
                       const Style &style)
    : m_chart(chart)
    , m_style(style)
    , m_zoom(zoomFor(pixelsPerDay))
    , m_scale(first, pixelsPerDay)
    , m_bodyWidth(m_scale.width(first, last))
    , m_layout(chart, style.rows)
    , m_geometry(chart, m_layout, m_scale, style.bars)
    , m_painter(m_geometry, m_style, m_zoom)
{}

double ChartSheet::titleHeight() const
{
    return QFontMetricsF(m_style.headerFont).lineSpacing() +
           QFontMetricsF(m_style.font).lineSpacing() + gap;
}

double ChartSheet::rowsHeight(int first, int last) const
{
    if (last < first)
        return m_style.rows.rowHeight;
    return m_layout.row(last).bottom() - m_layout.row(first).top;
}

QSizeF ChartSheet::size() const
{
    const double legend = m_painter.legendHeight(width());
    const double undated = m_painter.undatedHeight();
    return QSizeF(width(), titleHeight() + m_style.axisHeight +
                               rowsHeight(0, m_layout.count() - 1) + gap + legend +
                               (undated > 0 ? gap + undated : 0));
}

void ChartSheet::paint(QPainter &painter) const
{
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), size()), m_style.background);
    paintTitle(painter, width());
    painter.translate(0, titleHeight());
    const double tile = paintTile(painter, 0, m_layout.count() - 1, 0, m_bodyWidth);
    painter.translate(0, tile + gap);
    m_painter.paintLegend(painter, QRectF(0, 0, width(), m_painter.legendHeight(width())));
    painter.translate(0, m_painter.legendHeight(width()) + gap);
    m_painter.paintUndated(painter, QRectF(0, 0, width(), m_painter.undatedHeight()));
    painter.restore();
}

void ChartSheet::paintTitle(QPainter &painter, double width) const
{
    painter.save();
    const QFontMetricsF header(m_style.headerFont);
    const QFontMetricsF plain(m_style.font);
    painter.setPen(m_style.text);
    painter.setFont(m_style.headerFont);
    painter.drawText(QPointF(0, header.ascent()),
                     header.elidedText(m_chart.title, Qt::ElideRight, width));
    const QString grouping = m_chart.grouping == Grouping::Goal
                                 ? tr("measures by goal")
                                 : tr("measures by responsible organisation");
    //: Under the project's name on a printed timeline: %1 is the project's period, %2 how the
    //: measures are grouped, %3 the day the timeline shows the project on.
    const QString facts = tr("%1 · %2 · as of %3")
                              .arg(Models::Labels::period(m_chart.projectStart, m_chart.projectEnd),
                                   grouping, Models::Labels::date(m_chart.today));
    painter.setFont(m_style.font);
    painter.setPen(m_style.mutedText);
    painter.drawText(QPointF(0, header.lineSpacing() + plain.ascent()),
                     plain.elidedText(facts, Qt::ElideRight, width));
    painter.restore();
}

double ChartSheet::paintTile(QPainter &painter, int first, int last, double left,
                             double right) const
{
    const double label = m_style.labelWidth;
    const double axis = m_style.axisHeight;
    const double body = right - left;
    const double top = last >= first ? m_layout.row(first).top : 0;
    const double height = rowsHeight(first, last);
    const double bottom = top + height;
    const ChartPainter::Highlight none;

    painter.save();
    painter.setClipRect(QRectF(label, 0, body, axis));
    painter.translate(label - left, 0);
    m_painter.paintAxis(painter, left, right);
    painter.restore();

    painter.save();
    painter.fillRect(QRectF(0, 0, label, axis), m_style.axisBackground);
    painter.setPen(m_style.mutedText);
    painter.setFont(m_style.font);
    painter.drawText(QRectF(m_style.padding, 0, label - 2 * m_style.padding, axis),
                     Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                     m_chart.grouping == Grouping::Goal
                         ? tr("Measures by goal")
                         : tr("Measures by responsible organisation"));
    painter.restore();

    painter.save();
    painter.setClipRect(QRectF(label, axis, body, height));
    painter.translate(label - left, axis - top);
    m_painter.paintBody(painter, QRectF(left, top, body, height), none);
    painter.restore();

    painter.save();
    painter.setClipRect(QRectF(0, axis, label, height));
    painter.translate(0, axis - top);
    m_painter.paintLabels(painter, top, bottom, none);
    painter.restore();

    painter.save();
    painter.setClipRect(QRectF(0, axis, label + body, height));
    painter.translate(0, axis - top);
    m_painter.paintHeaderTitles(painter, top, bottom, label + body);
    if (last < first) {
        painter.setFont(m_style.font);
        painter.setPen(m_style.mutedText);
        painter.drawText(QRectF(label + m_style.padding, 0, body, height),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         tr("Nothing in this project has a date yet."));
    }
    painter.restore();

    painter.save();
    painter.setPen(QPen(m_style.majorLine, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(0.5, 0.5, label + body - 1, axis + height - 1));
    painter.restore();
    return axis + height;
}

} // namespace Timeline
