#include "models/exchange/objectreader.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Exchange {
namespace {

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// The UUID written in text, only in the canonical form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
// (hex digits of either case); null for anything else. QUuid::fromString alone also takes
// braces, a trailing space and a 37th character, so that a reference with a typo in it could
// name another entity.
QUuid canonicalUuid(const JsonValue &value)
{
    if (value.type != JsonValue::Type::String || value.text.size() != 36)
        return {};
    for (qsizetype i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? value.text.at(i) != QLatin1Char('-') : !isHexDigit(value.text.at(i)))
            return {};
    }
    return QUuid::fromString(value.text);
}

// The whole number a JSON number literal denotes, computed exactly from its digits ("1e2" and
// "100.0" are 100, "1.5" is none); nothing when it is not whole or does not fit in 64 bits.
// The literal has passed the JSON grammar.
std::optional<qint64> exactInteger(const QString &literal)
{
    const bool negative = literal.startsWith(QLatin1Char('-'));
    QString digits;      // the significant digits, integer part and fraction together
    qint64 exponent = 0; // the value is digits * 10^exponent
    qsizetype i = negative ? 1 : 0;
    for (; i < literal.size() && literal.at(i).isDigit(); ++i)
        digits.append(literal.at(i));
    if (i < literal.size() && literal.at(i) == QLatin1Char('.')) {
        for (++i; i < literal.size() && literal.at(i).isDigit(); ++i) {
            digits.append(literal.at(i));
            --exponent;
        }
    }
    if (i < literal.size()) { // e or E, then an exponent that may be absurdly long
        ++i;
        const bool negativeExponent = literal.at(i) == QLatin1Char('-');
        if (literal.at(i) == QLatin1Char('-') || literal.at(i) == QLatin1Char('+'))
            ++i;
        qint64 written = 0;
        for (; i < literal.size(); ++i)
            written = std::min<qint64>(written * 10 + literal.at(i).digitValue(), 1000000);
        exponent += negativeExponent ? -written : written;
    }
    // Leading zeros say nothing; trailing zeros move into the exponent.
    qsizetype first = 0;
    while (first < digits.size() && digits.at(first) == QLatin1Char('0'))
        ++first;
    qsizetype last = digits.size();
    while (last > first && digits.at(last - 1) == QLatin1Char('0')) {
        --last;
        ++exponent;
    }
    if (first == last)
        return 0;
    if (exponent < 0 || (last - first) + exponent > 19)
        return std::nullopt; // a fraction, or more digits than 64 bits hold
    quint64 magnitude = 0;   // at most 19 digits: below 2^64
    for (qsizetype k = first; k < last; ++k)
        magnitude = magnitude * 10 + quint64(digits.at(k).digitValue());
    for (qint64 k = 0; k < exponent; ++k)
        magnitude *= 10;
    const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
    if (magnitude > limit)
        return std::nullopt;
    return negative ? -qint64(magnitude - 1) - 1 : qint64(magnitude); // -2^63 too
}

} // namespace

ObjectReader::ObjectReader(const JsonValue &object, QString path, Problems &problems)
    : m_object(object)
    , m_path(std::move(path))
    , m_problems(problems)
    , m_taken(object.members.size(), false)
{}

QString ObjectReader::shown(const JsonValue &value)
{
    switch (value.type) {
    case JsonValue::Type::String:
        return shownText(value.text);
    case JsonValue::Type::Number: // a valid literal: ASCII digits, sign, point and exponent
        return value.text.size() > 60 ? value.text.left(57) + QStringLiteral("...") : value.text;
    case JsonValue::Type::Boolean:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case JsonValue::Type::Null:
        return QStringLiteral("null");
    case JsonValue::Type::Array:
        return tr("a list");
    case JsonValue::Type::Object:
        break;
    }
    return tr("an object");
}

const JsonValue *ObjectReader::take(const QString &key, Need need)
{
    const JsonValue *value = nullptr;
    for (std::size_t i = 0; i < m_object.members.size(); ++i) {
        if (m_object.members.at(i).key == key) {
            m_taken[i] = true;
            value = &m_object.members.at(i).value;
            break;
        }
    }
    if (value && value->type == JsonValue::Type::Null)
        value = nullptr; // null stands for "not given"
    if (!value && need == Need::Required)
        m_problems.add(pathOf(key), tr("is missing"));
    return value;
}

QString ObjectReader::text(const QString &key, Need need)
{
    const JsonValue *value = take(key, need);
    if (!value)
        return {};
    if (value->type != JsonValue::Type::String) {
        m_problems.add(pathOf(key), tr("%1 is not text").arg(shown(*value)));
        return {};
    }
    return value->text;
}

QByteArray ObjectReader::bytes(const QString &key, Need need)
{
    const JsonValue *value = take(key, need);
    if (!value)
        return {};
    if (value->type == JsonValue::Type::String) {
        // Only the canonical form: what decodes and encodes back to the same text.
        const QByteArray text = value->text.toLatin1();
        const auto decoded =
            QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && QString::fromLatin1(text) == value->text &&
            decoded.decoded.toBase64() == text)
            return decoded.decoded;
    }
    m_problems.add(pathOf(key), tr("%1 is not base64").arg(shown(*value)));
    return {};
}

QUuid ObjectReader::uuid(const QString &key, Need need)
{
    const JsonValue *value = take(key, need);
    if (!value)
        return {};
    const QUuid uuid = canonicalUuid(*value);
    if (uuid.isNull())
        m_problems.add(pathOf(key), tr("%1 is not a UUID").arg(shown(*value)));
    return uuid;
}

QVector<QUuid> ObjectReader::uuids(const QString &key)
{
    QVector<QUuid> result;
    const JsonValue *list = this->list(key);
    if (!list)
        return result;
    // A link listed twice would be stored once: the document would not mean what it says.
    QHash<QUuid, qsizetype> listed;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const QString path = itemPath(pathOf(key), qsizetype(i));
        const QUuid uuid = canonicalUuid(list->items.at(i));
        if (uuid.isNull()) {
            m_problems.add(path, tr("%1 is not a UUID").arg(shown(list->items.at(i))));
        } else if (const auto first = listed.constFind(uuid); first != listed.cend()) {
            m_problems.add(path, tr("%1 is already listed at %2")
                                     .arg(uuid.toString(QUuid::WithoutBraces),
                                          itemPath(pathOf(key), first.value())));
        } else {
            listed.insert(uuid, qsizetype(i));
            result.append(uuid);
        }
    }
    return result;
}

QDate ObjectReader::date(const QString &key, Need need)
{
    // \A and \z: $ would also match before a final newline.
    static const QRegularExpression pattern(QStringLiteral("\\A[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"));
    const JsonValue *value = take(key, need);
    if (!value)
        return {};
    const QDate date =
        value->type == JsonValue::Type::String && pattern.match(value->text).hasMatch()
            ? QDate::fromString(value->text, Qt::ISODate)
            : QDate();
    if (!date.isValid())
        m_problems.add(pathOf(key), tr("%1 is not a date (YYYY-MM-DD)").arg(shown(*value)));
    return date;
}

Domain::PlanDate ObjectReader::planDate(const QString &key, bool daysOnly)
{
    const JsonValue *value = take(key, Need::Optional);
    if (!value)
        return {};
    std::optional<Domain::PlanDate> date;
    if (value->type == JsonValue::Type::String)
        date = Domain::PlanDate::fromCode(value->text);
    if (date && daysOnly && date->precision() != Domain::PlanDate::Precision::Day)
        date.reset();
    if (!date || date->isNull()) {
        m_problems.add(pathOf(key),
                       daysOnly ? tr("%1 is not a date (YYYY-MM-DD)").arg(shown(*value))
                                : tr("%1 is not a date (YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or "
                                     "YYYY)")
                                      .arg(shown(*value)));
        return {};
    }
    return *date;
}

QDateTime ObjectReader::timestamp(const QString &key, Need need)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}"
                       "(?::[0-9]{2}(?:\\.[0-9]{1,3})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})\\z"));
    const JsonValue *value = take(key, need);
    if (!value)
        return {};
    const QDateTime timestamp =
        value->type == JsonValue::Type::String && pattern.match(value->text).hasMatch()
            ? QDateTime::fromString(value->text, Qt::ISODateWithMs).toUTC()
            : QDateTime();
    if (!timestamp.isValid()) {
        m_problems.add(
            pathOf(key),
            tr("%1 is not a time with time zone (YYYY-MM-DDThh:mm:ssZ)").arg(shown(*value)));
        return {};
    }
    // Stored and written in UTC, which must stay within four-digit years.
    const int year = timestamp.date().year();
    if (year < 1 || year > 9999) {
        m_problems.add(pathOf(key),
                       tr("%1 falls outside the years 1 to 9999 in UTC").arg(shown(*value)));
        return {};
    }
    return timestamp;
}

std::optional<qint64> ObjectReader::integer(const QString &key, qint64 low, qint64 high, Need need)
{
    const JsonValue *value = take(key, need);
    if (!value)
        return std::nullopt;
    const std::optional<qint64> number =
        value->type == JsonValue::Type::Number ? exactInteger(value->text) : std::nullopt;
    if (!number || *number < low || *number > high) {
        m_problems.add(pathOf(key),
                       tr("%1 is not a whole number from %2 to %3")
                           .arg(shown(*value), QString::number(low), QString::number(high)));
        return std::nullopt;
    }
    return number;
}

std::optional<double> ObjectReader::number(const QString &key)
{
    const JsonValue *value = take(key, Need::Optional);
    if (!value)
        return std::nullopt;
    if (value->type != JsonValue::Type::Number) {
        m_problems.add(pathOf(key), tr("%1 is not a number").arg(shown(*value)));
        return std::nullopt;
    }
    bool ok = false;
    const double number = value->text.toDouble(&ok); // correctly rounded, C locale
    if (!ok || !std::isfinite(number)) {
        m_problems.add(pathOf(key),
                       tr("%1 is beyond the numbers Samspill can store").arg(shown(*value)));
        return std::nullopt;
    }
    return number;
}

bool ObjectReader::boolean(const QString &key)
{
    const JsonValue *value = take(key, Need::Optional);
    if (!value)
        return false;
    if (value->type != JsonValue::Type::Boolean) {
        m_problems.add(pathOf(key), tr("%1 is not true or false").arg(shown(*value)));
        return false;
    }
    return value->boolean;
}

const JsonValue *ObjectReader::list(const QString &key)
{
    const JsonValue *value = take(key, Need::Optional);
    if (value && value->type != JsonValue::Type::Array) {
        m_problems.add(pathOf(key), tr("%1 is not a list").arg(shown(*value)));
        return nullptr;
    }
    return value;
}

void ObjectReader::finish()
{
    for (std::size_t i = 0; i < m_object.members.size(); ++i) {
        if (!m_taken.at(i))
            m_problems.add(pathOf(m_object.members.at(i).key), tr("is not a field of this format"));
    }
}

} // namespace Exchange
