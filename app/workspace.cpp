#include "app/workspace.h"

#include "app/seed.h"
#include "models/storage/meta.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace App {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(App::Workspace)
};

} // namespace

Workspace::Workspace(std::unique_ptr<Storage::Database> database)
    : m_database(std::move(database))
    , m_projects(*m_database)
    , m_goals(*m_database)
    , m_measures(*m_database)
    , m_organisations(*m_database)
    , m_knowledgeSources(*m_database)
    , m_portfolio(*m_database)
    , m_edits(*m_database)
    , m_history(*m_database)
    , m_archive(*m_database)
    , m_keptRows(*m_database)
{}

QString Workspace::defaultDatabaseFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("samspill.sqlite"));
}

Domain::Result<std::unique_ptr<Workspace>>
Workspace::open(const Storage::ConnectionSettings &settings, Seeding seeding,
                Storage::Database::Notifier notifier)
{
    auto database = Storage::Database::open(settings, Storage::Database::Access::ReadWrite,
                                            std::move(notifier));
    if (!database)
        return database.error();
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database).value()));

    auto migration = Storage::Migrations::migrate(workspace->database());
    if (!migration)
        return migration.error();
    workspace->m_migration = migration.value();

    const bool writable = workspace->database().access() == Storage::Database::Access::ReadWrite;
    if (seeding == Seeding::IfNew && writable) {
        // Most opens end here: the seed is read only for a database never seeded before.
        auto seeded = Storage::Meta::value(workspace->database(), Storage::Meta::SeededKey);
        if (!seeded)
            return seeded.error();
        if (!seeded.value()) {
            auto portfolio = Seed::portfolio();
            if (!portfolio)
                return portfolio.error();
            auto stored = workspace->portfolio().seedIfNew(portfolio.value());
            if (!stored) {
                return Domain::Error{stored.error().kind,
                                     Text::tr("The new database could not be filled with the "
                                              "built-in data: %1")
                                         .arg(stored.error().message)};
            }
            workspace->m_seeded = stored.value();
        }
    }
    return workspace;
}

} // namespace App
