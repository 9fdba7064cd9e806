#include "app/workspace.h"

#include "app/seed.h"
#include "models/storage/meta.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

namespace App {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(App::Workspace)
};

const QString seededKey = QStringLiteral("seeded");

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

Domain::Result<void> Workspace::seed()
{
    auto portfolio = Seed::portfolio();
    if (!portfolio)
        return portfolio.error();
    if (auto imported = m_portfolio.importPortfolio(portfolio.value()); !imported) {
        return Domain::Error{imported.error().kind,
                             Text::tr("The new database could not be filled with the built-in "
                                      "data: %1")
                                 .arg(imported.error().message)};
    }
    m_seeded = true;
    return {};
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

    // A database is seeded once: when it holds nothing and has not been seeded before. A seed
    // that failed halfway (nothing of it stays: it is one transaction) is tried again.
    auto seeded = Storage::Meta::value(workspace->database(), seededKey);
    if (!seeded)
        return seeded.error();
    if (!seeded.value()) {
        auto empty = workspace->portfolio().isEmpty();
        if (!empty)
            return empty.error();
        if (empty.value()) {
            if (auto filled = workspace->seed(); !filled)
                return filled.error();
        }
        if (auto marked =
                Storage::Meta::setValue(workspace->database(), seededKey,
                                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            !marked)
            return marked.error();
    }
    return workspace;
}

} // namespace App
