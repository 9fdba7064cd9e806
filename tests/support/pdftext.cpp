#include "tests/support/pdftext.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace TestSupport {

QStringList pdfPages(const QByteArray &pdf)
{
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("pages.pdf"));
    QFile out(file);
    if (!folder.isValid() || !out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size())
        return {};
    out.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("pdftotext (poppler-utils) did not run: %s", qPrintable(process.errorString()));
        return {};
    }
    // pdftotext ends each page with a form feed.
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace TestSupport
