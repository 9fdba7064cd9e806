#include "models/report/odtwriter.h"

#include "models/report/zipwriter.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace Report {
namespace {

const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString drawNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString svgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString xlinkNs = QStringLiteral("http://www.w3.org/1999/xlink");
const QString manifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString mimeType = QStringLiteral("application/vnd.oasis.opendocument.text");

// The text width of an A4 page with margins of 2 cm, in centimetres.
constexpr double textWidthCm = 17.0;
constexpr double figureHeightCm = 22.0;
constexpr double figurePixelRatio = 1.5;

void begin(QXmlStreamWriter &xml, const QString &root)
{
    xml.setAutoFormatting(false);
    xml.writeStartDocument();
    for (const auto &[prefix, ns] :
         {std::pair(QStringLiteral("office"), officeNs),
          std::pair(QStringLiteral("style"), styleNs), std::pair(QStringLiteral("text"), textNs),
          std::pair(QStringLiteral("table"), tableNs), std::pair(QStringLiteral("draw"), drawNs),
          std::pair(QStringLiteral("fo"), foNs), std::pair(QStringLiteral("svg"), svgNs),
          std::pair(QStringLiteral("xlink"), xlinkNs)})
        xml.writeNamespace(ns, prefix);
    xml.writeStartElement(officeNs, root);
    xml.writeAttribute(officeNs, QStringLiteral("version"), QStringLiteral("1.2"));
}

void style(QXmlStreamWriter &xml, const QString &name, const QString &family,
           const QString &parent = QString(), const QString &display = QString())
{
    xml.writeStartElement(styleNs, QStringLiteral("style"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), name);
    if (!display.isEmpty())
        xml.writeAttribute(styleNs, QStringLiteral("display-name"), display);
    xml.writeAttribute(styleNs, QStringLiteral("family"), family);
    if (!parent.isEmpty())
        xml.writeAttribute(styleNs, QStringLiteral("parent-style-name"), parent);
}

void textProperties(QXmlStreamWriter &xml, const QString &size, bool bold, bool italic = false)
{
    xml.writeStartElement(styleNs, QStringLiteral("text-properties"));
    if (!size.isEmpty())
        xml.writeAttribute(foNs, QStringLiteral("font-size"), size);
    if (bold)
        xml.writeAttribute(foNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
    if (italic)
        xml.writeAttribute(foNs, QStringLiteral("font-style"), QStringLiteral("italic"));
    xml.writeEndElement();
}

void margins(QXmlStreamWriter &xml, const QString &top, const QString &bottom,
             const QString &keepWithNext = QString())
{
    xml.writeStartElement(styleNs, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(foNs, QStringLiteral("margin-top"), top);
    xml.writeAttribute(foNs, QStringLiteral("margin-bottom"), bottom);
    if (!keepWithNext.isEmpty())
        xml.writeAttribute(foNs, QStringLiteral("keep-with-next"), keepWithNext);
    xml.writeEndElement();
}

QByteArray styles()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    begin(xml, QStringLiteral("document-styles"));
    xml.writeStartElement(officeNs, QStringLiteral("font-face-decls"));
    xml.writeStartElement(styleNs, QStringLiteral("font-face"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("DejaVu Sans"));
    xml.writeAttribute(svgNs, QStringLiteral("font-family"), QStringLiteral("'DejaVu Sans'"));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(officeNs, QStringLiteral("styles"));
    xml.writeStartElement(styleNs, QStringLiteral("default-style"));
    xml.writeAttribute(styleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeStartElement(styleNs, QStringLiteral("text-properties"));
    xml.writeAttribute(styleNs, QStringLiteral("font-name"), QStringLiteral("DejaVu Sans"));
    xml.writeAttribute(foNs, QStringLiteral("font-size"), QStringLiteral("9.5pt"));
    xml.writeAttribute(foNs, QStringLiteral("language"), QStringLiteral("nb"));
    xml.writeAttribute(foNs, QStringLiteral("country"), QStringLiteral("NO"));
    xml.writeEndElement();
    xml.writeEndElement();

    style(xml, QStringLiteral("Standard"), QStringLiteral("paragraph"));
    margins(xml, QStringLiteral("0.05cm"), QStringLiteral("0.1cm"));
    xml.writeEndElement();
    const char *headingSizes[] = {"16pt", "12.5pt", "10.5pt"};
    for (int level = 1; level <= 3; ++level) {
        style(xml, QStringLiteral("Heading_20_%1").arg(level), QStringLiteral("paragraph"),
              QStringLiteral("Standard"), QStringLiteral("Heading %1").arg(level));
        xml.writeAttribute(styleNs, QStringLiteral("default-outline-level"),
                           QString::number(level));
        margins(xml, level == 1 ? QStringLiteral("0.2cm") : QStringLiteral("0.4cm"),
                QStringLiteral("0.15cm"), QStringLiteral("always"));
        textProperties(xml, QLatin1String(headingSizes[level - 1]), true);
        xml.writeEndElement();
    }
    style(xml, QStringLiteral("Table_20_Contents"), QStringLiteral("paragraph"),
          QStringLiteral("Standard"), QStringLiteral("Table Contents"));
    xml.writeEndElement();
    style(xml, QStringLiteral("Table_20_Heading"), QStringLiteral("paragraph"),
          QStringLiteral("Table_20_Contents"), QStringLiteral("Table Heading"));
    textProperties(xml, QString(), true);
    xml.writeEndElement();
    style(xml, QStringLiteral("Caption"), QStringLiteral("paragraph"), QStringLiteral("Standard"));
    textProperties(xml, QString(), false, true);
    xml.writeEndElement();
    style(xml, QStringLiteral("Footer"), QStringLiteral("paragraph"), QStringLiteral("Standard"));
    xml.writeStartElement(styleNs, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(foNs, QStringLiteral("text-align"), QStringLiteral("end"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // styles

    xml.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
    xml.writeStartElement(styleNs, QStringLiteral("page-layout"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("A4"));
    xml.writeStartElement(styleNs, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(foNs, QStringLiteral("page-width"), QStringLiteral("21cm"));
    xml.writeAttribute(foNs, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
    xml.writeAttribute(styleNs, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    for (const char *side : {"margin-top", "margin-bottom", "margin-left", "margin-right"})
        xml.writeAttribute(foNs, QLatin1String(side), QStringLiteral("2cm"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(officeNs, QStringLiteral("master-styles"));
    xml.writeStartElement(styleNs, QStringLiteral("master-page"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(styleNs, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    xml.writeStartElement(styleNs, QStringLiteral("footer"));
    xml.writeStartElement(textNs, QStringLiteral("p"));
    xml.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Footer"));
    xml.writeStartElement(textNs, QStringLiteral("page-number"));
    xml.writeAttribute(textNs, QStringLiteral("select-page"), QStringLiteral("current"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // master-styles
    xml.writeEndDocument();
    return bytes;
}

void contentStyles(QXmlStreamWriter &xml)
{
    xml.writeStartElement(officeNs, QStringLiteral("automatic-styles"));
    style(xml, QStringLiteral("Table"), QStringLiteral("table"));
    xml.writeStartElement(styleNs, QStringLiteral("table-properties"));
    xml.writeAttribute(styleNs, QStringLiteral("width"), QStringLiteral("%1cm").arg(textWidthCm));
    xml.writeAttribute(tableNs, QStringLiteral("align"), QStringLiteral("margins"));
    xml.writeAttribute(foNs, QStringLiteral("margin-top"), QStringLiteral("0.1cm"));
    xml.writeAttribute(foNs, QStringLiteral("margin-bottom"), QStringLiteral("0.2cm"));
    xml.writeEndElement();
    xml.writeEndElement();
    for (const bool header : {false, true}) {
        style(xml, header ? QStringLiteral("HeaderCell") : QStringLiteral("Cell"),
              QStringLiteral("table-cell"));
        xml.writeStartElement(styleNs, QStringLiteral("table-cell-properties"));
        xml.writeAttribute(foNs, QStringLiteral("padding"), QStringLiteral("0.06cm"));
        xml.writeAttribute(foNs, QStringLiteral("border"), QStringLiteral("0.5pt solid #999999"));
        if (header)
            xml.writeAttribute(foNs, QStringLiteral("background-color"), QStringLiteral("#e8e8e8"));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    style(xml, QStringLiteral("Number"), QStringLiteral("paragraph"),
          QStringLiteral("Table_20_Contents"));
    xml.writeStartElement(styleNs, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(foNs, QStringLiteral("text-align"), QStringLiteral("end"));
    xml.writeEndElement();
    xml.writeEndElement();
    style(xml, QStringLiteral("PageBreak"), QStringLiteral("paragraph"),
          QStringLiteral("Standard"));
    xml.writeStartElement(styleNs, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(foNs, QStringLiteral("break-before"), QStringLiteral("page"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(textNs, QStringLiteral("list-style"));
    xml.writeAttribute(styleNs, QStringLiteral("name"), QStringLiteral("Bullets"));
    xml.writeStartElement(textNs, QStringLiteral("list-level-style-bullet"));
    xml.writeAttribute(textNs, QStringLiteral("level"), QStringLiteral("1"));
    xml.writeAttribute(textNs, QStringLiteral("bullet-char"), QStringLiteral("•"));
    xml.writeStartElement(styleNs, QStringLiteral("list-level-properties"));
    xml.writeAttribute(textNs, QStringLiteral("space-before"), QStringLiteral("0.3cm"));
    xml.writeAttribute(textNs, QStringLiteral("min-label-width"), QStringLiteral("0.4cm"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // automatic-styles
}

// Text in a paragraph already open: line breaks as line breaks.
void text(QXmlStreamWriter &xml, const QString &value)
{
    const QStringList lines = value.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEmptyElement(textNs, QStringLiteral("line-break"));
        xml.writeCharacters(lines.at(i));
    }
}

void paragraph(QXmlStreamWriter &xml, const QString &styleName, const QString &value)
{
    xml.writeStartElement(textNs, QStringLiteral("p"));
    xml.writeAttribute(textNs, QStringLiteral("style-name"), styleName);
    text(xml, value);
    xml.writeEndElement();
}

void cell(QXmlStreamWriter &xml, const QString &cellStyle, const QString &paragraphStyle,
          const QString &value)
{
    xml.writeStartElement(tableNs, QStringLiteral("table-cell"));
    xml.writeAttribute(tableNs, QStringLiteral("style-name"), cellStyle);
    xml.writeAttribute(officeNs, QStringLiteral("value-type"), QStringLiteral("string"));
    paragraph(xml, paragraphStyle, value);
    xml.writeEndElement();
}

void table(QXmlStreamWriter &xml, const Table &table, int number)
{
    xml.writeStartElement(tableNs, QStringLiteral("table"));
    xml.writeAttribute(tableNs, QStringLiteral("name"), QStringLiteral("Tabell%1").arg(number));
    xml.writeAttribute(tableNs, QStringLiteral("style-name"), QStringLiteral("Table"));
    xml.writeEmptyElement(tableNs, QStringLiteral("table-column"));
    xml.writeAttribute(tableNs, QStringLiteral("number-columns-repeated"),
                       QString::number(table.header.size()));
    xml.writeStartElement(tableNs, QStringLiteral("table-header-rows"));
    xml.writeStartElement(tableNs, QStringLiteral("table-row"));
    for (const QString &heading : table.header)
        cell(xml, QStringLiteral("HeaderCell"), QStringLiteral("Table_20_Heading"), heading);
    xml.writeEndElement();
    xml.writeEndElement();
    for (const QStringList &row : table.rows) {
        xml.writeStartElement(tableNs, QStringLiteral("table-row"));
        for (int column = 0; column < table.header.size(); ++column) {
            cell(xml, QStringLiteral("Cell"),
                 table.numeric.contains(column) ? QStringLiteral("Number")
                                                : QStringLiteral("Table_20_Contents"),
                 row.value(column));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray manifest(const QStringList &pictures)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(manifestNs, QStringLiteral("manifest"));
    xml.writeStartElement(manifestNs, QStringLiteral("manifest"));
    xml.writeAttribute(manifestNs, QStringLiteral("version"), QStringLiteral("1.2"));
    const auto entry = [&xml](const QString &path, const QString &type) {
        xml.writeEmptyElement(manifestNs, QStringLiteral("file-entry"));
        xml.writeAttribute(manifestNs, QStringLiteral("full-path"), path);
        xml.writeAttribute(manifestNs, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), mimeType);
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const QString &picture : pictures)
        entry(picture, QStringLiteral("image/png"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray meta(const Content &content)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    begin(xml, QStringLiteral("document-meta"));
    const QString dcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");
    xml.writeNamespace(dcNs, QStringLiteral("dc"));
    xml.writeStartElement(officeNs, QStringLiteral("meta"));
    xml.writeTextElement(dcNs, QStringLiteral("title"), content.title);
    xml.writeTextElement(dcNs, QStringLiteral("language"), content.language);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

QByteArray OdtWriter::write(const Content &content)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    begin(xml, QStringLiteral("document-content"));
    contentStyles(xml);
    xml.writeStartElement(officeNs, QStringLiteral("body"));
    xml.writeStartElement(officeNs, QStringLiteral("text"));
    QVector<std::pair<QString, QByteArray>> pictures;
    int tables = 0;
    for (const Block &block : content.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading:
            xml.writeStartElement(textNs, QStringLiteral("h"));
            xml.writeAttribute(textNs, QStringLiteral("style-name"),
                               QStringLiteral("Heading_20_%1").arg(block.level));
            xml.writeAttribute(textNs, QStringLiteral("outline-level"),
                               QString::number(block.level));
            text(xml, block.text);
            xml.writeEndElement();
            break;
        case Block::Kind::Paragraph:
            paragraph(xml, QStringLiteral("Standard"), block.text);
            break;
        case Block::Kind::Bullets:
            xml.writeStartElement(textNs, QStringLiteral("list"));
            xml.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Bullets"));
            for (const QString &item : block.items) {
                xml.writeStartElement(textNs, QStringLiteral("list-item"));
                paragraph(xml, QStringLiteral("Standard"), item);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            break;
        case Block::Kind::Table:
            table(xml, block.table, ++tables);
            break;
        case Block::Kind::Figure: {
            const QSizeF size = block.figure->size();
            if (size.isEmpty())
                break;
            double width = block.widthMm / 10;
            double height = width * size.height() / size.width();
            if (height > figureHeightCm) {
                width *= figureHeightCm / height;
                height = figureHeightCm;
            }
            const QString name = QStringLiteral("Pictures/figure-%1.png").arg(pictures.size() + 1);
            pictures.append({name, png(block.figure->image(figurePixelRatio))});
            xml.writeStartElement(textNs, QStringLiteral("p"));
            xml.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("Standard"));
            xml.writeStartElement(drawNs, QStringLiteral("frame"));
            xml.writeAttribute(drawNs, QStringLiteral("name"),
                               QStringLiteral("Figur%1").arg(pictures.size()));
            xml.writeAttribute(textNs, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
            xml.writeAttribute(svgNs, QStringLiteral("width"), QStringLiteral("%1cm").arg(width));
            xml.writeAttribute(svgNs, QStringLiteral("height"), QStringLiteral("%1cm").arg(height));
            xml.writeEmptyElement(drawNs, QStringLiteral("image"));
            xml.writeAttribute(xlinkNs, QStringLiteral("href"), name);
            xml.writeAttribute(xlinkNs, QStringLiteral("type"), QStringLiteral("simple"));
            xml.writeAttribute(xlinkNs, QStringLiteral("show"), QStringLiteral("embed"));
            xml.writeAttribute(xlinkNs, QStringLiteral("actuate"), QStringLiteral("onLoad"));
            xml.writeEndElement(); // frame
            xml.writeEndElement(); // p
            paragraph(xml, QStringLiteral("Caption"), block.text);
            break;
        }
        case Block::Kind::PageBreak:
            xml.writeEmptyElement(textNs, QStringLiteral("p"));
            xml.writeAttribute(textNs, QStringLiteral("style-name"), QStringLiteral("PageBreak"));
            break;
        }
    }
    xml.writeEndElement(); // text
    xml.writeEndElement(); // body
    xml.writeEndDocument();

    ZipWriter zip;
    zip.add(QByteArrayLiteral("mimetype"), mimeType.toLatin1()); // first and uncompressed
    zip.add(QByteArrayLiteral("content.xml"), body);
    zip.add(QByteArrayLiteral("styles.xml"), styles());
    zip.add(QByteArrayLiteral("meta.xml"), meta(content));
    QStringList names;
    for (const auto &[name, bytes] : pictures) {
        zip.add(name.toLatin1(), bytes);
        names.append(name);
    }
    zip.add(QByteArrayLiteral("META-INF/manifest.xml"), manifest(names));
    return zip.finish();
}

} // namespace Report
