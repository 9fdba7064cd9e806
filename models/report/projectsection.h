#pragma once

#include "models/domain/changeevent.h"
#include "models/projectdata.h"
#include "models/report/content.h"
#include "models/report/request.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>

namespace Report {

// One project's part of a report, as blocks: the title block, then each section the request
// asks for. Every figure is read from the project's Overview::ProjectFigures (data.figures(),
// for the day the report is evaluated on) and Overview::PeriodFigures; values are formatted by
// Models::Labels and Models::StatusText, as the window shows them.
class ProjectSection
{
    Q_DECLARE_TR_FUNCTIONS(Report::ProjectSection)

public:
    // changes: the project's history in the period (HistoryRepository::changesOfProject).
    // timeline: the figure of the project's timeline, or null for none.
    static QVector<Block> build(const Models::ProjectData &data,
                                const QVector<Domain::ChangeEvent> &changes,
                                std::shared_ptr<const Figure> timeline, const Request &request);
    // The project's measures, one row each, for the CSV (Content::measures).
    static Table measureRows(const Models::ProjectData &data, bool withProject);
    // The title of a report on a project for these days, with its short name where it has one:
    // "Statusrapport 01.01.2012 – 31.12.2012: Psykisk helse i Nord-Trøndelag".
    static QString title(const Request &request, const Domain::Project &project);
    // Money in øre as kroner, exactly: "12 345,50".
    static QString money(qint64 ore);
};

} // namespace Report
