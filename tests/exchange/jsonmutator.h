#pragma once

#include "tests/support/jsonpath.h"

#include <QByteArray>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace TestSupport {

// Makes mutants of valid documents, deterministically from its seed. Each mutant is one or two
// changes to the document's tree (written back with QJsonDocument, then with raw JSON text put
// in where QJsonDocument cannot write it), or a change to its bytes.
class Mutator
{
public:
    explicit Mutator(quint32 seed)
        : m_random(seed)
    {}

    // A mutant of base, and what was done to it.
    std::pair<QByteArray, QString> mutate(const QByteArray &base);

    int below(int n) { return int(m_random.bounded(n)); }

private:
    enum class Kind {
        TypeSwap,
        Remove,
        Null,
        Unknown,
        Uuid,
        Duplicate,
        Escape,
        Number,
        Huge,
        Deep,
        Goals,
        Date,
        Time,
        Shuffle,
        Repeat,
        Text,
        Header,
        Truncate, // from here on: changes to the bytes
        Flip,
        Utf8,
    };

    Kind pickKind();

    template <typename T>
    const T &pick(const QVector<T> &items)
    {
        return items.at(below(int(items.size())));
    }

    // A random place whose value satisfies accept; empty when there is none.
    std::optional<JsonPath>
    place(const std::function<bool(const JsonPath &, const QJsonValue &)> &accept);

    void set(const JsonPath &path, const std::optional<QJsonValue> &value);

    // A value written as raw JSON text: a marker string now, the text after serialisation.
    QJsonValue raw(const QByteArray &json);

    QString freshUuid();

    QString mutateTree(Kind kind);

    QString mutateBytes(Kind kind, QByteArray &bytes);

    QRandomGenerator m_random;
    QJsonValue m_root;
    std::vector<std::pair<QByteArray, QByteArray>> m_raw; // marker -> raw JSON text
};

} // namespace TestSupport
