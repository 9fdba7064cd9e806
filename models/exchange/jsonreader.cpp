#include "models/exchange/jsonreader.h"

#include "models/domain/validation.h"
#include "models/exchange/exchangeformat.h"
#include "models/exchange/jsonparser.h"
#include "models/exchange/objectreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Exchange {
namespace {

using Domain::Error;
using Need = ObjectReader::Need;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Exchange::JsonReader)
};

// Turns the items of a document into domain values, one at a time, and checks what no single
// field can: that UUIDs are unique in the document and references inside a project resolve.
class DocumentReader
{
public:
    explicit DocumentReader(Problems &problems)
        : m_problems(problems)
    {}

    Domain::Organisation readOrganisation(ObjectReader &item)
    {
        Domain::Organisation organisation;
        organisation.uuid = identity(item);
        organisation.name = item.text(QStringLiteral("name"), Need::Required);
        organisation.kind = item.code(QStringLiteral("kind"), Domain::OrganisationKind::Other);
        validate(item, organisation);
        return organisation;
    }

    Domain::KnowledgeSource readKnowledgeSource(ObjectReader &item)
    {
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
        return source;
    }

    // index: the project's place in the document's list.
    Domain::ProjectBundle readProject(ObjectReader &item, int index)
    {
        m_project = index;
        m_projectPaths.clear();
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
        project.knowledgeSourceUuids = item.uuids(QStringLiteral("knowledgeSources"));
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
        readGoals(item, QUuid(), 1, bundle.goals);
        item.objects(QStringLiteral("measures"),
                     [&](ObjectReader &entry) { bundle.measures.append(readMeasure(entry)); });
        item.objects(QStringLiteral("milestones"), [&](ObjectReader &entry) {
            Domain::Milestone milestone;
            milestone.uuid = identity(entry);
            milestone.date = entry.planDate(QStringLiteral("date"), m_daysOnly);
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
        item.objects(QStringLiteral("reports"), [&](ObjectReader &entry) {
            Domain::ArchivedReport report = readReport(entry);
            report.project = project.uuid;
            validate(entry, report);
            bundle.reports.append(report);
        });
        checkReferences(item.path(), bundle);
        return bundle;
    }

    // A report of the document's own list: of no project in the document.
    Domain::ArchivedReport readPortfolioReport(ObjectReader &item)
    {
        m_project = -1;
        Domain::ArchivedReport report = readReport(item);
        report.project = item.uuid(QStringLiteral("project"));
        validate(item, report);
        return report;
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

    // Reads the uuid of an entity and checks it is unique in the document. Where each UUID was
    // first met is kept compactly (which project, or none for the shared entities), and as a
    // full path only within the project being read: a large file has a million of them.
    QUuid identity(ObjectReader &item)
    {
        const QUuid uuid = item.uuid(QStringLiteral("uuid"), Need::Required);
        if (uuid.isNull())
            return uuid;
        const auto owner = m_owners.constFind(uuid);
        if (owner == m_owners.cend()) {
            m_owners.insert(uuid, m_project);
            // The item's own path, shared with it: ".uuid" is added only to a message.
            (m_project < 0 ? m_sharedPaths : m_projectPaths).insert(uuid, item.path());
            return uuid;
        }
        const QString here = item.pathOf(QStringLiteral("uuid"));
        const QString id = uuid.toString(QUuid::WithoutBraces);
        if (owner.value() == m_project || owner.value() < 0) {
            const QString there =
                memberPath((owner.value() < 0 ? m_sharedPaths : m_projectPaths).value(uuid),
                           QStringLiteral("uuid"));
            m_problems.add(here, Text::tr("%1 is already used at %2").arg(id, there));
        } else {
            m_problems.add(
                here,
                Text::tr("%1 is already used in %2")
                    .arg(id, QStringLiteral("projects[%1]").arg(QString::number(owner.value()))));
        }
        return uuid;
    }

    // The goals of owner's list (goals, or a goal's subGoals), flattened in pre-order. level
    // counts from 1 for main goals; below MaxGoalDepth only an empty list is allowed.
    void readGoals(ObjectReader &owner, const QUuid &parent, int level,
                   QVector<Domain::Goal> &goals)
    {
        const QString key = level == 1 ? QStringLiteral("goals") : QStringLiteral("subGoals");
        if (level > MaxGoalDepth) {
            const JsonValue *list = owner.list(key);
            if (list && !list->items.empty()) {
                m_problems.add(owner.pathOf(key), Text::tr("goals are nested deeper than %1 levels")
                                                      .arg(QString::number(MaxGoalDepth)));
            }
            return;
        }
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
                indicator.measuredOn = entry.planDate(QStringLiteral("measuredOn"), m_daysOnly);
                goal.indicators.append(indicator);
            });
            validate(item, goal);
            goals.append(goal);
            readGoals(item, goal.uuid, level + 1, goals);
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
        measure.plannedStart = item.planDate(QStringLiteral("plannedStart"), m_daysOnly);
        measure.plannedEnd = item.planDate(QStringLiteral("plannedEnd"), m_daysOnly);
        measure.actualStart = item.planDate(QStringLiteral("actualStart"), m_daysOnly);
        measure.actualEnd = item.planDate(QStringLiteral("actualEnd"), m_daysOnly);
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
            activity.due = entry.planDate(QStringLiteral("due"), m_daysOnly);
            activity.done = entry.boolean(QStringLiteral("done"));
            measure.activities.append(activity);
        });
        measure.knowledgeSourceUuids = item.uuids(QStringLiteral("knowledgeSources"));
        validate(item, measure);
        return measure;
    }

    // The fields every archived report has, wherever it stands.
    Domain::ArchivedReport readReport(ObjectReader &item)
    {
        Domain::ArchivedReport report;
        report.uuid = identity(item);
        report.issuedAt = item.timestamp(QStringLiteral("issuedAt"), Need::Required);
        report.author = item.text(QStringLiteral("author"));
        report.from = item.date(QStringLiteral("from"), Need::Required);
        report.to = item.date(QStringLiteral("to"), Need::Required);
        report.language = item.text(QStringLiteral("language"), Need::Required);
        report.format = item.code(QStringLiteral("format"), Domain::ReportFormat::Pdf);
        report.title = item.text(QStringLiteral("title"), Need::Required);
        report.projects = item.uuids(QStringLiteral("projects"));
        report.content = item.bytes(QStringLiteral("content"), Need::Required);
        report.size = report.content.size();
        return report;
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
                    const QString goalsPath =
                        memberPath(itemPath(memberPath(path, QStringLiteral("measures")), i),
                                   QStringLiteral("goals"));
                    m_problems.add(itemPath(goalsPath, j),
                                   Text::tr("%1 is not a goal of this project")
                                       .arg(linked.at(j).toString(QUuid::WithoutBraces)));
                }
            }
        }
        const auto checkMeasure = [&](const char *list, qsizetype index, const QUuid &measure) {
            if (!measure.isNull() && !measures.contains(measure)) {
                m_problems.add(memberPath(itemPath(memberPath(path, QLatin1String(list)), index),
                                          QStringLiteral("measure")),
                               Text::tr("%1 is not a measure of this project")
                                   .arg(measure.toString(QUuid::WithoutBraces)));
            }
        };
        for (qsizetype i = 0; i < bundle.milestones.size(); ++i)
            checkMeasure("milestones", i, bundle.milestones.at(i).measureUuid);
        for (qsizetype i = 0; i < bundle.statusUpdates.size(); ++i)
            checkMeasure("statusUpdates", i, bundle.statusUpdates.at(i).measureUuid);
    }

public:
    // Version 1 knows planning dates as days only; until the document says, any code is read.
    void setFormatVersion(qint64 version) { m_daysOnly = version == 1; }

private:
    Problems &m_problems;
    bool m_daysOnly = false;
    int m_project = -1;         // the project being read; -1 before the projects
    QHash<QUuid, int> m_owners; // every UUID met: the project it was met in, or -1
    QHash<QUuid, QString> m_sharedPaths;
    QHash<QUuid, QString> m_projectPaths; // of the project being read
};

// Reads the list at the top-level key item by item, straight from the parser: each item is
// built as a tree, turned into domain values by read(ObjectReader &, index), and dropped. false
// when the document is not well-formed (see the parser's error).
template <typename Read>
bool readList(JsonParser &parser, const QString &key, Problems &problems, Read read)
{
    const QString path = memberPath(QString(), key);
    JsonParser::Token token = parser.next();
    if (token == JsonParser::Token::Null)
        return true; // not given
    if (token != JsonParser::Token::ArrayStart) {
        JsonValue value;
        if (!parser.readValue(token, value))
            return false;
        problems.add(path, Text::tr("%1 is not a list").arg(ObjectReader::shown(value)));
        return true;
    }
    for (qsizetype i = 0;; ++i) {
        token = parser.next();
        if (token == JsonParser::Token::ArrayEnd)
            return true;
        JsonValue item;
        if (!parser.readValue(token, item))
            return false;
        ObjectReader::readItem(item, itemPath(path, i), problems,
                               [&](ObjectReader &reader) { read(reader, i); });
    }
}

} // namespace

Domain::Result<Domain::Portfolio> JsonReader::read(const QByteArray &json)
{
    QBuffer buffer;
    buffer.setData(json); // shares the bytes, copies nothing
    buffer.open(QIODevice::ReadOnly);
    return read(buffer);
}

namespace {

// Collects what a reader hands out into one Portfolio.
class PortfolioCollector : public Domain::PortfolioSink
{
public:
    Domain::Result<void> shared(const QVector<Domain::Organisation> &organisations,
                                const QVector<Domain::KnowledgeSource> &sources) override
    {
        portfolio.organisations = organisations;
        portfolio.knowledgeSources = sources;
        return {};
    }
    Domain::Result<void> project(const Domain::ProjectBundle &bundle, const QString &) override
    {
        portfolio.projects.append(bundle);
        return {};
    }
    Domain::Result<void> reports(const QVector<Domain::ArchivedReport> &reports) override
    {
        portfolio.reports = reports;
        return {};
    }

    Domain::Portfolio portfolio;
};

} // namespace

Domain::Result<Domain::Portfolio> JsonReader::read(QIODevice &device)
{
    PortfolioCollector collector;
    if (auto read = JsonReader::read(device, collector); !read)
        return read.error();
    return std::move(collector.portfolio);
}

Domain::Result<void> JsonReader::read(QIODevice &device, Domain::PortfolioSink &sink,
                                      const Progress &progress)
{
    const qint64 total = device.isSequential() ? -1 : device.size();
    JsonParser parser(device, MaxNesting);
    JsonParser::Token token = parser.next();
    if (token != JsonParser::Token::ObjectStart) {
        // Whatever it is, a syntax error in it comes first.
        if (!parser.skipValue(token) || parser.next() != JsonParser::Token::End)
            return parser.error();
        return Error{
            Error::Kind::Format,
            Text::tr("The document is not a JSON object, so not a Samspill exchange file.")};
    }

    Problems problems;
    DocumentReader reader(problems);
    QVector<Domain::Organisation> organisations;
    QVector<Domain::KnowledgeSource> sources;
    QVector<Domain::ArchivedReport> portfolioReports; // handed over at the end
    // Projects go to the sink as they are read, while the document is sound so far; after the
    // first problem only the problems are collected. The shared entities go first, just before
    // the first project: a document that does not list both before its projects (every file
    // Samspill writes does) has its projects kept until the end.
    bool sharedGiven = false;
    QVector<std::pair<Domain::ProjectBundle, QString>> early;
    std::optional<Domain::Error> refused; // by the sink
    const auto giveShared = [&] {
        sharedGiven = true;
        if (auto taken = sink.shared(organisations, sources); !taken)
            refused = taken.error();
    };
    // The document's own fields are judged as soon as they are read (and again at the end):
    // their problems are reported alone, since the rest of a file of another format or version
    // means nothing.
    JsonValue header;
    header.type = JsonValue::Type::Object;
    const auto headerProblem = [&]() -> std::optional<Domain::Error> {
        Problems headerProblems;
        ObjectReader root(header, QString(), headerProblems);
        const QString format = root.text(QStringLiteral("format"), Need::Required);
        if (!headerProblems.isEmpty() || format != QLatin1String(FormatName)) {
            return Error{Error::Kind::Format,
                         Text::tr("format: this is not a Samspill exchange file (expected \"%1\")")
                             .arg(QLatin1String(FormatName))};
        }
        const std::optional<qint64> version =
            root.integer(QStringLiteral("formatVersion"), 1, 1000000, Need::Required);
        if (!version)
            return headerProblems.error();
        if (*version > FormatVersion) {
            return Error{Error::Kind::Format,
                         Text::tr("formatVersion: %1 was written by a newer Samspill; this version "
                                  "reads format version %2")
                             .arg(QString::number(*version), QString::number(FormatVersion))};
        }
        return std::nullopt;
    };
    bool headerWrong = false; // known wrong as soon as both fields are read
    bool seenOrganisations = false;
    bool seenSources = false;
    bool wellFormed = true;
    for (token = parser.next(); wellFormed && !refused && token == JsonParser::Token::Key;
         token = parser.next()) {
        const QString key = parser.text();
        if (key == QLatin1String("organisations")) {
            seenOrganisations = true;
            wellFormed = readList(parser, key, problems, [&](ObjectReader &item, qsizetype) {
                organisations.append(reader.readOrganisation(item));
            });
        } else if (key == QLatin1String("knowledgeSources")) {
            seenSources = true;
            wellFormed = readList(parser, key, problems, [&](ObjectReader &item, qsizetype) {
                sources.append(reader.readKnowledgeSource(item));
            });
        } else if (key == QLatin1String("projects")) {
            if (seenOrganisations && seenSources && problems.isEmpty() && !headerWrong)
                giveShared();
            wellFormed = readList(parser, key, problems, [&](ObjectReader &item, qsizetype i) {
                Domain::ProjectBundle bundle = reader.readProject(item, int(i));
                if (problems.isEmpty() && !refused && !headerWrong) {
                    if (!sharedGiven) {
                        early.append({std::move(bundle), item.path()});
                    } else if (auto taken = sink.project(bundle, item.path()); !taken) {
                        refused = taken.error();
                    }
                }
                if (progress)
                    progress(device.pos(), total);
            });
        } else if (key == QLatin1String("reports")) {
            wellFormed = readList(parser, key, problems, [&](ObjectReader &item, qsizetype) {
                portfolioReports.append(reader.readPortfolioReport(item));
            });
        } else if (key == QLatin1String("format") || key == QLatin1String("formatVersion")) {
            header.members.push_back({key, JsonValue()});
            wellFormed = parser.readValue(parser.next(), header.members.back().value);
            if (header.members.size() == 2) {
                headerWrong = headerProblem().has_value();
                Problems ignored;
                ObjectReader root(header, QString(), ignored);
                if (auto version =
                        root.integer(QStringLiteral("formatVersion"), 1, 1000000, Need::Required))
                    reader.setFormatVersion(*version);
            }
        } else if (key == QLatin1String("exportedAt")) {
            JsonValue field;
            field.type = JsonValue::Type::Object;
            field.members.push_back({key, JsonValue()});
            wellFormed = parser.readValue(parser.next(), field.members.back().value);
            ObjectReader(field, QString(), problems).timestamp(key);
        } else {
            wellFormed = parser.skipValue(parser.next());
            problems.add(memberPath(QString(), key), Text::tr("is not a field of this format"));
        }
    }
    if (refused)
        return *refused;
    if (!wellFormed || token != JsonParser::Token::ObjectEnd ||
        parser.next() != JsonParser::Token::End)
        return parser.error();
    if (auto wrong = headerProblem())
        return *wrong;
    if (!problems.isEmpty())
        return problems.error();
    if (!sharedGiven)
        giveShared();
    for (const auto &[bundle, path] : early) {
        if (refused)
            break;
        if (auto taken = sink.project(bundle, path); !taken)
            refused = taken.error();
    }
    if (refused)
        return *refused;
    return sink.reports(portfolioReports);
}

} // namespace Exchange
