#include "models/storage/meta.h"

#include "models/storage/database.h"
#include "models/storage/sqlsupport.h"

namespace Storage {

Domain::Result<std::optional<QString>> Meta::value(Database &database, const QString &key)
{
    auto query = Sql::run(database.connection(),
                          QStringLiteral("SELECT value FROM samspill_meta WHERE key = ?"), {key});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Domain::Result<void> Meta::setValue(Database &database, const QString &key, const QString &value)
{
    auto written =
        Sql::run(database.connection(),
                 QStringLiteral("INSERT INTO samspill_meta (key, value) VALUES (?, ?)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {key, value});
    return written ? Domain::Result<void>() : Domain::Result<void>(written.error());
}

} // namespace Storage
