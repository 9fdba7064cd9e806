#pragma once

#include "models/domain/project.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace Views {

// The periods the report dialog offers, each computed from the day it is asked on.
class ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(Views::ReportPeriod)

public:
    enum class Preset { LastMonth, LastQuarter, ThisYear, LastYear, WholeProject, Custom };
    static constexpr Preset presets[] = {Preset::LastMonth, Preset::LastQuarter,  Preset::ThisYear,
                                         Preset::LastYear,  Preset::WholeProject, Preset::Custom};

    QDate from;
    QDate to;

    // The period of preset on today: the calendar month or quarter before today's, today's
    // calendar year, the one before it, or from the earliest start to the latest end of the
    // projects (an undated end: today). nullopt for Custom, and for WholeProject when no
    // project has a start.
    static std::optional<ReportPeriod> of(Preset preset, QDate today,
                                          const QVector<Domain::Project> &projects = {});
    static QString name(Preset preset);
    // The codes kept in the settings: "lastMonth", "lastQuarter", "thisYear", "lastYear",
    // "wholeProject", "custom".
    static QString code(Preset preset);
    static std::optional<Preset> fromCode(const QString &code);
};

} // namespace Views
