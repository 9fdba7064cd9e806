#include "app/workspace.h"

#include "app/seed.h"

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
    , m_history(*m_database)
{}

QString Workspace::defaultDatabaseFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("samspill.sqlite"));
}

Domain::Result<std::unique_ptr<Workspace>>
Workspace::open(const Storage::ConnectionSettings &settings)
{
    auto database = Storage::Database::open(settings);
    if (!database)
        return database.error();
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database).value()));

    auto migration = Storage::Migrations::migrate(workspace->database());
    if (!migration)
        return migration.error();
    workspace->m_migration = migration.value();

    if (workspace->m_migration.fromVersion == 0) {
        auto seed = Seed::portfolio();
        if (!seed)
            return seed.error();
        if (auto imported = workspace->portfolio().importPortfolio(seed.value()); !imported) {
            return Domain::Error{imported.error().kind,
                                 Text::tr("The new database could not be filled with the "
                                          "built-in data: %1")
                                     .arg(imported.error().message)};
        }
        workspace->m_seeded = true;
    }
    return workspace;
}

} // namespace App
