#pragma once

#include "models/domain/result.h"
#include "models/report/content.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace Report {

// A report as a QTextDocument, for the print preview, printing, PDF and ODT: headings as
// headings (ODT keeps their levels), tables whose header row is repeated on every page they
// run onto, figures at their printed width, DejaVu Sans (which has æøå) for the text. Needs a
// QGuiApplication (fonts).
class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Report::DocumentBuilder)

public:
    // Painted: figures are painted as vectors where the document is painted (print preview,
    // printing, PDF). Exported: they are images, for a writer that saves the document (ODT).
    enum class Target { Painted, Exported };

    static std::unique_ptr<QTextDocument> build(const Content &content,
                                                Target target = Target::Painted);
    // A4 pages with page numbers; an error when the writer fails.
    static Domain::Result<QByteArray> pdf(const Content &content);
    // OpenDocument Text, as LibreOffice opens it.
    static Domain::Result<QByteArray> odt(const Content &content);
};

} // namespace Report
