#include "models/projectdata.h"

#include <QLocale>

namespace Models {

ProjectData::ProjectData(Repositories repositories, QObject *parent)
    : QObject(parent)
    , m_repositories(repositories)
{}

Domain::Result<void> ProjectData::load(Domain::ProjectId id)
{
    auto project = m_repositories.projects->project(id);
    if (!project)
        return project.error();
    auto participants = m_repositories.projects->participants(id);
    if (!participants)
        return participants.error();
    auto members = m_repositories.projects->members(id);
    if (!members)
        return members.error();
    auto goals = m_repositories.goals->goals(id);
    if (!goals)
        return goals.error();
    auto measures = m_repositories.measures->measures(id);
    if (!measures)
        return measures.error();
    auto organisations = m_repositories.organisations->organisations();
    if (!organisations)
        return organisations.error();
    auto sources = m_repositories.knowledgeSources->knowledgeSources();
    if (!sources)
        return sources.error();

    emit aboutToReset();
    m_project = std::move(project).value();
    m_participants = std::move(participants).value();
    m_members = std::move(members).value();
    m_goals = std::move(goals).value();
    m_measures = std::move(measures).value();
    m_organisations.clear();
    for (const Domain::Organisation &organisation : organisations.value())
        m_organisations.insert(organisation.uuid, organisation);
    m_knowledgeSources.clear();
    for (const Domain::KnowledgeSource &source : sources.value())
        m_knowledgeSources.insert(source.uuid, source);
    recompute();
    emit reset();
    return {};
}

Domain::Result<void> ProjectData::reload()
{
    if (!isLoaded())
        return {};
    return load(m_project.id);
}

void ProjectData::clear()
{
    emit aboutToReset();
    m_project = {};
    m_participants.clear();
    m_members.clear();
    m_goals.clear();
    m_measures.clear();
    m_goalRollups.clear();
    m_projectRollup = {};
    emit reset();
}

const Domain::Organisation *ProjectData::organisation(const QUuid &uuid) const
{
    const auto found = m_organisations.constFind(uuid);
    return found == m_organisations.cend() ? nullptr : &found.value();
}

QString ProjectData::organisationName(const QUuid &uuid) const
{
    const Domain::Organisation *found = organisation(uuid);
    return found ? found->name : QString();
}

QString ProjectData::organisationNames(const QVector<QUuid> &uuids) const
{
    QStringList names;
    for (const QUuid &uuid : uuids)
        names.append(organisationName(uuid));
    return QLocale().createSeparatedList(names);
}

const Domain::KnowledgeSource *ProjectData::knowledgeSource(const QUuid &uuid) const
{
    const auto found = m_knowledgeSources.constFind(uuid);
    return found == m_knowledgeSources.cend() ? nullptr : &found.value();
}

const Domain::Goal *ProjectData::goal(const QUuid &uuid) const
{
    for (const Domain::Goal &goal : m_goals) {
        if (goal.uuid == uuid)
            return &goal;
    }
    return nullptr;
}

void ProjectData::setToday(QDate date)
{
    emit aboutToReset();
    m_today = date;
    recompute();
    emit reset();
}

Domain::Rag ProjectData::ragOf(const Domain::Measure &measure) const
{
    return Domain::ragOf(measure, today());
}

bool ProjectData::isOverdue(const Domain::Measure &measure) const
{
    return Domain::isOverdue(measure, today());
}

bool ProjectData::isProjectOverdue() const
{
    return isLoaded() && Domain::isOverdue(m_project, today());
}

Domain::Rollup ProjectData::projectRollup() const
{
    return m_projectRollup;
}

Domain::Rollup ProjectData::goalRollup(const QUuid &goal) const
{
    return m_goalRollups.value(goal);
}

void ProjectData::recompute()
{
    m_goalRollups = Domain::rollUpGoals(m_goals, m_measures, today());
    m_projectRollup = Domain::rollUpProject(m_project, m_measures, today());
}

} // namespace Models
