#include "models/storage/portfolioimport.h"

#include "models/domain/text.h"
#include "models/storage/database.h"
#include "models/storage/entityrows.h"
#include "models/storage/meta.h"

#include <QCoreApplication>
#include <QDateTime>

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

} // namespace

PortfolioImport::PortfolioImport(Database &database)
    : m_database(database)
    , m_writer(database)
    , m_transaction(database, Transaction::Mode::Write, Transaction::Lock::Exclusive)
    , m_archive(database)
{}

Result<void> PortfolioImport::shared(const QVector<Domain::Organisation> &organisations,
                                     const QVector<Domain::KnowledgeSource> &sources)
{
    if (!started())
        return started();
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        const Domain::Organisation &organisation = organisations.at(i);
        m_organisations.insert(organisation.uuid);
        auto existing = m_writer.resolve(Rows::Organisation, organisation.uuid);
        if (!existing)
            return existing.error();
        if (existing.value() != 0)
            continue; // shared entities already stored are kept as they are
        auto inserted = m_writer.insertOrganisation(organisation);
        if (!inserted)
            return located(at("organisations", i), inserted.error());
        if (inserted->id != 0)
            ++m_summary.organisationsAdded;
    }
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const Domain::KnowledgeSource &source = sources.at(i);
        m_sources.insert(source.uuid);
        auto existing = m_writer.resolve(Rows::KnowledgeSource, source.uuid);
        if (!existing)
            return existing.error();
        if (existing.value() != 0)
            continue;
        auto inserted = m_writer.insertKnowledgeSource(source);
        if (!inserted)
            return located(at("knowledgeSources", i), inserted.error());
        if (inserted->id != 0)
            ++m_summary.knowledgeSourcesAdded;
    }
    return {};
}

Result<void> PortfolioImport::project(const Domain::ProjectBundle &bundle, const QString &path)
{
    if (!started())
        return started();
    if (auto checked = checkReferences(bundle, path); !checked)
        return checked;
    if (!m_unresolved.isEmpty())
        return {}; // nothing more is written; commit() names every unresolved reference
    if (auto imported = m_writer.insertBundle(bundle, path); !imported)
        return imported;
    for (qsizetype i = 0; i < bundle.reports.size(); ++i) {
        if (auto stored = m_archive.store(bundle.reports.at(i)); !stored)
            return located(path + QLatin1Char('.') + at("reports", i), stored.error());
    }
    ++m_summary.projects;
    return m_writer.changes().flush(); // the project's inserts, a few rows of history
}

Result<void> PortfolioImport::reports(const QVector<Domain::ArchivedReport> &reports)
{
    if (!started())
        return started();
    if (!m_unresolved.isEmpty())
        return {};
    for (qsizetype i = 0; i < reports.size(); ++i) {
        auto stored = m_archive.contains(reports.at(i).uuid);
        if (!stored)
            return stored.error();
        if (stored.value())
            continue;
        if (auto done = m_archive.store(reports.at(i)); !done)
            return located(at("reports", i), done.error());
    }
    return {};
}

Result<Domain::ImportSummary> PortfolioImport::commit()
{
    if (!started())
        return started().error();
    if (!m_unresolved.isEmpty())
        return Error{Error::Kind::Invalid, m_unresolved.join(QLatin1Char('\n'))};
    // A database that was imported into is never seeded afterwards: the decision is recorded
    // with the import (the seed itself records its own).
    auto decided = Meta::value(m_database, Meta::SeededKey);
    if (!decided)
        return decided.error();
    if (!decided.value()) {
        if (auto recorded =
                Meta::setValue(m_database, Meta::SeededKey,
                               QStringLiteral("no, imported into at ") +
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            !recorded)
            return recorded.error();
    }
    if (auto committed = m_writer.changes().commit(m_transaction); !committed)
        return committed.error();
    return m_summary;
}

// Every organisation and knowledge source the project refers to must be in the file or already
// stored.
Result<void> PortfolioImport::checkReferences(const Domain::ProjectBundle &bundle,
                                              const QString &path)
{
    const QString organisation = Text::tr("the organisation");
    const QString source = Text::tr("the knowledge source");
    const auto check = [&](const Table &table, const QSet<QUuid> &defined, const QUuid &uuid,
                           const QString &where, const QString &what) -> Result<void> {
        if (uuid.isNull() || defined.contains(uuid))
            return {};
        auto key = m_writer.resolve(table, uuid);
        if (!key)
            return key.error();
        if (key.value() == 0) {
            m_unresolved.append(where + QStringLiteral(": ") +
                                Text::tr("refers to %1 %2, which does not exist")
                                    .arg(what, uuid.toString(QUuid::WithoutBraces)));
        }
        return {};
    };
    const QString project = path + QLatin1Char('.');
    for (qsizetype i = 0; i < bundle.project.knowledgeSourceUuids.size(); ++i) {
        if (auto done =
                check(Rows::KnowledgeSource, m_sources, bundle.project.knowledgeSourceUuids.at(i),
                      project + at("knowledgeSources", i), source);
            !done)
            return done;
    }
    for (qsizetype i = 0; i < bundle.participants.size(); ++i) {
        if (auto done = check(
                Rows::Organisation, m_organisations, bundle.participants.at(i).organisationUuid,
                project + at("participants", i) + QStringLiteral(".organisation"), organisation);
            !done)
            return done;
    }
    for (qsizetype i = 0; i < bundle.members.size(); ++i) {
        if (auto done =
                check(Rows::Organisation, m_organisations, bundle.members.at(i).organisationUuid,
                      project + at("members", i) + QStringLiteral(".organisation"), organisation);
            !done)
            return done;
    }
    for (qsizetype m = 0; m < bundle.measures.size(); ++m) {
        const Domain::Measure &measure = bundle.measures.at(m);
        const QString where = project + at("measures", m) + QLatin1Char('.');
        const struct
        {
            const char *list;
            const QVector<QUuid> &uuids;
            const Table &table;
            const QSet<QUuid> &defined;
            const QString &what;
        } lists[] = {
            {"responsibleOrganisations", measure.responsibleOrganisationUuids, Rows::Organisation,
             m_organisations, organisation},
            {"participatingOrganisations", measure.participatingOrganisationUuids,
             Rows::Organisation, m_organisations, organisation},
            {"knowledgeSources", measure.knowledgeSourceUuids, Rows::KnowledgeSource, m_sources,
             source},
        };
        for (const auto &list : lists) {
            for (qsizetype i = 0; i < list.uuids.size(); ++i) {
                if (auto done = check(list.table, list.defined, list.uuids.at(i),
                                      where + at(list.list, i), list.what);
                    !done)
                    return done;
            }
        }
    }
    return {};
}

} // namespace Storage
