#include "views/reportperiod.h"

namespace Views {

std::optional<ReportPeriod> ReportPeriod::of(Preset preset, QDate today,
                                             const QVector<Domain::Project> &projects)
{
    switch (preset) {
    case Preset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return ReportPeriod{first, first.addMonths(1).addDays(-1)};
    }
    case Preset::LastQuarter: {
        const int quarterStart = (today.month() - 1) / 3 * 3 + 1;
        const QDate first = QDate(today.year(), quarterStart, 1).addMonths(-3);
        return ReportPeriod{first, first.addMonths(3).addDays(-1)};
    }
    case Preset::ThisYear:
        return ReportPeriod{QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Preset::LastYear:
        return ReportPeriod{QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Preset::WholeProject: {
        ReportPeriod period;
        for (const Domain::Project &project : projects) {
            if (project.start.isValid() && (!period.from.isValid() || project.start < period.from))
                period.from = project.start;
            const QDate end = project.end.isValid() ? project.end : today;
            if (!period.to.isValid() || end > period.to)
                period.to = end;
        }
        if (!period.from.isValid())
            return std::nullopt;
        if (period.to < period.from)
            period.to = period.from;
        return period;
    }
    case Preset::Custom:
        break;
    }
    return std::nullopt;
}

QString ReportPeriod::name(Preset preset)
{
    switch (preset) {
    case Preset::LastMonth:
        return tr("Last month");
    case Preset::LastQuarter:
        return tr("Last quarter");
    case Preset::ThisYear:
        return tr("This year");
    case Preset::LastYear:
        return tr("Last year");
    case Preset::WholeProject:
        return tr("The whole project");
    case Preset::Custom:
        return tr("Custom period");
    }
    return {};
}

QString ReportPeriod::code(Preset preset)
{
    switch (preset) {
    case Preset::LastMonth:
        return QStringLiteral("lastMonth");
    case Preset::LastQuarter:
        return QStringLiteral("lastQuarter");
    case Preset::ThisYear:
        return QStringLiteral("thisYear");
    case Preset::LastYear:
        return QStringLiteral("lastYear");
    case Preset::WholeProject:
        return QStringLiteral("wholeProject");
    case Preset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<ReportPeriod::Preset> ReportPeriod::fromCode(const QString &code)
{
    for (Preset preset : presets) {
        if (ReportPeriod::code(preset) == code)
            return preset;
    }
    return std::nullopt;
}

} // namespace Views
