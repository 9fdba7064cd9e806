#include "models/timeline/chartpages.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace Timeline {
namespace {

constexpr double gap = 12;
constexpr double logicalDpi = 96;

} // namespace

ChartPages::ChartPages(const Chart &chart, QDate first, QDate last, double pixelsPerDay,
                       QSizeF page, bool onePage, const Style &style)
    : m_page(page)
{
    const double days = double(first.daysTo(last) + 1);
    if (onePage) {
        // The days narrowed to fit the width, then everything shrunk if the rows are too many.
        const auto fitted = [&](double width) {
            return std::max(0.01, (width - style.labelWidth) / days);
        };
        m_sheet = std::make_unique<ChartSheet>(chart, first, last, fitted(page.width()), style);
        const double needed = m_sheet->size().height() + footerHeight();
        if (needed > page.height()) {
            m_shrink = page.height() / needed;
            m_page = page / m_shrink;
            m_sheet =
                std::make_unique<ChartSheet>(chart, first, last, fitted(m_page.width()), style);
        }
        m_bands = {{0, m_sheet->layout().count() - 1}};
        m_slices = {{0, m_sheet->bodyWidth()}};
        return;
    }
    m_sheet = std::make_unique<ChartSheet>(chart, first, last, pixelsPerDay, style);
    m_bands = rowBands(m_sheet->layout(), tileRowsRoom());
    if (m_bands.isEmpty())
        m_bands = {{0, -1}};
    m_slices = slices(m_sheet->bodyWidth(), std::max(50.0, m_page.width() - style.labelWidth));
    // The undated list under the last page's rows when it fits there, else on a page of its own.
    const std::pair<int, int> lastBand = m_bands.constLast();
    const double used = m_sheet->titleHeight() + style.axisHeight +
                        m_sheet->rowsHeight(lastBand.first, lastBand.second) + gap;
    m_undatedPageOfItsOwn =
        m_sheet->painter().undatedHeight() > 0 &&
        used + m_sheet->painter().undatedHeight() + footerHeight() > m_page.height();
}

double ChartPages::footerHeight() const
{
    return gap + m_sheet->painter().legendHeight(m_page.width());
}

double ChartPages::tileRowsRoom() const
{
    return m_page.height() - m_sheet->titleHeight() - m_sheet->style().axisHeight - footerHeight();
}

int ChartPages::count() const
{
    return int(m_bands.size() * m_slices.size()) + (m_undatedPageOfItsOwn ? 1 : 0);
}

void ChartPages::paint(QPainter &painter, int index) const
{
    painter.save();
    painter.scale(m_shrink, m_shrink);
    const Style &style = m_sheet->style();
    painter.fillRect(QRectF(QPointF(0, 0), m_page), style.background);
    m_sheet->paintTitle(painter, m_page.width() * 0.8);
    painter.setFont(style.font);
    painter.setPen(style.mutedText);
    if (count() > 1) {
        painter.drawText(
            QRectF(0, 0, m_page.width(), QFontMetricsF(style.headerFont).lineSpacing()),
            Qt::AlignRight | Qt::AlignVCenter, tr("page %1 of %2").arg(index + 1).arg(count()));
    }
    const double legendTop = m_page.height() - m_sheet->painter().legendHeight(m_page.width());
    m_sheet->painter().paintLegend(
        painter, QRectF(0, legendTop, m_page.width(), m_page.height() - legendTop));

    painter.translate(0, m_sheet->titleHeight());
    const bool last = index == count() - 1;
    if (m_undatedPageOfItsOwn && last) {
        m_sheet->painter().paintUndated(
            painter, QRectF(0, 0, m_page.width(), m_sheet->painter().undatedHeight()));
        painter.restore();
        return;
    }
    const int slicesPerBand = int(m_slices.size());
    const std::pair<int, int> band = m_bands.at(index / slicesPerBand);
    const std::pair<double, double> slice = m_slices.at(index % slicesPerBand);
    const double tile =
        m_sheet->paintTile(painter, band.first, band.second, slice.first, slice.second);
    if (last && !m_undatedPageOfItsOwn) {
        m_sheet->painter().paintUndated(
            painter, QRectF(0, tile + gap, m_page.width(), m_sheet->painter().undatedHeight()));
    }
    painter.restore();
}

void ChartPages::print(const Chart &chart, QDate first, QDate last, double pixelsPerDay,
                       bool onePage, QPagedPaintDevice &device)
{
    const double toDevice = device.logicalDpiX() / logicalDpi;
    const QRect area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const ChartPages pages(chart, first, last, pixelsPerDay,
                           QSizeF(area.width() / toDevice, area.height() / toDevice), onePage);
    QPainter painter(&device);
    painter.scale(toDevice, toDevice);
    for (int index = 0; index < pages.count(); ++index) {
        if (index > 0)
            device.newPage();
        pages.paint(painter, index);
    }
}

QVector<std::pair<int, int>> ChartPages::rowBands(const RowLayout &layout, double available)
{
    QVector<std::pair<int, int>> bands;
    int first = 0;
    while (first < layout.count()) {
        int last = first;
        while (last + 1 < layout.count() &&
               layout.row(last + 1).bottom() - layout.row(first).top <= available)
            ++last;
        // A header closing the band moves on with its group, unless it is all the band holds.
        if (last > first && last + 1 < layout.count() &&
            layout.row(last).kind == RowLayout::Kind::GroupHeader)
            --last;
        bands.append({first, last});
        first = last + 1;
    }
    return bands;
}

QVector<std::pair<double, double>> ChartPages::slices(double width, double sliceWidth)
{
    QVector<std::pair<double, double>> result;
    double left = 0;
    do {
        result.append({left, std::min(width, left + sliceWidth)});
        left += sliceWidth;
    } while (left < width);
    return result;
}

} // namespace Timeline
