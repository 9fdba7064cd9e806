#pragma once

#include "models/domain/project.h"
#include "models/domain/rules.h"
#include "models/overview/deadline.h"

#include <QByteArray>
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

    // The row's figures as kept between programs (Domain::KeptRows): everything but the
    // project, which the reader has as stored. fromKept gives the row back with that project,
    // or nullopt for bytes that are no row of this form (damaged, or written otherwise).
    QByteArray toKept() const;
    static std::optional<PortfolioRow> fromKept(const QByteArray &bytes,
                                                const Domain::Project &project);

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
    QDate day;                            // the day the figures are for
    QDate until; // ProjectFigures::rowUntil: the row holds from day until the day before
};

} // namespace Overview
