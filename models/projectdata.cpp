#include "models/projectdata.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace Models {

ProjectData::ProjectData(Repositories repositories, QObject *parent)
    : QObject(parent)
    , m_repositories(repositories)
{}

Domain::Result<void> ProjectData::load(Domain::ProjectId id)
{
    // Everything is read before anything is replaced, so a failed read changes nothing.
    Domain::ProjectBundle bundle;
    QVector<Domain::Organisation> organisations;
    QVector<Domain::KnowledgeSource> sources;
    Domain::Error failure;
    if (!Domain::take(m_repositories.portfolio->projectBundle(id), bundle, failure) ||
        !Domain::take(m_repositories.organisations->organisations(), organisations, failure) ||
        !Domain::take(m_repositories.knowledgeSources->knowledgeSources(), sources, failure)) {
        return failure;
    }

    emit aboutToReset();
    m_readOn = QDate::currentDate();
    m_project = std::move(bundle.project);
    m_participants = std::move(bundle.participants);
    m_members = std::move(bundle.members);
    m_goals = std::move(bundle.goals);
    m_measures = std::move(bundle.measures);
    m_milestones = std::move(bundle.milestones);
    m_organisations.clear();
    for (const Domain::Organisation &organisation : organisations)
        m_organisations.insert(organisation.uuid, organisation);
    m_knowledgeSources.clear();
    for (const Domain::KnowledgeSource &source : sources)
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
    m_milestones.clear();
    m_organisations.clear();
    m_knowledgeSources.clear();
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

QVector<const Domain::Organisation *> ProjectData::organisationList() const
{
    QVector<const Domain::Organisation *> list;
    for (const Domain::Organisation &organisation : m_organisations)
        list.append(&organisation);
    const QCollator collator;
    std::sort(list.begin(), list.end(), [&collator](const auto *a, const auto *b) {
        return collator.compare(a->name, b->name) < 0;
    });
    return list;
}

QVector<const Domain::KnowledgeSource *> ProjectData::knowledgeSourceList() const
{
    QVector<const Domain::KnowledgeSource *> list;
    for (const Domain::KnowledgeSource &source : m_knowledgeSources)
        list.append(&source);
    const QCollator collator;
    std::sort(list.begin(), list.end(), [&collator](const auto *a, const auto *b) {
        return collator.compare(a->title, b->title) < 0;
    });
    return list;
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
