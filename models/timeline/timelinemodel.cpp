#include "models/timeline/timelinemodel.h"

#include "models/projectdata.h"
#include "models/timeline/chartbuilder.h"

namespace Timeline {

TimelineModel::TimelineModel(const Models::ProjectData *data, QObject *parent)
    : QObject(parent)
    , m_data(data)
{
    connect(data, &Models::ProjectData::reset, this, &TimelineModel::rebuild);
    rebuild();
}

void TimelineModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void TimelineModel::setToday(QDate today)
{
    m_today = today;
    rebuild();
}

void TimelineModel::rebuild()
{
    m_chart =
        ChartBuilder::build(*m_data, m_grouping, m_today.isValid() ? m_today : m_data->today());
    emit changed();
}

} // namespace Timeline
