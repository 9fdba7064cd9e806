#include "tests/support/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace TestSupport {

JsonPath jsonPath(const QString &text)
{
    JsonPath steps;
    static const QRegularExpression part(QStringLiteral("^([^\\[]+)((\\[\\d+\\])*)$"));
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    for (const QString &segment : text.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch match = part.match(segment);
        Q_ASSERT(match.hasMatch());
        steps.append({match.captured(1)});
        for (auto it = index.globalMatch(match.captured(2)); it.hasNext();)
            steps.append({QString(), it.next().captured(1).toInt()});
    }
    return steps;
}

QString jsonPathText(const JsonPath &path)
{
    QString out;
    for (const JsonStep &step : path) {
        if (step.index >= 0)
            out += QStringLiteral("[%1]").arg(step.index);
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + step.key;
    }
    return out;
}

QJsonValue replacedAt(const QJsonValue &node, const JsonPath &path, qsizetype i,
                      const std::optional<QJsonValue> &value)
{
    const JsonStep &step = path.at(i);
    const bool last = i + 1 == path.size();
    if (step.index < 0) {
        QJsonObject object = node.toObject();
        if (!last)
            object.insert(step.key, replacedAt(object.value(step.key), path, i + 1, value));
        else if (value)
            object.insert(step.key, *value);
        else
            object.remove(step.key);
        return object;
    }
    QJsonArray array = node.toArray();
    if (!last)
        array.replace(step.index, replacedAt(array.at(step.index), path, i + 1, value));
    else if (value)
        array.replace(step.index, *value);
    else
        array.removeAt(step.index);
    return array;
}

} // namespace TestSupport
