#pragma once

#include "models/domain/codes.h"
#include "models/domain/plandate.h"

#include <QDate>
#include <QString>
#include <QUuid>
#include <QVector>

#include <optional>

namespace Timeline {

// What a timeline shows of one project, in plain values: built once from the loaded project
// (ChartBuilder) and then only read, by the widget, the exports and the report. Its traffic
// lights and "overdue" are those of the follow-up rules on the day `today`, the day the caller
// built it for (today, or an "as of" date).

// How the measures are grouped into rows: under each goal they serve, or under each
// organisation responsible for them. A measure serving two goals is shown under both.
enum class Grouping { Goal, ResponsibleOrganisation };

struct ChartMilestone
{
    QUuid uuid;
    QString title;
    Domain::PlanDate date; // null: undated, listed apart
    bool done = false;
    bool overdue = false;
};

struct ChartMeasure
{
    QUuid uuid;
    QString title;
    Domain::Status status = Domain::Status::Planned;
    Domain::Rag rag = Domain::Rag::None;
    std::optional<int> progress;
    Domain::PlanDate plannedStart;
    Domain::PlanDate plannedEnd;
    Domain::PlanDate actualStart;
    Domain::PlanDate actualEnd;
    QVector<ChartMilestone> milestones; // its dated milestones, drawn in its row
    int version = 0;                    // as read, for the caller that saves a change

    bool hasPlannedPeriod() const { return plannedStart.isValid() || plannedEnd.isValid(); }
    bool hasActualPeriod() const { return actualStart.isValid() || actualEnd.isValid(); }
    // Something to draw: a period or a dated milestone. Others are listed apart.
    bool isDated() const
    {
        return hasPlannedPeriod() || hasActualPeriod() || !milestones.isEmpty();
    }
};

struct ChartGroup
{
    QString title;
    int depth = 0;        // 1 for a sub-goal
    QVector<int> members; // indices into Chart::measures, dated ones only, in the order shown
};

struct Chart
{
    QUuid project;
    QString title; // the project's name
    QDate projectStart;
    QDate projectEnd;
    QDate today;
    Grouping grouping = Grouping::Goal;
    QVector<ChartMeasure> measures;            // in stored order
    QVector<ChartGroup> groups;                // groups with at least one dated measure, in order
    QVector<ChartMilestone> projectMilestones; // dated ones of the project itself
    QVector<int> undatedMeasures;              // indices into measures
    QVector<ChartMilestone> undatedMilestones; // of the project and of its measures
    // The first and last day of everything dated: the project's period, the measures' periods
    // and the milestones. Null when nothing is dated.
    QDate first;
    QDate last;

    int indexOf(const QUuid &measure) const
    {
        for (int i = 0; i < measures.size(); ++i) {
            if (measures.at(i).uuid == measure)
                return i;
        }
        return -1;
    }
};

} // namespace Timeline
