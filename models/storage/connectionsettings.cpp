#include "models/storage/connectionsettings.h"

#include "models/domain/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Storage {
namespace {

using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::ConnectionSettings)
};

// The libpq parameters a URL may carry, each with what a value must look like. Others are
// refused by name: libpq knows dozens, and one silently dropped (sslmode) can turn an encrypted
// connection into a plain one.
const QRegularExpression &parameterPattern(const QString &name)
{
    static const QRegularExpression sslmode(
        QStringLiteral("\\A(disable|allow|prefer|require|verify-ca|verify-full)\\z"));
    static const QRegularExpression timeout(QStringLiteral("\\A[0-9]{1,6}\\z"));
    static const QRegularExpression anything(QStringLiteral("\\A[^;\\x00-\\x1f]+\\z"));
    if (name == QLatin1String("sslmode"))
        return sslmode;
    if (name == QLatin1String("connect_timeout"))
        return timeout;
    return anything; // a path, an application name or a service name
}

QString quotedParameter(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

Error notAnAddress(const QString &argument)
{
    return Error{Error::Kind::Invalid,
                 Text::tr("%1 is not a PostgreSQL address of the form "
                          "postgresql://user@host:port/database.")
                     .arg(Domain::quoted(ConnectionSettings::masked(argument)))};
}

} // namespace

ConnectionSettings ConnectionSettings::sqlite(const QString &file)
{
    ConnectionSettings settings;
    settings.driver = Driver::Sqlite;
    settings.file = file;
    return settings;
}

QStringList ConnectionSettings::supportedParameters()
{
    return {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
            QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
            QStringLiteral("service")};
}

Domain::Result<ConnectionSettings> ConnectionSettings::fromArgument(const QString &argument)
{
    if (argument.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, Text::tr("No database was given.")};

    const bool isUrl = argument.startsWith(QLatin1String("postgresql://")) ||
                       argument.startsWith(QLatin1String("postgres://"));
    if (!isUrl)
        return sqlite(QDir::cleanPath(QDir::current().absoluteFilePath(argument)));

    const QUrl url(argument, QUrl::StrictMode);
    if (!url.isValid() || !url.fragment().isNull())
        return notAnAddress(argument);
    ConnectionSettings settings;
    settings.driver = Driver::Postgres;
    settings.host = url.host();
    settings.port = url.port(-1);
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    settings.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (settings.databaseName.contains(QLatin1Char('/')))
        return notAnAddress(argument);

    QStringList unsupported;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!supportedParameters().contains(name)) {
            unsupported.append(Domain::printable(name));
            continue;
        }
        if (settings.parameters.contains(name)) {
            return Error{Error::Kind::Invalid,
                         Text::tr("The database address gives the parameter %1 twice.")
                             .arg(Domain::printable(name))};
        }
        if (!parameterPattern(name).match(value).hasMatch()) {
            return Error{Error::Kind::Invalid,
                         Text::tr("The database address gives %1 as the value of %2, which "
                                  "Samspill cannot pass on.")
                             .arg(Domain::quoted(value), Domain::printable(name))};
        }
        settings.parameters.insert(name, value);
    }
    if (!unsupported.isEmpty()) {
        return Error{Error::Kind::Invalid,
                     Text::tr("Samspill does not support the database address parameter(s) %1; "
                              "it supports %2. Nothing was opened.")
                         .arg(unsupported.join(QStringLiteral(", ")),
                              supportedParameters().join(QStringLiteral(", ")))};
    }
    const bool service = settings.parameters.contains(QStringLiteral("service"));
    if (!service && (settings.host.isEmpty() || settings.databaseName.isEmpty()))
        return notAnAddress(argument);
    return settings;
}

QString ConnectionSettings::displayName() const
{
    if (driver == Driver::Sqlite)
        return QDir::toNativeSeparators(file);
    // Written out by hand: QUrl drops the empty authority of postgresql:///?service=name.
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    text += host;
    if (port >= 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + databaseName;
    QStringList query;
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it)
        query.append(it.key() + QLatin1Char('=') + it.value());
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString ConnectionSettings::postgresOptions() const
{
    QMap<QString, QString> options = parameters;
    if (!options.contains(QStringLiteral("connect_timeout")))
        options.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    QStringList parts;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        parts.append(it.key() + QLatin1Char('=') + quotedParameter(it.value()));
    return parts.join(QLatin1Char(';'));
}

QString ConnectionSettings::masked(const QString &text)
{
    // The user information of a URL ends at the last '@' before the path; a password follows
    // the first ':' in it. Also masks a password given as a parameter.
    static const QRegularExpression inAuthority(QStringLiteral("(://[^/?#@:]*:)[^/?#]*(@)"));
    static const QRegularExpression inQuery(QStringLiteral("([?&]password=)[^&#]*"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(inAuthority, QStringLiteral("\\1***\\2"));
    result.replace(inQuery, QStringLiteral("\\1***"));
    return result;
}

} // namespace Storage
