#pragma once

#include "models/overview/portfoliofigures.h"
#include "models/overview/projectfigures.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace Overview {

// The figures as the JSON that `samspill status --format json` prints (documented field by
// field in the README): codes where the exchange format has codes, dates as YYYY-MM-DD,
// planning dates as their codes ("2012-H2") with the day they are due by, timestamps in UTC,
// and the reasons in words in the language of the messages. Counts come with nothing else to
// compute: statuses add up to the measures, lights too.
class StatusJson
{
public:
    enum class Detail {
        Summary, // the project's light, progress and counts: what the portfolio compares
        Full,    // and everything its overview lists (measures, goals, milestones, ...)
    };

    static QJsonObject project(const ProjectFigures &figures, Detail detail);
    // The whole document around the projects' objects.
    static QByteArray document(const PortfolioFigures &portfolio, int staleDays,
                               const QJsonArray &projects);

    static QString code(Domain::MeasureRule rule);
    static QString code(Domain::ProjectRule rule);
    static QString code(ProjectFigures::Phase phase);
    static QString code(Deadline::Kind kind);
};

} // namespace Overview
