#pragma once

#include <QString>

namespace Domain {

// Text from outside (a file, a database, the command line) made safe to show in a message on a
// terminal, in a window title or a log: control and format characters that could move the
// cursor, clear the screen, reverse the reading direction or forge a new line come out as
// visible escapes (ESC as \u001B, a newline as \n, a lone surrogate as \uD800, the
// non-characters U+FFFE and U+FFFF as \uFFFE and \uFFFF), and a backslash
// as \\ so that an escape in the text cannot pass for one of ours. Everything printable,
// æøå and emoji included, is kept as it is.
QString printable(const QString &text);

// printable() in the quotation marks of messages: "text".
QString quoted(const QString &text);

// Whether text holds anything visible: not only white space and invisible characters such as
// U+200B ZERO WIDTH SPACE or U+FEFF.
bool hasVisibleText(const QString &text);

// The first character that stored text must not hold (U+0000 and the other C0 controls but
// tab, newline and carriage return; DEL; lone surrogates; the non-characters U+FFFE and
// U+FFFF), or -1 when there is none. PostgreSQL cannot store U+0000 at all, and the others are
// never typed on purpose.
qsizetype forbiddenCharacter(const QString &text);

// Whether link is a web address a browser may be asked to open: an absolute http or https URL
// with a host. Other links (a path, "www.example.no", file:, javascript:) are kept as text and
// never opened.
bool isWebAddress(const QString &link);

} // namespace Domain
