#pragma once

#include <QByteArray>
#include <QStringList>

namespace TestSupport {

// The text of each page of a PDF, as pdftotext (poppler-utils) reads it; empty, with a warning,
// when pdftotext cannot read it.
QStringList pdfPages(const QByteArray &pdf);

} // namespace TestSupport
