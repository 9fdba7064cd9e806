#include "models/entityfields.h"

#include "models/labels.h"

#include <QLocale>

namespace Models {
namespace {

// Names and texts in a sentence are cut here, at a word where one ends close enough.
constexpr int NameLength = 60;

class Fields
{
public:
    explicit Fields(const EntityFields::Names &names)
        : m_names(names)
    {}

    Fields &text(const QString &label, const QString &value)
    {
        m_fields.append({int(m_fields.size()), label, value});
        return *this;
    }
    Fields &reference(const QString &label, const QUuid &uuid)
    {
        return text(label, uuid.isNull() ? QString() : nameOf(uuid));
    }
    Fields &references(const QString &label, const QVector<QUuid> &uuids)
    {
        QStringList names;
        for (const QUuid &uuid : uuids)
            names.append(nameOf(uuid));
        return text(label, names.join(QStringLiteral("; ")));
    }
    Fields &flag(const QString &label, bool value)
    {
        return text(label, value ? EntityFields::tr("yes") : EntityFields::tr("no"));
    }
    Fields &number(const QString &label, const std::optional<double> &value)
    {
        return text(label, Labels::number(value));
    }
    Fields &whole(const QString &label, qint64 value)
    {
        return text(label, QLocale().toString(value));
    }
    Fields &money(const QString &label, qint64 ore) { return text(label, Labels::money(ore)); }

    QVector<FieldText> take() { return std::move(m_fields); }

private:
    QString nameOf(const QUuid &uuid) const
    {
        const QString name = m_names ? m_names(uuid) : QString();
        return name.isEmpty() ? uuid.toString(QUuid::WithoutBraces) : name;
    }

    const EntityFields::Names &m_names;
    QVector<FieldText> m_fields;
};

QString cut(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.size() <= NameLength)
        return simple;
    qsizetype end = simple.lastIndexOf(u' ', NameLength);
    if (end < NameLength / 2)
        end = NameLength;
    return simple.left(end) + QChar(0x2026);
}

QString activitiesText(const QVector<Domain::Activity> &activities)
{
    QStringList lines;
    for (const Domain::Activity &activity : activities) {
        QString line =
            (activity.done ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) + activity.title;
        if (activity.due.isValid())
            line += QStringLiteral(" (") + Labels::date(activity.due) + u')';
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace

QVector<FieldText> EntityFields::of(const Domain::Organisation &organisation, const Names &names)
{
    return Fields(names)
        .text(tr("Name"), organisation.name)
        .text(tr("Kind"), Labels::organisationKind(organisation.kind))
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::KnowledgeSource &source, const Names &names)
{
    return Fields(names)
        .text(tr("Title"), source.title)
        .text(tr("Publisher"), source.publisher)
        .text(tr("Authors"), source.authors)
        .text(tr("Year"), source.year ? QString::number(*source.year) : QString())
        .text(tr("Reference"), source.reference)
        .text(tr("Link"), source.link)
        .text(tr("Summary"), source.summary)
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::Project &project, const Names &names)
{
    return Fields(names)
        .text(tr("Name"), project.name)
        .text(tr("Short name"), project.shortName)
        .text(tr("Region"), project.region)
        .text(tr("Description"), project.description)
        .text(tr("Start"), Labels::date(project.start))
        .text(tr("End"), Labels::date(project.end))
        .text(tr("Status"), Labels::status(project.status))
        .text(tr("Funding"), project.fundingNotes)
        .references(tr("Knowledge sources"), project.knowledgeSourceUuids)
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::Participant &participant, const Names &names)
{
    return Fields(names)
        .reference(tr("Organisation"), participant.organisationUuid)
        .text(tr("Role"), Labels::participantRole(participant.role))
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::Member &member, const Names &names)
{
    return Fields(names)
        .text(tr("Name"), member.name)
        .text(tr("Role"), member.role)
        .reference(tr("Organisation"), member.organisationUuid)
        .text(tr("Group"), Labels::group(member.group))
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::Goal &goal, const Names &names)
{
    QStringList indicators;
    for (const Domain::Indicator &indicator : goal.indicators)
        indicators.append(indicator.name);
    return Fields(names)
        .text(tr("Text"), goal.text)
        .text(tr("Indicators"), indicators.join(QStringLiteral("; ")))
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::Indicator &indicator, const Names &names)
{
    return Fields(names)
        .text(tr("Name"), indicator.name)
        .text(tr("Unit"), indicator.unit)
        .number(tr("Baseline"), indicator.baseline)
        .number(tr("Target"), indicator.target)
        .number(tr("Current value"), indicator.current)
        .text(tr("Measured"),
              indicator.measuredOn.isValid() ? Labels::date(indicator.measuredOn) : QString())
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::Measure &measure, const Names &names)
{
    return Fields(names)
        .text(tr("Title"), measure.title)
        .text(tr("Description"), measure.description)
        .text(tr("Level"), Labels::level(measure.level))
        .text(tr("Theme"), measure.theme)
        .references(tr("Goals"), measure.goalUuids)
        .references(tr("Responsible"), measure.responsibleOrganisationUuids)
        .references(tr("Taking part"), measure.participatingOrganisationUuids)
        .text(tr("Planned start"), Labels::date(measure.plannedStart))
        .text(tr("Planned end"), Labels::date(measure.plannedEnd))
        .text(tr("Actual start"), Labels::date(measure.actualStart))
        .text(tr("Actual end"), Labels::date(measure.actualEnd))
        .text(tr("Status"), Labels::status(measure.status))
        .text(tr("Progress"), Labels::progress(measure.progress))
        .text(tr("Management anchoring"), Labels::anchoring(measure.anchoring))
        .text(tr("Anchored on"), Labels::date(measure.anchoredOn))
        .text(tr("Activities"), activitiesText(measure.activities))
        .references(tr("Knowledge sources"), measure.knowledgeSourceUuids)
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::Activity &activity, const Names &names)
{
    return Fields(names)
        .text(tr("Title"), activity.title)
        .text(tr("Due"), Labels::date(activity.due))
        .flag(tr("Done"), activity.done)
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::Milestone &milestone, const Names &names)
{
    return Fields(names)
        .text(tr("Title"), milestone.title)
        .text(tr("Date"), Labels::date(milestone.date))
        .reference(tr("Measure"), milestone.measureUuid)
        .flag(tr("Reached"), milestone.done)
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::StatusUpdate &update, const Names &names)
{
    return Fields(names)
        .text(tr("Recorded"),
              QLocale().toString(update.recordedAt.toLocalTime(), QLocale::ShortFormat))
        .text(tr("Author"), update.author)
        .text(tr("Text"), update.text)
        .reference(tr("Measure"), update.measureUuid)
        .text(tr("New status"), update.newStatus ? Labels::status(*update.newStatus) : QString())
        .text(tr("New progress"),
              update.newProgress ? Labels::progress(update.newProgress) : QString())
        .flag(tr("Deviation"), update.deviation)
        .flag(tr("Decision needed"), update.decisionNeeded)
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::Risk &risk, const Names &names)
{
    return Fields(names)
        .text(tr("Description"), risk.description)
        .whole(tr("Likelihood"), risk.likelihood)
        .whole(tr("Impact"), risk.impact)
        .text(tr("Mitigation"), risk.mitigation)
        .text(tr("Owner"), risk.owner)
        .take();
}

QVector<FieldText> EntityFields::of(const Domain::BudgetLine &line, const Names &names)
{
    return Fields(names)
        .text(tr("Year"), QString::number(line.year))
        .text(tr("Item"), line.label)
        .money(tr("Budget"), line.budgetOre)
        .money(tr("Accounts"), line.accountsOre)
        .money(tr("Own contribution"), line.ownContributionOre)
        .take();
}

QString EntityFields::name(const Domain::Organisation &organisation)
{
    return cut(organisation.name);
}

QString EntityFields::name(const Domain::KnowledgeSource &source)
{
    return cut(source.title);
}

QString EntityFields::name(const Domain::Project &project)
{
    return cut(project.shortName.isEmpty() ? project.name : project.shortName);
}

QString EntityFields::name(const Domain::Participant &participant, const Names &names)
{
    const QString organisation = names ? names(participant.organisationUuid) : QString();
    return cut(organisation.isEmpty() ? Labels::participantRole(participant.role) : organisation);
}

QString EntityFields::name(const Domain::Member &member, const Names &names)
{
    if (!member.name.trimmed().isEmpty())
        return cut(member.name);
    const QString organisation = names ? names(member.organisationUuid) : QString();
    //: A member known by role alone: %1 the role, %2 the organisation.
    return cut(organisation.isEmpty() ? member.role : tr("%1, %2").arg(member.role, organisation));
}

QString EntityFields::name(const Domain::Goal &goal)
{
    return cut(goal.text);
}

QString EntityFields::name(const Domain::Indicator &indicator)
{
    return cut(indicator.name);
}

QString EntityFields::name(const Domain::Measure &measure)
{
    return cut(measure.title);
}

QString EntityFields::name(const Domain::Activity &activity)
{
    return cut(activity.title);
}

QString EntityFields::name(const Domain::Milestone &milestone)
{
    return cut(milestone.title);
}

QString EntityFields::name(const Domain::StatusUpdate &update)
{
    return cut(update.text);
}

QString EntityFields::name(const Domain::Risk &risk)
{
    return cut(risk.description);
}

QString EntityFields::name(const Domain::BudgetLine &line)
{
    //: A budget line in a sentence: %1 its item, %2 its year.
    return cut(tr("%1 (%2)").arg(line.label, QString::number(line.year)));
}

QString EntityFields::quoted(const QString &name)
{
    //: A name quoted in a sentence, in the quotation marks of the language.
    return tr("“%1”").arg(name);
}

QString EntityFields::kindName(Domain::EntityKind kind)
{
    //: The kinds of entity are the objects of undo texts ("Delete %1 %2"): in Norwegian in the
    //: definite form, "tiltaket".
    switch (kind) {
    case Domain::EntityKind::Organisation:
        return tr("organisation");
    case Domain::EntityKind::KnowledgeSource:
        return tr("knowledge source");
    case Domain::EntityKind::Project:
        return tr("project");
    case Domain::EntityKind::Participant:
        return tr("participant");
    case Domain::EntityKind::Member:
        return tr("member");
    case Domain::EntityKind::Goal:
        return tr("goal");
    case Domain::EntityKind::Indicator:
        return tr("indicator");
    case Domain::EntityKind::Measure:
        return tr("measure");
    case Domain::EntityKind::Activity:
        return tr("activity");
    case Domain::EntityKind::Milestone:
        return tr("milestone");
    case Domain::EntityKind::StatusUpdate:
        return tr("status update");
    case Domain::EntityKind::Risk:
        return tr("risk");
    case Domain::EntityKind::BudgetLine:
        return tr("budget line");
    }
    return {};
}

} // namespace Models
