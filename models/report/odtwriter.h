#pragma once

#include "models/report/content.h"

#include <QByteArray>

namespace Report {

// A report as OpenDocument Text, as LibreOffice and Word open it: headings as headings (with
// their outline levels, so the navigator lists them), tables with a header row that is
// repeated on every page, bullet lists, figures as images, A4 pages numbered in the footer, and
// DejaVu Sans. Written here rather than by QTextDocumentWriter, whose ODF in Qt 6.4 has no
// headings and no header rows, and sizes tables wrongly.
class OdtWriter
{
public:
    static QByteArray write(const Content &content);
};

} // namespace Report
