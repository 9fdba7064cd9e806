#include "models/timeline/chartexport.h"

#include "models/timeline/chartbuilder.h"
#include "models/timeline/chartpages.h"
#include "models/timeline/chartsheet.h"
#include "models/timeline/style.h"

#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace Timeline {
namespace {

// The largest picture made: a timeline of years at the Week level would be wider than any
// image reader takes.
constexpr double largestSide = 30000;

Domain::Error failed(const QString &message)
{
    return Domain::Error{Domain::Error::Kind::Io, message};
}

QSize pixelSize(const ChartSheet &sheet, double pixelRatio)
{
    const QSizeF size = sheet.size() * pixelRatio;
    return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
}

} // namespace

std::optional<ChartExport::Format> ChartExport::formatFromCode(const QString &code)
{
    const QString lower = code.toLower();
    if (lower == QLatin1String("png"))
        return Format::Png;
    if (lower == QLatin1String("svg"))
        return Format::Svg;
    if (lower == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

ChartExport::Options ChartExport::resolved(const Chart &chart, Options options)
{
    const auto [first, last] = ChartBuilder::defaultRange(chart);
    if (!options.first.isValid())
        options.first = first;
    if (!options.last.isValid())
        options.last = last;
    return options;
}

QSize ChartExport::imageSize(const Chart &chart, const Options &options)
{
    const Options resolvedOptions = resolved(chart, options);
    const ChartSheet sheet(chart, resolvedOptions.first, resolvedOptions.last,
                           pixelsPerDay(resolvedOptions.zoom), Style::forPaper());
    return pixelSize(sheet, resolvedOptions.pixelRatio);
}

Domain::Result<void> ChartExport::write(const Chart &chart, Format format, const Options &options,
                                        QIODevice &device)
{
    const Options resolvedOptions = resolved(chart, options);
    const QDate first = resolvedOptions.first;
    const QDate last = resolvedOptions.last;
    if (last < first) {
        return Domain::Error{Domain::Error::Kind::Invalid,
                             tr("The timeline cannot end (%1) before it begins (%2).")
                                 .arg(last.toString(Qt::ISODate), first.toString(Qt::ISODate))};
    }
    const double scale = pixelsPerDay(resolvedOptions.zoom);
    const Style style = Style::forPaper();

    switch (format) {
    case Format::Png: {
        const ChartSheet sheet(chart, first, last, scale, style);
        const QSize size = pixelSize(sheet, resolvedOptions.pixelRatio);
        if (size.width() > largestSide || size.height() > largestSide) {
            return Domain::Error{
                Domain::Error::Kind::Invalid,
                tr("The picture would be %1 × %2 pixels, too large to write; choose a shorter "
                   "stretch of time or a coarser zoom.")
                    .arg(size.width())
                    .arg(size.height())};
        }
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(resolvedOptions.pixelRatio);
        image.fill(style.background);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::TextAntialiasing, true);
            sheet.paint(painter);
        }
        QImageWriter writer(&device, "png");
        if (!writer.write(image))
            return failed(writer.errorString());
        return {};
    }
    case Format::Svg: {
        const ChartSheet sheet(chart, first, last, scale, style);
        const QSizeF size = sheet.size();
        QSvgGenerator generator;
        generator.setOutputDevice(&device);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setResolution(96);
        generator.setTitle(chart.title);
        generator.setDescription(tr("Timeline of %1").arg(chart.title));
        QPainter painter;
        if (!painter.begin(&generator))
            return failed(device.errorString());
        sheet.paint(painter);
        painter.end();
        return {};
    }
    case Format::Pdf: {
        QPdfWriter writer(&device);
        writer.setTitle(tr("Timeline of %1").arg(chart.title));
        writer.setCreator(QStringLiteral("Samspill"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        ChartPages::print(chart, first, last, scale, resolvedOptions.onePage, writer);
        return {};
    }
    }
    return {};
}

} // namespace Timeline
