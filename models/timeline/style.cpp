#include "models/timeline/style.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace Timeline {

QColor Style::statusColor(Domain::Status status)
{
    // Hues apart from the traffic light's green, amber and red, so that the two never read as
    // one another.
    switch (status) {
    case Domain::Status::Planned:
        return QColor(0xb0, 0xbe, 0xc5);
    case Domain::Status::InProgress:
        return QColor(0x64, 0xb5, 0xf6);
    case Domain::Status::Completed:
        return QColor(0x79, 0x86, 0xcb);
    case Domain::Status::Postponed:
        return QColor(0xce, 0x93, 0xd8);
    case Domain::Status::Cancelled:
        break;
    }
    return QColor(0xe0, 0xe0, 0xe0);
}

Style Style::forFont(const QFont &font)
{
    Style style;
    style.font = font;
    style.headerFont = font;
    style.headerFont.setBold(true);
    style.smallFont = font;
    if (font.pixelSize() > 0)
        style.smallFont.setPixelSize(std::max(8, font.pixelSize() * 5 / 6));
    else
        style.smallFont.setPointSizeF(std::max(6.0, font.pointSizeF() * 5 / 6));
    // Everything was laid out for text 15 px high; a larger font makes it all larger.
    const double factor = std::max(1.0, QFontMetricsF(font).height() / 15.0);
    const auto scaled = [factor](double value) { return std::round(value * factor); };
    style.rows.rowHeight = scaled(style.rows.rowHeight);
    style.rows.headerHeight = scaled(style.rows.headerHeight);
    style.bars.plannedTop = scaled(style.bars.plannedTop);
    style.bars.plannedHeight = scaled(style.bars.plannedHeight);
    style.bars.actualTop = scaled(style.bars.actualTop);
    style.bars.actualHeight = scaled(style.bars.actualHeight);
    style.bars.milestoneSize = scaled(style.bars.milestoneSize);
    style.axisHeight = scaled(style.axisHeight);
    style.labelWidth = scaled(style.labelWidth);
    return style;
}

Style Style::forPaper()
{
    QFont font;
    font.setPixelSize(12); // 9 points at 96 logical pixels an inch
    font.setStyleHint(QFont::SansSerif);
    return forFont(font);
}

} // namespace Timeline
