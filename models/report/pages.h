#pragma once

#include "models/domain/result.h"
#include "models/report/content.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;

namespace Report {

// A report laid out on pages and painted: the PDF, the print preview and printing. Its own layout
// rather than QTextDocument's (whose tables with page breaks grow with the square of a report's
// length): each text is shaped once with QTextLayout at the device's resolution, then placed.
// Headings stay with what follows them; a table's header row is repeated on every page it runs
// onto and its rows are not split unless one is taller than a page; a figure is printed at its
// width, smaller when it would not fit a page with its caption; every page has the report's
// title and "Page n of m" at its foot. DejaVu Sans (which has æøå) for the text. Needs a
// QGuiApplication (fonts).
class Pages
{
    Q_DECLARE_TR_FUNCTIONS(Report::Pages)

public:
    // How far it has come: done of total steps, where laying out each block is a step and
    // painting the pages takes as many again (spread over the pages; the two take about as long).
    // Called whenever done grows, up to total; returning false stops it (an Error, and nothing
    // more painted). It does not change what is painted.
    using Progress = std::function<bool(int done, int total)>;

    // Paints content onto device (a QPrinter, a QPdfWriter) in the device's page layout, within
    // its margins; the number of pages, or an error when the device cannot be painted on.
    static Domain::Result<int> print(const Content &content, QPagedPaintDevice *device,
                                     const Progress &progress = {});
    // The PDF's page: A4 with margins of 2 cm at the sides, 15 mm at the top, 12 mm at the foot.
    static QPageLayout pageLayout();
    // The report on pageLayout()'s pages; an error when the writer fails or it was stopped.
    static Domain::Result<QByteArray> pdf(const Content &content, const Progress &progress = {});
};

} // namespace Report
