#pragma once

#include "models/domain/portfolio.h"
#include "models/domain/portfoliosink.h"
#include "models/domain/result.h"

#include <QByteArray>

#include <functional>

class QIODevice;

namespace Exchange {

// Reads an exchange document into a Portfolio and checks it whole: syntax (with line and
// column), the format name and version, every field's type and value, the domain's rules, and
// that every reference inside a project resolves. Any problem refuses the whole document; the
// Error lists up to MaxProblems of them, one per line, each as "path: what is wrong", e.g.
// projects[0].measures[2].plannedEnd: "2013-13-45" is not a date (YYYY-MM-DD)
// Values from the file are shown escaped (Domain::printable) in every message.
//
// The document is parsed as it is read (JsonParser), one item of its lists at a time: what
// the reader holds is the portfolio's domain values plus the JSON of the one organisation,
// knowledge source or project it is reading, never the whole document.
class JsonReader
{
public:
    static constexpr int MaxProblems = 50;

    static Domain::Result<Domain::Portfolio> read(const QByteArray &json);
    // Reads from where the device stands to its end; an unreadable device is an Error of kind
    // Io. The device must be open for reading.
    static Domain::Result<Domain::Portfolio> read(QIODevice &device);

    // How far the reading has come, in bytes of a device of total bytes (-1 when unknown).
    using Progress = std::function<void(qint64 read, qint64 total)>;

    // Reads the document and hands it to sink as it reads: the organisations and knowledge
    // sources, then each project, while the document has shown no problem so far. The whole
    // document is still checked: the result is every problem found (the sink may then have
    // received part of it, and must discard it), or the sink's error, which ends the reading.
    static Domain::Result<void> read(QIODevice &device, Domain::PortfolioSink &sink,
                                     const Progress &progress = {});
};

} // namespace Exchange
