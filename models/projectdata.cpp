#include "models/projectdata.h"

#include "models/overview/explanation.h"
#include "models/overview/localday.h"
#include "models/overview/source.h"

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
    return read(id, m_asOf);
}

Domain::Result<void> ProjectData::read(Domain::ProjectId id, QDate asOf)
{
    // Everything is read before anything is replaced, so a failed read changes nothing.
    Overview::Source source({m_repositories.projects, m_repositories.portfolio,
                             m_repositories.history, m_repositories.organisations});
    Overview::Source::Snapshot snapshot;
    QVector<Domain::Organisation> organisations;
    QVector<Domain::KnowledgeSource> sources;
    Domain::Error failure;
    if (asOf.isValid()) {
        Domain::Project project;
        if (!Domain::take(m_repositories.projects->project(id), project, failure) ||
            !Domain::take(source.asOf(project.uuid, Overview::LocalDay::end(asOf)), snapshot,
                          failure)) {
            return failure;
        }
    } else if (!Domain::take(source.stored(id), snapshot, failure)) {
        return failure;
    }
    if (!Domain::take(m_repositories.organisations->organisations(), organisations, failure) ||
        !Domain::take(m_repositories.knowledgeSources->knowledgeSources(), sources, failure)) {
        return failure;
    }

    emit aboutToReset();
    m_readOn = QDate::currentDate();
    m_asOf = asOf;
    m_bundle = std::move(snapshot.bundle);
    m_recordedFrom = snapshot.recordedFrom;
    m_organisations.clear();
    for (const Domain::Organisation &organisation : organisations)
        m_organisations.insert(organisation.uuid, organisation);
    m_knowledgeSources.clear();
    for (const Domain::KnowledgeSource &knowledgeSource : sources)
        m_knowledgeSources.insert(knowledgeSource.uuid, knowledgeSource);
    recompute();
    emit reset();
    return {};
}

Domain::Result<void> ProjectData::reload()
{
    if (!isLoaded())
        return {};
    return load(m_bundle.project.id);
}

void ProjectData::clear()
{
    emit aboutToReset();
    m_bundle = {};
    m_recordedFrom = {};
    m_organisations.clear();
    m_knowledgeSources.clear();
    m_goalRollups.clear();
    m_figures = {};
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
    for (const Domain::Goal &goal : m_bundle.goals) {
        if (goal.uuid == uuid)
            return &goal;
    }
    return nullptr;
}

const Domain::Measure *ProjectData::measure(const QUuid &uuid) const
{
    for (const Domain::Measure &measure : m_bundle.measures) {
        if (measure.uuid == uuid)
            return &measure;
    }
    return nullptr;
}

QDate ProjectData::today() const
{
    if (m_asOf.isValid())
        return m_asOf;
    return m_today.isValid() ? m_today : m_readOn;
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

Domain::Result<void> ProjectData::setAsOf(QDate day)
{
    if (!isLoaded()) {
        m_asOf = day;
        return {};
    }
    return read(m_bundle.project.id, day);
}

void ProjectData::setStaleDays(int days)
{
    if (days == m_staleDays)
        return;
    emit aboutToReset();
    m_staleDays = days;
    recompute();
    emit reset();
}

Domain::Rag ProjectData::ragOf(const Domain::Measure &measure) const
{
    return Domain::ragOf(measure, today());
}

QString ProjectData::ragReason(const Domain::Measure &measure) const
{
    return Overview::Explanation::ofMeasure(measure, Domain::rateMeasure(measure, today()),
                                            today());
}

bool ProjectData::isOverdue(const Domain::Measure &measure) const
{
    return Domain::isOverdue(measure, today());
}

bool ProjectData::isProjectOverdue() const
{
    return isLoaded() && Domain::isOverdue(m_bundle.project, today());
}

Domain::Rollup ProjectData::projectRollup() const
{
    return m_figures.rollup;
}

Domain::Rollup ProjectData::goalRollup(const QUuid &goal) const
{
    return m_goalRollups.value(goal);
}

QString ProjectData::goalReason(const QUuid &goal) const
{
    for (const Overview::ProjectFigures::Goal &figures : m_figures.goals) {
        if (figures.uuid == goal)
            return Overview::Explanation::ofGoal(m_figures, figures).join(QStringLiteral("; "));
    }
    return {};
}

QString ProjectData::projectReason() const
{
    return isLoaded() ? Overview::Explanation::summary(m_figures) : QString();
}

void ProjectData::recompute()
{
    QHash<QUuid, QString> names;
    for (const Domain::Organisation &organisation : std::as_const(m_organisations))
        names.insert(organisation.uuid, organisation.name);
    m_figures = Overview::ProjectFigures::of(m_bundle, names, {today(), m_staleDays});
    m_figures.recordedFrom = m_recordedFrom;
    m_goalRollups.clear();
    for (const Overview::ProjectFigures::Goal &goal : std::as_const(m_figures.goals))
        m_goalRollups.insert(goal.uuid, goal.rollup);
}

} // namespace Models
