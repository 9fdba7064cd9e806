#pragma once

#include "models/report/figure.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace Report {

// A report as a sequence of plain blocks, before it is written in any format: headings,
// paragraphs, tables and figures. Every text is plain text as a user would read it, never markup:
// each writer escapes it for its format (HTML, Markdown, CSV), so that nothing a project's data
// holds can act as markup in any of them. The writers (HtmlWriter, MarkdownWriter, OdtWriter,
// CsvWriter) and the pages painted for printing and PDF (Pages) all read this value,
// so every format shows the same words and figures. Figures are shared, painted on demand.
struct Table
{
    QStringList header;
    QVector<QStringList> rows; // each as many cells as the header
    // The columns that hold numbers (right-aligned); by index into header.
    QVector<int> numeric;
};

struct Block
{
    enum class Kind { Heading, Paragraph, Bullets, Table, Figure, PageBreak };

    Kind kind = Kind::Paragraph;
    int level = 1;       // Heading: 1 (a project or the portfolio), 2 (a section), 3
    QString text;        // Heading, Paragraph; Figure: its caption
    QStringList items;   // Bullets
    Report::Table table; // Table
    std::shared_ptr<const Figure> figure; // Figure
    double widthMm = 0;                   // Figure: how wide it is printed

    static Block heading(int level, const QString &text);
    static Block paragraph(const QString &text);
    static Block bullets(const QStringList &items);
    static Block tableOf(Report::Table table);
    static Block figureOf(std::shared_ptr<const Figure> figure, double widthMm,
                          const QString &caption);
    static Block pageBreak();
};

struct Content
{
    QString title;    // the document's title (the file's metadata, the HTML title)
    QString language; // "nb" or "en"
    QVector<Block> blocks;
    // One row per measure of every project reported on, for CSV: the measures table with the
    // project's name in front.
    Report::Table measures;
};

} // namespace Report
