#pragma once

#include "models/domain/result.h"
#include "models/exchange/jsonvalue.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

class QIODevice;

namespace Exchange {

// A strict RFC 8259 JSON parser that reads a document from a device in chunks and hands it
// out as a stream of tokens, so that a reader holds only what it is working on (one item of a
// list as a JsonValue tree), never the whole document:
//     JsonParser parser(device, 64);
//     JsonParser::Token token = parser.next(); // ObjectStart, Key, String, ..., End or Failed
// It accepts exactly the JSON text of RFC 8259 in UTF-8 (a leading byte order mark is skipped,
// as the RFC allows) and refuses everything else where it first goes wrong, with line and
// column (both from 1; a column counts characters): bytes that are not UTF-8, control
// characters not escaped inside strings, numbers such as 01, .5, +1, 1., NaN or Infinity,
// commas before a closing bracket, anything after the document. Beyond the grammar it refuses
// what would let one file mean two things or exhaust the program: a key repeated in the same
// object (named by its path, since JSON leaves open which of the two counts) and nesting
// deeper than maxDepth (the tree is built recursively). Escapes are decoded as written, lone
// surrogates included: judging text is the reader's task.
//
// The first failure is final: every later call returns Token::Failed, and error() says what
// went wrong (Error::Kind::Format, or Error::Kind::Io when the device could not be read).
// The parser reads the device from where it stands and never seeks; it is not thread-safe.
class JsonParser
{
public:
    enum class Token {
        ObjectStart,
        ObjectEnd,
        ArrayStart,
        ArrayEnd,
        Key,    // text() is the key; the member's value comes next
        String, // text() is the string, its escapes decoded
        Number, // text() is the literal as written, e.g. "-1.5e3"
        True,
        False,
        Null,
        End,    // the document is complete and nothing but white space follows it
        Failed, // error() says why
    };

    JsonParser(QIODevice &device, int maxDepth);

    Token next();
    // The text of the last Key, String or Number token (until readValue takes it).
    const QString &text() const { return m_text; }
    const Domain::Error &error() const { return m_error; }

    // The whole value that starts with first, a token next() just returned, as a tree;
    // false when the document fails inside it.
    bool readValue(Token first, JsonValue &value);
    // The same for a value that is not needed: it is checked, and nothing of it is kept.
    bool skipValue(Token first);

private:
    enum class State { Start, Value, FirstMember, FirstItem, AfterValue, Done };
    // An open object or array. Frames are kept and reused as the depth goes up and down, so
    // that reading allocates little beyond the values themselves.
    struct Frame
    {
        bool object = false;
        qsizetype index = -1; // arrays: the item being read
        bool hasKey = false;  // objects: key names the member being read
        QString key;
        // objects: the keys so far, in a list while there are few (the format's objects have
        // at most a couple of dozen), in a hash beyond, so that a huge object stays linear
        std::vector<QString> keys;
        QSet<QString> manyKeys;

        void reset(bool isObject);
        bool repeats(const QString &newKey); // and remembers it
    };
    enum class Utf8 { Valid, Invalid, End };

    int peek();
    void advance();
    bool refill();
    void skipWhitespace();
    void mark();
    Token start();
    Token value();
    Token key();
    Token open(bool object);
    Token close();
    Token completed(Token token);
    Token number();
    Token literal();
    bool readString();
    bool readEscape();
    Utf8 decodeUtf8(char32_t &character, QByteArray &bytes);
    QString found();
    QString path() const;
    Token fail(const QString &why, bool inText = false);
    Frame &top() { return m_frames[m_depth - 1]; }

    QIODevice &m_device;
    const int m_maxDepth;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_atEnd = false;
    qint64 m_line = 1;   // of the byte at m_pos
    qint64 m_column = 1; // of the byte at m_pos
    qint64 m_markLine = 1;
    qint64 m_markColumn = 1; // where what is being read starts, for messages
    State m_state = State::Start;
    std::vector<Frame> m_frames; // the first m_depth are open
    int m_depth = 0;
    // Per depth, where readValue gathers an array's items or an object's members before it
    // moves them into a list of their exact size.
    std::vector<std::vector<JsonValue>> m_items;
    std::vector<std::vector<JsonValue::Member>> m_members;
    QString m_text;
    QString m_keyText;              // the key being read; keeps its memory from key to key
    QHash<QString, QString> m_keys; // every key met, shared by every object that has it
    Domain::Error m_error;
    bool m_failed = false;
};

} // namespace Exchange
