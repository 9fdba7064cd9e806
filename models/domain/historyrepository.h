#pragma once

#include "models/domain/changeevent.h"
#include "models/domain/portfolio.h"
#include "models/domain/result.h"

#include <QDateTime>
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
};

} // namespace Domain
