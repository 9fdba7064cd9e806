#include "models/domain/validation.h"

#include "models/domain/text.h"

#include <QCoreApplication>

#include <cmath>

namespace Domain {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Domain::Validation)
};

// Every stored text: nothing PostgreSQL cannot hold (U+0000) or nobody types on purpose
// (other control characters, lone surrogates, U+FFFE, U+FFFF). Tab and line breaks are fine.
bool requireStorable(Violations &out, const QString &field, const QString &value)
{
    const qsizetype at = forbiddenCharacter(value);
    if (at < 0)
        return true;
    out.append(
        {field, Text::tr("must not hold the character %1").arg(printable(value.mid(at, 1)))});
    return false;
}

// A name, title or text that must say something: storable, and more than white space and
// invisible characters (a zero-width space looks empty wherever it is shown).
void requireText(Violations &out, const QString &field, const QString &value)
{
    if (requireStorable(out, field, value) && !hasVisibleText(value))
        out.append({field, Text::tr("must not be empty")});
}

void requireOrder(Violations &out, const QString &endField, QDate start, QDate end)
{
    if (start.isValid() && end.isValid() && end < start) {
        out.append(
            {endField, Text::tr("%1 is before the start date %2")
                           .arg(PlanDate::day(end).toText(), PlanDate::day(start).toText())});
    }
}

// A period known to a precision ends before it starts when the whole of its end lies before the
// start: "høsten 2012" to "september 2012" overlap and are accepted, "våren 2012" to
// "høsten 2011" are not.
void requireOrder(Violations &out, const QString &endField, const PlanDate &start,
                  const PlanDate &end)
{
    if (start.isValid() && end.isValid() && end.last() < start.first()) {
        out.append({endField,
                    Text::tr("%1 is before the start date %2").arg(end.toText(), start.toText())});
    }
}

void requireRange(Violations &out, const QString &field, int value, int low, int high)
{
    if (value < low || value > high)
        out.append(
            {field, Text::tr("%1 is not between %2 and %3")
                        .arg(QString::number(value), QString::number(low), QString::number(high))});
}

// A measured value is a number: not NaN or infinite, which no exchange file or report can hold.
void requireFinite(Violations &out, const QString &field, const std::optional<double> &value)
{
    if (value && !std::isfinite(*value))
        out.append({field, Text::tr("is not a number")});
}

void requireUuid(Violations &out, const QString &field, const QUuid &uuid)
{
    if (uuid.isNull())
        out.append({field, Text::tr("is missing")});
}

// A time that is stored and exchanged as ISO 8601 in UTC, which has four-digit years.
void requireTimestamp(Violations &out, const QString &field, const QDateTime &time)
{
    if (!time.isValid()) {
        out.append({field, Text::tr("is missing")});
    } else if (const int year = time.toUTC().date().year(); year < 1 || year > 9999) {
        out.append({field, Text::tr("falls in the year %1 in UTC, outside the years 1 to 9999")
                               .arg(QString::number(year))});
    }
}

void appendPrefixed(Violations &out, const QString &prefix, const Violations &inner)
{
    for (const Violation &violation : inner)
        out.append({prefix + QLatin1Char('.') + violation.field, violation.message});
}

QString indexed(const char *name, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(index);
}

} // namespace

Violations validate(const Indicator &indicator)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), indicator.uuid);
    requireText(out, QStringLiteral("name"), indicator.name);
    requireStorable(out, QStringLiteral("unit"), indicator.unit);
    requireFinite(out, QStringLiteral("baseline"), indicator.baseline);
    requireFinite(out, QStringLiteral("target"), indicator.target);
    requireFinite(out, QStringLiteral("current"), indicator.current);
    return out;
}

Violations validate(const Activity &activity)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), activity.uuid);
    requireText(out, QStringLiteral("title"), activity.title);
    return out;
}

Violations validate(const Organisation &organisation)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), organisation.uuid);
    requireText(out, QStringLiteral("name"), organisation.name);
    return out;
}

Violations validate(const Project &project)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), project.uuid);
    requireText(out, QStringLiteral("name"), project.name);
    requireStorable(out, QStringLiteral("shortName"), project.shortName);
    requireStorable(out, QStringLiteral("region"), project.region);
    requireStorable(out, QStringLiteral("description"), project.description);
    requireStorable(out, QStringLiteral("fundingNotes"), project.fundingNotes);
    requireOrder(out, QStringLiteral("end"), project.start, project.end);
    return out;
}

Violations validate(const Participant &participant)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), participant.uuid);
    requireUuid(out, QStringLiteral("organisation"), participant.organisationUuid);
    return out;
}

Violations validate(const Member &member)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), member.uuid);
    requireStorable(out, QStringLiteral("name"), member.name);
    requireStorable(out, QStringLiteral("role"), member.role);
    if (!hasVisibleText(member.name) && !hasVisibleText(member.role))
        out.append({QStringLiteral("role"), Text::tr("a member needs a name or a role")});
    return out;
}

Violations validate(const Goal &goal)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), goal.uuid);
    requireText(out, QStringLiteral("text"), goal.text);
    if (!goal.parentUuid.isNull() && goal.parentUuid == goal.uuid)
        out.append({QStringLiteral("parent"), Text::tr("a goal cannot be its own parent")});
    for (qsizetype i = 0; i < goal.indicators.size(); ++i)
        appendPrefixed(out, indexed("indicators", i), validate(goal.indicators.at(i)));
    return out;
}

Violations validate(const Measure &measure)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), measure.uuid);
    requireText(out, QStringLiteral("title"), measure.title);
    requireStorable(out, QStringLiteral("description"), measure.description);
    requireStorable(out, QStringLiteral("theme"), measure.theme);
    requireOrder(out, QStringLiteral("plannedEnd"), measure.plannedStart, measure.plannedEnd);
    requireOrder(out, QStringLiteral("actualEnd"), measure.actualStart, measure.actualEnd);
    if (measure.progress)
        requireRange(out, QStringLiteral("progress"), *measure.progress, 0, 100);
    if (measure.status == Status::Completed && measure.progress.value_or(-1) != 100)
        out.append(
            {QStringLiteral("progress"), Text::tr("a completed measure has 100 % progress")});
    if (measure.anchoredOn.isValid() && measure.anchoring != Anchoring::Yes) {
        out.append({QStringLiteral("managementAnchoring.date"),
                    Text::tr("a date is only given when the measure is anchored")});
    }
    for (qsizetype i = 0; i < measure.activities.size(); ++i)
        appendPrefixed(out, indexed("activities", i), validate(measure.activities.at(i)));
    return out;
}

Violations validate(const Milestone &milestone)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), milestone.uuid);
    requireText(out, QStringLiteral("title"), milestone.title);
    return out;
}

Violations validate(const StatusUpdate &update)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), update.uuid);
    requireStorable(out, QStringLiteral("author"), update.author);
    requireText(out, QStringLiteral("text"), update.text);
    requireTimestamp(out, QStringLiteral("recordedAt"), update.recordedAt);
    if (update.newProgress)
        requireRange(out, QStringLiteral("newProgress"), *update.newProgress, 0, 100);
    return out;
}

Violations validate(const Risk &risk)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), risk.uuid);
    requireText(out, QStringLiteral("description"), risk.description);
    requireStorable(out, QStringLiteral("mitigation"), risk.mitigation);
    requireStorable(out, QStringLiteral("owner"), risk.owner);
    requireRange(out, QStringLiteral("likelihood"), risk.likelihood, 1, 5);
    requireRange(out, QStringLiteral("impact"), risk.impact, 1, 5);
    return out;
}

Violations validate(const KnowledgeSource &source)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), source.uuid);
    requireText(out, QStringLiteral("title"), source.title);
    requireStorable(out, QStringLiteral("publisher"), source.publisher);
    requireStorable(out, QStringLiteral("authors"), source.authors);
    requireStorable(out, QStringLiteral("reference"), source.reference);
    requireStorable(out, QStringLiteral("link"), source.link);
    requireStorable(out, QStringLiteral("summary"), source.summary);
    if (source.year)
        requireRange(out, QStringLiteral("year"), *source.year, 1800, 2200);
    return out;
}

Violations validate(const BudgetLine &line)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), line.uuid);
    requireText(out, QStringLiteral("label"), line.label);
    requireRange(out, QStringLiteral("year"), line.year, 1900, 2200);
    // Amounts stay exact in every exchange file: JSON numbers hold whole numbers up to 2^53.
    constexpr qint64 limit = qint64(1) << 53;
    const struct
    {
        const char *field;
        qint64 ore;
    } amounts[] = {{"budgetOre", line.budgetOre},
                   {"accountsOre", line.accountsOre},
                   {"ownContributionOre", line.ownContributionOre}};
    for (const auto &amount : amounts) {
        if (amount.ore < -limit || amount.ore > limit) {
            out.append({QLatin1String(amount.field),
                        Text::tr("%1 øre is beyond what Samspill can keep exact").arg(amount.ore)});
        }
    }
    return out;
}

QString describe(const Violations &violations)
{
    QStringList parts;
    for (const Violation &violation : violations)
        parts.append(violation.field + QStringLiteral(": ") + violation.message);
    return parts.join(QStringLiteral("; "));
}

Violations validate(const ArchivedReport &report)
{
    Violations out;
    requireUuid(out, QStringLiteral("uuid"), report.uuid);
    requireTimestamp(out, QStringLiteral("issuedAt"), report.issuedAt);
    requireStorable(out, QStringLiteral("author"), report.author);
    requireText(out, QStringLiteral("title"), report.title);
    if (!report.from.isValid())
        out.append({QStringLiteral("from"), Text::tr("is missing")});
    if (!report.to.isValid())
        out.append({QStringLiteral("to"), Text::tr("is missing")});
    requireOrder(out, QStringLiteral("to"), report.from, report.to);
    if (!isReportLanguage(report.language)) {
        out.append({QStringLiteral("language"),
                    Text::tr("%1 is not one of: nb, en").arg(quoted(report.language))});
    }
    for (qsizetype i = 0; i < report.projects.size(); ++i)
        requireUuid(out, QStringLiteral("projects[%1]").arg(i), report.projects.at(i));
    if (report.content.isEmpty())
        out.append({QStringLiteral("content"), Text::tr("must not be empty")});
    return out;
}

} // namespace Domain
