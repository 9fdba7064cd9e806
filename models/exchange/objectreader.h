#pragma once

#include "models/domain/codes.h"
#include "models/domain/plandate.h"
#include "models/exchange/jsonpath.h"
#include "models/exchange/jsonvalue.h"
#include "models/exchange/problems.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QUuid>
#include <QVector>

#include <optional>
#include <vector>

namespace Exchange {

// Reads the fields of one JSON object of an exchange document into domain values, reporting
// each problem at path.field with the value as the document wrote it (escaped, so that nothing
// in a file can steer the terminal that shows the message). finish() reports every field the
// format does not know: a misspelt field would otherwise be lost silently. The object must
// outlive the reader.
//
// The values are read as the format defines them, strictly: UUIDs only in the canonical
// 36-character form, dates as YYYY-MM-DD and nothing else, times with a zone and within the
// years 1 to 9999 in UTC, whole numbers exactly from their literal (never through a double).
class ObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(Exchange::JsonReader)

public:
    enum class Need { Optional, Required };

    ObjectReader(const JsonValue &object, QString path, Problems &problems);

    // A value as the document wrote it, for messages: "2013-13-45", 12, true, null.
    static QString shown(const JsonValue &value);

    // read(ObjectReader &) for item at path when it is an object; a problem otherwise.
    template <typename Read>
    static void readItem(const JsonValue &item, const QString &path, Problems &problems, Read read)
    {
        if (item.type != JsonValue::Type::Object) {
            problems.add(path, tr("%1 is not an object").arg(shown(item)));
            return;
        }
        ObjectReader reader(item, path, problems);
        read(reader);
        reader.finish();
    }

    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const { return memberPath(m_path, key); }

    // The value at key, or nullptr when it is absent or null (and then reported if required).
    const JsonValue *take(const QString &key, Need need);

    QString text(const QString &key, Need need = Need::Optional);
    QUuid uuid(const QString &key, Need need = Need::Optional);
    QDate date(const QString &key, Need need = Need::Optional);
    // A planning date: a day in a version-1 document (daysOnly), a code of any precision
    // (Domain::PlanDate::fromCode) in a version-2 one.
    Domain::PlanDate planDate(const QString &key, bool daysOnly);
    QDateTime timestamp(const QString &key, Need need = Need::Optional);
    std::optional<qint64> integer(const QString &key, qint64 low, qint64 high,
                                  Need need = Need::Optional);
    std::optional<double> number(const QString &key);
    bool boolean(const QString &key);
    QVector<QUuid> uuids(const QString &key);
    // Bytes written as base64 (RFC 4648, with padding, nothing around it).
    QByteArray bytes(const QString &key, Need need = Need::Optional);

    template <typename E>
    std::optional<E> code(const QString &key, Need need)
    {
        const JsonValue *value = take(key, need);
        if (!value)
            return std::nullopt;
        const std::optional<E> parsed = value->type == JsonValue::Type::String
                                            ? Domain::fromCode<E>(value->text)
                                            : std::nullopt;
        if (!parsed) {
            m_problems.add(pathOf(key), tr("%1 is not one of: %2")
                                            .arg(shown(*value),
                                                 Domain::allCodes<E>().join(QStringLiteral(", "))));
        }
        return parsed;
    }

    // A required code; placeholder stands in for a missing or unknown one while the problem
    // is reported (the document is then refused anyway).
    template <typename E>
    E code(const QString &key, E placeholder)
    {
        return code<E>(key, Need::Required).value_or(placeholder);
    }

    // read(ObjectReader &) for each object of the list at key.
    template <typename Read>
    void objects(const QString &key, Read read)
    {
        const JsonValue *list = this->list(key);
        if (!list)
            return;
        for (std::size_t i = 0; i < list->items.size(); ++i)
            readItem(list->items.at(i), itemPath(pathOf(key), qsizetype(i)), m_problems, read);
    }

    // read(ObjectReader &) for the object at key, if present.
    template <typename Read>
    void object(const QString &key, Read read)
    {
        if (const JsonValue *value = take(key, Need::Optional))
            readItem(*value, pathOf(key), m_problems, read);
    }

    // The list at key, or nullptr when it is absent, null or (reported) not a list.
    const JsonValue *list(const QString &key);

    // Reports every field that was not taken.
    void finish();

private:
    const JsonValue &m_object;
    QString m_path;
    Problems &m_problems;
    std::vector<bool> m_taken;
};

} // namespace Exchange
