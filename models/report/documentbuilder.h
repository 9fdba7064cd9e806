#pragma once

#include "models/domain/result.h"
#include "models/report/content.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace Report {

// A report as a QTextDocument, for the print preview, printing and PDF: headings, tables whose
// header row is repeated on every page they run onto, figures painted as vectors at their
// printed width (at most a page tall), DejaVu Sans (which has æøå) for the text. Needs a
// QGuiApplication (fonts).
class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::DocumentBuilder)

public:
    static std::unique_ptr<QTextDocument> build(const Content &content);
    // A4 pages with page numbers; an error when the writer fails.
    static Domain::Result<QByteArray> pdf(const Content &content);
};

} // namespace Report
