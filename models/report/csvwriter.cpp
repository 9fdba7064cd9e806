#include "models/report/csvwriter.h"

namespace Report {

QString CsvWriter::field(const QString &text)
{
    QString value = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QLatin1String("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QByteArray CsvWriter::write(const Table &table)
{
    QString text;
    const auto line = [&text](const QStringList &cells) {
        QStringList fields;
        for (const QString &cell : cells)
            fields.append(field(cell));
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    line(table.header);
    for (const QStringList &row : table.rows)
        line(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Report
