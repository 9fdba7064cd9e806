#pragma once

#include "models/domain/changeevent.h"
#include "models/domain/portfolio.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QUuid>
#include <QVector>

namespace Domain {

// Who changed what, when; and how a project stood at a past time.
class HistoryRepository
{
public:
    virtual ~HistoryRepository() = default;

    // Every recorded event of one entity, oldest first.
    virtual Result<QVector<ChangeEvent>> historyOf(const QUuid &entityUuid) = 0;

    // The events of one project (its own and its parts') from `from` (inclusive) to `to`
    // (exclusive), oldest first.
    virtual Result<QVector<ChangeEvent>>
    changesOfProject(const QUuid &project, const QDateTime &from, const QDateTime &to) = 0;

    // The project with everything in it as it stood at `at`: the state every change set up to
    // and including `at` left. NotFound when it did not exist then. The entities carry no
    // version (a past state is not there to be saved back).
    virtual Result<ProjectBundle> projectAsOf(const QUuid &project, const QDateTime &at) = 0;

    // A project the history has events of after a moment: changed, created or brought in since.
    struct ChangedProject
    {
        QUuid project;
        // When every event of it is of one change set (it was created or imported then, and has
        // not changed since): that change set's moment. Null when it has events of several.
        QDateTime recordedAtOnce;
    };
    // Every project with events after `at`, by one look at the history for all projects (the
    // others stand as stored now at `at`, but for status updates dated later).
    virtual Result<QVector<ChangedProject>> projectsChangedAfter(const QDateTime &at) = 0;

    // Where a project's history stands: how many events it has and its latest change set. The
    // history is only ever added to and every write records its events, so a project whose
    // stamp is the same as before has not changed since (whatever order concurrent writers
    // committed in: each adds events).
    struct Stamp
    {
        qint64 events = 0;
        qint64 lastChangeSet = 0;

        friend bool operator==(const Stamp &a, const Stamp &b)
        {
            return a.events == b.events && a.lastChangeSet == b.lastChangeSet;
        }
        friend bool operator!=(const Stamp &a, const Stamp &b) { return !(a == b); }
    };
    // The stamp of every project the history has events of, by one look at the history.
    virtual Result<QHash<QUuid, Stamp>> projectStamps() = 0;
};

} // namespace Domain
