#include "models/exchange/problems.h"

#include "models/exchange/jsonreader.h"

#include <QCoreApplication>

namespace Exchange {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Exchange::JsonReader)
};

} // namespace

void Problems::add(const QString &path, const QString &message)
{
    ++m_count;
    m_paths.insert(path);
    if (m_lines.size() < JsonReader::MaxProblems)
        m_lines.append(path.isEmpty() ? message : path + QStringLiteral(": ") + message);
}

void Problems::add(const QString &path, const Domain::Violations &violations)
{
    for (const Domain::Violation &violation : violations)
        add(path + QLatin1Char('.') + violation.field, violation.message);
}

Domain::Error Problems::error() const
{
    QStringList lines = m_lines;
    if (m_count > m_lines.size())
        lines.append(
            Text::tr("... and %n more problem(s)", nullptr, m_count - int(m_lines.size())));
    return Domain::Error{Domain::Error::Kind::Format, lines.join(QLatin1Char('\n'))};
}

} // namespace Exchange
