#include "models/exchange/jsonpath.h"

#include "models/domain/text.h"

namespace Exchange {
namespace {

// text cut to at most limit UTF-16 units, with "..." when it was cut.
QString shortened(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype cut = limit - 3;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate() && text.at(cut).isLowSurrogate())
        --cut; // keep a character beyond the BMP whole
    return text.left(cut) + QStringLiteral("...");
}

// Whether key is a plain field name (the format's own are), which needs no escaping.
bool isPlain(const QString &key)
{
    if (key.size() > 60)
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
              u == u'_'))
            return false;
    }
    return true;
}

} // namespace

QString memberPath(const QString &path, const QString &key)
{
    const QString shown = isPlain(key) ? key : Domain::printable(shortened(key, 60));
    return path.isEmpty() ? shown : path + QLatin1Char('.') + shown;
}

QString itemPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString shownText(const QString &text, qsizetype limit)
{
    return Domain::quoted(shortened(text, limit));
}

} // namespace Exchange
