#include "models/report/documentbuilder.h"

#include "models/report/figureobject.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace Report {
namespace {

// Document units are pixels at 96 per inch (what QTextDocument::print scales from).
constexpr double pixelsPerMm = 96 / 25.4;
constexpr double textWidthMm = 168;
// The tallest a figure is printed: a page's text height (297 mm less print()'s margins of
// 2 cm) less room for its heading and caption.
constexpr double figureHeightMm = 220;
const QString fontFamily = QStringLiteral("DejaVu Sans");

QTextCharFormat textFormat()
{
    QTextCharFormat format;
    format.setFontFamilies({fontFamily});
    format.setFontPointSize(9.5);
    format.setFontWeight(QFont::Normal);
    return format;
}

QTextCharFormat headingFormat(int level)
{
    QTextCharFormat format = textFormat();
    format.setFontWeight(QFont::Bold);
    format.setFontPointSize(level == 1 ? 16 : level == 2 ? 12.5 : 10.5);
    return format;
}

QTextBlockFormat paragraphFormat()
{
    QTextBlockFormat format;
    format.setTopMargin(2);
    format.setBottomMargin(4);
    return format;
}

void insertTable(QTextCursor &cursor, const Table &table)
{
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(0x99, 0x99, 0x99));
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    // The width of the text on an A4 page with print()'s margins of 2 cm, as a fixed length:
    // Qt's ODF writer takes a percentage for points (a table of 100 points).
    format.setWidth(QTextLength(QTextLength::FixedLength, textWidthMm * pixelsPerMm));
    format.setTopMargin(4);
    format.setBottomMargin(6);
    const int columns = int(table.header.size());
    QTextTable *inserted = cursor.insertTable(int(table.rows.size()) + 1, columns, format);
    QTextCharFormat header = textFormat();
    header.setFontWeight(QFont::Bold);
    for (int column = 0; column < columns; ++column) {
        QTextTableCell cell = inserted->cellAt(0, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(QColor(0xe8, 0xe8, 0xe8));
        cell.setFormat(cellFormat);
        QTextCursor at = cell.firstCursorPosition();
        at.insertText(table.header.at(column), header);
    }
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList &cells = table.rows.at(row);
        for (int column = 0; column < columns && column < cells.size(); ++column) {
            QTextCursor at = inserted->cellAt(row + 1, column).firstCursorPosition();
            if (table.numeric.contains(column)) {
                QTextBlockFormat right = at.blockFormat();
                right.setAlignment(Qt::AlignRight);
                at.setBlockFormat(right);
            }
            at.insertText(cells.at(column), textFormat());
        }
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

std::unique_ptr<QTextDocument> DocumentBuilder::build(const Content &content)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, content.title);
    QFont font(fontFamily);
    font.setPointSizeF(9.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    QTextCursor cursor(document.get());
    bool first = true;
    bool breakBefore = false;
    // Each block starts a paragraph of its own; the first reuses the document's empty one.
    const auto newBlock = [&](const QTextBlockFormat &format, const QTextCharFormat &chars) {
        QTextBlockFormat blockFormat = format;
        if (breakBefore)
            blockFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        breakBefore = false;
        if (first) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(chars);
            cursor.setCharFormat(chars);
        } else {
            cursor.insertBlock(blockFormat, chars);
        }
        first = false;
    };
    for (qsizetype index = 0; index < content.blocks.size(); ++index) {
        const Block &block = content.blocks.at(index);
        switch (block.kind) {
        case Block::Kind::Heading: {
            // A figure's heading starts a page with it, never left alone at the foot of one.
            const bool aboveFigure = index + 1 < content.blocks.size() &&
                                     content.blocks.at(index + 1).kind == Block::Kind::Figure;
            breakBefore = breakBefore || (aboveFigure && !first);
            QTextBlockFormat format = paragraphFormat();
            format.setHeadingLevel(block.level);
            format.setTopMargin(block.level == 1 ? 4 : 12);
            format.setBottomMargin(4);
            newBlock(format, headingFormat(block.level));
            cursor.insertText(block.text, headingFormat(block.level));
            break;
        }
        case Block::Kind::Paragraph:
            newBlock(paragraphFormat(), textFormat());
            cursor.insertText(block.text, textFormat());
            break;
        case Block::Kind::Bullets: {
            newBlock(paragraphFormat(), textFormat());
            QTextListFormat list;
            list.setStyle(QTextListFormat::ListDisc);
            list.setIndent(1);
            cursor.createList(list);
            for (int item = 0; item < block.items.size(); ++item) {
                if (item > 0)
                    cursor.insertBlock();
                cursor.insertText(block.items.at(item), textFormat());
            }
            // The next block gets a format of its own, so it is not part of the list.
            break;
        }
        case Block::Kind::Table:
            newBlock(paragraphFormat(), textFormat());
            insertTable(cursor, block.table);
            first = true; // the block after a table is empty, ready for what comes next
            break;
        case Block::Kind::Figure: {
            newBlock(paragraphFormat(), textFormat());
            // A figure fits on one page with its caption: a tall one is printed narrower.
            const QSizeF size = block.figure->size();
            const double widthMm =
                size.height() > 0
                    ? std::min(block.widthMm, figureHeightMm * size.width() / size.height())
                    : block.widthMm;
            const double width = widthMm * pixelsPerMm;
            cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                              FigureObject::place(*document, block.figure, width));
            QTextCharFormat caption = textFormat();
            caption.setFontItalic(true);
            newBlock(paragraphFormat(), caption);
            cursor.insertText(block.text, caption);
            break;
        }
        case Block::Kind::PageBreak:
            breakBefore = true;
            break;
        }
    }
    return document;
}

Domain::Result<QByteArray> DocumentBuilder::pdf(const Content &content)
{
    const std::unique_ptr<QTextDocument> document = build(content);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Samspill"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setResolution(300);
        document->print(&writer);
    }
    if (bytes.isEmpty()) {
        return Domain::Error{Domain::Error::Kind::Io, tr("The PDF could not be made.")};
    }
    return bytes;
}

} // namespace Report
