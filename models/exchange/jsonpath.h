#pragma once

#include <QString>

// Paths name a place in an exchange document the way every message of the reader does:
// projects[0].measures[2].plannedEnd. A key comes from the file, so it is shown through
// Domain::printable (nothing in it can steer a terminal) and cut short when it is long.
namespace Exchange {

// path.key, or key alone at the top.
QString memberPath(const QString &path, const QString &key);

// path[index].
QString itemPath(const QString &path, qsizetype index);

// Text from a document for a message: cut to about `limit` characters (never inside a
// surrogate pair, "..." marking the cut) and in quotation marks, through Domain::quoted.
QString shownText(const QString &text, qsizetype limit = 60);

} // namespace Exchange
