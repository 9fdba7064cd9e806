#pragma once

#include "models/domain/archivedreport.h"
#include "models/domain/budgetline.h"
#include "models/domain/goal.h"
#include "models/domain/knowledgesource.h"
#include "models/domain/measure.h"
#include "models/domain/member.h"
#include "models/domain/milestone.h"
#include "models/domain/organisation.h"
#include "models/domain/participant.h"
#include "models/domain/project.h"
#include "models/domain/risk.h"
#include "models/domain/statusupdate.h"

#include <QVector>

namespace Domain {

// A project with everything in it. Goals are in pre-order: a parent before its sub-goals.
struct ProjectBundle
{
    Project project;
    QVector<Participant> participants;
    QVector<Member> members;
    QVector<Goal> goals;
    QVector<Measure> measures;
    QVector<Milestone> milestones;
    QVector<StatusUpdate> statusUpdates;
    QVector<Risk> risks;
    QVector<BudgetLine> budgetLines;
    // The project's archived reports with their bytes, oldest first: filled where a project
    // travels whole (an exchange file, an import, an export). PortfolioRepository::projectBundle
    // leaves it empty; the window reads them from the ReportArchive when it shows them.
    QVector<ArchivedReport> reports;
};

// What an exchange file carries: projects and the shared entities they refer to.
struct Portfolio
{
    QVector<Organisation> organisations;
    QVector<KnowledgeSource> knowledgeSources;
    QVector<ProjectBundle> projects;
    // The archived reports of no project in the file: portfolio reports, and reports of a
    // project no longer stored (ArchivedReport::project says which).
    QVector<ArchivedReport> reports;
};

} // namespace Domain
