#pragma once

#include "models/domain/portfolio.h"
#include "models/domain/result.h"

#include <QString>
#include <QVector>

namespace Domain {

// Receives a portfolio piece by piece, as a reader reads it from a file: the organisations and
// knowledge sources first, then one project at a time, so that neither the reader nor the
// receiver ever holds a large portfolio whole. A piece the sink refuses ends the reading, with
// the sink's error.
class PortfolioSink
{
public:
    virtual ~PortfolioSink() = default;

    // Called once, before the first project (also when there is none).
    virtual Result<void> shared(const QVector<Organisation> &organisations,
                                const QVector<KnowledgeSource> &sources) = 0;

    // One project with everything in it; path says where it stands in its document
    // ("projects[3]"), for messages.
    virtual Result<void> project(const ProjectBundle &bundle, const QString &path) = 0;

    // The archived reports of no project in the document (portfolio reports, reports of a
    // project no longer stored); called once, after the last project (also when there is none).
    virtual Result<void> reports(const QVector<ArchivedReport> &reports) = 0;
};

} // namespace Domain
