#pragma once

#include "models/domain/result.h"
#include "models/timeline/chart.h"
#include "models/timeline/zoom.h"

#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QString>

#include <optional>

class QIODevice;

namespace Timeline {

// A chart written as a file: PNG and SVG as one picture of the whole timeline (ChartSheet),
// PDF as A4 landscape pages (ChartPages). The caller opens the device, and commits or discards
// it (a QSaveFile, so that a failed export leaves no file). Needs a QGuiApplication (fonts).
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(Timeline::ChartExport)

public:
    enum class Format { Png, Svg, Pdf };

    struct Options
    {
        QDate first; // the stretch of days shown; ChartBuilder::defaultRange() when null
        QDate last;
        Zoom zoom = Zoom::Quarter;
        bool onePage = false; // PDF: fit the chart to one page
        // PNG: image pixels per logical pixel, so that text stays sharp when the picture is
        // shown on a HiDPI screen or printed.
        double pixelRatio = 2;
    };

    // "png", "svg", "pdf" (the command line's names, and file suffixes in any case).
    static std::optional<Format> formatFromCode(const QString &code);

    // The size in pixels of the PNG that write() makes.
    static QSize imageSize(const Chart &chart, const Options &options);

    static Domain::Result<void> write(const Chart &chart, Format format, const Options &options,
                                      QIODevice &device);

    // options with a null range replaced by the default range of the chart.
    static Options resolved(const Chart &chart, Options options);
};

} // namespace Timeline
