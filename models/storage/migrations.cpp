#include "models/storage/migrations.h"

#include "models/domain/text.h"
#include "models/storage/database.h"
#include "models/storage/databasefiles.h"
#include "models/storage/historyconversion.h"
#include "models/storage/meta.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

namespace Storage {
namespace {

using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::Migrations)
};

struct Statement
{
    enum class Only { Both, Sqlite, Postgres };
    const char *sql;
    Only only = Only::Both;
};

// A migration's statements run in order; a conversion of data, when there is one, runs between
// statements and finish (e.g. between creating new tables and dropping old ones).
struct Migration
{
    int version;
    QVector<Statement> statements;
    Domain::Result<void> (*convert)(Database &) = nullptr;
    QVector<Statement> finish = {};
};

// Version 1: the whole model. Tables are named after the domain; every editable row has a
// stable uuid and a version for optimistic concurrency; dates and timestamps take the driver's
// types through {date} and {timestamp}; money is whole øre; enumerations are stable codes.
Migration schemaV1()
{
    return Migration{
        1,
        {
            {"CREATE TABLE samspill_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"},
            {"CREATE TABLE organisation ("
             " id {id}, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,"
             " version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX organisation_name ON organisation (name)"},
            {"CREATE TABLE knowledge_source ("
             " id {id}, uuid TEXT NOT NULL UNIQUE, title TEXT NOT NULL,"
             " publisher TEXT NOT NULL DEFAULT '', authors TEXT NOT NULL DEFAULT '', year INTEGER,"
             " reference TEXT NOT NULL DEFAULT '', link TEXT NOT NULL DEFAULT '',"
             " summary TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX knowledge_source_title ON knowledge_source (title)"},
            {"CREATE TABLE project ("
             " id {id}, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
             " short_name TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '',"
             " description TEXT NOT NULL DEFAULT '', start_date {date}, end_date {date},"
             " status TEXT NOT NULL, funding_notes TEXT NOT NULL DEFAULT '',"
             " version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX project_name ON project (name)"},
            {"CREATE TABLE participant ("
             " id {id}, uuid TEXT NOT NULL UNIQUE,"
             " project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
             " organisation_id BIGINT NOT NULL REFERENCES organisation (id),"
             " role TEXT NOT NULL, position INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX participant_project ON participant (project_id, position)"},
            {"CREATE INDEX participant_organisation ON participant (organisation_id)"},
            {"CREATE TABLE member ("
             " id {id}, uuid TEXT NOT NULL UNIQUE,"
             " project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
             " name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '',"
             " organisation_id BIGINT REFERENCES organisation (id), member_group TEXT NOT NULL,"
             " position INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX member_project ON member (project_id, position)"},
            {"CREATE INDEX member_organisation ON member (organisation_id)"},
            {"CREATE TABLE goal ("
             " id {id}, uuid TEXT NOT NULL UNIQUE,"
             " project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
             " parent_id BIGINT REFERENCES goal (id) ON DELETE CASCADE, text TEXT NOT NULL,"
             " position INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX goal_project ON goal (project_id, position)"},
            {"CREATE INDEX goal_parent ON goal (parent_id)"},
            {"CREATE TABLE indicator ("
             " id {id}, uuid TEXT NOT NULL UNIQUE,"
             " goal_id BIGINT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,"
             " name TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '', baseline DOUBLE PRECISION,"
             " target DOUBLE PRECISION, current_value DOUBLE PRECISION, measured_on {date},"
             " position INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX indicator_goal ON indicator (goal_id, position)"},
            {"CREATE TABLE measure ("
             " id {id}, uuid TEXT NOT NULL UNIQUE,"
             " project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
             " title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', level TEXT NOT NULL,"
             " theme TEXT NOT NULL DEFAULT '', planned_start {date}, planned_end {date},"
             " actual_start {date}, actual_end {date}, status TEXT NOT NULL, progress INTEGER,"
             " anchoring TEXT NOT NULL, anchored_on {date}, position INTEGER NOT NULL,"
             " version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX measure_project ON measure (project_id, position)"},
            {"CREATE INDEX measure_project_status ON measure (project_id, status)"},
            {"CREATE INDEX measure_planned_end ON measure (planned_end)"},
            {"CREATE TABLE measure_goal ("
             " measure_id BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,"
             " goal_id BIGINT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL, PRIMARY KEY (measure_id, goal_id))"},
            {"CREATE INDEX measure_goal_goal ON measure_goal (goal_id)"},
            {"CREATE TABLE measure_organisation ("
             " measure_id BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,"
             " organisation_id BIGINT NOT NULL REFERENCES organisation (id),"
             " responsibility TEXT NOT NULL, position INTEGER NOT NULL,"
             " PRIMARY KEY (measure_id, organisation_id, responsibility))"},
            {"CREATE INDEX measure_organisation_organisation ON measure_organisation "
             "(organisation_id)"},
            {"CREATE TABLE measure_knowledge_source ("
             " measure_id BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,"
             " knowledge_source_id BIGINT NOT NULL REFERENCES knowledge_source (id),"
             " position INTEGER NOT NULL, PRIMARY KEY (measure_id, knowledge_source_id))"},
            {"CREATE INDEX measure_knowledge_source_source"
             " ON measure_knowledge_source (knowledge_source_id)"},
            {"CREATE TABLE activity ("
             " id {id}, uuid TEXT NOT NULL UNIQUE,"
             " measure_id BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,"
             " title TEXT NOT NULL, due_date {date}, done INTEGER NOT NULL DEFAULT 0,"
             " position INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX activity_measure ON activity (measure_id, position)"},
            {"CREATE INDEX activity_due ON activity (due_date)"},
            {"CREATE TABLE milestone ("
             " id {id}, uuid TEXT NOT NULL UNIQUE,"
             " project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
             " measure_id BIGINT REFERENCES measure (id) ON DELETE SET NULL,"
             " milestone_date {date}, title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0,"
             " position INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX milestone_project ON milestone (project_id, milestone_date)"},
            {"CREATE INDEX milestone_measure ON milestone (measure_id)"},
            {"CREATE TABLE status_update ("
             " id {id}, uuid TEXT NOT NULL UNIQUE,"
             " project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
             " measure_id BIGINT REFERENCES measure (id) ON DELETE CASCADE,"
             " recorded_at {timestamp} NOT NULL, author TEXT NOT NULL DEFAULT '', text TEXT NOT "
             "NULL,"
             " new_status TEXT, new_progress INTEGER, deviation INTEGER NOT NULL DEFAULT 0,"
             " decision_needed INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX status_update_project ON status_update (project_id, recorded_at)"},
            {"CREATE INDEX status_update_measure ON status_update (measure_id, recorded_at)"},
            {"CREATE TABLE risk ("
             " id {id}, uuid TEXT NOT NULL UNIQUE,"
             " project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
             " description TEXT NOT NULL, likelihood INTEGER NOT NULL, impact INTEGER NOT NULL,"
             " mitigation TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',"
             " position INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX risk_project ON risk (project_id, position)"},
            {"CREATE TABLE budget_line ("
             " id {id}, uuid TEXT NOT NULL UNIQUE,"
             " project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
             " year INTEGER NOT NULL, label TEXT NOT NULL, budget_ore BIGINT NOT NULL DEFAULT 0,"
             " accounts_ore BIGINT NOT NULL DEFAULT 0, own_contribution_ore BIGINT NOT NULL "
             "DEFAULT 0,"
             " position INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1)"},
            {"CREATE INDEX budget_line_project ON budget_line (project_id, year, position)"},
            {"CREATE TABLE change_history ("
             " id {id}, change_set TEXT NOT NULL, changed_at {timestamp} NOT NULL,"
             " author TEXT NOT NULL, operation TEXT NOT NULL, entity TEXT NOT NULL,"
             " entity_uuid TEXT NOT NULL, project_uuid TEXT, field TEXT NOT NULL,"
             " old_value TEXT, new_value TEXT)"},
            {"CREATE INDEX change_history_entity ON change_history (entity_uuid, id)"},
            {"CREATE INDEX change_history_project ON change_history (project_uuid, changed_at)"},
        }};
}

// Version 2: the change history becomes append-only in the database itself, so that no
// program (ours included) can rewrite the past, and it can be read back by time.
Migration schemaV2()
{
    return Migration{
        2,
        {
            {"CREATE TRIGGER change_history_no_update BEFORE UPDATE ON change_history"
             " BEGIN SELECT RAISE(ABORT, 'change_history is append-only'); END",
             Statement::Only::Sqlite},
            {"CREATE TRIGGER change_history_no_delete BEFORE DELETE ON change_history"
             " BEGIN SELECT RAISE(ABORT, 'change_history is append-only'); END",
             Statement::Only::Sqlite},
            {"CREATE FUNCTION samspill_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS"
             " $$ BEGIN RAISE EXCEPTION 'change_history is append-only'; END $$",
             Statement::Only::Postgres},
            {"CREATE TRIGGER change_history_append_only BEFORE UPDATE OR DELETE ON change_history"
             " FOR EACH ROW EXECUTE FUNCTION samspill_refuse_history_change()",
             Statement::Only::Postgres},
            {"CREATE TRIGGER change_history_no_truncate BEFORE TRUNCATE ON change_history"
             " FOR EACH STATEMENT EXECUTE FUNCTION samspill_refuse_history_change()",
             Statement::Only::Postgres},
            {"CREATE INDEX change_history_time ON change_history (changed_at)"},
        }};
}

// Version 3: a history whose cost follows what changed (models/domain/changeevent.h). One
// change_set row per transaction (who, when as milliseconds since 1970 UTC), and change_event
// rows: the inserts of one kind of entity into one project in one transaction together, their
// UUIDs listed in inserted (16 bytes each); an update of one entity (entity_uuid) with the
// fields that changed as JSON {"field": [before, after]}; a delete of one entity with the whole
// row as JSON {"field": value}. UUIDs are their 16 bytes; the entity is a code
// (entityrows.h). Every fact of version 2's one row per field is carried over
// (HistoryConversion), then the old table goes.
Migration schemaV3()
{
    return Migration{
        3,
        {
            {"CREATE TABLE change_set ("
             " id {id}, changed_at BIGINT NOT NULL, author TEXT NOT NULL)"},
            {"CREATE TABLE change_event ("
             " id {id}, change_set BIGINT NOT NULL REFERENCES change_set (id),"
             " entity SMALLINT NOT NULL, entity_uuid {uuid}, project_uuid {uuid},"
             " operation SMALLINT NOT NULL, data TEXT, inserted {uuid})"},
        },
        &HistoryConversion::fromVersionTwo,
        {
            {"DROP TABLE change_history"},
            {"CREATE INDEX change_set_time ON change_set (changed_at)"},
            // Inserts (no entity_uuid) are found through their project.
            {"CREATE INDEX change_event_entity ON change_event (entity_uuid)"
             " WHERE entity_uuid IS NOT NULL"},
            {"CREATE INDEX change_event_project ON change_event (project_uuid, change_set)"},
            {"CREATE TRIGGER change_set_no_update BEFORE UPDATE ON change_set"
             " BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END",
             Statement::Only::Sqlite},
            {"CREATE TRIGGER change_set_no_delete BEFORE DELETE ON change_set"
             " BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END",
             Statement::Only::Sqlite},
            {"CREATE TRIGGER change_event_no_update BEFORE UPDATE ON change_event"
             " BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END",
             Statement::Only::Sqlite},
            {"CREATE TRIGGER change_event_no_delete BEFORE DELETE ON change_event"
             " BEGIN SELECT RAISE(ABORT, 'the change history is append-only'); END",
             Statement::Only::Sqlite},
            {"CREATE TRIGGER change_set_append_only BEFORE UPDATE OR DELETE ON change_set"
             " FOR EACH ROW EXECUTE FUNCTION samspill_refuse_history_change()",
             Statement::Only::Postgres},
            {"CREATE TRIGGER change_set_no_truncate BEFORE TRUNCATE ON change_set"
             " FOR EACH STATEMENT EXECUTE FUNCTION samspill_refuse_history_change()",
             Statement::Only::Postgres},
            {"CREATE TRIGGER change_event_append_only BEFORE UPDATE OR DELETE ON change_event"
             " FOR EACH ROW EXECUTE FUNCTION samspill_refuse_history_change()",
             Statement::Only::Postgres},
            {"CREATE TRIGGER change_event_no_truncate BEFORE TRUNCATE ON change_event"
             " FOR EACH STATEMENT EXECUTE FUNCTION samspill_refuse_history_change()",
             Statement::Only::Postgres},
        }};
}

// Version 4: dates with a precision (Domain::PlanDate). The planning dates of measures, due
// dates, milestone dates and measuredOn are stored as their codes ("2012-09-15", "2012-09",
// "2012-Q3", "2012-H2", "2012"): SQLite kept them as ISO text already, which is the code of a
// day; PostgreSQL's DATE columns become text. And a project refers to knowledge sources of its
// own.
Migration schemaV4()
{
    return Migration{
        4,
        {
            {"ALTER TABLE measure"
             " ALTER COLUMN planned_start TYPE TEXT USING to_char(planned_start, 'YYYY-MM-DD'),"
             " ALTER COLUMN planned_end TYPE TEXT USING to_char(planned_end, 'YYYY-MM-DD'),"
             " ALTER COLUMN actual_start TYPE TEXT USING to_char(actual_start, 'YYYY-MM-DD'),"
             " ALTER COLUMN actual_end TYPE TEXT USING to_char(actual_end, 'YYYY-MM-DD')",
             Statement::Only::Postgres},
            {"ALTER TABLE activity"
             " ALTER COLUMN due_date TYPE TEXT USING to_char(due_date, 'YYYY-MM-DD')",
             Statement::Only::Postgres},
            {"ALTER TABLE milestone"
             " ALTER COLUMN milestone_date TYPE TEXT USING to_char(milestone_date, 'YYYY-MM-DD')",
             Statement::Only::Postgres},
            {"ALTER TABLE indicator"
             " ALTER COLUMN measured_on TYPE TEXT USING to_char(measured_on, 'YYYY-MM-DD')",
             Statement::Only::Postgres},
            {"CREATE TABLE project_knowledge_source ("
             " project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
             " knowledge_source_id BIGINT NOT NULL REFERENCES knowledge_source (id),"
             " position INTEGER NOT NULL, PRIMARY KEY (project_id, knowledge_source_id))"},
            {"CREATE INDEX project_knowledge_source_source"
             " ON project_knowledge_source (knowledge_source_id)"},
        }};
}

// Version 5: the report archive. One row per issued report with the exact bytes of the file
// (content) and their SHA-256, so that a copy damaged on disk is told from the one issued. The
// project is its UUID, not a key: a report says what was told, and stays when the project is
// deleted. projects lists the UUIDs the report covers, separated by spaces; issued_at is
// milliseconds since 1970 in UTC, as in change_set. Frozen as the history is: triggers refuse
// UPDATE, DELETE and TRUNCATE.
Migration schemaV5()
{
    return Migration{
        5,
        {
            {"CREATE TABLE archived_report ("
             " id {id}, uuid TEXT NOT NULL UNIQUE, project_uuid TEXT, projects TEXT NOT NULL,"
             " issued_at BIGINT NOT NULL, author TEXT NOT NULL, period_from {date} NOT NULL,"
             " period_to {date} NOT NULL, language TEXT NOT NULL, format TEXT NOT NULL,"
             " title TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL,"
             " content {bytes} NOT NULL)"},
            {"CREATE INDEX archived_report_project ON archived_report (project_uuid, issued_at)"},
            {"CREATE INDEX archived_report_time ON archived_report (issued_at)"},
            {"CREATE TRIGGER archived_report_no_update BEFORE UPDATE ON archived_report"
             " BEGIN SELECT RAISE(ABORT, 'an archived report is frozen'); END",
             Statement::Only::Sqlite},
            {"CREATE TRIGGER archived_report_no_delete BEFORE DELETE ON archived_report"
             " BEGIN SELECT RAISE(ABORT, 'an archived report is frozen'); END",
             Statement::Only::Sqlite},
            {"CREATE FUNCTION samspill_refuse_archive_change() RETURNS trigger LANGUAGE plpgsql AS"
             " $$ BEGIN RAISE EXCEPTION 'an archived report is frozen'; END $$",
             Statement::Only::Postgres},
            {"CREATE TRIGGER archived_report_frozen BEFORE UPDATE OR DELETE ON archived_report"
             " FOR EACH ROW EXECUTE FUNCTION samspill_refuse_archive_change()",
             Statement::Only::Postgres},
            {"CREATE TRIGGER archived_report_no_truncate BEFORE TRUNCATE ON archived_report"
             " FOR EACH STATEMENT EXECUTE FUNCTION samspill_refuse_archive_change()",
             Statement::Only::Postgres},
        }};
}

// Version 6: the portfolio's rows kept between programs (Domain::KeptRows). One row per project,
// under the key it was computed for (row_key), with its project's history stamp (events and the
// latest change set) when it was computed and the row itself (payload, the reader's bytes).
// Derived data, never history: written without change events, and removed with no trace.
Migration schemaV6()
{
    return Migration{
        6,
        {
            {"CREATE TABLE portfolio_row ("
             " project_uuid TEXT NOT NULL PRIMARY KEY, row_key TEXT NOT NULL,"
             " events BIGINT NOT NULL, change_set BIGINT NOT NULL, payload {bytes} NOT NULL)"},
        }};
}

// Built on first use, so that the list is complete whenever it is asked for (also during the
// static initialisation of another translation unit).
const QVector<Migration> &allMigrations()
{
    static const QVector<Migration> migrations{schemaV1(), schemaV2(), schemaV3(),
                                               schemaV4(), schemaV5(), schemaV6()};
    return migrations;
}

bool appliesTo(const Statement &statement, const Database &database)
{
    const bool sqlite = database.driver() == ConnectionSettings::Driver::Sqlite;
    switch (statement.only) {
    case Statement::Only::Both:
        return true;
    case Statement::Only::Sqlite:
        return sqlite;
    case Statement::Only::Postgres:
        return !sqlite;
    }
    return false;
}

Domain::Result<void> execute(Database &database, const QVector<Statement> &statements)
{
    for (const Statement &statement : statements) {
        if (!appliesTo(statement, database))
            continue;
        const QString ddl = database.dialect(QString::fromUtf8(statement.sql));
        if (auto done = Sql::execute(database.connection(), ddl); !done)
            return done;
    }
    return {};
}

// Applies one migration unless another process already has: the version is read again under
// the lock, so two programs opening a new or old database at once migrate it once.
Domain::Result<void> apply(Database &database, const Migration &migration)
{
    Transaction transaction(database, Transaction::Mode::Write, Transaction::Lock::Exclusive);
    if (!transaction.started())
        return transaction.started();
    auto current = Migrations::schemaVersion(database);
    if (!current)
        return current.error();
    if (current.value() >= migration.version)
        return {};
    if (auto done = execute(database, migration.statements); !done)
        return done;
    if (migration.convert) {
        if (auto converted = migration.convert(database); !converted)
            return converted;
    }
    if (auto done = execute(database, migration.finish); !done)
        return done;
    if (migration.version == 1) {
        if (auto marked =
                Meta::setValue(database, QStringLiteral("application"), QStringLiteral("samspill"));
            !marked)
            return marked;
    }
    if (auto versioned = Meta::setValue(database, QStringLiteral("schema_version"),
                                        QString::number(migration.version));
        !versioned)
        return versioned;
    return transaction.commit();
}

// A consistent copy of the whole file, taken with VACUUM INTO so that it includes what is still
// in the write-ahead log, and named with its version and time. Only the newest
// DatabaseFiles::KeptBackups copies are kept, so that an upgrade that fails on every start does
// not fill the disk with copies.
Domain::Result<QString> backUp(Database &database, int fromVersion)
{
    const DatabaseFiles files(database.settings().file);
    const QString path = files.newBackupPath(fromVersion, QDateTime::currentDateTimeUtc());
    auto copied = Sql::run(database.connection(), QStringLiteral("VACUUM INTO ?"), {path});
    if (!copied) {
        QFile::remove(path); // a partial copy is no backup
        return Error{Error::Kind::Io, Text::tr("No backup could be taken before the upgrade, so "
                                               "the database was left as it was: %1")
                                          .arg(copied.error().message)};
    }
    copied->finish();
    files.pruneBackups();
    return path;
}

} // namespace

int Migrations::latestVersion()
{
    return allMigrations().constLast().version;
}

Domain::Result<int> Migrations::schemaVersion(Database &database)
{
    auto tables = database.tableNames();
    if (!tables)
        return tables.error();
    if (!tables->contains(QLatin1String("samspill_meta")))
        return 0;
    auto stored = Meta::value(database, QStringLiteral("schema_version"));
    if (!stored)
        return stored.error();
    bool ok = false;
    const int version = stored->value_or(QString()).toInt(&ok);
    if (!ok || version < 1) {
        return Error{Error::Kind::Format,
                     Text::tr("%1 has no readable schema version.")
                         .arg(Domain::quoted(database.settings().displayName()))};
    }
    return version;
}

Domain::Result<MigrationReport> Migrations::migrate(Database &database, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    auto current = schemaVersion(database);
    if (!current)
        return current.error();

    MigrationReport report;
    report.fromVersion = current.value();
    report.toVersion = report.fromVersion;
    if (report.fromVersion > latestVersion()) {
        return Error{Error::Kind::Format,
                     Text::tr("%1 was written by a newer Samspill (schema version %2; this "
                              "version reads up to %3). Nothing was changed.")
                         .arg(Domain::quoted(database.settings().displayName()),
                              QString::number(report.fromVersion),
                              QString::number(latestVersion()))};
    }
    if (report.fromVersion >= targetVersion)
        return report;
    if (report.fromVersion > 0) {
        if (auto writable = database.checkWritable(); !writable) {
            return Error{writable.error().kind,
                         Text::tr("%1 needs an upgrade from schema version %2 to %3, which "
                                  "cannot be done: %4")
                             .arg(Domain::quoted(database.settings().displayName()),
                                  QString::number(report.fromVersion),
                                  QString::number(targetVersion), writable.error().message)};
        }
    }
    if (report.fromVersion > 0 && database.driver() == ConnectionSettings::Driver::Sqlite) {
        auto backup = backUp(database, report.fromVersion);
        if (!backup)
            return backup.error();
        report.backupFile = backup.value();
        database.notify(Text::tr("Upgrading %1 from schema version %2 to %3; a copy of it as it "
                                 "was is kept as %4.")
                            .arg(Domain::quoted(database.settings().displayName()),
                                 QString::number(report.fromVersion),
                                 QString::number(targetVersion),
                                 Domain::quoted(QDir::toNativeSeparators(report.backupFile))));
    }
    for (const Migration &migration : allMigrations()) {
        if (migration.version <= report.fromVersion || migration.version > targetVersion)
            continue;
        if (auto applied = apply(database, migration); !applied) {
            QString message = Text::tr("The upgrade to schema version %1 failed and was undone: %2")
                                  .arg(QString::number(migration.version), applied.error().message);
            // Said again here, so that the message alone (a dialog, a log) names the copy.
            if (!report.backupFile.isEmpty()) {
                message += QLatin1Char('\n');
                message += Text::tr("The copy taken before the upgrade is kept as %1.")
                               .arg(Domain::quoted(QDir::toNativeSeparators(report.backupFile)));
            }
            return Error{applied.error().kind, message};
        }
        report.toVersion = migration.version;
    }
    return report;
}

} // namespace Storage
