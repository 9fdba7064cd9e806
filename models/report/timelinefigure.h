#pragma once

#include "models/report/figure.h"
#include "models/timeline/chart.h"

#include <QDate>

namespace Models {
class ProjectData;
}

namespace Report {

// A project's timeline over a report's period (Timeline::ChartSheet: the chart of the loaded
// project, its lights on the report's day), scaled so that the period fills a page's width.
class TimelineFigure : public Figure
{
public:
    TimelineFigure(const Models::ProjectData &data, QDate first, QDate last);

    QSizeF size() const override;
    void paint(QPainter &painter) const override;

private:
    Timeline::Chart m_chart;
    QDate m_first;
    QDate m_last;
    double m_pixelsPerDay;
};

} // namespace Report
