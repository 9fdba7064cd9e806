#include "models/statustext.h"

#include "models/labels.h"
#include "models/overview/explanation.h"

#include <QLocale>

namespace Models {
namespace {

const QString indent = QStringLiteral("  ");

QString section(const QString &heading, const QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    return QLatin1Char('\n') + heading + QLatin1Char('\n') + indent +
           lines.join(QLatin1Char('\n') + indent) + QLatin1Char('\n');
}

} // namespace

QString StatusText::dayLine(QDate day, bool asOf)
{
    return asOf ? tr("as of %1, looking back").arg(Labels::date(day))
                : tr("as of %1").arg(Labels::date(day));
}

QString StatusText::recordedLater(const QDateTime &recordedFrom)
{
    return tr("in this database only since %1: shown as first recorded, with its status log "
              "up to the day shown")
        .arg(Labels::timestampDate(recordedFrom));
}

QString StatusText::summary(const Overview::PortfolioFigures &portfolio)
{
    return QStringList{tr("%n project(s)", nullptr, portfolio.projects()),
                       tr("%n red", nullptr, portfolio.withRag(Domain::Rag::Red)),
                       dayLine(portfolio.day, portfolio.asOf)}
        .join(QStringLiteral(" · "));
}

QString StatusText::portfolio(const Overview::PortfolioFigures &portfolio)
{
    QString text = summary(portfolio) + QLatin1Char('\n');
    for (const Overview::PortfolioRow &row : portfolio.rows) {
        const Domain::Project &project = row.project;
        QStringList facts;
        if (!project.region.isEmpty())
            facts.append(project.region);
        facts.append(Labels::period(project.start, project.end));
        facts.append(tr("progress %1").arg(Labels::progress(row.progress)));
        facts.append(tr("%n red", nullptr, row.red));
        facts.append(tr("%n amber", nullptr, row.amber));
        facts.append(tr("%n overdue", nullptr, row.overdue));
        facts.append(tr("last update %1").arg(Labels::timestampDate(row.lastUpdate)));
        facts.append(tr("next deadline %1")
                         .arg(row.nextDeadline ? Labels::deadline(*row.nextDeadline) : tr("none")));
        text += QLatin1Char('\n') +
                tr("%1  %2").arg(Labels::rag(row.rag).toUpper(),
                                 project.shortName.isEmpty() ? project.name : project.shortName) +
                QLatin1Char('\n') + indent + facts.join(QStringLiteral(" · ")) + QLatin1Char('\n') +
                indent + tr("why: %1").arg(row.reason) + QLatin1Char('\n');
        if (row.recordedFrom.isValid())
            text += indent + recordedLater(row.recordedFrom) + QLatin1Char('\n');
    }
    return text;
}

QString StatusText::project(const Overview::ProjectFigures &figures, bool asOf)
{
    const Domain::Project &project = figures.project;
    QStringList facts;
    if (!project.shortName.isEmpty())
        facts.append(project.shortName);
    if (!project.region.isEmpty())
        facts.append(project.region);
    facts.append(Labels::period(project.start, project.end));
    facts.append(Labels::status(project.status));

    QString text =
        project.name + QLatin1Char('\n') + facts.join(QStringLiteral(" · ")) + QLatin1Char('\n') +
        tr("%1, %2").arg(dayLine(figures.day, asOf), Overview::Explanation::phase(figures)) +
        QLatin1Char('\n');
    if (figures.recordedFrom.isValid())
        text += recordedLater(figures.recordedFrom) + QLatin1Char('\n');
    text += QLatin1Char('\n') +
            tr("Traffic light: %1")
                .arg(Labels::ragWithReason(
                    figures.rollup.rag,
                    Overview::Explanation::ofProject(figures).join(QStringLiteral("; ")))) +
            QLatin1Char('\n');
    const QStringList attention = Overview::Explanation::attention(figures);
    if (!attention.isEmpty())
        text +=
            tr("Needs attention: %1").arg(attention.join(QStringLiteral("; "))) + QLatin1Char('\n');

    QStringList statuses;
    for (Domain::Status status :
         {Domain::Status::Planned, Domain::Status::InProgress, Domain::Status::Completed,
          Domain::Status::Postponed, Domain::Status::Cancelled}) {
        statuses.append(tr("%1 %2").arg(Labels::status(status),
                                        QString::number(figures.withStatus(status).size())));
    }
    QStringList lights;
    for (Domain::Rag rag :
         {Domain::Rag::Red, Domain::Rag::Amber, Domain::Rag::Green, Domain::Rag::None}) {
        lights.append(
            tr("%1 %2").arg(Labels::rag(rag), QString::number(figures.withRag(rag).size())));
    }
    const QString separator = QStringLiteral(", ");
    text += tr("Progress: %1").arg(Labels::progress(figures.rollup.progress)) + QLatin1Char('\n') +
            tr("Measures: %1 (%2)")
                .arg(QString::number(figures.measures.size()), statuses.join(separator)) +
            QLatin1Char('\n') + tr("Lights: %1").arg(lights.join(separator)) + QLatin1Char('\n') +
            tr("Overdue: %1").arg(figures.overdue.size()) + QLatin1Char('\n') +
            tr("No status update for %n day(s): %1", nullptr, figures.staleDays)
                .arg(figures.stale.size()) +
            QLatin1Char('\n') +
            tr("Milestones: %1 in the next %2 days, %3 in the next %4 days, %5 overdue")
                .arg(QString::number(figures.milestonesWithin(Overview::Settings::NearDays).size()),
                     QString::number(Overview::Settings::NearDays),
                     QString::number(figures.milestonesWithin(Overview::Settings::FarDays).size()),
                     QString::number(Overview::Settings::FarDays),
                     QString::number(figures.overdueMilestones.size())) +
            QLatin1Char('\n') +
            tr("Next deadline: %1")
                .arg(figures.nextDeadline ? Labels::deadline(*figures.nextDeadline) : tr("none")) +
            QLatin1Char('\n') +
            tr("Last status update: %1").arg(Labels::timestampDate(figures.lastUpdate)) +
            QLatin1Char('\n');

    QStringList goals;
    for (const Overview::ProjectFigures::Goal &goal : figures.goals) {
        goals.append(
            QString(goal.depth * 2, QLatin1Char(' ')) +
            tr("%1, %2, %n measure(s): %3", nullptr, goal.rollup.measureCount)
                .arg(Labels::ragWithReason(
                         goal.rollup.rag,
                         Overview::Explanation::ofGoal(figures, goal).join(QStringLiteral("; "))),
                     Labels::progress(goal.rollup.progress), goal.text));
    }
    QStringList measures;
    for (const Overview::ProjectFigures::Measure &measure : figures.measures) {
        measures.append(tr("%1 – %2, %3 – %4")
                            .arg(measure.title, Labels::status(measure.status),
                                 Labels::progress(measure.progress),
                                 Labels::ragWithReason(measure.rating.rag, measure.reason)));
    }
    QStringList milestones;
    for (const Overview::Deadline &milestone : figures.upcomingMilestones)
        milestones.append(milestoneLine(milestone, figures.day));
    QStringList overdueMilestones;
    for (const Overview::Deadline &milestone : figures.overdueMilestones)
        overdueMilestones.append(milestoneLine(milestone, figures.day));
    QStringList decisions;
    for (const Domain::StatusUpdate &update : figures.decisionsNeeded)
        decisions.append(updateLine(figures, update));
    QStringList deviations;
    for (const Domain::StatusUpdate &update : figures.deviations)
        deviations.append(updateLine(figures, update));
    QStringList risks;
    for (const Domain::Risk &risk : figures.topRisks)
        risks.append(riskLine(risk));
    QStringList organisations;
    for (const Overview::ProjectFigures::Organisation &organisation : figures.organisations) {
        organisations.append(tr("%1: responsible for %2, takes part in %3, %4 overdue")
                                 .arg(organisation.name,
                                      QString::number(organisation.responsible.size()),
                                      QString::number(organisation.participating.size()),
                                      QString::number(organisation.overdue.size())));
    }
    QStringList progress;
    for (const Overview::ProjectFigures::ProgressPoint &point : figures.progressOverTime)
        progress.append(
            tr("%1: %2").arg(Labels::date(point.date), Labels::progress(point.progress)));

    return text + section(tr("Goals"), goals) + section(tr("Measures"), measures) +
           section(tr("Milestones coming up"), milestones) +
           section(tr("Milestones overdue"), overdueMilestones) +
           section(tr("Decisions needed"), decisions) + section(tr("Deviations"), deviations) +
           section(tr("Top risks"), risks) + section(tr("Organisations"), organisations) +
           section(tr("Progress over time, from the status log"), progress);
}

QString StatusText::milestoneLine(const Overview::Deadline &milestone, QDate day)
{
    const qint64 days = day.daysTo(milestone.by());
    const QString when = days >= 0 ? tr("in %n day(s)", nullptr, int(days))
                                   : tr("%n day(s) ago", nullptr, int(-days));
    return tr("%1 · %2 (%3)").arg(Labels::date(milestone.date), milestone.title, when);
}

QString StatusText::updateLine(const Overview::ProjectFigures &figures,
                               const Domain::StatusUpdate &update)
{
    const Overview::ProjectFigures::Measure *measure = figures.measure(update.measureUuid);
    const QString about = measure ? measure->title : tr("the project");
    return tr("%1 · %2: %3")
        .arg(Labels::timestampDate(update.recordedAt), about,
             update.text.section(QLatin1Char('\n'), 0, 0));
}

QString StatusText::riskLine(const Domain::Risk &risk)
{
    return tr("%1 · %2 (likelihood %3 × impact %4)")
        .arg(QString::number(risk.likelihood * risk.impact), risk.description,
             QString::number(risk.likelihood), QString::number(risk.impact));
}

} // namespace Models
