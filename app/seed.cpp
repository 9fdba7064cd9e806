#include "app/seed.h"

#include "models/exchange/jsonreader.h"

#include <QCoreApplication>
#include <QFile>

namespace App {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(App::Seed)
};

// In import order: the library first, so the project's links find their sources either way.
const char *const seedFiles[] = {":/seed/knowledge-library.json", ":/seed/nord-trondelag.json"};

} // namespace

Domain::Result<Domain::Portfolio> Seed::portfolio()
{
    Domain::Portfolio merged;
    for (const char *name : seedFiles) {
        QFile file(QString::fromLatin1(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return Domain::Error{
                Domain::Error::Kind::Io,
                Text::tr("The built-in seed data %1 is missing.").arg(QString::fromLatin1(name))};
        }
        auto portfolio = Exchange::JsonReader::read(file.readAll());
        if (!portfolio) {
            return Domain::Error{portfolio.error().kind, QString::fromLatin1(name) +
                                                             QStringLiteral(": ") +
                                                             portfolio.error().message};
        }
        merged.organisations += portfolio->organisations;
        merged.knowledgeSources += portfolio->knowledgeSources;
        merged.projects += portfolio->projects;
    }
    return merged;
}

} // namespace App
