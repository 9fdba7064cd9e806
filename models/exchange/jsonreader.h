#pragma once

#include "models/domain/portfolio.h"
#include "models/domain/result.h"

#include <QByteArray>

namespace Exchange {

// Reads an exchange document into a Portfolio and checks it whole: syntax (with line and
// column), the format name and version, every field's type and value, the domain's rules, and
// that every reference inside a project resolves. Any problem refuses the whole document; the
// Error lists up to MaxProblems of them, one per line, each as "path: what is wrong", e.g.
// projects[0].measures[2].plannedEnd: "2013-13-45" is not a date (YYYY-MM-DD)
class JsonReader
{
public:
    static constexpr int MaxProblems = 50;

    static Domain::Result<Domain::Portfolio> read(const QByteArray &json);
};

} // namespace Exchange
