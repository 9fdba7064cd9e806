#pragma once

#include "models/domain/activity.h"
#include "models/domain/codes.h"
#include "models/domain/id.h"
#include "models/domain/plandate.h"

#include <QDate>
#include <QString>
#include <QUuid>
#include <QVector>

#include <optional>

namespace Domain {

// A tiltak. References to goals, organisations and knowledge sources are by UUID, so that a
// measure means the same in every database and in an exchange file.
struct Measure
{
    MeasureId id;
    QUuid uuid;
    QString title;
    QString description;
    MeasureLevel level = MeasureLevel::System;
    QString theme;
    QVector<QUuid> goalUuids;
    QVector<QUuid> responsibleOrganisationUuids;
    QVector<QUuid> participatingOrganisationUuids;
    PlanDate plannedStart; // each at the precision it is known to: a day, month, ..., year
    PlanDate plannedEnd;
    PlanDate actualStart;
    PlanDate actualEnd;
    Status status = Status::Planned;
    std::optional<int> progress; // percent, 0..100; empty: not assessed
    Anchoring anchoring = Anchoring::Unknown;
    QDate anchoredOn; // only with Anchoring::Yes; null when the date is not known
    QVector<Activity> activities;
    QVector<QUuid> knowledgeSourceUuids;
    int version = 0;
};

} // namespace Domain
