#include "views/barchart.h"

#include "views/chartgeometry.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>

namespace Views {
namespace {

constexpr int margin = 4;

} // namespace

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BarChart::setBars(const QVector<Bar> &bars, double maximum)
{
    m_bars = bars;
    m_maximum = maximum;
    if (m_maximum <= 0) {
        for (const Bar &bar : bars)
            m_maximum = std::max(m_maximum, bar.value);
    }
    m_current = m_bars.isEmpty() ? -1 : qBound(0, m_current, int(m_bars.size()) - 1);
    QStringList description;
    for (const Bar &bar : bars)
        description.append(tr("%1: %2").arg(bar.label, bar.valueText));
    setAccessibleDescription(description.isEmpty() ? m_emptyText
                                                   : description.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    if (m_bars.isEmpty())
        setAccessibleDescription(text);
    update();
}

int BarChart::rowHeight() const
{
    return fontMetrics().height() * 3 / 2 + 2;
}

double BarChart::labelWidth() const
{
    double widest = 0;
    for (const Bar &bar : m_bars)
        widest = std::max<double>(widest, fontMetrics().horizontalAdvance(bar.label));
    // Long labels (goal texts) are elided: the bars keep at least half of the width. One margin
    // more than the label and its two margins need: elidedText() measures a text a pixel or so
    // wider than horizontalAdvance() with some fonts, and would cut a label that fits.
    return std::min(widest + 3 * margin, width() * 0.45);
}

double BarChart::valueWidth() const
{
    double widest = 0;
    for (const Bar &bar : m_bars)
        widest = std::max<double>(widest, fontMetrics().horizontalAdvance(bar.valueText));
    return widest + 2 * margin;
}

QRectF BarChart::plot() const
{
    const double left = labelWidth();
    return QRectF(left, margin, std::max(1.0, width() - left - valueWidth() - margin),
                  double(rowHeight()) * m_bars.size());
}

QRect BarChart::barRect(int index) const
{
    const QRectF band = ChartGeometry::row(plot(), index, int(m_bars.size()));
    return QRectF(0, band.top(), width(), band.height()).toAlignedRect();
}

int BarChart::rowAt(const QPoint &point) const
{
    return ChartGeometry::rowAt(plot(), int(m_bars.size()), point.y());
}

QSize BarChart::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_bars.size()));
    return QSize(360, rows * rowHeight() + 2 * margin);
}

QSize BarChart::minimumSizeHint() const
{
    const int rows = std::max<int>(1, int(m_bars.size()));
    return QSize(160, rows * rowHeight() + 2 * margin);
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    painter.setPen(colors.color(QPalette::Text));
    if (m_bars.isEmpty()) {
        painter.drawText(rect().adjusted(margin, 0, -margin, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         m_emptyText);
        return;
    }
    const QRectF area = plot();
    const int count = int(m_bars.size());
    // The axis the bars grow from.
    painter.setPen(QPen(colors.color(QPalette::Mid), 1));
    painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()));
    for (int i = 0; i < count; ++i) {
        const Bar &bar = m_bars.at(i);
        const QRectF band = ChartGeometry::row(area, i, count);
        const QRectF label(margin, band.top(), area.left() - 2 * margin, band.height());
        painter.setPen(colors.color(QPalette::Text));
        painter.drawText(label, Qt::AlignVCenter | Qt::AlignRight,
                         fontMetrics().elidedText(bar.label, Qt::ElideRight, int(label.width())));
        const QRectF filled = ChartGeometry::bar(area, i, count, bar.value, m_maximum);
        if (!filled.isEmpty()) {
            // An outline in the text colour keeps a pale bar visible on a pale background and a
            // dark one on a dark background.
            painter.setPen(QPen(colors.color(QPalette::Text), 0.5));
            painter.setBrush(bar.color);
            painter.drawRoundedRect(filled, 2, 2);
        }
        painter.setPen(colors.color(QPalette::Text));
        const double valueLeft = (filled.isEmpty() ? area.left() : filled.right()) + margin;
        painter.drawText(QRectF(valueLeft, band.top(), width() - valueLeft, band.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, bar.valueText);
    }
    if (hasFocus() && m_current >= 0) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = barRect(m_current).adjusted(1, 0, -1, 0);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = rowAt(help->pos());
        if (index >= 0 && !m_bars.at(index).toolTip.isEmpty()) {
            QToolTip::showText(help->globalPos(), m_bars.at(index).toolTip, this, barRect(index));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void BarChart::mousePressEvent(QMouseEvent *event)
{
    const int index = rowAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || index < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_current = index;
    update();
    emit barActivated(index);
}

void BarChart::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_bars.size());
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (count > 0) {
            m_current = qBound(0, m_current + (event->key() == Qt::Key_Up ? -1 : 1), count - 1);
            update();
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit barActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Views
