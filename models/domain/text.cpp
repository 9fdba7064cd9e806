#include "models/domain/text.h"

#include <QUrl>

namespace Domain {
namespace {

QString hexEscape(char16_t unit)
{
    return QStringLiteral("\\u") +
           QString::number(uint(unit), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

} // namespace

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t unit = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(i + 1)); // a whole character beyond the BMP
            ++i;
            continue;
        }
        switch (unit) {
        case u'\\':
            out.append(QLatin1String("\\\\"));
            continue;
        case u'\n':
            out.append(QLatin1String("\\n"));
            continue;
        case u'\r':
            out.append(QLatin1String("\\r"));
            continue;
        case u'\t':
            out.append(QLatin1String("\\t"));
            continue;
        default:
            break;
        }
        const bool control = unit < 0x20 || (unit >= 0x7F && unit < 0xA0);
        const bool separator = unit == 0x2028 || unit == 0x2029;
        const bool nonCharacter = unit == 0xFFFE || unit == 0xFFFF; // invisible, never meant
        if (control || separator || nonCharacter || c.isSurrogate() || isBidiControl(unit))
            out.append(hexEscape(unit));
        else
            out.append(c);
    }
    return out;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + printable(text) + QLatin1Char('"');
}

bool hasVisibleText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format: // U+200B..U+200F, U+2060, U+FEFF, bidi controls
        case QChar::Other_NotAssigned:
            continue;
        default:
            return true;
        }
    }
    return false;
}

qsizetype forbiddenCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t unit = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return i;
        if (unit == u'\t' || unit == u'\n' || unit == u'\r')
            continue;
        if (unit < 0x20 || unit == 0x7F || unit == 0xFFFE || unit == 0xFFFF)
            return i;
    }
    return -1;
}

bool isWebAddress(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

} // namespace Domain
