#include "models/report/markdownwriter.h"

#include "models/report/htmlwriter.h"

#include <QStringList>

namespace Report {

QString MarkdownWriter::escaped(const QString &text, bool table)
{
    // Emphasis, code, links and images (their brackets), HTML and entities, table cells and
    // strike-through; a parenthesis or an exclamation mark means nothing without a bracket.
    static const QString specials = QStringLiteral("\\`*_[]<>|&~");
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString result;
        result.reserve(line.size() + 8);
        // What starts a line can make a list, a heading or a rule of it: "- ", "+ ", "1. ",
        // "# ", "=".
        qsizetype at = 0;
        while (at < line.size() && line.at(at).isSpace())
            ++at;
        qsizetype digits = at;
        while (digits < line.size() && line.at(digits).isDigit())
            ++digits;
        const bool numbered =
            digits > at && digits < line.size() &&
            (line.at(digits) == QLatin1Char('.') || line.at(digits) == QLatin1Char(')'));
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (specials.contains(c) || (i == at && QStringLiteral("-+=#").contains(c)) ||
                (numbered && i == digits))
                result += QLatin1Char('\\');
            result += c;
        }
        lines.append(result);
    }
    // A line break is a space in a table cell, a hard break elsewhere.
    return lines.join(table ? QStringLiteral(" ") : QStringLiteral("  \n"));
}

QByteArray MarkdownWriter::write(const Content &content)
{
    QString text;
    for (const Block &block : content.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading:
            text += QString(block.level, QLatin1Char('#')) + QLatin1Char(' ') +
                    escaped(block.text, true) + QLatin1String("\n\n");
            break;
        case Block::Kind::Paragraph:
            text += escaped(block.text) + QLatin1String("\n\n");
            break;
        case Block::Kind::Bullets:
            for (const QString &item : block.items)
                text += QLatin1String("- ") +
                        escaped(item).replace(QLatin1String("  \n"), QLatin1String("  \n  ")) +
                        QLatin1Char('\n');
            text += QLatin1Char('\n');
            break;
        case Block::Kind::Table: {
            const Table &table = block.table;
            QString rule = QStringLiteral("|");
            text += QLatin1Char('|');
            for (int column = 0; column < table.header.size(); ++column) {
                text +=
                    QLatin1Char(' ') + escaped(table.header.at(column), true) + QLatin1String(" |");
                rule += table.numeric.contains(column) ? QLatin1String(" --: |")
                                                       : QLatin1String(" --- |");
            }
            text += QLatin1Char('\n') + rule + QLatin1Char('\n');
            for (const QStringList &row : table.rows) {
                text += QLatin1Char('|');
                for (const QString &cell : row)
                    text += QLatin1Char(' ') + escaped(cell, true) + QLatin1String(" |");
                text += QLatin1Char('\n');
            }
            text += QLatin1Char('\n');
            break;
        }
        case Block::Kind::Figure:
            text += QLatin1String("![") + escaped(block.text, true) + QLatin1String("](") +
                    QString::fromLatin1(HtmlWriter::dataUri(*block.figure)) +
                    QLatin1String(")\n\n") + QLatin1Char('*') + escaped(block.text, true) +
                    QLatin1String("*\n\n");
            break;
        case Block::Kind::PageBreak:
            text += QLatin1String("---\n\n");
            break;
        }
    }
    return text.toUtf8();
}

} // namespace Report
