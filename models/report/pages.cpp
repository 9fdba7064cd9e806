#include "models/report/pages.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <numeric>
#include <optional>
#include <vector>

namespace Report {
namespace {

const QString fontFamily = QStringLiteral("DejaVu Sans");
constexpr double bodyPoints = 9.5;
// Tables are set a little smaller, so that seven columns of long Norwegian words fit a page.
constexpr double tablePoints = 8.5;
constexpr double footerPoints = 7.5;
// Wide enough for any line of a report: the width a text is laid out at to find its natural one.
constexpr double unbounded = 100000;

// A length in millimetres as device pixels at dpi.
double millimetres(double length, double dpi)
{
    return length * dpi / 25.4;
}

// The report's font: DejaVu Sans, laid out as designed (not hinted to the pixels of one device).
QFont font(double points, bool bold = false, bool italic = false)
{
    QFont made(fontFamily);
    made.setPointSizeF(points);
    made.setBold(bold);
    made.setItalic(italic);
    made.setHintingPreference(QFont::PreferNoHinting);
    return made;
}

// A text shaped once for the device; laid out again, cheaply, for each width it is tried at.
using Text = std::shared_ptr<QTextLayout>;

Text shape(const QString &text, const QFont &font, QPaintDevice *device,
           Qt::Alignment alignment = Qt::AlignLeft)
{
    QString plain = text;
    plain.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(plain, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    return layout;
}

// Breaks text into lines width wide; how tall it is then.
double breakLines(QTextLayout &text, double width)
{
    text.beginLayout();
    double height = 0;
    for (QTextLine line = text.createLine(); line.isValid(); line = text.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    text.endLayout();
    return height;
}

double lineBottom(const QTextLayout &text, int line)
{
    const QTextLine at = text.lineAt(line);
    return at.y() + at.height();
}

// How wide text is on one line, and about how wide its widest word is, as shaped: the widest of
// its three longest words, measured on the line they are on (without laying it out again).
std::pair<double, double> naturalWidths(QTextLayout &text)
{
    breakLines(text, unbounded);
    double natural = 0;
    for (int line = 0; line < text.lineCount(); ++line)
        natural = std::max(natural, text.lineAt(line).naturalTextWidth());
    const QString &letters = text.text();
    std::array<std::pair<int, int>, 3> longest{}; // (length, start), longest first
    int start = 0;
    for (int at = 0; at <= letters.size(); ++at) {
        if (at < letters.size() && !letters.at(at).isSpace())
            continue;
        const std::pair<int, int> word{at - start, start};
        if (word.first > longest.back().first) {
            longest.back() = word;
            std::sort(longest.begin(), longest.end(), std::greater<>());
        }
        start = at + 1;
    }
    double widest = 0;
    for (const auto &[length, first] : longest) {
        if (length == 0)
            continue;
        const QTextLine line = text.lineForTextPosition(first);
        if (line.isValid()) {
            widest =
                std::max(widest, std::abs(line.cursorToX(first + length) - line.cursorToX(first)));
        }
    }
    return {natural, widest};
}

// Something painted on a page, in the device's pixels from the top left of its paint area.
struct Piece
{
    enum class Kind { Lines, Cell, HeaderCell, Picture };
    Kind kind = Kind::Lines;
    Text text; // Lines: the lines [first, last) of it, the first one's top left at `at`
    int first = 0;
    int last = 0;
    QPointF at;
    QRectF rect; // a cell's frame, or where a figure goes
    std::shared_ptr<const Figure> figure;
};

using Page = std::vector<Piece>;

// How wide each column of a table is: every column as wide as its longest line where the page
// has room for that, otherwise at least its longest word, the rest shared by what they would take.
std::vector<double> columnWidths(const std::vector<double> &least, const std::vector<double> &most,
                                 double available)
{
    const double leastSum = std::accumulate(least.cbegin(), least.cend(), 0.0);
    const double mostSum = std::accumulate(most.cbegin(), most.cend(), 0.0);
    const double count = double(most.size());
    std::vector<double> widths(most.size());
    for (size_t column = 0; column < most.size(); ++column) {
        if (mostSum <= available) {
            const double share = mostSum > 0 ? most[column] / mostSum : 1 / count;
            widths[column] = most[column] + (available - mostSum) * share;
        } else if (leastSum < available) {
            widths[column] = least[column] + (most[column] - least[column]) *
                                                 (available - leastSum) / (mostSum - leastSum);
        } else {
            widths[column] = available * (leastSum > 0 ? least[column] / leastSum : 1 / count);
        }
    }
    return widths;
}

// Lays the blocks out on pages of the device's paint area, less the room for the footer.
class Flow
{
public:
    Flow(QPaintDevice *device, double width, double height)
        : m_device(device)
        , m_dpi(device->logicalDpiY())
        , m_width(width)
        , m_height(height)
        , m_bullet(shape(QStringLiteral("•"), font(bodyPoints), device))
    {
        breakLines(*m_bullet, unbounded);
    }

    double mm(double length) const { return millimetres(length, m_dpi); }
    double cellPadding() const { return mm(1); }

    // The pages of blocks. After each block, placed is told how many are placed so far; when
    // it answers false, the layout stops there and gives nothing.
    std::optional<std::vector<Page>> place(const QVector<Block> &blocks,
                                           const std::function<bool(int)> &placed)
    {
        for (int index = 0; index < blocks.size(); ++index) {
            const Block &block = blocks.at(index);
            switch (block.kind) {
            case Block::Kind::Heading:
                heading(block);
                break;
            case Block::Kind::Paragraph:
                space(mm(0.5));
                lines(shape(block.text, font(bodyPoints), m_device), 0, m_width);
                space(mm(1));
                break;
            case Block::Kind::Bullets:
                bullets(block.items);
                break;
            case Block::Kind::Table:
                table(block.table);
                break;
            case Block::Kind::Figure:
                figure(block);
                break;
            case Block::Kind::PageBreak:
                if (!m_pages.back().empty()) {
                    m_keep.reset(); // what is on the page stays there
                    newPage();
                }
                break;
            }
            if (!placed(index + 1))
                return std::nullopt;
        }
        return std::move(m_pages);
    }

private:
    // Where a run of headings begins that must not be left at the foot of a page.
    struct Keep
    {
        size_t first = 0; // the index of its first piece on the last page
        double top = 0;
    };

    double room() const { return m_height - m_y; }
    // Nothing on the page yet but the headings above what comes next.
    bool fresh() const { return m_keep ? m_keep->first == 0 : m_pages.back().empty(); }
    void space(double height) { m_y = m_y > 0 ? std::min(m_height, m_y + height) : 0; }

    void add(Piece piece, bool keep = false)
    {
        if (!keep)
            m_keep.reset();
        m_pages.back().push_back(std::move(piece));
    }

    // A new page; the headings kept with what did not fit go onto it with it.
    void newPage()
    {
        Page moved;
        double shift = 0;
        if (m_keep && m_keep->top > 0) {
            Page &last = m_pages.back();
            shift = m_keep->top;
            moved.assign(std::make_move_iterator(last.begin() + qsizetype(m_keep->first)),
                         std::make_move_iterator(last.end()));
            last.erase(last.begin() + qsizetype(m_keep->first), last.end());
            for (Piece &piece : moved) {
                piece.at.ry() -= shift;
                piece.rect.translate(0, -shift);
            }
            m_keep = Keep{0, 0};
        }
        m_y = moved.empty() ? 0 : m_y - shift;
        m_pages.push_back(std::move(moved));
    }

    // A page of its own for something height tall, unless it fits or the page is fresh.
    void need(double height)
    {
        if (height > room() && !fresh())
            newPage();
    }

    // The lines of text at x, as many on each page as fit.
    void lines(const Text &text, double x, double width, bool keep = false)
    {
        breakLines(*text, width);
        const int count = text->lineCount();
        for (int first = 0; first < count;) {
            const double top = text->lineAt(first).y();
            int last = first;
            while (last < count && lineBottom(*text, last) - top <= room())
                ++last;
            if (last == first) {
                if (!fresh()) {
                    newPage();
                    continue;
                }
                last = first + 1; // a line taller than a page
            }
            add(Piece{Piece::Kind::Lines, text, first, last, QPointF(x, m_y), {}, {}}, keep);
            m_y += lineBottom(*text, last - 1) - top;
            first = last;
            if (first < count)
                newPage();
        }
    }

    void heading(const Block &block)
    {
        space(mm(block.level == 1 ? 1 : 4));
        if (!m_keep)
            m_keep = Keep{m_pages.back().size(), m_y};
        const double points = block.level == 1 ? 16 : block.level == 2 ? 12.5 : 10.5;
        lines(shape(block.text, font(points, true), m_device), 0, m_width, true);
        space(mm(1.5));
    }

    void bullets(const QStringList &items)
    {
        space(mm(0.5));
        const double indent = mm(5);
        for (const QString &item : items) {
            const Text text = shape(item, font(bodyPoints), m_device);
            breakLines(*text, m_width - indent);
            if (text->lineCount() > 0)
                need(lineBottom(*text, 0));
            add(Piece{Piece::Kind::Lines, m_bullet, 0, 1, QPointF(mm(1.5), m_y), {}, {}});
            lines(text, indent, m_width - indent);
            space(mm(0.3));
        }
        space(mm(1));
    }

    void figure(const Block &block)
    {
        const QSizeF size = block.figure->size();
        if (size.width() <= 0 || size.height() <= 0)
            return;
        const Text caption = shape(block.text, font(bodyPoints, false, true), m_device);
        const double captionHeight = breakLines(*caption, m_width);
        double width = std::min(mm(block.widthMm), m_width);
        double height = width * size.height() / size.width();
        // With its caption and a heading above it, it fits on a page.
        const double tallest = m_height - captionHeight - mm(15);
        if (height > tallest) {
            width *= tallest / height;
            height = tallest;
        }
        space(mm(1));
        need(height + mm(1) + captionHeight);
        add(Piece{Piece::Kind::Picture, {}, 0, 0, {}, QRectF(0, m_y, width, height), block.figure});
        m_y += height + mm(1);
        lines(caption, 0, m_width);
        space(mm(1.5));
    }

    struct Row
    {
        std::vector<Text> cells;
        double height = 0;
    };

    void table(const Table &table);
    void placeRow(const Row &row, const std::vector<double> &widths, Piece::Kind kind,
                  const std::function<void()> &header);

    QPaintDevice *m_device;
    double m_dpi;
    double m_width;
    double m_height;
    Text m_bullet;
    std::vector<Page> m_pages{Page()};
    double m_y = 0;
    std::optional<Keep> m_keep;
};

void Flow::table(const Table &table)
{
    const int columns = int(table.header.size());
    if (columns == 0)
        return;
    const double padding = cellPadding();
    const QFont plain = font(tablePoints);
    const QFont bold = font(tablePoints, true);
    std::vector<double> least(size_t(columns), 0);
    std::vector<double> most(size_t(columns), 0);
    const auto cell = [&](const QString &content, int column, bool header) {
        const Text text =
            shape(content, header ? bold : plain, m_device,
                  !header && table.numeric.contains(column) ? Qt::AlignRight : Qt::AlignLeft);
        const auto [natural, word] = naturalWidths(*text);
        // With a little to spare: a line exactly as wide as its text may still be broken.
        const double slack = mm(0.2);
        most[size_t(column)] = std::max(most[size_t(column)], natural + slack);
        // A header (a short label) is not broken where its column can be as wide.
        least[size_t(column)] =
            std::max(least[size_t(column)], (header ? natural : std::min(word, natural)) + slack);
        return text;
    };
    Row header;
    for (int column = 0; column < columns; ++column)
        header.cells.push_back(cell(table.header.at(column), column, true));
    std::vector<Row> rows(size_t(table.rows.size()));
    for (size_t row = 0; row < rows.size(); ++row) {
        const QStringList &cells = table.rows.at(qsizetype(row));
        for (int column = 0; column < columns; ++column)
            rows[row].cells.push_back(cell(cells.value(column), column, false));
    }
    const std::vector<double> widths =
        columnWidths(least, most, m_width - 2 * padding * double(columns));
    const auto measure = [&](Row &row) {
        for (size_t column = 0; column < row.cells.size(); ++column) {
            row.height =
                std::max(row.height, breakLines(*row.cells[column], widths[column]) + 2 * padding);
        }
    };
    measure(header);
    for (Row &row : rows)
        measure(row);

    space(mm(1));
    const auto placeHeader = [&] { placeRow(header, widths, Piece::Kind::HeaderCell, {}); };
    need(header.height + (rows.empty() ? 0 : rows.front().height));
    placeHeader();
    for (const Row &row : rows) {
        // A row that fits on a page of its own is not split.
        if (row.height > room() && row.height <= m_height - header.height) {
            newPage();
            placeHeader();
        }
        placeRow(row, widths, Piece::Kind::Cell, placeHeader);
    }
    space(mm(1.5));
}

// A row of cells; one taller than the room left runs on over the next pages, line by line, each
// page with the header row again (placed by header).
void Flow::placeRow(const Row &row, const std::vector<double> &widths, Piece::Kind kind,
                    const std::function<void()> &header)
{
    const double padding = cellPadding();
    std::vector<int> next(row.cells.size(), 0);
    for (;;) {
        const double available = room() - 2 * padding;
        std::vector<int> upto(row.cells.size());
        double tallest = 0;
        bool more = false;
        for (size_t column = 0; column < row.cells.size(); ++column) {
            const QTextLayout &text = *row.cells[column];
            const int count = text.lineCount();
            int last = next[column];
            const double top = last < count ? text.lineAt(last).y() : 0;
            while (last < count && lineBottom(text, last) - top <= available)
                ++last;
            if (last == next[column] && last < count && fresh())
                ++last; // a line taller than a page
            upto[column] = last;
            if (last > next[column])
                tallest = std::max(tallest, lineBottom(text, last - 1) - top);
            more = more || last < count;
        }
        if (tallest == 0 && more && header) {
            newPage(); // not one line more fits on this page
            header();
            continue;
        }
        const double height = tallest + 2 * padding;
        double x = 0;
        for (size_t column = 0; column < row.cells.size(); ++column) {
            const double width = widths[column] + 2 * padding;
            add(Piece{kind, {}, 0, 0, {}, QRectF(x, m_y, width, height), {}});
            if (upto[column] > next[column]) {
                add(Piece{Piece::Kind::Lines,
                          row.cells[column],
                          next[column],
                          upto[column],
                          QPointF(x + padding, m_y + padding),
                          {},
                          {}});
            }
            x += width;
        }
        m_y += height;
        next = upto;
        if (!more || !header)
            return;
        newPage();
        header();
    }
}

void paintPiece(QPainter &painter, const Piece &piece, double rule)
{
    switch (piece.kind) {
    case Piece::Kind::Lines: {
        const QPointF origin = piece.at - QPointF(0, piece.text->lineAt(piece.first).y());
        for (int line = piece.first; line < piece.last; ++line)
            piece.text->lineAt(line).draw(&painter, origin);
        break;
    }
    case Piece::Kind::Cell:
    case Piece::Kind::HeaderCell:
        painter.save();
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), rule));
        painter.setBrush(piece.kind == Piece::Kind::HeaderCell ? QBrush(QColor(0xe8, 0xe8, 0xe8))
                                                               : QBrush(Qt::NoBrush));
        painter.drawRect(piece.rect);
        painter.restore();
        break;
    case Piece::Kind::Picture: {
        painter.save();
        painter.translate(piece.rect.topLeft());
        const QSizeF size = piece.figure->size();
        painter.scale(piece.rect.width() / size.width(), piece.rect.height() / size.height());
        painter.setClipRect(QRectF(QPointF(), size));
        piece.figure->paint(painter);
        painter.restore();
        break;
    }
    }
}

// Steps of a Pages::Progress, told only when they grow.
class Steps
{
public:
    Steps(const Pages::Progress &progress, int total)
        : m_progress(progress)
        , m_total(total)
    {}

    // Whether to go on.
    bool reach(int done)
    {
        if (!m_progress || done <= m_done)
            return true;
        m_done = done;
        return m_progress(done, m_total);
    }

private:
    const Pages::Progress &m_progress;
    int m_total;
    int m_done = 0;
};

} // namespace

Domain::Result<int> Pages::print(const Content &content, QPagedPaintDevice *device,
                                 const Progress &progress)
{
    const double dpi = device->logicalDpiY();
    const QFont footerFont = font(footerPoints);
    const QFontMetricsF footerMetrics(footerFont, device);
    const double footer = footerMetrics.height() + millimetres(4, dpi);
    const double width = device->width();
    const double height = device->height();
    if (width <= 0 || height <= footer) {
        return Domain::Error{Domain::Error::Kind::Invalid,
                             tr("The page is too small to print the report on.")};
    }
    // Laying out a block is a step; painting all pages takes as many steps as there are blocks.
    const int blocks = int(content.blocks.size());
    Steps steps(progress, 2 * blocks);
    const Domain::Error stopped{Domain::Error::Kind::Invalid, tr("The report was stopped.")};
    Flow flow(device, width, height - footer);
    const std::optional<std::vector<Page>> laidOut =
        flow.place(content.blocks, [&steps](int placed) { return steps.reach(placed); });
    if (!laidOut)
        return stopped;
    const std::vector<Page> &pages = *laidOut;

    QPainter painter;
    if (!painter.begin(device))
        return Domain::Error{Domain::Error::Kind::Io, tr("The report could not be printed.")};
    const double rule = std::max(1.0, dpi / 250);
    const QRectF foot(0, height - footerMetrics.height(), width, footerMetrics.height());
    const int count = int(pages.size());
    for (int index = 0; index < count; ++index) {
        if (index > 0 && !device->newPage()) {
            painter.end();
            return Domain::Error{Domain::Error::Kind::Io, tr("The report could not be printed.")};
        }
        painter.setPen(Qt::black);
        for (const Piece &piece : pages[size_t(index)])
            paintPiece(painter, piece, rule);
        painter.setFont(QFont(footerFont, device));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString number = tr("Page %1 of %2").arg(index + 1).arg(count);
        const double gap = millimetres(6, dpi); // between the title and the number
        const double numberWidth = footerMetrics.horizontalAdvance(number);
        painter.drawText(
            foot.adjusted(0, 0, -numberWidth - gap, 0), Qt::AlignLeft | Qt::AlignBottom,
            footerMetrics.elidedText(content.title, Qt::ElideRight, width - numberWidth - gap));
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, number);
        if (!steps.reach(blocks + int(qint64(blocks) * (index + 1) / count))) {
            painter.end();
            return stopped;
        }
    }
    if (!painter.end())
        return Domain::Error{Domain::Error::Kind::Io, tr("The report could not be printed.")};
    return count;
}

QPageLayout Pages::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 15, 20, 12),
                       QPageLayout::Millimeter);
}

Domain::Result<QByteArray> Pages::pdf(const Content &content, const Progress &progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Samspill"));
        writer.setPageLayout(pageLayout());
        writer.setResolution(300);
        if (auto printed = print(content, &writer, progress); !printed)
            return printed.error();
    }
    if (bytes.isEmpty())
        return Domain::Error{Domain::Error::Kind::Io, tr("The PDF could not be made.")};
    return bytes;
}

} // namespace Report
