#pragma once

#include "models/overview/portfoliofigures.h"
#include "models/overview/projectfigures.h"

#include <QCoreApplication>
#include <QString>

namespace Models {

// The figures of Overview as text for people, in the UI language: the status bar's summary,
// the lines of the overview's lists, and what `samspill status` prints for a terminal or an
// e-mail. Values are formatted by Labels, as everywhere else.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(Models::StatusText)

public:
    // "51 prosjekter · 12 røde · per 01.12.2026"; an earlier day says that it looks back.
    static QString summary(const Overview::PortfolioFigures &portfolio);
    // Every project in a few lines: light and why, progress, counts, last update, deadline.
    static QString portfolio(const Overview::PortfolioFigures &portfolio);
    // One project's overview in full.
    static QString project(const Overview::ProjectFigures &figures, bool asOf);

    // The lines of the overview's lists.
    static QString milestoneLine(const Overview::Deadline &milestone, QDate day);
    static QString updateLine(const Overview::ProjectFigures &figures,
                              const Domain::StatusUpdate &update);
    static QString riskLine(const Domain::Risk &risk);
    // "as of 30.06.2012", and whether it is today or looks back.
    static QString dayLine(QDate day, bool asOf);
    // A project first recorded after the day shown: since when, and what that means.
    static QString recordedLater(const QDateTime &recordedFrom);
};

} // namespace Models
