#pragma once

#include "models/domain/portfolio.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QString>

// Portfolios that tests write, read and compare. Compiled into each test that uses them, with
// SAMSPILL_SOURCE_DIR defined as the absolute path of the source tree.
namespace TestSupport {

// The absolute path of a file of resources/seed.
QString seedFile(const QString &name);

// The shipped seed as one portfolio: nord-trondelag.json with knowledge-library.json's
// knowledge sources appended, each read with the exchange reader.
Domain::Result<Domain::Portfolio> seedPortfolio();

// A portfolio made to reach every field, with two projects:
//   projects[0] "Prosjekt Ærlig": three participants; three members (a name only, a role only,
//     no organisation); goals in pre-order G1 > G1.1 > G1.1.1, G1 > G1.2, G2, with indicators;
//     three measures: [0] with every field set, its goals, organisations and knowledge
//     sources linked in an order that is neither by UUID, name nor insertion, two activities
//     dated and one undated; [1] with nothing optional set; [2] completed, linked to
//     G1 and its sub-sub-goal G1.1.1; a dated milestone of measure [0] and an undated project
//     milestone; two status updates (chronological); one risk; two budget lines (by year).
//   projects[1] "Prosjekt Bølge": undated, one participant, one goal, one measure of that goal
//     assessed at 0 %.
// Stored reads return the same lists in the same order. Amounts stay below 2^53 øre, so the
// portfolio also fits the exchange format.
Domain::Portfolio samplePortfolio();

// The sample portfolio with archived reports: two of projects[0] (a PDF of every byte value, a
// Markdown file in English), a portfolio report of both projects (CSV), and a report of a
// project that is not in the portfolio (deleted since, HTML).
Domain::Portfolio samplePortfolioWithReports();

} // namespace TestSupport
