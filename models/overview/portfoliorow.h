#pragma once

#include "models/domain/project.h"
#include "models/domain/rules.h"
#include "models/overview/deadline.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Overview {

struct ProjectFigures;

// One project's line in the portfolio: the figures of its overview (ProjectFigures) that a
// leader compares across projects, taken from them and never computed apart.
struct PortfolioRow
{
    static PortfolioRow of(const ProjectFigures &figures);

    Domain::Project project;
    Domain::Rag rag = Domain::Rag::None;
    QString reason; // Explanation::summary()
    std::optional<int> progress;
    int measures = 0; // every measure, cancelled ones included
    int red = 0;
    int amber = 0;
    int overdue = 0;
    int notRated = 0;
    QDateTime lastUpdate;                 // null: no status update yet
    std::optional<Deadline> nextDeadline; // null: nothing open is dated
    QDateTime recordedFrom;               // see ProjectFigures::recordedFrom
};

} // namespace Overview
