#pragma once

#include "models/domain/portfolio.h"

#include <QByteArray>
#include <QDateTime>

class QIODevice;

namespace Exchange {

// Writes an exchange document. Projects are written one at a time, so an export of a large
// portfolio never holds more than one project in memory:
//     JsonWriter writer(&file);
//     writer.begin(organisations, knowledgeSources);
//     for (...) writer.writeProject(bundle);
//     writer.finish(portfolioReports);
// Keys come in alphabetical order, arrays in the stored order, and every field is present
// (null when empty), so two exports of the same data differ only in exportedAt.
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice *device, QDateTime exportedAt = QDateTime::currentDateTimeUtc());

    void begin(const QVector<Domain::Organisation> &organisations,
               const QVector<Domain::KnowledgeSource> &knowledgeSources);
    void writeProject(const Domain::ProjectBundle &bundle);
    // Ends the document with the archived reports of no project in it (portfolio reports,
    // those of projects no longer stored); false when any write to the device failed (a full
    // disk, a closed pipe), in which case the document is incomplete.
    [[nodiscard]] bool finish(const QVector<Domain::ArchivedReport> &reports = {});

    // The whole document at once, for small portfolios and tests.
    static QByteArray toJson(const Domain::Portfolio &portfolio,
                             const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());

private:
    void write(const QByteArray &bytes);

    QIODevice *m_device;
    bool m_failed = false;
    QDateTime m_exportedAt;
    int m_projectsWritten = 0;
};

} // namespace Exchange
