#pragma once

#include <QString>

namespace Views {

// A file name from a text (a project's name, a report's title): what a file system takes
// everywhere, the characters it would refuse or read as a path replaced by "-".
inline QString safeFileName(const QString &text)
{
    QString safe = text.simplified();
    for (QChar &c : safe) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') ||
            c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('"') ||
            c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('|'))
            c = QLatin1Char('-');
    }
    return safe;
}

} // namespace Views
