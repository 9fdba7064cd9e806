#include "app/exporter.h"

#include "app/commands.h"
#include "app/workspace.h"
#include "models/domain/text.h"
#include "models/exchange/jsonwriter.h"
#include "models/storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <utility>

namespace App {

Domain::Result<Domain::Project> Exporter::findProject(const QVector<Domain::Project> &projects,
                                                      const QString &wanted)
{
    const QUuid uuid = QUuid::fromString(wanted);
    QVector<Domain::Project> matching;
    for (const Domain::Project &project : projects) {
        if ((!uuid.isNull() && project.uuid == uuid) ||
            project.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            project.shortName.compare(wanted, Qt::CaseInsensitive) == 0) {
            matching.append(project);
        }
    }
    if (matching.size() == 1)
        return matching.constFirst();
    if (matching.isEmpty()) {
        return Domain::Error{Domain::Error::Kind::NotFound,
                             Commands::tr("There is no project \"%1\" in this database.")
                                 .arg(Domain::printable(wanted))};
    }
    QStringList candidates;
    for (const Domain::Project &project : matching)
        candidates.append(project.uuid.toString(QUuid::WithoutBraces));
    return Domain::Error{Domain::Error::Kind::Invalid,
                         Commands::tr("%1 projects are called \"%2\"; name one by its UUID: %3")
                             .arg(QString::number(matching.size()), Domain::printable(wanted),
                                  candidates.join(QStringLiteral(", ")))};
}

Domain::Result<QVector<Domain::Project>> Exporter::selectProjects(Workspace &workspace,
                                                                  const QStringList &wanted)
{
    auto projects = workspace.projects().projects();
    if (!projects || wanted.isEmpty())
        return projects;
    QVector<Domain::Project> selected;
    QSet<QUuid> seen;
    for (const QString &name : wanted) {
        auto project = findProject(projects.value(), name);
        if (!project)
            return project.error();
        if (!seen.contains(project->uuid)) {
            seen.insert(project->uuid);
            selected.append(std::move(project).value());
        }
    }
    return selected;
}

namespace {

// The organisations and knowledge sources the bundles refer to, so that a file with the
// projects named carries what they need and nothing else.
template <typename Entity>
QVector<Entity> referenced(const QVector<Entity> &all, const QSet<QUuid> &uuids)
{
    QVector<Entity> result;
    for (const Entity &entity : all) {
        if (uuids.contains(entity.uuid))
            result.append(entity);
    }
    return result;
}

QSet<QUuid> organisationsOf(const Domain::ProjectBundle &bundle)
{
    QSet<QUuid> uuids;
    for (const Domain::Participant &participant : bundle.participants)
        uuids.insert(participant.organisationUuid);
    for (const Domain::Member &member : bundle.members)
        uuids.insert(member.organisationUuid);
    for (const Domain::Measure &measure : bundle.measures) {
        for (const QUuid &uuid : measure.responsibleOrganisationUuids)
            uuids.insert(uuid);
        for (const QUuid &uuid : measure.participatingOrganisationUuids)
            uuids.insert(uuid);
    }
    return uuids;
}

QSet<QUuid> knowledgeSourcesOf(const Domain::ProjectBundle &bundle)
{
    QSet<QUuid> uuids(bundle.project.knowledgeSourceUuids.cbegin(),
                      bundle.project.knowledgeSourceUuids.cend());
    for (const Domain::Measure &measure : bundle.measures) {
        for (const QUuid &uuid : measure.knowledgeSourceUuids)
            uuids.insert(uuid);
    }
    return uuids;
}

// The archived reports of a project with their bytes, oldest first, as the exchange format
// carries them.
Domain::Result<QVector<Domain::ArchivedReport>> archivedReports(Workspace &workspace,
                                                                const std::optional<QUuid> &project,
                                                                const QSet<QUuid> &except = {})
{
    auto listed = workspace.archive().list(project);
    if (!listed)
        return listed.error();
    QVector<Domain::ArchivedReport> reports;
    for (auto it = listed->crbegin(); it != listed->crend(); ++it) {
        if (!it->project.isNull() && except.contains(it->project))
            continue;
        auto report = workspace.archive().report(it->uuid);
        if (!report)
            return report.error();
        reports.append(std::move(report).value());
    }
    return reports;
}

// A project with everything in it and its archived reports, as an export writes it.
Domain::Result<Domain::ProjectBundle> bundleWithReports(Workspace &workspace,
                                                        const Domain::Project &project)
{
    auto bundle = workspace.portfolio().projectBundle(project.id);
    if (!bundle)
        return bundle;
    auto reports = archivedReports(workspace, project.uuid);
    if (!reports)
        return reports.error();
    bundle->reports = std::move(reports).value();
    return bundle;
}

} // namespace

Domain::Result<int> Exporter::write(Workspace &workspace, const QStringList &wanted,
                                    const QString &output, QFileDevice *standardOutput)
{
    const bool toStandardOutput = standardOutput != nullptr;
    if (!toStandardOutput) {
        if (auto refused = Commands::refuseDatabaseFile(workspace.database().settings(), output);
            !refused)
            return refused.error();
    }
    // One snapshot for the whole file: a change made meanwhile is in it entirely or not at all,
    // and every organisation a project refers to is in the file.
    Storage::Transaction snapshot(workspace.database(), Storage::Transaction::Mode::Read);
    if (!snapshot.started())
        return snapshot.started().error();
    auto projects = Exporter::selectProjects(workspace, wanted);
    auto organisations = workspace.organisations().organisations();
    auto sources = workspace.knowledgeSources().knowledgeSources();
    for (const Domain::Error *error :
         {projects ? nullptr : &projects.error(), organisations ? nullptr : &organisations.error(),
          sources ? nullptr : &sources.error()}) {
        if (error)
            return *error;
    }

    // Projects named are read before the header, to list only what they refer to; a whole
    // portfolio is streamed one project at a time.
    QVector<Domain::Organisation> shownOrganisations = organisations.value();
    QVector<Domain::KnowledgeSource> shownSources = sources.value();
    QVector<Domain::ProjectBundle> named;
    if (!wanted.isEmpty()) {
        QSet<QUuid> organisationUuids;
        QSet<QUuid> sourceUuids;
        for (const Domain::Project &project : projects.value()) {
            auto bundle = bundleWithReports(workspace, project);
            if (!bundle)
                return bundle.error();
            organisationUuids.unite(organisationsOf(bundle.value()));
            sourceUuids.unite(knowledgeSourcesOf(bundle.value()));
            named.append(std::move(bundle).value());
        }
        shownOrganisations = referenced(shownOrganisations, organisationUuids);
        shownSources = referenced(shownSources, sourceUuids);
    }

    // A regular file is replaced atomically (QSaveFile); standard output, a device or a pipe is
    // written in place, since it cannot be replaced.
    const QFileInfo target(output);
    const bool inPlace = !toStandardOutput && target.exists() && !target.isFile();
    QSaveFile replacement(target.exists() ? target.canonicalFilePath() : output);
    QFile stream(output);
    QFileDevice *device = standardOutput;
    const auto failed = [&](const QString &where) {
        return Domain::Error{Domain::Error::Kind::Io,
                             Commands::tr("Cannot write %1: %2")
                                 .arg(where, Domain::printable(device->errorString()))};
    };
    if (!toStandardOutput) {
        device = inPlace ? static_cast<QFileDevice *>(&stream) : &replacement;
        if (!device->open(QIODevice::WriteOnly))
            return failed(Domain::printable(output));
    }
    Exchange::JsonWriter writer(device);
    writer.begin(shownOrganisations, shownSources);
    if (!wanted.isEmpty()) {
        for (const Domain::ProjectBundle &bundle : std::as_const(named))
            writer.writeProject(bundle);
    } else {
        for (const Domain::Project &project : projects.value()) {
            auto bundle = bundleWithReports(workspace, project);
            if (!bundle)
                return bundle.error(); // the QSaveFile is discarded: no half-written file is left
            writer.writeProject(bundle.value());
        }
    }
    // A whole portfolio also carries the reports of no project in it: portfolio reports, and
    // those of projects deleted since.
    QVector<Domain::ArchivedReport> portfolioReports;
    if (wanted.isEmpty()) {
        QSet<QUuid> stored;
        for (const Domain::Project &project : projects.value())
            stored.insert(project.uuid);
        auto reports = archivedReports(workspace, std::nullopt, stored);
        if (!reports)
            return reports.error();
        portfolioReports = std::move(reports).value();
    }
    const bool written = writer.finish(portfolioReports) && device->flush();
    const bool done = written && (device == &replacement ? replacement.commit() : true);
    if (!done)
        return failed(toStandardOutput ? Commands::tr("standard output")
                                       : Domain::printable(output));
    return int(projects->size());
}

} // namespace App
