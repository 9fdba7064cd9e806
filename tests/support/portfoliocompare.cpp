#include "tests/support/portfoliocompare.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QUuid>

#include <optional>
#include <type_traits>

namespace TestSupport {
namespace {

using namespace Domain;

QString shown(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString shown(QDate value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QStringLiteral("null");
}

QString shown(const Domain::PlanDate &value)
{
    return value.isNull() ? QStringLiteral("(undated)") : value.toCode();
}

QString shown(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("null");
}

QString shown(const QUuid &value)
{
    return value.isNull() ? QStringLiteral("null") : value.toString(QUuid::WithoutBraces);
}

QString shown(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString shown(int value)
{
    return QString::number(value);
}

QString shown(qint64 value)
{
    return QString::number(value);
}

QString shown(double value)
{
    return QString::number(value, 'g', 17);
}

template <typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
QString shown(E value)
{
    return toCode(value);
}

template <typename T>
QString shown(const std::optional<T> &value)
{
    return value ? shown(*value) : QStringLiteral("null");
}

QString shown(const QByteArray &value)
{
    return QStringLiteral("%1 bytes (SHA-256 %2)")
        .arg(value.size())
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex().left(16)));
}

QString shown(const QVector<QUuid> &values)
{
    QStringList texts;
    for (const QUuid &value : values)
        texts.append(shown(value));
    return QLatin1Char('[') + texts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// Collects differences, each under the path of the field.
class Differ
{
public:
    explicit Differ(QStringList &lines)
        : m_lines(lines)
    {}

    template <typename T>
    void field(const QString &path, const T &expected, const T &actual)
    {
        if (!(expected == actual)) {
            m_lines.append(QStringLiteral("%1: expected %2, got %3")
                               .arg(path, shown(expected), shown(actual)));
        }
    }

    // Compares two lists item by item with compare(differ, path, expected, actual).
    template <typename T, typename Compare>
    void list(const QString &path, const QVector<T> &expected, const QVector<T> &actual,
              Compare compare)
    {
        if (expected.size() != actual.size()) {
            m_lines.append(QStringLiteral("%1: expected %2 items, got %3")
                               .arg(path)
                               .arg(expected.size())
                               .arg(actual.size()));
        }
        const qsizetype common = std::min(expected.size(), actual.size());
        for (qsizetype i = 0; i < common; ++i)
            compare(*this, QStringLiteral("%1[%2]").arg(path).arg(i), expected.at(i), actual.at(i));
    }

private:
    QStringList &m_lines;
};

QString at(const QString &path, const char *field)
{
    return path + QLatin1Char('.') + QLatin1String(field);
}

void compareOrganisation(Differ &d, const QString &p, const Organisation &e, const Organisation &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "name"), e.name, a.name);
    d.field(at(p, "kind"), e.kind, a.kind);
}

void compareKnowledgeSource(Differ &d, const QString &p, const KnowledgeSource &e,
                            const KnowledgeSource &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "title"), e.title, a.title);
    d.field(at(p, "publisher"), e.publisher, a.publisher);
    d.field(at(p, "authors"), e.authors, a.authors);
    d.field(at(p, "year"), e.year, a.year);
    d.field(at(p, "reference"), e.reference, a.reference);
    d.field(at(p, "link"), e.link, a.link);
    d.field(at(p, "summary"), e.summary, a.summary);
}

void compareProject(Differ &d, const QString &p, const Project &e, const Project &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "name"), e.name, a.name);
    d.field(at(p, "shortName"), e.shortName, a.shortName);
    d.field(at(p, "region"), e.region, a.region);
    d.field(at(p, "description"), e.description, a.description);
    d.field(at(p, "start"), e.start, a.start);
    d.field(at(p, "end"), e.end, a.end);
    d.field(at(p, "status"), e.status, a.status);
    d.field(at(p, "fundingNotes"), e.fundingNotes, a.fundingNotes);
    d.field(at(p, "knowledgeSources"), e.knowledgeSourceUuids, a.knowledgeSourceUuids);
}

void compareParticipant(Differ &d, const QString &p, const Participant &e, const Participant &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "organisation"), e.organisationUuid, a.organisationUuid);
    d.field(at(p, "role"), e.role, a.role);
}

void compareMember(Differ &d, const QString &p, const Member &e, const Member &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "name"), e.name, a.name);
    d.field(at(p, "role"), e.role, a.role);
    d.field(at(p, "organisation"), e.organisationUuid, a.organisationUuid);
    d.field(at(p, "group"), e.group, a.group);
}

void compareIndicator(Differ &d, const QString &p, const Indicator &e, const Indicator &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "name"), e.name, a.name);
    d.field(at(p, "unit"), e.unit, a.unit);
    d.field(at(p, "baseline"), e.baseline, a.baseline);
    d.field(at(p, "target"), e.target, a.target);
    d.field(at(p, "current"), e.current, a.current);
    d.field(at(p, "measuredOn"), e.measuredOn, a.measuredOn);
}

void compareGoal(Differ &d, const QString &p, const Goal &e, const Goal &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "parent"), e.parentUuid, a.parentUuid);
    d.field(at(p, "text"), e.text, a.text);
    d.list(at(p, "indicators"), e.indicators, a.indicators, compareIndicator);
}

void compareActivity(Differ &d, const QString &p, const Activity &e, const Activity &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "title"), e.title, a.title);
    d.field(at(p, "due"), e.due, a.due);
    d.field(at(p, "done"), e.done, a.done);
}

void compareMeasure(Differ &d, const QString &p, const Measure &e, const Measure &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "title"), e.title, a.title);
    d.field(at(p, "description"), e.description, a.description);
    d.field(at(p, "level"), e.level, a.level);
    d.field(at(p, "theme"), e.theme, a.theme);
    d.field(at(p, "goals"), e.goalUuids, a.goalUuids);
    d.field(at(p, "responsibleOrganisations"), e.responsibleOrganisationUuids,
            a.responsibleOrganisationUuids);
    d.field(at(p, "participatingOrganisations"), e.participatingOrganisationUuids,
            a.participatingOrganisationUuids);
    d.field(at(p, "plannedStart"), e.plannedStart, a.plannedStart);
    d.field(at(p, "plannedEnd"), e.plannedEnd, a.plannedEnd);
    d.field(at(p, "actualStart"), e.actualStart, a.actualStart);
    d.field(at(p, "actualEnd"), e.actualEnd, a.actualEnd);
    d.field(at(p, "status"), e.status, a.status);
    d.field(at(p, "progress"), e.progress, a.progress);
    d.field(at(p, "managementAnchoring.state"), e.anchoring, a.anchoring);
    d.field(at(p, "managementAnchoring.date"), e.anchoredOn, a.anchoredOn);
    d.list(at(p, "activities"), e.activities, a.activities, compareActivity);
    d.field(at(p, "knowledgeSources"), e.knowledgeSourceUuids, a.knowledgeSourceUuids);
}

void compareMilestone(Differ &d, const QString &p, const Milestone &e, const Milestone &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "date"), e.date, a.date);
    d.field(at(p, "title"), e.title, a.title);
    d.field(at(p, "measure"), e.measureUuid, a.measureUuid);
    d.field(at(p, "done"), e.done, a.done);
}

void compareStatusUpdate(Differ &d, const QString &p, const StatusUpdate &e, const StatusUpdate &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "measure"), e.measureUuid, a.measureUuid);
    d.field(at(p, "recordedAt"), e.recordedAt, a.recordedAt);
    d.field(at(p, "author"), e.author, a.author);
    d.field(at(p, "text"), e.text, a.text);
    d.field(at(p, "newStatus"), e.newStatus, a.newStatus);
    d.field(at(p, "newProgress"), e.newProgress, a.newProgress);
    d.field(at(p, "deviation"), e.deviation, a.deviation);
    d.field(at(p, "decisionNeeded"), e.decisionNeeded, a.decisionNeeded);
}

void compareRisk(Differ &d, const QString &p, const Risk &e, const Risk &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "description"), e.description, a.description);
    d.field(at(p, "likelihood"), e.likelihood, a.likelihood);
    d.field(at(p, "impact"), e.impact, a.impact);
    d.field(at(p, "mitigation"), e.mitigation, a.mitigation);
    d.field(at(p, "owner"), e.owner, a.owner);
}

void compareBudgetLine(Differ &d, const QString &p, const BudgetLine &e, const BudgetLine &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "year"), e.year, a.year);
    d.field(at(p, "label"), e.label, a.label);
    d.field(at(p, "budgetOre"), e.budgetOre, a.budgetOre);
    d.field(at(p, "accountsOre"), e.accountsOre, a.accountsOre);
    d.field(at(p, "ownContributionOre"), e.ownContributionOre, a.ownContributionOre);
}

void compareReport(Differ &d, const QString &p, const ArchivedReport &e, const ArchivedReport &a)
{
    d.field(at(p, "uuid"), e.uuid, a.uuid);
    d.field(at(p, "project"), e.project, a.project);
    d.field(at(p, "projects"), e.projects, a.projects);
    d.field(at(p, "issuedAt"), e.issuedAt, a.issuedAt);
    d.field(at(p, "author"), e.author, a.author);
    d.field(at(p, "from"), e.from, a.from);
    d.field(at(p, "to"), e.to, a.to);
    d.field(at(p, "language"), e.language, a.language);
    d.field(at(p, "format"), e.format, a.format);
    d.field(at(p, "title"), e.title, a.title);
    d.field(at(p, "content"), e.content, a.content);
}

void compareBundle(Differ &d, const QString &p, const ProjectBundle &e, const ProjectBundle &a)
{
    compareProject(d, p, e.project, a.project);
    d.list(at(p, "participants"), e.participants, a.participants, compareParticipant);
    d.list(at(p, "members"), e.members, a.members, compareMember);
    d.list(at(p, "goals"), e.goals, a.goals, compareGoal);
    d.list(at(p, "measures"), e.measures, a.measures, compareMeasure);
    d.list(at(p, "milestones"), e.milestones, a.milestones, compareMilestone);
    d.list(at(p, "statusUpdates"), e.statusUpdates, a.statusUpdates, compareStatusUpdate);
    d.list(at(p, "risks"), e.risks, a.risks, compareRisk);
    d.list(at(p, "budgetLines"), e.budgetLines, a.budgetLines, compareBudgetLine);
    d.list(at(p, "reports"), e.reports, a.reports, compareReport);
}

template <typename T, typename Compare>
QStringList listDifferences(const QString &path, const QVector<T> &expected,
                            const QVector<T> &actual, Compare compare)
{
    QStringList lines;
    Differ differ(lines);
    differ.list(path, expected, actual, compare);
    return lines;
}

} // namespace

QStringList differences(const Domain::Portfolio &expected, const Domain::Portfolio &actual)
{
    QStringList lines;
    Differ differ(lines);
    differ.list(QStringLiteral("organisations"), expected.organisations, actual.organisations,
                compareOrganisation);
    differ.list(QStringLiteral("knowledgeSources"), expected.knowledgeSources,
                actual.knowledgeSources, compareKnowledgeSource);
    differ.list(QStringLiteral("projects"), expected.projects, actual.projects, compareBundle);
    differ.list(QStringLiteral("reports"), expected.reports, actual.reports, compareReport);
    return lines;
}

QStringList differences(const Domain::ProjectBundle &expected, const Domain::ProjectBundle &actual,
                        const QString &path)
{
    QStringList lines;
    Differ differ(lines);
    compareBundle(differ, path, expected, actual);
    return lines;
}

QStringList differences(const Domain::Project &expected, const Domain::Project &actual,
                        const QString &path)
{
    QStringList lines;
    Differ differ(lines);
    compareProject(differ, path, expected, actual);
    return lines;
}

QStringList differences(const Domain::Measure &expected, const Domain::Measure &actual,
                        const QString &path)
{
    QStringList lines;
    Differ differ(lines);
    compareMeasure(differ, path, expected, actual);
    return lines;
}

QStringList differences(const QVector<Domain::Organisation> &expected,
                        const QVector<Domain::Organisation> &actual, const QString &path)
{
    return listDifferences(path, expected, actual, compareOrganisation);
}

QStringList differences(const QVector<Domain::KnowledgeSource> &expected,
                        const QVector<Domain::KnowledgeSource> &actual, const QString &path)
{
    return listDifferences(path, expected, actual, compareKnowledgeSource);
}

QStringList differences(const QVector<Domain::Participant> &expected,
                        const QVector<Domain::Participant> &actual, const QString &path)
{
    return listDifferences(path, expected, actual, compareParticipant);
}

QStringList differences(const QVector<Domain::Member> &expected,
                        const QVector<Domain::Member> &actual, const QString &path)
{
    return listDifferences(path, expected, actual, compareMember);
}

QStringList differences(const QVector<Domain::Goal> &expected, const QVector<Domain::Goal> &actual,
                        const QString &path)
{
    return listDifferences(path, expected, actual, compareGoal);
}

QStringList differences(const QVector<Domain::Measure> &expected,
                        const QVector<Domain::Measure> &actual, const QString &path)
{
    return listDifferences(path, expected, actual, compareMeasure);
}

QStringList differences(const QVector<Domain::Activity> &expected,
                        const QVector<Domain::Activity> &actual, const QString &path)
{
    return listDifferences(path, expected, actual, compareActivity);
}

} // namespace TestSupport
