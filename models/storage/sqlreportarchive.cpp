#include "models/storage/sqlreportarchive.h"

#include "models/domain/text.h"
#include "models/domain/validation.h"
#include "models/storage/database.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Storage {
namespace {

using Domain::ArchivedReport;
using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SqlReportArchive)
};

// The columns every read takes, in this order; content is added when the bytes are wanted.
constexpr const char *Columns =
    "uuid, project_uuid, projects, issued_at, author, period_from, period_to, language, format,"
    " title, size, sha256";

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Text for a NOT NULL column: an empty QString may be a null one, which binds NULL.
QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString projectsText(const QVector<QUuid> &projects)
{
    QStringList texts;
    for (const QUuid &uuid : projects)
        texts.append(uuid.toString(QUuid::WithoutBraces));
    return texts.join(QLatin1Char(' '));
}

// One row as read; a stored value this version cannot read (a code of a newer Samspill) is an
// error, never a default.
Domain::Result<ArchivedReport> fromRow(const QSqlQuery &query, bool withContent)
{
    ArchivedReport report;
    report.uuid = Sql::toUuid(query.value(0));
    report.project = Sql::toUuid(query.value(1));
    for (const QString &text :
         query.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        report.projects.append(QUuid::fromString(text));
    report.issuedAt = Sql::fromMilliseconds(query.value(3));
    report.author = query.value(4).toString();
    report.from = Sql::toDate(query.value(5));
    report.to = Sql::toDate(query.value(6));
    report.language = query.value(7).toString();
    const auto format = Domain::fromCode<Domain::ReportFormat>(query.value(8).toString());
    report.title = query.value(9).toString();
    report.size = query.value(10).toLongLong();
    if (!format) {
        return Error{Error::Kind::Format,
                     Text::tr("The archived report %1 has a format this version does not know: %2")
                         .arg(report.uuid.toString(QUuid::WithoutBraces),
                              Domain::quoted(query.value(8).toString()))};
    }
    report.format = *format;
    if (withContent) {
        report.content = query.value(12).toByteArray();
        if (report.content.size() != report.size ||
            sha256(report.content) != query.value(11).toString()) {
            return Error{Error::Kind::Database,
                         Text::tr("The archived report %1 is damaged: its bytes are no longer "
                                  "those that were issued.")
                             .arg(report.uuid.toString(QUuid::WithoutBraces))};
        }
    }
    return report;
}

} // namespace

Domain::Result<ArchivedReport> SqlReportArchive::issue(ArchivedReport report)
{
    report.uuid = QUuid::createUuid();
    report.author = m_database.author();
    return retried([&]() -> Domain::Result<ArchivedReport> {
        // The time of the try that is stored, to the millisecond as it is kept.
        report.issuedAt = QDateTime::fromMSecsSinceEpoch(
            QDateTime::currentDateTimeUtc().toMSecsSinceEpoch(), Qt::UTC);
        if (auto stored = store(report); !stored)
            return stored.error();
        report.size = report.content.size();
        return report;
    });
}

Domain::Result<void> SqlReportArchive::store(const ArchivedReport &report)
{
    if (const Domain::Violations violations = Domain::validate(report); !violations.isEmpty())
        return Error{Error::Kind::Invalid, Domain::describe(violations)};
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    auto inserted = Sql::run(
        m_database.connection(),
        QStringLiteral("INSERT INTO archived_report (uuid, project_uuid, projects, issued_at,"
                       " author, period_from, period_to, language, format, title, size, sha256,"
                       " content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {Sql::fromUuid(report.uuid), Sql::fromUuid(report.project),
         text(projectsText(report.projects)), Sql::milliseconds(report.issuedAt),
         text(report.author), Sql::fromDate(report.from), Sql::fromDate(report.to), report.language,
         Domain::toCode(report.format), report.title, QVariant(qint64(report.content.size())),
         sha256(report.content), QVariant(report.content)});
    if (!inserted) {
        if (inserted.error().kind == Error::Kind::Conflict) {
            return Error{Error::Kind::Conflict,
                         Text::tr("A report %1 is already in the archive.")
                             .arg(report.uuid.toString(QUuid::WithoutBraces))};
        }
        return inserted.error();
    }
    return transaction.commit();
}

Domain::Result<QVector<ArchivedReport>> SqlReportArchive::list(const std::optional<QUuid> &project)
{
    const QString select =
        QStringLiteral("SELECT %1 FROM archived_report").arg(QLatin1String(Columns));
    const QString newestFirst = QStringLiteral(" ORDER BY issued_at DESC, id DESC");
    auto query =
        !project ? Sql::run(m_database.connection(), select + newestFirst, {})
        : project->isNull()
            ? Sql::run(m_database.connection(),
                       select + QStringLiteral(" WHERE project_uuid IS NULL") + newestFirst, {})
            : Sql::run(m_database.connection(),
                       select + QStringLiteral(" WHERE project_uuid = ?") + newestFirst,
                       {Sql::fromUuid(*project)});
    if (!query)
        return query.error();
    QVector<ArchivedReport> reports;
    while (query->next()) {
        auto report = fromRow(query.value(), false);
        if (!report)
            return report.error();
        reports.append(std::move(report).value());
    }
    return reports;
}

Domain::Result<ArchivedReport> SqlReportArchive::report(const QUuid &uuid)
{
    auto query = Sql::run(m_database.connection(),
                          QStringLiteral("SELECT %1, content FROM archived_report WHERE uuid = ?")
                              .arg(QLatin1String(Columns)),
                          {Sql::fromUuid(uuid)});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error{Error::Kind::NotFound, Text::tr("There is no report %1 in the archive.")
                                                .arg(uuid.toString(QUuid::WithoutBraces))};
    }
    return fromRow(query.value(), true);
}

Domain::Result<bool> SqlReportArchive::contains(const QUuid &uuid)
{
    auto query = Sql::run(m_database.connection(),
                          QStringLiteral("SELECT 1 FROM archived_report WHERE uuid = ?"),
                          {Sql::fromUuid(uuid)});
    if (!query)
        return query.error();
    return query->next();
}

} // namespace Storage
