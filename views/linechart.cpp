#include "views/linechart.h"

#include "views/chartgeometry.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Views {
namespace {

constexpr int margin = 6;

} // namespace

LineChart::LineChart(QWidget *parent)
    : QWidget(parent)
    , m_color(0x19, 0x76, 0xd2)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void LineChart::setPoints(const QVector<Point> &points, QDate last)
{
    m_points = points;
    m_first = points.isEmpty() ? last : points.constFirst().date;
    m_last = points.isEmpty() ? last : std::max(last, points.constLast().date);
    QStringList description;
    for (const Point &point : points)
        description.append(point.label);
    setAccessibleDescription(description.isEmpty() ? m_emptyText
                                                   : description.join(QStringLiteral("; ")));
    update();
}

void LineChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    if (m_points.isEmpty())
        setAccessibleDescription(text);
    update();
}

void LineChart::setColor(const QColor &color)
{
    m_color = color;
    update();
}

QSize LineChart::sizeHint() const
{
    return QSize(360, fontMetrics().height() * 9);
}

QSize LineChart::minimumSizeHint() const
{
    return QSize(160, fontMetrics().height() * 6);
}

QRectF LineChart::plot() const
{
    const double axis = fontMetrics().horizontalAdvance(QStringLiteral("100 %")) + 2 * margin;
    const double below = fontMetrics().height() + margin;
    return QRectF(axis, margin + fontMetrics().height() / 2.0,
                  std::max(1.0, width() - axis - 2 * margin),
                  std::max(1.0, height() - below - margin - fontMetrics().height() / 2.0));
}

void LineChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    if (m_points.isEmpty()) {
        painter.setPen(colors.color(QPalette::Text));
        painter.drawText(rect().adjusted(margin, 0, -margin, 0),
                         Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const QRectF area = plot();
    // The value axis: 0, 50 and 100 % with their grid lines.
    for (int percent : {0, 50, 100}) {
        const double y = ChartGeometry::y(percent, area);
        painter.setPen(
            QPen(colors.color(QPalette::Mid), 1, percent == 0 ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(colors.color(QPalette::Text));
        painter.drawText(QRectF(0, y - fontMetrics().height() / 2.0, area.left() - margin,
                                fontMetrics().height()),
                         Qt::AlignRight | Qt::AlignVCenter, tr("%1 %").arg(percent));
    }
    // The time axis: its first and last day.
    const QRectF dates(area.left(), area.bottom() + margin / 2.0, area.width(),
                       fontMetrics().height());
    const QLocale locale;
    painter.drawText(dates, Qt::AlignLeft | Qt::AlignTop,
                     locale.toString(m_first, QLocale::ShortFormat));
    if (m_last != m_first) {
        painter.drawText(dates, Qt::AlignRight | Qt::AlignTop,
                         locale.toString(m_last, QLocale::ShortFormat));
    }
    // The line, held level from the last point to the last day: the log says nothing newer.
    QPainterPath path;
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF at(ChartGeometry::x(m_points.at(i).date, m_first, m_last, area),
                         ChartGeometry::y(m_points.at(i).percent, area));
        if (i == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    const QPointF lastPoint = path.currentPosition();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_color, 2));
    painter.drawPath(path);
    painter.setPen(QPen(m_color, 1.5, Qt::DashLine));
    painter.drawLine(lastPoint, QPointF(area.right(), lastPoint.y()));
    painter.setPen(QPen(colors.color(QPalette::Base), 1));
    painter.setBrush(m_color);
    for (const Point &point : m_points) {
        painter.drawEllipse(QPointF(ChartGeometry::x(point.date, m_first, m_last, area),
                                    ChartGeometry::y(point.percent, area)),
                            3.5, 3.5);
    }
}

} // namespace Views
