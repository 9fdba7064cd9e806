#pragma once

#include "models/domain/historyrepository.h"
#include "models/domain/knowledgesourcerepository.h"
#include "models/domain/organisationrepository.h"
#include "models/domain/portfoliorepository.h"
#include "models/domain/projectrepository.h"
#include "models/domain/rules.h"
#include "models/overview/projectfigures.h"

#include <QDate>
#include <QHash>
#include <QObject>

namespace Models {

// The project the user is looking at, loaded once from the repositories and shared by every
// item model of the project's views, so that all of them show the same state and a figure is
// computed in one place (Overview::ProjectFigures). The repositories are owned by the
// composition root and outlive this object. Lives on the GUI thread.
//
// It shows the project as stored now or, "as of" an earlier day, as it stood at the end of that
// day (Overview::Source): then every light, roll-up and figure is for that day, and nothing
// loaded may be saved back (the values carry no version).
class ProjectData : public QObject
{
    Q_OBJECT

public:
    struct Repositories
    {
        Domain::PortfolioRepository *portfolio = nullptr; // the project, read as one snapshot
        Domain::OrganisationRepository *organisations = nullptr;
        Domain::KnowledgeSourceRepository *knowledgeSources = nullptr;
        Domain::ProjectRepository *projects = nullptr; // "as of": which project an id is
        Domain::HistoryRepository *history = nullptr;  // "as of": how it stood then
    };

    explicit ProjectData(Repositories repositories, QObject *parent = nullptr);

    // Replaces what is shown with the given project. On failure nothing changes.
    Domain::Result<void> load(Domain::ProjectId id);
    // Reads the current project again (after a change made elsewhere).
    Domain::Result<void> reload();
    void clear();

    bool isLoaded() const { return m_bundle.project.id.isValid(); }
    const Domain::Project &project() const { return m_bundle.project; }
    const QVector<Domain::Participant> &participants() const { return m_bundle.participants; }
    const QVector<Domain::Member> &members() const { return m_bundle.members; }
    const QVector<Domain::Goal> &goals() const { return m_bundle.goals; }
    const QVector<Domain::Measure> &measures() const { return m_bundle.measures; }
    const QVector<Domain::Milestone> &milestones() const { return m_bundle.milestones; }
    const QVector<Domain::StatusUpdate> &statusUpdates() const { return m_bundle.statusUpdates; }
    // Everything read, risks and budget lines included (a report shows them all).
    const Domain::ProjectBundle &bundle() const { return m_bundle; }

    const Domain::Organisation *organisation(const QUuid &uuid) const;
    QString organisationName(const QUuid &uuid) const;
    QString organisationNames(const QVector<QUuid> &uuids) const;
    const Domain::KnowledgeSource *knowledgeSource(const QUuid &uuid) const;
    const Domain::Goal *goal(const QUuid &uuid) const;
    const Domain::Measure *measure(const QUuid &uuid) const;
    // Every organisation and knowledge source of the database, by name or title, to choose from.
    QVector<const Domain::Organisation *> organisationList() const;
    QVector<const Domain::KnowledgeSource *> knowledgeSourceList() const;

    // The date the follow-up rules are evaluated on: the "as of" day when one is set; otherwise
    // the day the project was read, unless set (tests). Every light and roll-up of one load
    // uses the same day.
    QDate today() const;
    void setToday(QDate date);

    // The earlier day shown, or a null date for the state stored now. Setting it reads the
    // project again; on failure nothing changes.
    QDate asOf() const { return m_asOf; }
    Domain::Result<void> setAsOf(QDate day);

    // How long a measure may go without a status update before it counts as stale.
    int staleDays() const { return m_staleDays; }
    void setStaleDays(int days);

    Domain::Rag ragOf(const Domain::Measure &measure) const;
    // Why the measure has its light, in words (Overview::Explanation).
    QString ragReason(const Domain::Measure &measure) const;
    bool isOverdue(const Domain::Measure &measure) const;
    bool isProjectOverdue() const;
    Domain::Rollup projectRollup() const;
    Domain::Rollup goalRollup(const QUuid &goal) const;
    // Why the goal has its light, in words.
    QString goalReason(const QUuid &goal) const;
    // Why the project has its light, and what needs attention, in words.
    QString projectReason() const;
    // Every figure of the project's overview, for today().
    const Overview::ProjectFigures &figures() const { return m_figures; }

signals:
    // Around every replacement of the whole content; item models reset on these.
    void aboutToReset();
    void reset();

private:
    Domain::Result<void> read(Domain::ProjectId id, QDate asOf);
    void recompute();

    Repositories m_repositories;
    QDate m_today;
    QDate m_asOf;
    int m_staleDays = Overview::Settings::DefaultStaleDays;
    QDate m_readOn = QDate::currentDate();
    Domain::ProjectBundle m_bundle;
    QDateTime m_recordedFrom;
    QHash<QUuid, Domain::Organisation> m_organisations;
    QHash<QUuid, Domain::KnowledgeSource> m_knowledgeSources;
    QHash<QUuid, Domain::Rollup> m_goalRollups;
    Overview::ProjectFigures m_figures;
};

} // namespace Models
