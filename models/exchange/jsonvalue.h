#pragma once

#include <QString>

#include <vector>

namespace Exchange {

// One JSON value as a document wrote it, built by JsonParser::readValue for one item of a
// document at a time (an organisation, a project) and dropped once it is turned into domain
// values. Unlike QJsonValue it keeps what the reader must judge: a number's literal text (so
// whole numbers are read exactly, never through a double), strings exactly as escaped (lone
// surrogates included), and object members in document order. Keys of one object are unique:
// the parser refuses a document that repeats one.
struct JsonValue
{
    enum class Type { Null, Boolean, Number, String, Array, Object };
    struct Member;

    Type type = Type::Null;
    bool boolean = false;
    QString text;                 // String: the text; Number: the literal, e.g. "-1.5e3"
    std::vector<JsonValue> items; // Array
    std::vector<Member> members;  // Object
};

struct JsonValue::Member
{
    QString key;
    JsonValue value;
};

} // namespace Exchange
