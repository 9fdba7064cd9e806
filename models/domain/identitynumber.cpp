#include "models/domain/identitynumber.h"

#include <QHash>

#include <array>
#include <cstddef>

namespace Domain {
namespace {

constexpr qsizetype Length = 11;
constexpr qsizetype FirstGroup = 6; // DDMMYY in the written form DDMMYY NNNNN
constexpr qsizetype SecondGroup = Length - FirstGroup;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Between DDMMYY and NNNNN: one space or one hyphen, as typed or as a word processor sets them.
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case 0x00A0: // no-break space
    case 0x202F: // narrow no-break space
    case u'-':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2013: // en dash
        return true;
    default:
        return false;
    }
}

// 11 minus the weighted sum's remainder; 11 is 0, and 10 cannot be a control digit.
template <std::size_t N>
int controlDigit(const std::array<int, Length> &digits, const std::array<int, N> &weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i)
        sum += digits[i] * weights[i];
    const int control = 11 - sum % 11;
    return control == 11 ? 0 : control;
}

bool hasValidControlDigits(const std::array<int, Length> &digits)
{
    static constexpr std::array<int, 9> k1{3, 7, 6, 1, 8, 9, 4, 5, 2};
    static constexpr std::array<int, 10> k2{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    return controlDigit(digits, k1) == digits[9] && controlDigit(digits, k2) == digits[10];
}

// The digits of a run (or of two runs, parted by a separator) as numbers.
void appendDigits(QStringView run, std::array<int, Length> &digits, qsizetype at)
{
    for (const QChar c : run)
        digits[std::size_t(at++)] = c.unicode() - u'0';
}

// The end of the run of digits that starts at from.
qsizetype endOfRun(QStringView text, qsizetype from)
{
    while (from < text.size() && isDigit(text[from]))
        ++from;
    return from;
}

void addIf(QStringList &fields, const char *field, const QString &text)
{
    if (containsIdentityNumber(text))
        fields.append(QLatin1String(field));
}

QString indexed(const QString &list, qsizetype index)
{
    return list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// The fields an entity's own function found, each behind the entity's place: "measures[2].".
void appendPrefixed(QStringList &out, const QString &prefix, const QStringList &fields)
{
    for (const QString &field : fields)
        out.append(prefix + QLatin1Char('.') + field);
}

template <typename Entity>
void appendEach(QStringList &out, const QString &list, const QVector<Entity> &entities)
{
    for (qsizetype i = 0; i < entities.size(); ++i)
        appendPrefixed(out, indexed(list, i), identityNumberFields(entities.at(i)));
}

} // namespace

bool containsIdentityNumber(QStringView text)
{
    return findIdentityNumber(text).found();
}

TextSpan findIdentityNumber(QStringView text)
{
    std::array<int, Length> digits{};
    for (qsizetype start = 0; start < text.size();) {
        if (!isDigit(text[start])) {
            ++start;
            continue;
        }
        // A whole run of digits: it starts after a non-digit and ends before one.
        const qsizetype end = endOfRun(text, start);
        const qsizetype length = end - start;
        if (length == Length) {
            appendDigits(text.mid(start, Length), digits, 0);
            if (hasValidControlDigits(digits))
                return {start, Length};
        } else if (length == FirstGroup && end < text.size() && isSeparator(text[end]) &&
                   endOfRun(text, end + 1) - (end + 1) == SecondGroup) {
            appendDigits(text.mid(start, FirstGroup), digits, 0);
            appendDigits(text.mid(end + 1, SecondGroup), digits, FirstGroup);
            if (hasValidControlDigits(digits))
                return {start, Length + 1};
        }
        start = end; // the second group of a written form is a run of its own, and looked at
    }
    return {};
}

QStringList identityNumberFields(const Organisation &organisation)
{
    QStringList fields;
    addIf(fields, "name", organisation.name);
    return fields;
}

QStringList identityNumberFields(const KnowledgeSource &source)
{
    QStringList fields;
    addIf(fields, "title", source.title);
    addIf(fields, "publisher", source.publisher);
    addIf(fields, "authors", source.authors);
    addIf(fields, "reference", source.reference);
    addIf(fields, "link", source.link);
    addIf(fields, "summary", source.summary);
    return fields;
}

QStringList identityNumberFields(const Project &project)
{
    QStringList fields;
    addIf(fields, "name", project.name);
    addIf(fields, "shortName", project.shortName);
    addIf(fields, "region", project.region);
    addIf(fields, "description", project.description);
    addIf(fields, "fundingNotes", project.fundingNotes);
    return fields;
}

QStringList identityNumberFields(const Member &member)
{
    QStringList fields;
    addIf(fields, "name", member.name);
    addIf(fields, "role", member.role);
    return fields;
}

QStringList identityNumberFields(const Indicator &indicator)
{
    QStringList fields;
    addIf(fields, "name", indicator.name);
    addIf(fields, "unit", indicator.unit);
    return fields;
}

QStringList identityNumberFields(const Goal &goal)
{
    QStringList fields;
    addIf(fields, "text", goal.text);
    appendEach(fields, QStringLiteral("indicators"), goal.indicators);
    return fields;
}

QStringList identityNumberFields(const Activity &activity)
{
    QStringList fields;
    addIf(fields, "title", activity.title);
    return fields;
}

QStringList identityNumberFields(const Measure &measure)
{
    QStringList fields;
    addIf(fields, "title", measure.title);
    addIf(fields, "description", measure.description);
    addIf(fields, "theme", measure.theme);
    appendEach(fields, QStringLiteral("activities"), measure.activities);
    return fields;
}

QStringList identityNumberFields(const Milestone &milestone)
{
    QStringList fields;
    addIf(fields, "title", milestone.title);
    return fields;
}

QStringList identityNumberFields(const StatusUpdate &update)
{
    QStringList fields;
    addIf(fields, "author", update.author);
    addIf(fields, "text", update.text);
    return fields;
}

QStringList identityNumberFields(const Risk &risk)
{
    QStringList fields;
    addIf(fields, "description", risk.description);
    addIf(fields, "mitigation", risk.mitigation);
    addIf(fields, "owner", risk.owner);
    return fields;
}

QStringList identityNumberFields(const BudgetLine &line)
{
    QStringList fields;
    addIf(fields, "label", line.label);
    return fields;
}

QStringList identityNumberFields(const ProjectBundle &bundle)
{
    QStringList fields = identityNumberFields(bundle.project);
    appendEach(fields, QStringLiteral("members"), bundle.members);

    // Goals are in pre-order, so a parent's path is known before its sub-goals are met.
    QHash<QUuid, QString> paths;
    QHash<QUuid, qsizetype> children; // how many sub-goals of each goal were met so far
    qsizetype mainGoals = 0;
    for (const Goal &goal : bundle.goals) {
        const auto parent = goal.isMainGoal() ? paths.cend() : paths.constFind(goal.parentUuid);
        const QString path = parent == paths.cend()
                                 ? indexed(QStringLiteral("goals"), mainGoals++)
                                 : indexed(parent.value() + QStringLiteral(".subGoals"),
                                           children[goal.parentUuid]++);
        paths.insert(goal.uuid, path);
        appendPrefixed(fields, path, identityNumberFields(goal));
    }

    appendEach(fields, QStringLiteral("measures"), bundle.measures);
    appendEach(fields, QStringLiteral("milestones"), bundle.milestones);
    appendEach(fields, QStringLiteral("statusUpdates"), bundle.statusUpdates);
    appendEach(fields, QStringLiteral("risks"), bundle.risks);
    appendEach(fields, QStringLiteral("budgetLines"), bundle.budgetLines);
    return fields;
}

QStringList identityNumberFields(const Portfolio &portfolio)
{
    QStringList fields;
    appendEach(fields, QStringLiteral("organisations"), portfolio.organisations);
    appendEach(fields, QStringLiteral("knowledgeSources"), portfolio.knowledgeSources);
    appendEach(fields, QStringLiteral("projects"), portfolio.projects);
    return fields;
}

} // namespace Domain
