#pragma once

#include "models/domain/measure.h"
#include "models/domain/result.h"

#include <QVector>

namespace Domain {

class MeasureRepository
{
public:
    virtual ~MeasureRepository() = default;

    // The measures of one project, complete with links and activities, in stored order.
    virtual Result<QVector<Measure>> measures(ProjectId project) = 0;
    virtual Result<Measure> measure(MeasureId id) = 0;

    // Stores the measure's fields, links and activities. Refused with Error::Kind::Conflict
    // when the stored version is not measure.version, and with Error::Kind::Invalid when the
    // measure breaks a rule; returns the measure as stored, with its new version.
    virtual Result<Measure> updateMeasure(const Measure &measure) = 0;
};

} // namespace Domain
