#include "models/storage/sqlportfoliorepository.h"

#include "models/domain/text.h"
#include "models/storage/database.h"
#include "models/storage/entityreaders.h"
#include "models/storage/entityrows.h"
#include "models/storage/entitywriter.h"
#include "models/storage/meta.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace Storage {
namespace {

using Domain::Error;
using Domain::Result;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SqlPortfolioRepository)
};

QString at(const char *list, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

// An error of the entity at path, in the exchange format's "path: what" form. Only an error of
// the data itself is about that entity: a full disk or a failed connection is not.
Error located(const QString &path, const Error &error)
{
    if (error.kind != Error::Kind::Invalid && error.kind != Error::Kind::Conflict)
        return error;
    return Error{error.kind, path + QStringLiteral(": ") + error.message};
}

// Writes each item of items with write(item, index); stops at the first failure, named by path.
template <typename T, typename Write>
Result<void> writeEach(const QVector<T> &items, const QString &path, const char *list, Write write)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (auto written = write(items.at(i), int(i)); !written)
            return located(path + QLatin1Char('.') + at(list, i), written.error());
    }
    return {};
}

Result<void> importProject(EntityWriter &writer, const Domain::ProjectBundle &bundle,
                           const QString &path)
{
    auto existing = writer.resolve(Rows::Project, bundle.project.uuid);
    if (!existing)
        return existing.error();
    if (existing.value() != 0) {
        return Error{Error::Kind::Conflict,
                     path + QStringLiteral(".uuid: ") +
                         Text::tr("the project %1 (%2) is already in this database")
                             .arg(Domain::quoted(bundle.project.name),
                                  bundle.project.uuid.toString(QUuid::WithoutBraces))};
    }
    auto project = writer.insertProject(bundle.project);
    if (!project)
        return located(path, project.error());
    const Ref ref = project.value();

    if (auto done = writeEach(bundle.participants, path, "participants",
                              [&](const Domain::Participant &item, int i) {
                                  return writer.insertParticipant(item, ref, i);
                              });
        !done)
        return done;
    if (auto done = writeEach(
            bundle.members, path, "members",
            [&](const Domain::Member &item, int i) { return writer.insertMember(item, ref, i); });
        !done)
        return done;
    if (auto done = writeEach(
            bundle.goals, path, "goals",
            [&](const Domain::Goal &item, int i) { return writer.insertGoal(item, ref, i); });
        !done)
        return done;
    if (auto done = writeEach(bundle.measures, path, "measures",
                              [&](const Domain::Measure &item, int i) -> Result<void> {
                                  auto inserted = writer.insertMeasure(item, ref, i);
                                  return inserted ? Result<void>() : inserted.error();
                              });
        !done)
        return done;
    if (auto done = writeEach(bundle.milestones, path, "milestones",
                              [&](const Domain::Milestone &item, int i) {
                                  return writer.insertMilestone(item, ref, i);
                              });
        !done)
        return done;
    if (auto done = writeEach(bundle.statusUpdates, path, "statusUpdates",
                              [&](const Domain::StatusUpdate &item, int) {
                                  return writer.insertStatusUpdate(item, ref);
                              });
        !done)
        return done;
    if (auto done = writeEach(
            bundle.risks, path, "risks",
            [&](const Domain::Risk &item, int i) { return writer.insertRisk(item, ref, i); });
        !done)
        return done;
    return writeEach(bundle.budgetLines, path, "budgetLines",
                     [&](const Domain::BudgetLine &item, int i) {
                         return writer.insertBudgetLine(item, ref, i);
                     });
}

} // namespace

namespace {

// Every organisation and knowledge source the projects refer to must be in the portfolio or
// already stored. All that are missing are reported at once, before anything is written.
Result<void> checkReferences(EntityWriter &writer, const Domain::Portfolio &portfolio)
{
    QSet<QUuid> organisations;
    for (const Domain::Organisation &organisation : portfolio.organisations)
        organisations.insert(organisation.uuid);
    QSet<QUuid> sources;
    for (const Domain::KnowledgeSource &source : portfolio.knowledgeSources)
        sources.insert(source.uuid);

    QStringList problems;
    Error failure;
    const auto check = [&](const Table &table, const QSet<QUuid> &defined, const QUuid &uuid,
                           const QString &path, const QString &what) {
        if (uuid.isNull() || defined.contains(uuid))
            return true;
        auto key = writer.resolve(table, uuid);
        if (!key) {
            failure = key.error();
            return false;
        }
        if (key.value() == 0) {
            problems.append(path + QStringLiteral(": ") +
                            Text::tr("refers to %1 %2, which does not exist")
                                .arg(what, uuid.toString(QUuid::WithoutBraces)));
        }
        return true;
    };
    const QString organisation = Text::tr("the organisation");
    const QString source = Text::tr("the knowledge source");
    for (qsizetype p = 0; p < portfolio.projects.size(); ++p) {
        const Domain::ProjectBundle &bundle = portfolio.projects.at(p);
        const QString project = at("projects", p) + QLatin1Char('.');
        for (qsizetype i = 0; i < bundle.participants.size(); ++i) {
            if (!check(Rows::Organisation, organisations,
                       bundle.participants.at(i).organisationUuid,
                       project + at("participants", i) + QStringLiteral(".organisation"),
                       organisation))
                return failure;
        }
        for (qsizetype i = 0; i < bundle.members.size(); ++i) {
            if (!check(Rows::Organisation, organisations, bundle.members.at(i).organisationUuid,
                       project + at("members", i) + QStringLiteral(".organisation"), organisation))
                return failure;
        }
        for (qsizetype m = 0; m < bundle.measures.size(); ++m) {
            const Domain::Measure &measure = bundle.measures.at(m);
            const QString path = project + at("measures", m) + QLatin1Char('.');
            const struct
            {
                const char *list;
                const QVector<QUuid> &uuids;
                const Table &table;
                const QSet<QUuid> &defined;
                const QString &what;
            } lists[] = {
                {"responsibleOrganisations", measure.responsibleOrganisationUuids,
                 Rows::Organisation, organisations, organisation},
                {"participatingOrganisations", measure.participatingOrganisationUuids,
                 Rows::Organisation, organisations, organisation},
                {"knowledgeSources", measure.knowledgeSourceUuids, Rows::KnowledgeSource, sources,
                 source},
            };
            for (const auto &list : lists) {
                for (qsizetype i = 0; i < list.uuids.size(); ++i) {
                    if (!check(list.table, list.defined, list.uuids.at(i), path + at(list.list, i),
                               list.what))
                        return failure;
                }
            }
        }
    }
    if (problems.isEmpty())
        return {};
    return Error{Error::Kind::Invalid, problems.join(QLatin1Char('\n'))};
}

// Stores the portfolio through writer, inside the caller's transaction.
Result<Domain::ImportSummary> importAll(EntityWriter &writer, const Domain::Portfolio &portfolio)
{
    if (auto references = checkReferences(writer, portfolio); !references)
        return references.error();
    Domain::ImportSummary summary;
    for (qsizetype i = 0; i < portfolio.organisations.size(); ++i) {
        const Domain::Organisation &organisation = portfolio.organisations.at(i);
        auto existing = writer.resolve(Rows::Organisation, organisation.uuid);
        if (!existing)
            return existing.error();
        if (existing.value() != 0)
            continue; // shared entities already stored are kept as they are
        auto inserted = writer.insertOrganisation(organisation);
        if (!inserted)
            return located(at("organisations", i), inserted.error());
        if (inserted->id != 0)
            ++summary.organisationsAdded;
    }
    for (qsizetype i = 0; i < portfolio.knowledgeSources.size(); ++i) {
        const Domain::KnowledgeSource &source = portfolio.knowledgeSources.at(i);
        auto existing = writer.resolve(Rows::KnowledgeSource, source.uuid);
        if (!existing)
            return existing.error();
        if (existing.value() != 0)
            continue;
        auto inserted = writer.insertKnowledgeSource(source);
        if (!inserted)
            return located(at("knowledgeSources", i), inserted.error());
        if (inserted->id != 0)
            ++summary.knowledgeSourcesAdded;
    }
    for (qsizetype i = 0; i < portfolio.projects.size(); ++i) {
        if (auto imported = importProject(writer, portfolio.projects.at(i), at("projects", i));
            !imported)
            return imported.error();
        ++summary.projects;
    }
    return summary;
}

const QString seededKey = QStringLiteral("seeded");

} // namespace

Result<Domain::ImportSummary>
SqlPortfolioRepository::importPortfolio(const Domain::Portfolio &portfolio)
{
    // Imports run one at a time (on SQLite the write lock, on PostgreSQL Samspill's advisory
    // lock), so two that bring the same new organisations, or an import beside the first seed,
    // cannot trip over each other; what PostgreSQL still refuses for a concurrent change is
    // tried again.
    return retried([&]() -> Result<Domain::ImportSummary> {
        // The writer's prepared statements outlive the transaction: on PostgreSQL they can
        // only be freed once a failed transaction has been rolled back.
        EntityWriter writer(m_database);
        Transaction transaction(m_database, Transaction::Mode::Write, Transaction::Lock::Exclusive);
        if (!transaction.started())
            return transaction.started().error();
        auto summary = importAll(writer, portfolio);
        if (!summary)
            return summary;
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return summary;
    });
}

Result<bool> SqlPortfolioRepository::seedIfNew(const Domain::Portfolio &seed)
{
    return retried([&] { return seedOnce(seed); });
}

Result<bool> SqlPortfolioRepository::seedOnce(const Domain::Portfolio &seed)
{
    EntityWriter writer(m_database);
    Transaction transaction(m_database, Transaction::Mode::Write, Transaction::Lock::Exclusive);
    if (!transaction.started())
        return transaction.started().error();
    auto seeded = Meta::value(m_database, seededKey);
    if (!seeded)
        return seeded.error();
    if (seeded.value())
        return false;
    auto empty = isEmpty();
    if (!empty)
        return empty.error();
    if (empty.value()) {
        if (auto imported = importAll(writer, seed); !imported)
            return imported.error();
    }
    if (auto marked = Meta::setValue(m_database, seededKey,
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        !marked)
        return marked.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return empty.value();
}

Result<bool> SqlPortfolioRepository::isEmpty()
{
    auto found = Sql::run(m_database.connection(),
                          QStringLiteral("SELECT (SELECT COUNT(*) FROM project)"
                                         " + (SELECT COUNT(*) FROM organisation)"
                                         " + (SELECT COUNT(*) FROM knowledge_source)"),
                          {});
    if (!found)
        return found.error();
    return !found->next() || found->value(0).toLongLong() == 0;
}

Result<Domain::ProjectBundle> SqlPortfolioRepository::projectBundle(Domain::ProjectId id)
{
    // One snapshot: a measure saved meanwhile is read with all its links and activities or
    // not at all. Joins the caller's transaction (an export) when there is one.
    Transaction snapshot(m_database, Transaction::Mode::Read);
    if (!snapshot.started())
        return snapshot.started().error();
    const QSqlDatabase db = m_database.connection();
    auto project = Readers::project(db, id);
    if (!project)
        return project.error();
    return Readers::bundle(db, project.value());
}

} // namespace Storage
