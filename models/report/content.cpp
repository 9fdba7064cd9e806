#include "models/report/content.h"

namespace Report {

Block Block::heading(int level, const QString &text)
{
    Block block;
    block.kind = Kind::Heading;
    block.level = level;
    block.text = text;
    return block;
}

Block Block::paragraph(const QString &text)
{
    Block block;
    block.kind = Kind::Paragraph;
    block.text = text;
    return block;
}

Block Block::bullets(const QStringList &items)
{
    Block block;
    block.kind = Kind::Bullets;
    block.items = items;
    return block;
}

Block Block::tableOf(Report::Table table)
{
    Block block;
    block.kind = Kind::Table;
    block.table = std::move(table);
    return block;
}

Block Block::figureOf(std::shared_ptr<const Figure> figure, double widthMm, const QString &caption)
{
    Block block;
    block.kind = Kind::Figure;
    block.figure = std::move(figure);
    block.widthMm = widthMm;
    block.text = caption;
    return block;
}

Block Block::pageBreak()
{
    Block block;
    block.kind = Kind::PageBreak;
    return block;
}

} // namespace Report
