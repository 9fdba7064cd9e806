#include "models/measuresummary.h"

#include "models/labels.h"
#include "models/projectdata.h"

#include <algorithm>

namespace Models {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral(
               "<tr><td style=\"padding-right:12px; color:#555\">%1</td><td>%2</td></tr>")
        .arg(escaped(label), value);
}

} // namespace

QString MeasureSummary::html(const ProjectData &data, const Domain::Measure &measure)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(measure.title));
    if (!measure.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(measure.description));

    const Domain::Rag rag = data.ragOf(measure);
    QString table = row(tr("Status"), escaped(Labels::status(measure.status))) +
                    row(tr("Traffic light"),
                        QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                            .arg(Labels::ragColor(rag).name(),
                                 escaped(Labels::ragWithReason(rag, data.ragReason(measure))))) +
                    row(tr("Progress"), escaped(Labels::progress(measure.progress))) +
                    row(tr("Level"), escaped(Labels::level(measure.level)));
    if (!measure.theme.isEmpty())
        table += row(tr("Theme"), escaped(measure.theme));
    table += row(tr("Planned"), escaped(Labels::period(measure.plannedStart, measure.plannedEnd)));
    if (measure.actualStart.isValid() || measure.actualEnd.isValid())
        table += row(tr("Actual"), escaped(Labels::period(measure.actualStart, measure.actualEnd)));
    const QString none = tr("none given");
    table += row(tr("Responsible"),
                 escaped(measure.responsibleOrganisationUuids.isEmpty()
                             ? none
                             : data.organisationNames(measure.responsibleOrganisationUuids)));
    if (!measure.participatingOrganisationUuids.isEmpty()) {
        table += row(tr("Taking part"),
                     escaped(data.organisationNames(measure.participatingOrganisationUuids)));
    }
    QString anchoring = Labels::anchoring(measure.anchoring);
    if (measure.anchoredOn.isValid())
        anchoring += QStringLiteral(" (%1)").arg(Labels::date(measure.anchoredOn));
    table += row(tr("Management anchoring"), escaped(anchoring));
    html += QStringLiteral("<table>%1</table>").arg(table);

    if (!measure.goalUuids.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(escaped(tr("Serves the goals")));
        for (const QUuid &uuid : measure.goalUuids) {
            if (const Domain::Goal *goal = data.goal(uuid))
                html += QStringLiteral("<li>%1</li>").arg(escaped(goal->text));
        }
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Activities")));
    if (measure.activities.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No activities recorded.")));
    } else {
        html += QStringLiteral("<ul>");
        for (const Domain::Activity &activity : measure.activities) {
            const QString due =
                activity.due.isValid()
                    ? QStringLiteral(" – %1").arg(escaped(Labels::date(activity.due)))
                    : QString();
            html += QStringLiteral("<li>%1 %2%3</li>")
                        .arg(activity.done ? QStringLiteral("&#9745;") : QStringLiteral("&#9744;"),
                             escaped(activity.title), due);
        }
        html += QStringLiteral("</ul>");
    }

    if (!measure.knowledgeSourceUuids.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(escaped(tr("Knowledge sources")));
        for (const QUuid &uuid : measure.knowledgeSourceUuids) {
            const Domain::KnowledgeSource *source = data.knowledgeSource(uuid);
            if (!source)
                continue;
            QStringList parts{source->publisher, source->reference};
            if (source->year)
                parts.append(QString::number(*source->year));
            parts.removeAll(QString());
            html +=
                QStringLiteral("<li>%1%2</li>")
                    .arg(escaped(source->title),
                         parts.isEmpty() ? QString()
                                         : QStringLiteral(" <span style=\"color:#555\">(%1)</span>")
                                               .arg(escaped(parts.join(QStringLiteral(", ")))));
        }
        html += QStringLiteral("</ul>");
    }

    // What happened, newest first, as the status log has it.
    QVector<const Domain::StatusUpdate *> log;
    for (const Domain::StatusUpdate &update : data.statusUpdates()) {
        if (update.measureUuid == measure.uuid)
            log.append(&update);
    }
    std::stable_sort(log.begin(), log.end(),
                     [](const auto *a, const auto *b) { return a->recordedAt > b->recordedAt; });
    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Status log")));
    if (log.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No status updates yet.")));
    else
        html += QStringLiteral("<ul>");
    for (const Domain::StatusUpdate *update : std::as_const(log)) {
        QStringList facts;
        if (update->newStatus)
            facts.append(Labels::status(*update->newStatus));
        if (update->newProgress)
            facts.append(Labels::progress(update->newProgress));
        if (update->deviation)
            facts.append(tr("deviation"));
        if (update->decisionNeeded)
            facts.append(tr("decision needed"));
        const QString signedBy =
            update->author.isEmpty() ? QString() : QStringLiteral(" – %1").arg(update->author);
        html +=
            QStringLiteral("<li><b>%1</b>%2%3<br>%4</li>")
                .arg(escaped(Labels::date(update->recordedAt.toLocalTime().date())),
                     escaped(signedBy),
                     facts.isEmpty()
                         ? QString()
                         : QStringLiteral(" (%1)").arg(escaped(facts.join(QStringLiteral(", ")))),
                     escaped(update->text));
    }
    if (!log.isEmpty())
        html += QStringLiteral("</ul>");
    return html;
}

} // namespace Models
