#include "models/report/changetext.h"

#include "models/domain/plandate.h"
#include "models/labels.h"

#include <QHash>
#include <QSet>

namespace Report {
namespace {

const QString measureEntity = QStringLiteral("measure");
const QString activityEntity = QStringLiteral("activity");

// The exchange format's names of the planning dates, whose values are PlanDate codes.
bool isPlanDate(const QString &field)
{
    static const QStringList names{QStringLiteral("plannedStart"), QStringLiteral("plannedEnd"),
                                   QStringLiteral("actualStart"),  QStringLiteral("actualEnd"),
                                   QStringLiteral("due"),          QStringLiteral("date"),
                                   QStringLiteral("measuredOn")};
    return names.contains(field);
}

// Bookkeeping of where a row sits, not content a reader follows.
bool isPlacement(const QString &field)
{
    static const QStringList names{QStringLiteral("position"), QStringLiteral("project"),
                                   QStringLiteral("measure"), QStringLiteral("goal"),
                                   QStringLiteral("parent")};
    return names.contains(field);
}

} // namespace

QString ChangeText::entityName(const QString &entity)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("project"), QT_TR_NOOP("the project")},
        {QStringLiteral("participant"), QT_TR_NOOP("a participant")},
        {QStringLiteral("member"), QT_TR_NOOP("a member")},
        {QStringLiteral("goal"), QT_TR_NOOP("a goal")},
        {QStringLiteral("indicator"), QT_TR_NOOP("an indicator")},
        {measureEntity, QT_TR_NOOP("the measure")},
        {activityEntity, QT_TR_NOOP("an activity")},
        {QStringLiteral("milestone"), QT_TR_NOOP("a milestone")},
        {QStringLiteral("risk"), QT_TR_NOOP("a risk")},
        {QStringLiteral("budgetLine"), QT_TR_NOOP("a budget line")},
    };
    const char *name = names.value(entity, nullptr);
    return name ? tr(name) : entity;
}

QString ChangeText::fieldLabel(const QString &entity, const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("text"), QT_TR_NOOP("text")},
        {QStringLiteral("description"), QT_TR_NOOP("description")},
        {QStringLiteral("level"), QT_TR_NOOP("level")},
        {QStringLiteral("theme"), QT_TR_NOOP("theme")},
        {QStringLiteral("goals"), QT_TR_NOOP("goals")},
        {QStringLiteral("responsibleOrganisations"), QT_TR_NOOP("responsible")},
        {QStringLiteral("participatingOrganisations"), QT_TR_NOOP("taking part")},
        {QStringLiteral("knowledgeSources"), QT_TR_NOOP("knowledge sources")},
        {QStringLiteral("plannedStart"), QT_TR_NOOP("planned start")},
        {QStringLiteral("plannedEnd"), QT_TR_NOOP("planned end")},
        {QStringLiteral("actualStart"), QT_TR_NOOP("actual start")},
        {QStringLiteral("actualEnd"), QT_TR_NOOP("actual end")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("progress"), QT_TR_NOOP("progress")},
        {QStringLiteral("managementAnchoring.state"), QT_TR_NOOP("management anchoring")},
        {QStringLiteral("managementAnchoring.date"), QT_TR_NOOP("anchored on")},
        {QStringLiteral("due"), QT_TR_NOOP("due")},
        {QStringLiteral("done"), QT_TR_NOOP("done")},
        {QStringLiteral("date"), QT_TR_NOOP("date")},
        {QStringLiteral("start"), QT_TR_NOOP("start")},
        {QStringLiteral("end"), QT_TR_NOOP("end")},
        {QStringLiteral("budgetOre"), QT_TR_NOOP("budget")},
        {QStringLiteral("accountsOre"), QT_TR_NOOP("accounts")},
        {QStringLiteral("likelihood"), QT_TR_NOOP("likelihood")},
        {QStringLiteral("impact"), QT_TR_NOOP("impact")},
    };
    Q_UNUSED(entity)
    const char *label = labels.value(field, nullptr);
    return label ? tr(label) : field;
}

QString ChangeText::value(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        if (isPlanDate(field))
            return Models::Labels::date(Domain::PlanDate());
        if (field == QLatin1String("progress"))
            return Models::Labels::progress(std::nullopt);
        return tr("none");
    }
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (field == QLatin1String("status")) {
        if (const auto status = Domain::fromCode<Domain::Status>(text))
            return Models::Labels::status(*status);
    }
    if (field == QLatin1String("progress"))
        return Models::Labels::progress(text.toInt());
    if (isPlanDate(field)) {
        if (const auto date = Domain::PlanDate::fromCode(text))
            return Models::Labels::date(*date);
    }
    if (field == QLatin1String("done"))
        return text == QLatin1String("true") ? tr("yes") : tr("no");
    // Long texts are named, not quoted: the report lists what changed, not every word.
    return text.size() > 60 ? tr("new text") : text;
}

QString ChangeText::describe(const Domain::ChangeEvent &event)
{
    const bool measure = event.entity == measureEntity;
    switch (event.operation) {
    case Domain::ChangeEvent::Operation::Insert:
        return measure ? tr("added") : tr("%1 added").arg(entityName(event.entity));
    case Domain::ChangeEvent::Operation::Delete:
        return measure ? tr("removed") : tr("%1 removed").arg(entityName(event.entity));
    case Domain::ChangeEvent::Operation::Update:
        break;
    }
    QStringList changes;
    for (const Domain::ChangeEvent::Field &field : event.fields) {
        if (isPlacement(field.name))
            continue;
        const QString label = fieldLabel(event.entity, field.name);
        const bool longText =
            field.name == QLatin1String("description") || field.name == QLatin1String("text");
        changes.append(longText ? label
                                : tr("%1 %2 → %3")
                                      .arg(label, value(field.name, field.before),
                                           value(field.name, field.after)));
    }
    if (changes.isEmpty())
        return {};
    const QString list = changes.join(QStringLiteral("; "));
    return measure ? list : tr("%1 changed: %2").arg(entityName(event.entity), list);
}

QVector<ChangeText::Group> ChangeText::of(const QVector<Domain::ChangeEvent> &events,
                                          const Domain::ProjectBundle &bundle)
{
    QHash<QUuid, QUuid> measureOfActivity;
    for (const Domain::Measure &measure : bundle.measures) {
        for (const Domain::Activity &activity : measure.activities)
            measureOfActivity.insert(activity.uuid, measure.uuid);
    }
    // A status update sets its measure's status and progress in its own transaction: the log
    // tells that, so those changes are not told twice.
    QSet<qint64> statusUpdateSets;
    for (const Domain::ChangeEvent &event : events) {
        if (event.entity == QLatin1String("statusUpdate"))
            statusUpdateSets.insert(event.changeSet);
    }
    QVector<Group> groups{Group{}};
    QHash<QUuid, int> groupOf;
    for (const Domain::Measure &measure : bundle.measures) {
        groupOf.insert(measure.uuid, int(groups.size()));
        groups.append(Group{measure.uuid, measure.title, {}});
    }
    for (const Domain::ChangeEvent &event : events) {
        if (statusUpdateSets.contains(event.changeSet))
            continue;
        QUuid measure;
        if (event.entity == measureEntity)
            measure = event.entityUuid;
        else if (event.entity == activityEntity)
            measure = measureOfActivity.value(event.entityUuid);
        QString what = describe(event);
        if (what.isEmpty())
            continue;
        if (event.entity == activityEntity && !measure.isNull())
            what = tr("%1: %2").arg(entityName(event.entity), what);
        if (!measure.isNull() && !groupOf.contains(measure)) {
            // Removed since: named as it was.
            const auto title = std::find_if(event.fields.cbegin(), event.fields.cend(),
                                            [](const Domain::ChangeEvent::Field &field) {
                                                return field.name == QLatin1String("title");
                                            });
            groupOf.insert(measure, int(groups.size()));
            groups.append(Group{measure,
                                title != event.fields.cend() ? title->before.toString()
                                                             : tr("a removed measure"),
                                {}});
        }
        const QString line =
            tr("%1 · %2: %3")
                .arg(Models::Labels::timestampDate(event.changedAt), event.author, what);
        groups[measure.isNull() ? 0 : groupOf.value(measure)].lines.append(line);
    }
    groups.removeIf([](const Group &group) { return group.lines.isEmpty(); });
    return groups;
}

} // namespace Report
