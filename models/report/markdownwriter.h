#pragma once

#include "models/report/content.h"

#include <QByteArray>
#include <QString>

namespace Report {

// A report as Markdown (CommonMark with GitHub's tables), UTF-8. Text from a project is
// escaped, so that a title such as "*viktig* [lenke](x)" reads as typed and never as markup.
class MarkdownWriter
{
public:
    static QByteArray write(const Content &content);
    // Text with Markdown's special characters escaped; line breaks become spaces in a table
    // cell (table) and hard breaks elsewhere.
    static QString escaped(const QString &text, bool table = false);
};

} // namespace Report
