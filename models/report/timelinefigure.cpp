#include "models/report/timelinefigure.h"

#include "models/projectdata.h"
#include "models/timeline/chartbuilder.h"
#include "models/timeline/chartsheet.h"

#include <algorithm>

namespace Report {
namespace {

// The period across about this many logical pixels, the label column included: on a page's
// width the text of the chart reads at about the size of the report's.
constexpr double sheetWidth = 900;

} // namespace

TimelineFigure::TimelineFigure(const Models::ProjectData &data, QDate first, QDate last)
    : m_chart(Timeline::ChartBuilder::build(data, Timeline::Grouping::Goal, data.today()))
    , m_first(first)
    , m_last(last)
{
    const double days = double(std::max<qint64>(1, first.daysTo(last) + 1));
    m_pixelsPerDay = std::max(1.0, sheetWidth - Timeline::Style::forPaper().labelWidth) / days;
}

QSizeF TimelineFigure::size() const
{
    return Timeline::ChartSheet(m_chart, m_first, m_last, m_pixelsPerDay,
                                Timeline::Style::forPaper())
        .size();
}

void TimelineFigure::paint(QPainter &painter) const
{
    Timeline::ChartSheet(m_chart, m_first, m_last, m_pixelsPerDay, Timeline::Style::forPaper())
        .paint(painter);
}

} // namespace Report
