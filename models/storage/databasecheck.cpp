#include "models/storage/databasecheck.h"

#include "models/domain/text.h"
#include "models/storage/database.h"
#include "models/storage/databasefiles.h"
#include "models/storage/migrations.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>

namespace Storage {
namespace {

using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::DatabaseCheck)
};

Domain::Result<int> count(Database &database, const QString &statement)
{
    auto query = Sql::run(database.connection(), statement, {});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace

Domain::Result<CheckReport> DatabaseCheck::run(const ConnectionSettings &settings)
{
    auto opened = Database::open(settings, Database::Access::ReadOnly);
    if (!opened)
        return opened.error();
    Database &database = *opened.value();
    if (database.contentAtOpen() == Database::Content::Empty) {
        return Error{Error::Kind::Format, Text::tr("%1 is not a Samspill database: it is empty.")
                                              .arg(Domain::quoted(settings.displayName()))};
    }

    CheckReport report;
    report.location = settings.displayName();
    report.latestVersion = Migrations::latestVersion();
    auto version = Migrations::schemaVersion(database);
    if (!version)
        return version.error();
    report.schemaVersion = version.value();
    if (report.schemaVersion > report.latestVersion) {
        report.problems.append(
            Text::tr("schema version %1 is newer than this Samspill reads (%2)")
                .arg(QString::number(report.schemaVersion), QString::number(report.latestVersion)));
    }

    if (settings.driver == ConnectionSettings::Driver::Sqlite) {
        auto integrity =
            Sql::run(database.connection(), QStringLiteral("PRAGMA integrity_check"), {});
        if (!integrity)
            return integrity.error();
        while (integrity->next()) {
            const QString line = integrity->value(0).toString();
            if (line == QLatin1String("ok"))
                continue;
            for (const QString &part : line.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                report.problems.append(Domain::printable(part));
        }
        auto foreignKeys =
            Sql::run(database.connection(), QStringLiteral("PRAGMA foreign_key_check"), {});
        if (!foreignKeys)
            return foreignKeys.error();
        for (const QString &blocking : DatabaseFiles(settings.file).blockingSideFiles()) {
            report.problems.append(
                Text::tr("%1; until it is gone nobody else can write to the database (remove it "
                         "when no program has the database open)")
                    .arg(blocking));
        }
        while (foreignKeys->next()) {
            report.problems.append(Text::tr("row %1 of %2 refers to a missing row of %3")
                                       .arg(Domain::printable(foreignKeys->value(1).toString()),
                                            Domain::printable(foreignKeys->value(0).toString()),
                                            Domain::printable(foreignKeys->value(2).toString())));
        }
    }

    auto projects = count(database, QStringLiteral("SELECT COUNT(*) FROM project"));
    auto measures = count(database, QStringLiteral("SELECT COUNT(*) FROM measure"));
    if (!projects || !measures) {
        report.problems.append(projects ? measures.error().message : projects.error().message);
        return report;
    }
    report.projects = projects.value();
    report.measures = measures.value();
    return report;
}

} // namespace Storage
