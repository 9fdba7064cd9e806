#pragma once

#include "models/timeline/chart.h"

#include <QDate>
#include <QObject>

namespace Models {
class ProjectData;
}

namespace Timeline {

// The chart of the loaded project, built again whenever the project is read again (a reload,
// a change saved, another project chosen) or the grouping changes. The day it is drawn for,
// its today line and its traffic lights, is the ProjectData's today() (the day it was read, or
// the "as of" day set there) unless a caller sets another one here. The ProjectData outlives
// it. Lives on the GUI thread.
class TimelineModel : public QObject
{
    Q_OBJECT

public:
    explicit TimelineModel(const Models::ProjectData *data, QObject *parent = nullptr);

    const Chart &chart() const { return m_chart; }

    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping);

    // The day the chart is drawn for; a null date follows the ProjectData again.
    void setToday(QDate today);

signals:
    void changed();

private:
    void rebuild();

    const Models::ProjectData *m_data;
    Grouping m_grouping = Grouping::Goal;
    QDate m_today;
    Chart m_chart;
};

} // namespace Timeline
