#include "models/exchange/jsonreader.h"

#include "models/domain/validation.h"
#include "models/exchange/exchangeformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Exchange {
namespace {

using Domain::Error;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Exchange::JsonReader)
};

// Everything wrong with a document, each with its path. Collecting stops counting after
// JsonReader::MaxProblems, but reading goes on so the count is right.
class Problems
{
public:
    void add(const QString &path, const QString &message)
    {
        ++m_count;
        m_paths.insert(path);
        if (m_lines.size() < JsonReader::MaxProblems)
            m_lines.append(path.isEmpty() ? message : path + QStringLiteral(": ") + message);
    }
    void add(const QString &path, const Domain::Violations &violations)
    {
        for (const Domain::Violation &violation : violations)
            add(path + QLatin1Char('.') + violation.field, violation.message);
    }
    bool isEmpty() const { return m_count == 0; }
    bool hasProblemAt(const QString &path) const { return m_paths.contains(path); }
    Error error() const
    {
        QStringList lines = m_lines;
        if (m_count > m_lines.size())
            lines.append(Text::tr("... and %n more problem(s)", nullptr, m_count - m_lines.size()));
        return Error{Error::Kind::Format, lines.join(QLatin1Char('\n'))};
    }

private:
    QStringList m_lines;
    QSet<QString> m_paths;
    int m_count = 0;
};

// A value as the document wrote it, for messages: "2013-13-45", 12, true, null.
QString shown(const QJsonValue &value)
{
    if (value.isString()) {
        QString text = value.toString();
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isArray())
        return Text::tr("a list");
    return Text::tr("an object");
}

enum class Need { Optional, Required };

// Reads the fields of one JSON object, reporting each problem at path.field and, on
// finish(), every field the format does not know (a misspelt field would otherwise be lost
// silently).
class ObjectReader
{
public:
    ObjectReader(QJsonObject object, QString path, Problems &problems)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    // The raw value, or undefined when absent; null counts as absent for optional fields.
    QJsonValue take(const QString &key, Need need)
    {
        m_known.insert(key);
        const QJsonValue value = m_object.value(key);
        if ((value.isUndefined() || value.isNull()) && need == Need::Required) {
            m_problems.add(pathOf(key), Text::tr("is missing"));
            return QJsonValue(QJsonValue::Undefined);
        }
        return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    }

    QString text(const QString &key, Need need = Need::Optional)
    {
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            m_problems.add(pathOf(key), Text::tr("%1 is not text").arg(shown(value)));
            return {};
        }
        return value.toString();
    }

    QUuid uuid(const QString &key, Need need = Need::Optional)
    {
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return {};
        const QUuid uuid = value.isString() ? QUuid::fromString(value.toString()) : QUuid();
        if (uuid.isNull())
            m_problems.add(pathOf(key), Text::tr("%1 is not a UUID").arg(shown(value)));
        return uuid;
    }

    QDate date(const QString &key, Need need = Need::Optional)
    {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return {};
        const QString text = value.toString();
        const QDate date = value.isString() && pattern.match(text).hasMatch()
                               ? QDate::fromString(text, Qt::ISODate)
                               : QDate();
        if (!date.isValid())
            m_problems.add(pathOf(key),
                           Text::tr("%1 is not a date (YYYY-MM-DD)").arg(shown(value)));
        return date;
    }

    QDateTime timestamp(const QString &key, Need need = Need::Optional)
    {
        static const QRegularExpression pattern(QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return {};
        const QString text = value.toString();
        const QDateTime timestamp = value.isString() && pattern.match(text).hasMatch()
                                        ? QDateTime::fromString(text, Qt::ISODateWithMs)
                                        : QDateTime();
        if (!timestamp.isValid()) {
            m_problems.add(pathOf(key), Text::tr("%1 is not a time with time zone "
                                                 "(YYYY-MM-DDThh:mm:ssZ)")
                                            .arg(shown(value)));
            return {};
        }
        return timestamp.toUTC();
    }

    std::optional<qint64> integer(const QString &key, qint64 low, qint64 high,
                                  Need need = Need::Optional)
    {
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return std::nullopt;
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number || number < double(low) ||
            number > double(high)) {
            m_problems.add(pathOf(key), Text::tr("%1 is not a whole number from %2 to %3")
                                            .arg(shown(value))
                                            .arg(low)
                                            .arg(high));
            return std::nullopt;
        }
        return qint64(number);
    }

    std::optional<double> number(const QString &key)
    {
        const QJsonValue value = take(key, Need::Optional);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isDouble()) {
            m_problems.add(pathOf(key), Text::tr("%1 is not a number").arg(shown(value)));
            return std::nullopt;
        }
        return value.toDouble();
    }

    bool boolean(const QString &key)
    {
        const QJsonValue value = take(key, Need::Optional);
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            m_problems.add(pathOf(key), Text::tr("%1 is not true or false").arg(shown(value)));
            return false;
        }
        return value.toBool();
    }

    template <typename E>
    std::optional<E> code(const QString &key, Need need)
    {
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return std::nullopt;
        const std::optional<E> parsed =
            value.isString() ? Domain::fromCode<E>(value.toString()) : std::nullopt;
        if (!parsed) {
            m_problems.add(pathOf(key), Text::tr("%1 is not one of: %2")
                                            .arg(shown(value),
                                                 Domain::allCodes<E>().join(QStringLiteral(", "))));
        }
        return parsed;
    }

    // A required code; placeholder stands in for a missing or unknown one while the problem
    // is reported (the document is then refused anyway).
    template <typename E>
    E code(const QString &key, E placeholder)
    {
        return code<E>(key, Need::Required).value_or(placeholder);
    }

    QVector<QUuid> uuids(const QString &key)
    {
        QVector<QUuid> result;
        const QJsonValue value = take(key, Need::Optional);
        if (value.isUndefined())
            return result;
        if (!value.isArray()) {
            m_problems.add(pathOf(key), Text::tr("%1 is not a list").arg(shown(value)));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QUuid uuid =
                array.at(i).isString() ? QUuid::fromString(array.at(i).toString()) : QUuid();
            if (uuid.isNull()) {
                m_problems.add(pathOf(key) + QStringLiteral("[%1]").arg(i),
                               Text::tr("%1 is not a UUID").arg(shown(array.at(i))));
            } else {
                result.append(uuid);
            }
        }
        return result;
    }

    // Calls read(ObjectReader &) for each object of the list at key.
    template <typename Read>
    void objects(const QString &key, Read read)
    {
        const QJsonValue value = take(key, Need::Optional);
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            m_problems.add(pathOf(key), Text::tr("%1 is not a list").arg(shown(value)));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isObject()) {
                m_problems.add(itemPath, Text::tr("%1 is not an object").arg(shown(array.at(i))));
                continue;
            }
            ObjectReader item(array.at(i).toObject(), itemPath, m_problems);
            read(item);
            item.finish();
        }
    }

    // Calls read(ObjectReader &) for the object at key, if present.
    template <typename Read>
    void object(const QString &key, Read read)
    {
        const QJsonValue value = take(key, Need::Optional);
        if (value.isUndefined())
            return;
        if (!value.isObject()) {
            m_problems.add(pathOf(key), Text::tr("%1 is not an object").arg(shown(value)));
            return;
        }
        ObjectReader item(value.toObject(), pathOf(key), m_problems);
        read(item);
        item.finish();
    }

    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                m_problems.add(pathOf(it.key()), Text::tr("is not a field of this format"));
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    Problems &m_problems;
    QSet<QString> m_known;
};

// Builds the portfolio, then checks what no single field can: unique UUIDs and references.
class DocumentReader
{
public:
    explicit DocumentReader(Problems &problems)
        : m_problems(problems)
    {}

    Domain::Portfolio read(ObjectReader &document)
    {
        Domain::Portfolio portfolio;
        document.objects(QStringLiteral("organisations"), [&](ObjectReader &item) {
            Domain::Organisation organisation;
            organisation.uuid = identity(item);
            organisation.name = item.text(QStringLiteral("name"), Need::Required);
            organisation.kind = item.code(QStringLiteral("kind"), Domain::OrganisationKind::Other);
            validate(item, organisation);
            portfolio.organisations.append(organisation);
        });
        document.objects(QStringLiteral("knowledgeSources"), [&](ObjectReader &item) {
            Domain::KnowledgeSource source;
            source.uuid = identity(item);
            source.title = item.text(QStringLiteral("title"), Need::Required);
            source.publisher = item.text(QStringLiteral("publisher"));
            source.authors = item.text(QStringLiteral("authors"));
            if (auto year = item.integer(QStringLiteral("year"), 1800, 2200))
                source.year = int(*year);
            source.reference = item.text(QStringLiteral("reference"));
            source.link = item.text(QStringLiteral("link"));
            source.summary = item.text(QStringLiteral("summary"));
            validate(item, source);
            portfolio.knowledgeSources.append(source);
        });
        document.objects(QStringLiteral("projects"),
                         [&](ObjectReader &item) { portfolio.projects.append(readProject(item)); });
        return portfolio;
    }

private:
    template <typename Entity>
    void validate(const ObjectReader &item, const Entity &entity)
    {
        Domain::Violations violations = Domain::validate(entity);
        // A field the reader already found wrong (missing, of the wrong type) is reported once.
        violations.erase(std::remove_if(violations.begin(), violations.end(),
                                        [&](const Domain::Violation &violation) {
                                            return m_problems.hasProblemAt(
                                                item.pathOf(violation.field));
                                        }),
                         violations.end());
        m_problems.add(item.path(), violations);
    }

    // Reads the uuid of an entity and checks it is unique in the document.
    QUuid identity(ObjectReader &item)
    {
        const QString path = item.pathOf(QStringLiteral("uuid"));
        const QUuid uuid = item.uuid(QStringLiteral("uuid"), Need::Required);
        if (uuid.isNull())
            return uuid;
        const auto previous = m_uuidPaths.constFind(uuid);
        if (previous != m_uuidPaths.cend()) {
            m_problems.add(path, Text::tr("%1 is already used at %2")
                                     .arg(uuid.toString(QUuid::WithoutBraces), previous.value()));
        } else {
            m_uuidPaths.insert(uuid, path);
        }
        return uuid;
    }

    void readGoals(ObjectReader &owner, const QString &key, const QUuid &parent, int depth,
                   QVector<Domain::Goal> &goals)
    {
        owner.objects(key, [&](ObjectReader &item) {
            Domain::Goal goal;
            goal.uuid = identity(item);
            goal.parentUuid = parent;
            goal.text = item.text(QStringLiteral("text"), Need::Required);
            item.objects(QStringLiteral("indicators"), [&](ObjectReader &entry) {
                Domain::Indicator indicator;
                indicator.uuid = identity(entry);
                indicator.name = entry.text(QStringLiteral("name"), Need::Required);
                indicator.unit = entry.text(QStringLiteral("unit"));
                indicator.baseline = entry.number(QStringLiteral("baseline"));
                indicator.target = entry.number(QStringLiteral("target"));
                indicator.current = entry.number(QStringLiteral("current"));
                indicator.measuredOn = entry.date(QStringLiteral("measuredOn"));
                goal.indicators.append(indicator);
            });
            validate(item, goal);
            goals.append(goal);
            if (depth + 1 >= MaxGoalDepth) {
                if (!item.take(QStringLiteral("subGoals"), Need::Optional).isUndefined()) {
                    m_problems.add(
                        item.pathOf(QStringLiteral("subGoals")),
                        Text::tr("goals are nested deeper than %1 levels").arg(MaxGoalDepth));
                }
                return;
            }
            readGoals(item, QStringLiteral("subGoals"), goal.uuid, depth + 1, goals);
        });
    }

    Domain::Measure readMeasure(ObjectReader &item)
    {
        Domain::Measure measure;
        measure.uuid = identity(item);
        measure.title = item.text(QStringLiteral("title"), Need::Required);
        measure.description = item.text(QStringLiteral("description"));
        measure.level = item.code(QStringLiteral("level"), Domain::MeasureLevel::System);
        measure.theme = item.text(QStringLiteral("theme"));
        measure.goalUuids = item.uuids(QStringLiteral("goals"));
        measure.responsibleOrganisationUuids =
            item.uuids(QStringLiteral("responsibleOrganisations"));
        measure.participatingOrganisationUuids =
            item.uuids(QStringLiteral("participatingOrganisations"));
        measure.plannedStart = item.date(QStringLiteral("plannedStart"));
        measure.plannedEnd = item.date(QStringLiteral("plannedEnd"));
        measure.actualStart = item.date(QStringLiteral("actualStart"));
        measure.actualEnd = item.date(QStringLiteral("actualEnd"));
        measure.status = item.code(QStringLiteral("status"), Domain::Status::Planned);
        if (auto progress = item.integer(QStringLiteral("progress"), 0, 100))
            measure.progress = int(*progress);
        item.object(QStringLiteral("managementAnchoring"), [&](ObjectReader &anchoring) {
            measure.anchoring = anchoring.code(QStringLiteral("state"), Domain::Anchoring::Unknown);
            measure.anchoredOn = anchoring.date(QStringLiteral("date"));
        });
        item.objects(QStringLiteral("activities"), [&](ObjectReader &entry) {
            Domain::Activity activity;
            activity.uuid = identity(entry);
            activity.title = entry.text(QStringLiteral("title"), Need::Required);
            activity.due = entry.date(QStringLiteral("due"));
            activity.done = entry.boolean(QStringLiteral("done"));
            measure.activities.append(activity);
        });
        measure.knowledgeSourceUuids = item.uuids(QStringLiteral("knowledgeSources"));
        validate(item, measure);
        return measure;
    }

    Domain::ProjectBundle readProject(ObjectReader &item)
    {
        Domain::ProjectBundle bundle;
        Domain::Project &project = bundle.project;
        project.uuid = identity(item);
        project.name = item.text(QStringLiteral("name"), Need::Required);
        project.shortName = item.text(QStringLiteral("shortName"));
        project.region = item.text(QStringLiteral("region"));
        project.description = item.text(QStringLiteral("description"));
        project.start = item.date(QStringLiteral("start"));
        project.end = item.date(QStringLiteral("end"));
        project.status = item.code(QStringLiteral("status"), Domain::Status::Planned);
        project.fundingNotes = item.text(QStringLiteral("fundingNotes"));
        validate(item, project);

        item.objects(QStringLiteral("participants"), [&](ObjectReader &entry) {
            Domain::Participant participant;
            participant.uuid = identity(entry);
            participant.organisationUuid =
                entry.uuid(QStringLiteral("organisation"), Need::Required);
            participant.role = entry.code(QStringLiteral("role"), Domain::ParticipantRole::Partner);
            validate(entry, participant);
            bundle.participants.append(participant);
        });
        item.objects(QStringLiteral("members"), [&](ObjectReader &entry) {
            Domain::Member member;
            member.uuid = identity(entry);
            member.name = entry.text(QStringLiteral("name"));
            member.role = entry.text(QStringLiteral("role"));
            member.organisationUuid = entry.uuid(QStringLiteral("organisation"));
            member.group = entry.code(QStringLiteral("group"), Domain::Group::ProjectGroup);
            validate(entry, member);
            bundle.members.append(member);
        });
        readGoals(item, QStringLiteral("goals"), QUuid(), 0, bundle.goals);
        item.objects(QStringLiteral("measures"),
                     [&](ObjectReader &entry) { bundle.measures.append(readMeasure(entry)); });
        item.objects(QStringLiteral("milestones"), [&](ObjectReader &entry) {
            Domain::Milestone milestone;
            milestone.uuid = identity(entry);
            milestone.date = entry.date(QStringLiteral("date"));
            milestone.title = entry.text(QStringLiteral("title"), Need::Required);
            milestone.measureUuid = entry.uuid(QStringLiteral("measure"));
            milestone.done = entry.boolean(QStringLiteral("done"));
            validate(entry, milestone);
            bundle.milestones.append(milestone);
        });
        item.objects(QStringLiteral("statusUpdates"), [&](ObjectReader &entry) {
            Domain::StatusUpdate update;
            update.uuid = identity(entry);
            update.recordedAt = entry.timestamp(QStringLiteral("recordedAt"), Need::Required);
            update.author = entry.text(QStringLiteral("author"));
            update.text = entry.text(QStringLiteral("text"), Need::Required);
            update.measureUuid = entry.uuid(QStringLiteral("measure"));
            update.newStatus =
                entry.code<Domain::Status>(QStringLiteral("newStatus"), Need::Optional);
            if (auto progress = entry.integer(QStringLiteral("newProgress"), 0, 100))
                update.newProgress = int(*progress);
            update.deviation = entry.boolean(QStringLiteral("deviation"));
            update.decisionNeeded = entry.boolean(QStringLiteral("decisionNeeded"));
            validate(entry, update);
            bundle.statusUpdates.append(update);
        });
        item.objects(QStringLiteral("risks"), [&](ObjectReader &entry) {
            Domain::Risk risk;
            risk.uuid = identity(entry);
            risk.description = entry.text(QStringLiteral("description"), Need::Required);
            risk.likelihood =
                int(entry.integer(QStringLiteral("likelihood"), 1, 5, Need::Required).value_or(1));
            risk.impact =
                int(entry.integer(QStringLiteral("impact"), 1, 5, Need::Required).value_or(1));
            risk.mitigation = entry.text(QStringLiteral("mitigation"));
            risk.owner = entry.text(QStringLiteral("owner"));
            validate(entry, risk);
            bundle.risks.append(risk);
        });
        item.objects(QStringLiteral("budgetLines"), [&](ObjectReader &entry) {
            constexpr qint64 maxOre = qint64(1) << 53; // exact in a JSON number
            Domain::BudgetLine line;
            line.uuid = identity(entry);
            line.year =
                int(entry.integer(QStringLiteral("year"), 1900, 2200, Need::Required).value_or(0));
            line.label = entry.text(QStringLiteral("label"), Need::Required);
            line.budgetOre =
                entry.integer(QStringLiteral("budgetOre"), -maxOre, maxOre).value_or(0);
            line.accountsOre =
                entry.integer(QStringLiteral("accountsOre"), -maxOre, maxOre).value_or(0);
            line.ownContributionOre =
                entry.integer(QStringLiteral("ownContributionOre"), -maxOre, maxOre).value_or(0);
            validate(entry, line);
            bundle.budgetLines.append(line);
        });
        checkReferences(item.path(), bundle);
        return bundle;
    }

    // Goals and measures a project refers to must be its own.
    void checkReferences(const QString &path, const Domain::ProjectBundle &bundle)
    {
        QSet<QUuid> goals;
        for (const Domain::Goal &goal : bundle.goals)
            goals.insert(goal.uuid);
        QSet<QUuid> measures;
        for (const Domain::Measure &measure : bundle.measures)
            measures.insert(measure.uuid);

        for (qsizetype i = 0; i < bundle.measures.size(); ++i) {
            const QVector<QUuid> &linked = bundle.measures.at(i).goalUuids;
            for (qsizetype j = 0; j < linked.size(); ++j) {
                if (!goals.contains(linked.at(j))) {
                    m_problems.add(
                        QStringLiteral("%1.measures[%2].goals[%3]").arg(path).arg(i).arg(j),
                        Text::tr("%1 is not a goal of this project")
                            .arg(linked.at(j).toString(QUuid::WithoutBraces)));
                }
            }
        }
        const auto checkMeasure = [&](const char *list, qsizetype index, const QUuid &measure) {
            if (!measure.isNull() && !measures.contains(measure)) {
                m_problems.add(
                    QStringLiteral("%1.%2[%3].measure").arg(path, QLatin1String(list)).arg(index),
                    Text::tr("%1 is not a measure of this project")
                        .arg(measure.toString(QUuid::WithoutBraces)));
            }
        };
        for (qsizetype i = 0; i < bundle.milestones.size(); ++i)
            checkMeasure("milestones", i, bundle.milestones.at(i).measureUuid);
        for (qsizetype i = 0; i < bundle.statusUpdates.size(); ++i)
            checkMeasure("statusUpdates", i, bundle.statusUpdates.at(i).measureUuid);
    }

    Problems &m_problems;
    QHash<QUuid, QString> m_uuidPaths;
};

// Line and column (both from 1) of a byte offset, for syntax errors.
QString position(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return Text::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

Domain::Result<Domain::Portfolio> JsonReader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset is just past the character it could not use; name that character.
        const int offset = std::max(0, parseError.offset - 1);
        return Error{Error::Kind::Format,
                     Text::tr("%1: the JSON is not well-formed: %2")
                         .arg(position(json, offset), parseError.errorString())};
    }
    if (!document.isObject()) {
        return Error{
            Error::Kind::Format,
            Text::tr("The document is not a JSON object, so not a Samspill exchange file.")};
    }

    Problems problems;
    ObjectReader root(document.object(), QString(), problems);
    const QString format = root.text(QStringLiteral("format"), Need::Required);
    if (!problems.isEmpty() || format != QLatin1String(FormatName)) {
        return Error{Error::Kind::Format,
                     Text::tr("format: this is not a Samspill exchange file (expected \"%1\")")
                         .arg(QLatin1String(FormatName))};
    }
    const std::optional<qint64> version =
        root.integer(QStringLiteral("formatVersion"), 1, 1000000, Need::Required);
    if (!version)
        return problems.error();
    if (*version > FormatVersion) {
        return Error{Error::Kind::Format,
                     Text::tr("formatVersion: %1 was written by a newer Samspill; this version "
                              "reads format version %2")
                         .arg(*version)
                         .arg(FormatVersion)};
    }
    root.timestamp(QStringLiteral("exportedAt"));

    DocumentReader reader(problems);
    Domain::Portfolio portfolio = reader.read(root);
    root.finish();
    if (!problems.isEmpty())
        return problems.error();
    return portfolio;
}

} // namespace Exchange
