#pragma once

#include <QJsonValue>
#include <QString>
#include <QVector>

#include <optional>

namespace TestSupport {

// A place in a JSON document, step by step from its root. Its text is the exchange format's
// path, e.g. "projects[0].measures[1].title".
struct JsonStep
{
    QString key;    // a member of an object, or
    int index = -1; // an item of an array
};
using JsonPath = QVector<JsonStep>;

// The path a text names, and the text of a path.
JsonPath jsonPath(const QString &text);
QString jsonPathText(const JsonPath &path);

// node with the value at path[i...] replaced by value, or removed when there is none.
QJsonValue replacedAt(const QJsonValue &node, const JsonPath &path, qsizetype i,
                      const std::optional<QJsonValue> &value);

} // namespace TestSupport
