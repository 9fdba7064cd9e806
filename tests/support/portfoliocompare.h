#pragma once

#include "models/domain/portfolio.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <algorithm>

// Field-by-field comparison of domain values, for "reads back exactly what was written"
// assertions. Every field the exchange format carries is compared; the storage keys (id) and
// row versions are not part of the content and are left out (tests check them on their own).
// The result is one line per difference, "path: expected X, got Y"; empty when equal.
namespace TestSupport {

QStringList differences(const Domain::Portfolio &expected, const Domain::Portfolio &actual);
QStringList differences(const Domain::ProjectBundle &expected, const Domain::ProjectBundle &actual,
                        const QString &path = QStringLiteral("project"));
QStringList differences(const Domain::Project &expected, const Domain::Project &actual,
                        const QString &path = QStringLiteral("project"));
QStringList differences(const Domain::Measure &expected, const Domain::Measure &actual,
                        const QString &path = QStringLiteral("measure"));
QStringList differences(const QVector<Domain::Organisation> &expected,
                        const QVector<Domain::Organisation> &actual,
                        const QString &path = QStringLiteral("organisations"));
QStringList differences(const QVector<Domain::KnowledgeSource> &expected,
                        const QVector<Domain::KnowledgeSource> &actual,
                        const QString &path = QStringLiteral("knowledgeSources"));
QStringList differences(const QVector<Domain::Participant> &expected,
                        const QVector<Domain::Participant> &actual,
                        const QString &path = QStringLiteral("participants"));
QStringList differences(const QVector<Domain::Member> &expected,
                        const QVector<Domain::Member> &actual,
                        const QString &path = QStringLiteral("members"));
QStringList differences(const QVector<Domain::Goal> &expected, const QVector<Domain::Goal> &actual,
                        const QString &path = QStringLiteral("goals"));
QStringList differences(const QVector<Domain::Measure> &expected,
                        const QVector<Domain::Measure> &actual,
                        const QString &path = QStringLiteral("measures"));
QStringList differences(const QVector<Domain::Activity> &expected,
                        const QVector<Domain::Activity> &actual,
                        const QString &path = QStringLiteral("activities"));

// The items ordered by UUID, for lists whose stored order is not part of the contract (a
// library "by title" follows the database's collation, which differs between servers).
template <typename T>
QVector<T> sortedByUuid(QVector<T> items)
{
    std::sort(items.begin(), items.end(),
              [](const T &a, const T &b) { return a.uuid.toString() < b.uuid.toString(); });
    return items;
}

} // namespace TestSupport

// QVERIFY that two domain values have no differences, listing them all when they do.
#define SAMSPILL_COMPARE_CONTENT(actual, expected)                                                 \
    do {                                                                                           \
        const QStringList samspillDifferences_ = TestSupport::differences((expected), (actual));   \
        QVERIFY2(samspillDifferences_.isEmpty(),                                                   \
                 qPrintable(samspillDifferences_.join(QLatin1Char('\n'))));                        \
    } while (false)
