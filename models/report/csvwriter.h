#pragma once

#include "models/report/content.h"

#include <QByteArray>
#include <QString>

namespace Report {

// The measures of a report as CSV for a spreadsheet: RFC 4180 (commas, CRLF, fields with a
// comma, quote or line break in quotes, quotes doubled), UTF-8 with a byte order mark so that
// spreadsheets read æøå. A cell that a spreadsheet would take for a formula (one starting with
// = + - @, a tab or a carriage return) is neutralised with a leading apostrophe.
class CsvWriter
{
public:
    static QByteArray write(const Table &table);
    static QString field(const QString &text);
};

} // namespace Report
