#include "models/report/htmlwriter.h"

#include <QBuffer>

namespace Report {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

const char style[] =
    R"(body{font-family:"DejaVu Sans",sans-serif;font-size:10pt;max-width:60em;margin:2em auto;color:#222}
h1{font-size:16pt;margin-top:1.5em}h2{font-size:13pt;margin-top:1.2em;border-bottom:1px solid #999}h3{font-size:11pt}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #999;padding:3px 5px;vertical-align:top;text-align:left}
th{background:#e8e8e8}td.n{text-align:right}figure{margin:1em 0}figure img{width:100%}
.break{page-break-after:always;break-after:page}
)";

void writeTable(QString &html, const Table &table)
{
    html += QLatin1String("<table>\n<thead><tr>");
    for (const QString &cell : table.header)
        html += QLatin1String("<th>") + escaped(cell) + QLatin1String("</th>");
    html += QLatin1String("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : table.rows) {
        html += QLatin1String("<tr>");
        for (int column = 0; column < row.size(); ++column) {
            html += table.numeric.contains(column) ? QLatin1String("<td class=\"n\">")
                                                   : QLatin1String("<td>");
            html += escaped(row.at(column)) + QLatin1String("</td>");
        }
        html += QLatin1String("</tr>\n");
    }
    html += QLatin1String("</tbody>\n</table>\n");
}

} // namespace

QByteArray HtmlWriter::dataUri(const Figure &figure)
{
    const QImage image = figure.image(1.5);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QByteArrayLiteral("data:image/png;base64,") + png.toBase64();
}

QByteArray HtmlWriter::write(const Content &content)
{
    QString html = QLatin1String("<!DOCTYPE html>\n<html lang=\"") + escaped(content.language) +
                   QLatin1String("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
                   escaped(content.title) + QLatin1String("</title>\n<style>\n") +
                   QLatin1String(style) + QLatin1String("</style>\n</head>\n<body>\n");
    for (const Block &block : content.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading: {
            const QString tag = QStringLiteral("h%1").arg(block.level);
            html += QLatin1Char('<') + tag + QLatin1Char('>') + escaped(block.text) +
                    QLatin1String("</") + tag + QLatin1String(">\n");
            break;
        }
        case Block::Kind::Paragraph:
            html += QLatin1String("<p>") + escaped(block.text) + QLatin1String("</p>\n");
            break;
        case Block::Kind::Bullets:
            html += QLatin1String("<ul>\n");
            for (const QString &item : block.items)
                html += QLatin1String("<li>") + escaped(item) + QLatin1String("</li>\n");
            html += QLatin1String("</ul>\n");
            break;
        case Block::Kind::Table:
            writeTable(html, block.table);
            break;
        case Block::Kind::Figure:
            html += QLatin1String("<figure><img src=\"") +
                    QString::fromLatin1(dataUri(*block.figure)) + QLatin1String("\" alt=\"") +
                    escaped(block.text) + QLatin1String("\"><figcaption>") + escaped(block.text) +
                    QLatin1String("</figcaption></figure>\n");
            break;
        case Block::Kind::PageBreak:
            html += QLatin1String("<div class=\"break\"></div>\n");
            break;
        }
    }
    html += QLatin1String("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace Report
