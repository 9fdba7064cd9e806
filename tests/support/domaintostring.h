#pragma once

#include "models/domain/codes.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QTest>
#include <QtGlobal>

#include <optional>

// QTest prints a failed QCOMPARE through toString(), found by argument-dependent lookup. These
// overloads make a failure read "Actual: amber, Expected: red" instead of two integers.
namespace Domain {

namespace TestPrinting {
template <typename E>
char *codeOf(E value)
{
    return qstrdup(toCode(value).toUtf8().constData());
}
} // namespace TestPrinting

inline char *toString(OrganisationKind value)
{
    return TestPrinting::codeOf(value);
}
inline char *toString(AdministrativeLevel value)
{
    return TestPrinting::codeOf(value);
}
inline char *toString(ParticipantRole value)
{
    return TestPrinting::codeOf(value);
}
inline char *toString(Group value)
{
    return TestPrinting::codeOf(value);
}
inline char *toString(MeasureLevel value)
{
    return TestPrinting::codeOf(value);
}
inline char *toString(Status value)
{
    return TestPrinting::codeOf(value);
}
inline char *toString(Anchoring value)
{
    return TestPrinting::codeOf(value);
}
inline char *toString(Rag value)
{
    return TestPrinting::codeOf(value);
}

inline char *toString(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Invalid:
        return qstrdup("Invalid");
    case Error::Kind::NotFound:
        return qstrdup("NotFound");
    case Error::Kind::Conflict:
        return qstrdup("Conflict");
    case Error::Kind::Database:
        return qstrdup("Database");
    case Error::Kind::Format:
        return qstrdup("Format");
    case Error::Kind::Io:
        return qstrdup("Io");
    case Error::Kind::Transient:
        return qstrdup("Transient");
    }
    return qstrdup("?");
}

} // namespace Domain

// And std::optional<int> (progress, expected progress) as its value or "empty".
template <>
inline char *QTest::toString(const std::optional<int> &value)
{
    return value ? qstrdup(QByteArray::number(*value).constData()) : qstrdup("empty");
}
