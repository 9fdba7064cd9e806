#pragma once

#include "models/domain/knowledgesourcerepository.h"
#include "models/domain/organisationrepository.h"
#include "models/domain/portfoliorepository.h"
#include "models/domain/rules.h"

#include <QDate>
#include <QHash>
#include <QObject>

namespace Models {

// The project the user is looking at, loaded once from the repositories and shared by every
// item model of the project's views, so that all of them show the same state and a figure is
// computed in one place. The repositories are owned by the composition root and outlive this
// object. Lives on the GUI thread.
class ProjectData : public QObject
{
    Q_OBJECT

public:
    struct Repositories
    {
        Domain::PortfolioRepository *portfolio = nullptr; // the project, read as one snapshot
        Domain::OrganisationRepository *organisations = nullptr;
        Domain::KnowledgeSourceRepository *knowledgeSources = nullptr;
    };

    explicit ProjectData(Repositories repositories, QObject *parent = nullptr);

    // Replaces what is shown with the given project. On failure nothing changes.
    Domain::Result<void> load(Domain::ProjectId id);
    // Reads the current project again (after a change made elsewhere).
    Domain::Result<void> reload();
    void clear();

    bool isLoaded() const { return m_project.id.isValid(); }
    const Domain::Project &project() const { return m_project; }
    const QVector<Domain::Participant> &participants() const { return m_participants; }
    const QVector<Domain::Member> &members() const { return m_members; }
    const QVector<Domain::Goal> &goals() const { return m_goals; }
    const QVector<Domain::Measure> &measures() const { return m_measures; }
    const QVector<Domain::Milestone> &milestones() const { return m_milestones; }

    const Domain::Organisation *organisation(const QUuid &uuid) const;
    QString organisationName(const QUuid &uuid) const;
    QString organisationNames(const QVector<QUuid> &uuids) const;
    const Domain::KnowledgeSource *knowledgeSource(const QUuid &uuid) const;
    const Domain::Goal *goal(const QUuid &uuid) const;
    // Every organisation and knowledge source of the database, by name or title, to choose from.
    QVector<const Domain::Organisation *> organisationList() const;
    QVector<const Domain::KnowledgeSource *> knowledgeSourceList() const;

    // The date the follow-up rules are evaluated on: the day the project was read, unless set
    // (an "as of" view, tests). Every light and roll-up of one load uses the same day.
    QDate today() const { return m_today.isValid() ? m_today : m_readOn; }
    void setToday(QDate date);

    Domain::Rag ragOf(const Domain::Measure &measure) const;
    bool isOverdue(const Domain::Measure &measure) const;
    bool isProjectOverdue() const;
    Domain::Rollup projectRollup() const;
    Domain::Rollup goalRollup(const QUuid &goal) const;

signals:
    // Around every replacement of the whole content; item models reset on these.
    void aboutToReset();
    void reset();

private:
    void recompute();

    Repositories m_repositories;
    QDate m_today;
    QDate m_readOn = QDate::currentDate();
    Domain::Project m_project;
    QVector<Domain::Participant> m_participants;
    QVector<Domain::Member> m_members;
    QVector<Domain::Goal> m_goals;
    QVector<Domain::Measure> m_measures;
    QVector<Domain::Milestone> m_milestones;
    QHash<QUuid, Domain::Organisation> m_organisations;
    QHash<QUuid, Domain::KnowledgeSource> m_knowledgeSources;
    QHash<QUuid, Domain::Rollup> m_goalRollups;
    Domain::Rollup m_projectRollup;
};

} // namespace Models
