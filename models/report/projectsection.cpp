#include "models/report/projectsection.h"

#include "models/labels.h"
#include "models/overview/explanation.h"
#include "models/overview/periodfigures.h"
#include "models/report/changetext.h"
#include "models/statustext.h"

#include <QHash>
#include <QLocale>

namespace Report {
namespace {

using Models::Labels;
using Section = Request::Section;

constexpr double timelineWidthMm = 165;

const Domain::Status statuses[] = {Domain::Status::Planned, Domain::Status::InProgress,
                                   Domain::Status::Completed, Domain::Status::Postponed,
                                   Domain::Status::Cancelled};

QString number(qsizetype value)
{
    return QLocale().toString(qlonglong(value));
}

// A period of planning dates; one "undated" for two unknown ends.
QString planned(const Domain::PlanDate &start, const Domain::PlanDate &end)
{
    return start.isNull() && end.isNull() ? Labels::date(start) : Labels::period(start, end);
}

QString indicatorValue(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}

} // namespace

QString ProjectSection::money(qint64 ore)
{
    const qint64 whole = ore / 100;
    const qint64 cents = ore % 100 < 0 ? -(ore % 100) : ore % 100;
    const QString sign = ore < 0 && whole == 0 ? QStringLiteral("-") : QString();
    return sign + QLocale().toString(whole) + QLocale().decimalPoint() +
           QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
}

QString ProjectSection::title(const Request &request, const Domain::Project &project)
{
    const QString name = project.shortName.isEmpty() ? project.name : project.shortName;
    return tr("Status report %1: %2").arg(Labels::period(request.from, request.to), name);
}

Table ProjectSection::measureRows(const Models::ProjectData &data, bool withProject)
{
    Table table;
    if (withProject)
        table.header.append(tr("Project"));
    table.header << tr("Measure") << tr("Status") << tr("Light") << tr("Responsible")
                 << tr("Planned") << tr("Actual") << tr("Progress");
    table.numeric.append(int(table.header.size()) - 1);
    const Overview::ProjectFigures &figures = data.figures();
    for (const Domain::Measure &measure : data.measures()) {
        const Overview::ProjectFigures::Measure *standing = figures.measure(measure.uuid);
        if (!standing)
            continue;
        QStringList row;
        if (withProject)
            row.append(data.project().name);
        row << measure.title << Labels::status(standing->status)
            << Labels::rag(standing->rating.rag)
            << data.organisationNames(measure.responsibleOrganisationUuids)
            << planned(measure.plannedStart, measure.plannedEnd)
            << planned(measure.actualStart, measure.actualEnd)
            << Labels::progress(standing->progress);
        table.rows.append(row);
    }
    return table;
}

QVector<Block> ProjectSection::build(const Models::ProjectData &data,
                                     const QVector<Domain::ChangeEvent> &changes,
                                     std::shared_ptr<const Figure> timeline, const Request &request)
{
    const Overview::ProjectFigures &figures = data.figures();
    const Domain::ProjectBundle &bundle = data.bundle();
    const Overview::PeriodFigures period =
        Overview::PeriodFigures::of(bundle, figures, request.from, request.to);
    const auto titleOf = [&figures](const QUuid &uuid) {
        const Overview::ProjectFigures::Measure *measure = figures.measure(uuid);
        return measure ? measure->title : QString();
    };
    const auto titlesOf = [&titleOf](const QVector<QUuid> &uuids) {
        QStringList titles;
        for (const QUuid &uuid : uuids)
            titles.append(titleOf(uuid));
        return titles;
    };

    QVector<Block> blocks;
    // The title block.
    blocks.append(Block::heading(1, figures.project.name));
    QStringList facts{
        tr("Period: %1").arg(Labels::period(request.from, request.to)),
        tr("Produced: %1").arg(Labels::date(request.effectiveProducedOn())),
        tr("Figures: %1").arg(Models::StatusText::dayLine(figures.day, request.looksBack())),
        tr("Overall light: %1")
            .arg(
                Labels::ragWithReason(figures.rollup.rag, Overview::Explanation::summary(figures))),
        tr("Project period: %1").arg(Overview::Explanation::phase(figures))};
    if (figures.recordedFrom.isValid())
        facts.append(tr("Note: %1").arg(Models::StatusText::recordedLater(figures.recordedFrom)));
    blocks.append(Block::bullets(facts));

    if (request.has(Section::Summary)) {
        blocks.append(Block::heading(2, tr("Summary")));
        Table table{{tr("Figure"), tr("Value")}, {}, {1}};
        table.rows.append({tr("Measures"), number(figures.measures.size())});
        for (const Domain::Status status : statuses)
            table.rows.append({tr("– %1").arg(Labels::status(status)),
                               number(figures.withStatus(status).size())});
        table.rows.append({tr("Overdue"), number(figures.overdue.size())});
        table.rows.append({tr("Completed in the period"), number(period.completed.size())});
        table.rows.append({tr("Not rated"), number(figures.notRated.size())});
        table.rows.append({tr("Status updates in the period"), number(period.updates.size())});
        table.rows.append({tr("Progress"), Labels::progress(figures.rollup.progress)});
        blocks.append(Block::tableOf(table));
    }

    if (request.has(Section::Goals)) {
        blocks.append(Block::heading(2, tr("Goals and indicators")));
        if (figures.goals.isEmpty())
            blocks.append(Block::paragraph(tr("No goals are recorded.")));
        QHash<QUuid, const Domain::Goal *> goals;
        for (const Domain::Goal &goal : bundle.goals)
            goals.insert(goal.uuid, &goal);
        for (const Overview::ProjectFigures::Goal &goal : figures.goals) {
            blocks.append(
                Block::heading(3, goal.depth == 0 ? goal.text : tr("Sub-goal: %1").arg(goal.text)));
            const QString reasons =
                Overview::Explanation::ofGoal(figures, goal).join(QStringLiteral("; "));
            QStringList lines{tr("Light: %1").arg(Labels::ragWithReason(goal.rollup.rag, reasons)),
                              tr("Progress: %1").arg(Labels::progress(goal.rollup.progress))};
            const QStringList served = titlesOf(goal.measures);
            lines.append(served.isEmpty()
                             ? tr("Measures: none serves it")
                             : tr("Measures: %1").arg(QLocale().createSeparatedList(served)));
            blocks.append(Block::bullets(lines));
            const Domain::Goal *stored = goals.value(goal.uuid, nullptr);
            if (!stored || stored->indicators.isEmpty())
                continue;
            Table indicators{{tr("Indicator"), tr("Unit"), tr("Baseline"), tr("Target"),
                              tr("Current"), tr("Measured")},
                             {},
                             {2, 3, 4}};
            for (const Domain::Indicator &indicator : stored->indicators) {
                indicators.rows.append(
                    {indicator.name, indicator.unit, indicatorValue(indicator.baseline),
                     indicatorValue(indicator.target), indicatorValue(indicator.current),
                     Labels::date(indicator.measuredOn)});
            }
            blocks.append(Block::tableOf(indicators));
        }
    }

    if (request.has(Section::Measures)) {
        blocks.append(Block::heading(2, tr("Measures")));
        if (figures.measures.isEmpty()) {
            blocks.append(Block::paragraph(tr("No measures are recorded.")));
        } else {
            blocks.append(Block::tableOf(measureRows(data, false)));
            QStringList why;
            for (const Overview::ProjectFigures::Measure &measure : figures.measures) {
                if (measure.rating.rag == Domain::Rag::Red ||
                    measure.rating.rag == Domain::Rag::Amber) {
                    why.append(tr("%1: %2").arg(
                        measure.title, Labels::ragWithReason(measure.rating.rag, measure.reason)));
                }
            }
            if (!why.isEmpty()) {
                blocks.append(Block::paragraph(tr("Why measures are red or amber:")));
                blocks.append(Block::bullets(why));
            }
        }
    }

    if (request.has(Section::Activity)) {
        blocks.append(Block::heading(2, tr("What happened in the period")));
        const QVector<ChangeText::Group> changed = ChangeText::of(changes, bundle);
        if (period.updates.isEmpty() && changed.isEmpty()) {
            blocks.append(Block::paragraph(
                tr("Nothing was recorded in the period: no status updates and no changes.")));
        }
        // The status log first, by measure (the project's own first), then the changes.
        QVector<QUuid> order{QUuid()};
        for (const Domain::Measure &measure : bundle.measures)
            order.append(measure.uuid);
        for (const QUuid &about : order) {
            QStringList lines;
            for (const Domain::StatusUpdate &update : period.updates) {
                if (update.measureUuid != about)
                    continue;
                QStringList notes;
                if (update.newStatus)
                    notes.append(tr("status: %1").arg(Labels::status(*update.newStatus)));
                if (update.newProgress)
                    notes.append(tr("progress: %1").arg(Labels::progress(update.newProgress)));
                if (update.deviation)
                    notes.append(tr("deviation"));
                if (update.decisionNeeded)
                    notes.append(tr("decision needed"));
                QString line =
                    tr("%1 · %2: %3")
                        .arg(Labels::timestampDate(update.recordedAt),
                             update.author.isEmpty() ? tr("unsigned") : update.author, update.text);
                if (!notes.isEmpty())
                    line += tr(" (%1)").arg(notes.join(QStringLiteral(", ")));
                lines.append(line);
            }
            for (const ChangeText::Group &group : changed) {
                if (group.measure == about)
                    lines += group.lines;
            }
            if (lines.isEmpty())
                continue;
            blocks.append(
                Block::heading(3, about.isNull() ? tr("The project as a whole") : titleOf(about)));
            blocks.append(Block::bullets(lines));
        }
        for (const ChangeText::Group &group : changed) {
            if (!group.measure.isNull() && !order.contains(group.measure)) {
                blocks.append(Block::heading(3, tr("%1 (removed)").arg(group.title)));
                blocks.append(Block::bullets(group.lines));
            }
        }
    }

    const auto updateList = [&](const QString &heading, const QVector<Domain::StatusUpdate> &list,
                                const QString &none) {
        blocks.append(Block::heading(2, heading));
        QStringList lines;
        for (const Domain::StatusUpdate &update : list)
            lines.append(Models::StatusText::updateLine(figures, update));
        blocks.append(lines.isEmpty() ? Block::paragraph(none) : Block::bullets(lines));
    };
    if (request.has(Section::Deviations))
        updateList(tr("Open deviations"), figures.deviations, tr("No open deviations."));
    if (request.has(Section::Decisions))
        updateList(tr("Decisions needed"), figures.decisionsNeeded, tr("No decisions are needed."));

    if (request.has(Section::Milestones)) {
        const QString days = number(Overview::Settings::FarDays);
        blocks.append(Block::heading(2, tr("Milestones in the next %1 days").arg(days)));
        QStringList upcoming;
        for (const Overview::Deadline &milestone : figures.upcomingMilestones)
            upcoming.append(Models::StatusText::milestoneLine(milestone, figures.day));
        blocks.append(
            upcoming.isEmpty()
                ? Block::paragraph(tr("No milestone is due in the next %1 days.").arg(days))
                : Block::bullets(upcoming));
        if (!figures.overdueMilestones.isEmpty()) {
            QStringList overdue;
            for (const Overview::Deadline &milestone : figures.overdueMilestones)
                overdue.append(Models::StatusText::milestoneLine(milestone, figures.day));
            blocks.append(Block::paragraph(tr("Overdue milestones:")));
            blocks.append(Block::bullets(overdue));
        }
    }

    if (request.has(Section::Risks)) {
        blocks.append(Block::heading(2, tr("Risks")));
        if (figures.topRisks.isEmpty()) {
            blocks.append(Block::paragraph(tr("No risks are recorded.")));
        } else {
            Table risks{{tr("Score"), tr("Risk"), tr("Likelihood"), tr("Impact"), tr("Mitigation"),
                         tr("Owner")},
                        {},
                        {0, 2, 3}};
            for (const Domain::Risk &risk : figures.topRisks) {
                risks.rows.append({number(risk.likelihood * risk.impact), risk.description,
                                   number(risk.likelihood), number(risk.impact), risk.mitigation,
                                   risk.owner});
            }
            blocks.append(Block::tableOf(risks));
            if (bundle.risks.size() > figures.topRisks.size()) {
                blocks.append(Block::paragraph(
                    tr("The %1 highest of %2 risks.")
                        .arg(number(figures.topRisks.size()), number(bundle.risks.size()))));
            }
        }
    }

    if (request.has(Section::Organisations)) {
        blocks.append(Block::heading(2, tr("Who is responsible for what")));
        Table organisations{
            {tr("Organisation"), tr("Responsible for"), tr("Takes part in"), tr("Overdue")},
            {},
            {2, 3}};
        for (const Overview::ProjectFigures::Organisation &organisation : figures.organisations) {
            const QStringList responsible = titlesOf(organisation.responsible);
            organisations.rows.append(
                {organisation.name,
                 responsible.isEmpty() ? tr("nothing") : responsible.join(QStringLiteral("; ")),
                 number(organisation.participating.size()), number(organisation.overdue.size())});
        }
        blocks.append(organisations.rows.isEmpty()
                          ? Block::paragraph(tr("No organisations take part."))
                          : Block::tableOf(organisations));
    }

    if (request.has(Section::Budget)) {
        const int firstYear = request.from.year();
        const int lastYear = request.to.year();
        const QString years = firstYear == lastYear
                                  ? QString::number(firstYear)
                                  : QStringLiteral("%1–%2").arg(firstYear).arg(lastYear);
        blocks.append(Block::heading(2, tr("Budget and accounts %1").arg(years)));
        Table budget{{tr("Year"), tr("Line"), tr("Budget"), tr("Accounts"), tr("Own contribution"),
                      tr("Budget less accounts")},
                     {},
                     {0, 2, 3, 4, 5}};
        for (const Domain::BudgetLine &line : bundle.budgetLines) {
            if (line.year < firstYear || line.year > lastYear)
                continue;
            budget.rows.append({QString::number(line.year), line.label, money(line.budgetOre),
                                money(line.accountsOre), money(line.ownContributionOre),
                                money(line.budgetOre - line.accountsOre)});
        }
        blocks.append(budget.rows.isEmpty()
                          ? Block::paragraph(tr("No budget lines are recorded for %1.").arg(years))
                          : Block::tableOf(budget));
    }

    if (request.has(Section::Timeline) && timeline) {
        blocks.append(Block::heading(2, tr("Timeline")));
        blocks.append(Block::figureOf(
            std::move(timeline), timelineWidthMm,
            tr("The timeline of %1, %2.")
                .arg(figures.project.name, Labels::period(request.from, request.to))));
    }
    return blocks;
}

} // namespace Report
