#pragma once

#include "models/report/content.h"
#include "models/report/figure.h"

#include <QByteArray>

namespace Report {

// A report as one self-contained HTML file: UTF-8, its style inside, figures as data: URIs,
// every text escaped (nothing in a project's data becomes markup).
class HtmlWriter
{
public:
    static QByteArray write(const Content &content);
    // A figure as PNG in a data: URI, sharp on a screen at twice its size; the HTML and
    // Markdown writers share it.
    static QByteArray dataUri(const Figure &figure);
};

} // namespace Report
