#include "models/exchange/jsonparser.h"

#include "models/domain/text.h"
#include "models/exchange/jsonpath.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <iterator>
#include <utility>

namespace Exchange {
namespace {

// The parser's messages are the reader's: users meet them as what the import says.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Exchange::JsonReader)
};

// Large enough that reading costs little per byte, small enough not to matter beside the
// document's values.
constexpr qsizetype ChunkSize = 64 * 1024;

bool isDigit(int c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isWhitespace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The characters a number literal is scanned over; the grammar is checked afterwards, so
// that "01", "1." or "+1" are named whole.
bool isNumberCharacter(int c)
{
    return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

int hexValue(int c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// number = [ minus ] int [ frac ] [ exp ] (RFC 8259, section 6)
bool isJsonNumber(const QByteArray &literal)
{
    const qsizetype size = literal.size();
    qsizetype i = 0;
    const auto digitAt = [&](qsizetype k) { return k < size && isDigit(literal.at(k)); };
    if (i < size && literal.at(i) == '-')
        ++i;
    if (!digitAt(i))
        return false;
    if (literal.at(i++) != '0') {
        while (digitAt(i))
            ++i;
    }
    if (i < size && literal.at(i) == '.') {
        if (!digitAt(++i))
            return false;
        while (digitAt(i))
            ++i;
    }
    if (i < size && (literal.at(i) == 'e' || literal.at(i) == 'E')) {
        ++i;
        if (i < size && (literal.at(i) == '+' || literal.at(i) == '-'))
            ++i;
        if (!digitAt(i))
            return false;
        while (digitAt(i))
            ++i;
    }
    return i == size;
}

// "0xED 0xA0", for bytes that are not UTF-8.
QString hexBytes(const QByteArray &bytes)
{
    QStringList parts;
    for (const char byte : bytes) {
        parts.append(
            QStringLiteral("0x") +
            QString::number(uchar(byte), 16).toUpper().rightJustified(2, QLatin1Char('0')));
    }
    return parts.join(QLatin1Char(' '));
}

void appendCharacter(QString &text, char32_t character)
{
    if (QChar::requiresSurrogates(character)) {
        text.append(QChar(QChar::highSurrogate(character)));
        text.append(QChar(QChar::lowSurrogate(character)));
    } else {
        text.append(QChar(char16_t(character)));
    }
}

} // namespace

JsonParser::JsonParser(QIODevice &device, int maxDepth)
    : m_device(device)
    , m_maxDepth(maxDepth)
    , m_items(std::size_t(maxDepth) + 1)
    , m_members(std::size_t(maxDepth) + 1)
{}

void JsonParser::Frame::reset(bool isObject)
{
    object = isObject;
    index = -1;
    hasKey = false;
    keys.clear(); // keeps its capacity for the next object at this depth
    manyKeys.clear();
}

bool JsonParser::Frame::repeats(const QString &newKey)
{
    constexpr std::size_t ListedKeys = 32;
    if (keys.size() < ListedKeys) {
        if (std::find(keys.cbegin(), keys.cend(), newKey) != keys.cend())
            return true;
        keys.push_back(newKey);
        return false;
    }
    if (manyKeys.isEmpty())
        manyKeys = QSet<QString>(keys.cbegin(), keys.cend());
    if (manyKeys.contains(newKey))
        return true;
    manyKeys.insert(newKey);
    return false;
}

JsonParser::Token JsonParser::next()
{
    if (m_failed)
        return Token::Failed;
    skipWhitespace();
    mark();
    switch (m_state) {
    case State::Start:
        return start();
    case State::Value:
        return value();
    case State::FirstMember:
        return peek() == '}' ? close() : key();
    case State::FirstItem:
        return peek() == ']' ? close() : value();
    case State::AfterValue: {
        Frame &frame = top();
        const int c = peek();
        if (c == ',') {
            advance();
            skipWhitespace();
            mark();
            if (!frame.object)
                return value();
            frame.hasKey = false;
            return key();
        }
        if (c == (frame.object ? '}' : ']'))
            return close();
        return fail(frame.object ? Text::tr("expected \",\" or \"}\", found %1").arg(found())
                                 : Text::tr("expected \",\" or \"]\", found %1").arg(found()));
    }
    case State::Done:
        if (peek() != -1)
            return fail(Text::tr("expected the end of the document, found %1").arg(found()));
        return Token::End;
    }
    Q_UNREACHABLE();
    return Token::Failed;
}

bool JsonParser::readValue(Token first, JsonValue &value)
{
    switch (first) {
    case Token::Null:
        value.type = JsonValue::Type::Null;
        return true;
    case Token::True:
    case Token::False:
        value.type = JsonValue::Type::Boolean;
        value.boolean = first == Token::True;
        return true;
    case Token::Number:
    case Token::String:
        value.type = first == Token::Number ? JsonValue::Type::Number : JsonValue::Type::String;
        value.text = std::exchange(m_text, QString());
        return true;
    case Token::ArrayStart: {
        value.type = JsonValue::Type::Array;
        std::vector<JsonValue> &items = m_items.at(std::size_t(m_depth));
        for (Token token = next(); token != Token::ArrayEnd; token = next()) {
            items.emplace_back();
            if (!readValue(token, items.back()))
                return false;
        }
        value.items.assign(std::make_move_iterator(items.begin()),
                           std::make_move_iterator(items.end()));
        items.clear();
        return true;
    }
    case Token::ObjectStart: {
        value.type = JsonValue::Type::Object;
        std::vector<JsonValue::Member> &members = m_members.at(std::size_t(m_depth));
        for (Token token = next(); token != Token::ObjectEnd; token = next()) {
            if (token != Token::Key)
                return false;
            members.push_back({std::exchange(m_text, QString()), JsonValue()});
            if (!readValue(next(), members.back().value))
                return false;
        }
        value.members.assign(std::make_move_iterator(members.begin()),
                             std::make_move_iterator(members.end()));
        members.clear();
        return true;
    }
    case Token::ObjectEnd:
    case Token::ArrayEnd:
    case Token::Key:
    case Token::End:
    case Token::Failed:
        break;
    }
    Q_ASSERT_X(m_failed, "JsonParser::readValue", "called with a token that starts no value");
    return false;
}

bool JsonParser::skipValue(Token first)
{
    int depth = 0;
    for (Token token = first;; token = next()) {
        switch (token) {
        case Token::ObjectStart:
        case Token::ArrayStart:
            ++depth;
            break;
        case Token::ObjectEnd:
        case Token::ArrayEnd:
            --depth;
            break;
        case Token::Key:
            continue; // its value follows
        case Token::String:
        case Token::Number:
        case Token::True:
        case Token::False:
        case Token::Null:
            break;
        case Token::End:
        case Token::Failed:
            Q_ASSERT_X(m_failed, "JsonParser::skipValue",
                       "called with a token that starts no value");
            return false;
        }
        if (depth == 0)
            return true;
    }
}

int JsonParser::peek()
{
    if (m_pos == m_end && !refill())
        return -1;
    return uchar(m_buffer.at(m_pos));
}

// Past the byte peek() returned. Columns count characters: a UTF-8 continuation byte adds none.
void JsonParser::advance()
{
    const uchar byte = uchar(m_buffer.at(m_pos++));
    if (byte == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((byte & 0xC0) != 0x80) {
        ++m_column;
    }
}

bool JsonParser::refill()
{
    if (m_atEnd || m_failed)
        return false;
    if (m_buffer.size() != ChunkSize)
        m_buffer.resize(ChunkSize);
    for (;;) {
        const qint64 read = m_device.read(m_buffer.data(), ChunkSize);
        if (read > 0) {
            m_pos = 0;
            m_end = qsizetype(read);
            return true;
        }
        if (read < 0) {
            m_failed = true;
            m_error = {Domain::Error::Kind::Io,
                       Text::tr("The file could not be read: %1")
                           .arg(Domain::printable(m_device.errorString()))};
            return false;
        }
        // Nothing yet: a pipe or socket may still deliver; a file or buffer is at its end.
        if (!m_device.waitForReadyRead(-1)) {
            m_atEnd = true;
            return false;
        }
    }
}

void JsonParser::skipWhitespace()
{
    while (isWhitespace(peek()))
        advance();
}

void JsonParser::mark()
{
    m_markLine = m_line;
    m_markColumn = m_column;
}

JsonParser::Token JsonParser::start()
{
    if (peek() == 0xEF) { // perhaps a byte order mark, which RFC 8259 lets a parser ignore
        char32_t character = 0;
        QByteArray bytes;
        const Utf8 decoded = decodeUtf8(character, bytes);
        if (decoded == Utf8::Valid && character == 0xFEFF) {
            m_column = 1;
            skipWhitespace();
            mark();
            return value();
        }
        return fail(Text::tr("expected a value, found %1")
                        .arg(decoded == Utf8::Valid
                                 ? Domain::quoted(QString::fromUcs4(&character, 1))
                                 : Text::tr("bytes that are not UTF-8: %1").arg(hexBytes(bytes))));
    }
    return value();
}

JsonParser::Token JsonParser::value()
{
    if (m_depth > 0 && !top().object)
        ++top().index;
    const int c = peek();
    if (c == '{' || c == '[')
        return open(c == '{');
    if (c == '"') {
        advance();
        return readString() ? completed(Token::String) : Token::Failed;
    }
    if (isDigit(c) || c == '-' || c == '+' || c == '.')
        return number();
    if (isLetter(c))
        return literal();
    return fail(Text::tr("expected a value, found %1").arg(found()));
}

JsonParser::Token JsonParser::key()
{
    if (peek() != '"')
        return fail(Text::tr("expected a field name in quotes, found %1").arg(found()));
    const qint64 line = m_line;
    const qint64 column = m_column;
    advance();
    // A document repeats the same few dozen keys a million times: each is read into a buffer
    // of its own and kept once, shared by every object that has it.
    std::swap(m_text, m_keyText);
    const bool read = readString();
    std::swap(m_text, m_keyText);
    if (!read)
        return Token::Failed;
    auto interned = m_keys.constFind(m_keyText);
    if (interned == m_keys.cend()) {
        const QString key(m_keyText.constData(), m_keyText.size());
        interned = m_keys.insert(key, key);
    }
    m_text = interned.value();
    Frame &frame = top();
    frame.key = m_text;
    frame.hasKey = true;
    if (frame.repeats(m_text)) {
        m_failed = true;
        m_error = {Domain::Error::Kind::Format,
                   Text::tr("%1: is given twice in the same object (the second time at line %2, "
                            "column %3)")
                       .arg(path(), QString::number(line), QString::number(column))};
        return Token::Failed;
    }
    skipWhitespace();
    mark();
    if (peek() != ':')
        return fail(Text::tr("expected \":\" after the field name, found %1").arg(found()));
    advance();
    m_state = State::Value;
    return Token::Key;
}

JsonParser::Token JsonParser::open(bool object)
{
    if (m_depth >= m_maxDepth) {
        m_failed = true;
        m_error = {Domain::Error::Kind::Format,
                   Text::tr("%1: the JSON is nested deeper than %2 levels")
                       .arg(Text::tr("line %1, column %2")
                                .arg(QString::number(m_markLine), QString::number(m_markColumn)),
                            QString::number(m_maxDepth))};
        return Token::Failed;
    }
    advance();
    if (std::size_t(m_depth) == m_frames.size())
        m_frames.emplace_back();
    m_frames[std::size_t(m_depth++)].reset(object);
    m_state = object ? State::FirstMember : State::FirstItem;
    return object ? Token::ObjectStart : Token::ArrayStart;
}

JsonParser::Token JsonParser::close()
{
    advance();
    const bool object = top().object;
    --m_depth;
    return completed(object ? Token::ObjectEnd : Token::ArrayEnd);
}

JsonParser::Token JsonParser::completed(Token token)
{
    m_state = m_depth == 0 ? State::Done : State::AfterValue;
    return token;
}

JsonParser::Token JsonParser::number()
{
    QByteArray literal;
    for (int c = peek(); isNumberCharacter(c); c = peek()) {
        literal.append(char(c));
        advance();
    }
    if (!isJsonNumber(literal)) {
        return fail(Text::tr("%1 is not a number in JSON")
                        .arg(shownText(QString::fromLatin1(literal), 40)));
    }
    m_text = QString::fromLatin1(literal);
    return completed(Token::Number);
}

JsonParser::Token JsonParser::literal()
{
    QByteArray word;
    for (int c = peek(); isLetter(c); c = peek()) {
        word.append(char(c));
        advance();
    }
    if (word == "true")
        return completed(Token::True);
    if (word == "false")
        return completed(Token::False);
    if (word == "null")
        return completed(Token::Null);
    return fail(Text::tr("%1 is not a JSON value (text must be in quotes)")
                    .arg(shownText(QString::fromLatin1(word), 40)));
}

// The rest of a string after its opening quote, into m_text.
bool JsonParser::readString()
{
    // Emptied without giving up its memory, unless a value still shares it.
    m_text.resize(0);
    for (;;) {
        // Plain ASCII straight from the buffer, in one piece.
        const qsizetype start = m_pos;
        while (m_pos < m_end) {
            const uchar byte = uchar(m_buffer.at(m_pos));
            if (byte < 0x20 || byte >= 0x80 || byte == '"' || byte == '\\')
                break;
            ++m_pos;
        }
        if (m_pos > start) {
            m_text.append(QLatin1String(m_buffer.constData() + start, m_pos - start));
            m_column += m_pos - start;
        }

        mark();
        const int c = peek();
        if (c == -1) {
            fail(Text::tr("the document ends inside a text"), true);
            return false;
        }
        if (c == '"') {
            advance();
            return true;
        }
        if (c == '\\') {
            if (!readEscape())
                return false;
            continue;
        }
        if (c < 0x20) {
            fail(Text::tr("the control character %1 must be written as an escape")
                     .arg(Domain::printable(QString(QChar(char16_t(c))))),
                 true);
            return false;
        }
        if (c < 0x80) { // the end of a chunk cut the plain run
            continue;
        }
        char32_t character = 0;
        QByteArray bytes;
        if (decodeUtf8(character, bytes) != Utf8::Valid) {
            fail(Text::tr("bytes that are not UTF-8: %1").arg(hexBytes(bytes)), true);
            return false;
        }
        appendCharacter(m_text, character);
    }
}

// An escape, from its backslash.
bool JsonParser::readEscape()
{
    advance();
    const int c = peek();
    char16_t unit = 0;
    switch (c) {
    case '"':
    case '\\':
    case '/':
        unit = char16_t(c);
        break;
    case 'b':
        unit = u'\b';
        break;
    case 'f':
        unit = u'\f';
        break;
    case 'n':
        unit = u'\n';
        break;
    case 'r':
        unit = u'\r';
        break;
    case 't':
        unit = u'\t';
        break;
    case 'u':
        advance();
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(peek());
            if (digit < 0) {
                fail(Text::tr("\\u must be followed by four hexadecimal digits"), true);
                return false;
            }
            unit = char16_t(unit * 16 + digit);
            advance();
        }
        // Escaped as written: a lone surrogate stays one, for the reader to refuse in text.
        m_text.append(QChar(unit));
        return true;
    default:
        fail(Text::tr("a backslash must be followed by one of \" \\ / b f n r t u, not %1")
                 .arg(found()),
             true);
        return false;
    }
    advance();
    m_text.append(QChar(unit));
    return true;
}

// One character of two to four bytes, from its first byte; strict (RFC 3629): no overlong
// forms, no surrogates, nothing beyond U+10FFFF. bytes receives what was read, for messages.
JsonParser::Utf8 JsonParser::decodeUtf8(char32_t &character, QByteArray &bytes)
{
    const int lead = peek();
    if (lead == -1)
        return Utf8::End;
    bytes.append(char(lead));
    advance();
    int continuations = 0;
    int low = 0x80;  // the range of the second byte, which rules out overlong forms,
    int high = 0xBF; // surrogates and code points beyond U+10FFFF
    if (lead >= 0xC2 && lead <= 0xDF) {
        continuations = 1;
        character = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        continuations = 2;
        character = lead & 0x0F;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        continuations = 3;
        character = lead & 0x07;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return Utf8::Invalid;
    }
    for (int i = 0; i < continuations; ++i) {
        const int byte = peek();
        if (byte == -1)
            return Utf8::Invalid;
        bytes.append(char(byte));
        if (byte < low || byte > high)
            return Utf8::Invalid;
        advance();
        character = (character << 6) | char32_t(byte & 0x3F);
        low = 0x80;
        high = 0xBF;
    }
    return Utf8::Valid;
}

// The character at the current position, for "expected ..., found ..."; read, since the
// parse fails anyway.
QString JsonParser::found()
{
    const int c = peek();
    if (c == -1)
        return Text::tr("the end of the document");
    if (c < 0x80) {
        advance();
        return Domain::quoted(QString(QChar(char16_t(c))));
    }
    char32_t character = 0;
    QByteArray bytes;
    if (decodeUtf8(character, bytes) != Utf8::Valid)
        return Text::tr("bytes that are not UTF-8: %1").arg(hexBytes(bytes));
    return Domain::quoted(QString::fromUcs4(&character, 1));
}

// Where the parser is, as the reader names places: projects[0].measures[2].title.
QString JsonParser::path() const
{
    QString path;
    for (int depth = 0; depth < m_depth; ++depth) {
        const Frame &frame = m_frames[std::size_t(depth)];
        if (frame.object ? !frame.hasKey : frame.index < 0)
            break;
        path = frame.object ? memberPath(path, frame.key) : itemPath(path, frame.index);
    }
    return path;
}

// A syntax error at the marked position. In text, the message also names the value's path.
JsonParser::Token JsonParser::fail(const QString &why, bool inText)
{
    if (m_failed) // the first failure is the one to report
        return Token::Failed;
    m_failed = true;
    const QString where = Text::tr("line %1, column %2")
                              .arg(QString::number(m_markLine), QString::number(m_markColumn));
    QString message = Text::tr("%1: the JSON is not well-formed: %2").arg(where, why);
    const QString at = path();
    if (inText && !at.isEmpty())
        message = Text::tr("%1 (in %2)").arg(message, at);
    m_error = {Domain::Error::Kind::Format, message};
    return Token::Failed;
}

} // namespace Exchange
