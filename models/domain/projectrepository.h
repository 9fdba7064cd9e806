#pragma once

#include "models/domain/member.h"
#include "models/domain/participant.h"
#include "models/domain/project.h"
#include "models/domain/result.h"

#include <QUuid>
#include <QVector>

namespace Domain {

class ProjectRepository
{
public:
    virtual ~ProjectRepository() = default;

    // All projects, in the order they were stored (views sort by name). Projects only: their
    // measures are read per project.
    virtual Result<QVector<Project>> projects() = 0;
    virtual Result<Project> project(ProjectId id) = 0;
    virtual Result<Project> projectByUuid(const QUuid &uuid) = 0;

    // Stores the project's own fields. Refused with Error::Kind::Conflict when the stored
    // version is not project.version; returns the project as stored, with its new version.
    virtual Result<Project> updateProject(const Project &project) = 0;

    virtual Result<QVector<Participant>> participants(ProjectId id) = 0;
    virtual Result<QVector<Member>> members(ProjectId id) = 0;
};

} // namespace Domain
