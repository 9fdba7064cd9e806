#pragma once

#include "models/domain/measure.h"
#include "models/domain/rules.h"
#include "models/overview/projectfigures.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Overview {

// Why a light has its colour, in words, from the rule that gave it (Domain::MeasureRule,
// Domain::ProjectRule) and the figures behind it: "2 measures overdue", "the planned end
// (høsten 2012) has passed". Every light in the window, the status command and the reports
// explains itself with these texts. Dates are shown at their precision (PlanDate::toText).
class Explanation
{
    Q_DECLARE_TR_FUNCTIONS(Overview::Explanation)

public:
    // One measure: "overdue: the planned end (høsten 2012) has passed".
    static QString ofMeasure(const Domain::Measure &measure, const Domain::MeasureRating &rating,
                             QDate day);
    // The reasons for the project's light, the deciding one first.
    static QStringList ofProject(const ProjectFigures &figures);
    // The reasons for a goal's light, from the measures that serve it.
    static QStringList ofGoal(const ProjectFigures &figures, const ProjectFigures::Goal &goal);
    // What needs attention besides the light: "1 decision needed", "2 deviations".
    static QStringList attention(const ProjectFigures &figures);
    // The reasons and what needs attention in one line: "2 measures overdue; 1 decision needed".
    static QString summary(const ProjectFigures &figures);
    // Where the day lies in the project's period: "before the project's start (01.12.2009)".
    static QString phase(const ProjectFigures &figures);

private:
    static QStringList ofMeasures(const ProjectFigures &figures, const QVector<QUuid> &measures,
                                  Domain::Rag combined);
};

} // namespace Overview
