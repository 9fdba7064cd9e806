#pragma once

#include "models/domain/measure.h"

#include <QCoreApplication>
#include <QString>

namespace Models {

class ProjectData;

// A measure described in full as rich text (HTML): what the detail pane shows, and what a
// report will print. Every value is HTML-escaped.
class MeasureSummary
{
    Q_DECLARE_TR_FUNCTIONS(Models::MeasureSummary)

public:
    static QString html(const ProjectData &data, const Domain::Measure &measure);
};

} // namespace Models
