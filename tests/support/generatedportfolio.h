#pragma once

#include "models/domain/portfolio.h"

namespace TestSupport {

// A synthetic portfolio of the shape a health community's portfolio has, for load tests and
// benchmarks: per project 4 participants, 4 members, 5 goals (2 main goals with 3 sub-goals,
// each with an indicator), measuresPerProject measures (each with 3 activities, links to a goal
// and two organisations, and 5 status updates), 4 milestones, 3 risks and 4 budget lines;
// 20 organisations shared by all projects. Everything, UUIDs included, follows from the
// arguments alone: the same call gives the same portfolio, in every run and on every machine.
// Projects are numbered from firstProject, so that several calls make disjoint portfolios that
// share the organisations.
Domain::Portfolio generatedPortfolio(int projects, int measuresPerProject, int firstProject = 0);

} // namespace TestSupport
