#include "models/storage/connectionsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace Storage {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::ConnectionSettings)
};

} // namespace

ConnectionSettings ConnectionSettings::sqlite(const QString &file)
{
    ConnectionSettings settings;
    settings.driver = Driver::Sqlite;
    settings.file = file;
    return settings;
}

Domain::Result<ConnectionSettings> ConnectionSettings::fromArgument(const QString &argument)
{
    using Domain::Error;
    if (argument.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, Text::tr("No database was given.")};

    const bool isUrl = argument.startsWith(QLatin1String("postgresql://")) ||
                       argument.startsWith(QLatin1String("postgres://"));
    if (!isUrl)
        return sqlite(QDir::cleanPath(QDir::current().absoluteFilePath(argument)));

    const QUrl url(argument, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || databaseName.isEmpty()) {
        return Error{Error::Kind::Invalid,
                     Text::tr("\"%1\" is not a PostgreSQL address of the form "
                              "postgresql://user@host:port/database.")
                         .arg(argument)};
    }
    ConnectionSettings settings;
    settings.driver = Driver::Postgres;
    settings.host = url.host();
    settings.port = url.port(5432);
    settings.user = url.userName();
    settings.password = url.password();
    settings.databaseName = databaseName;
    return settings;
}

QString ConnectionSettings::displayName() const
{
    if (driver == Driver::Sqlite)
        return QDir::toNativeSeparators(file);
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host).arg(port).arg(databaseName);
}

} // namespace Storage
