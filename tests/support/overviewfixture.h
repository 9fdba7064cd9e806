#pragma once

#include "models/domain/portfolio.h"

#include <QDate>
#include <QString>
#include <QUuid>

// A project made for the overview's figures, with known answers on OverviewFixture::day
// (30.06.2012). Every figure of the overview has at least one measure in it and one outside it.
//
// Project "Fasit", 01.01.2011 – 31.12.2013, in progress; organisations Alfa kommune (owner),
// Beta HF (partner), Gamma NAV (named by a measure only).
//   measure      status, dates, progress             light   why                goals
//   Forsinket    in progress, ..31.03.2012, 50 %     red     overdue            Delmål 1.1
//   Utsatt       postponed, undated                  amber   postponed          Delmål 1.1
//   Ferdig       completed, 100 %                    green   completed          Hovedmål 2
//   Avbrutt      cancelled, ..01.05.2012             none    cancelled          -
//   I rute       in progress, 2012, 60 %             green   on track           Hovedmål 1
//   Uvurdert     planned, undated, not assessed      none    nothing to rate    -
//   Alfa kommune is responsible for Forsinket and I rute, Beta HF takes part in Forsinket,
//   Gamma NAV is responsible for Ferdig.
// Status log (UTC noon): 10.01.2012 I rute 20 %; 01.05.2012 Forsinket, decision needed;
// 01.06.2012 Utsatt, deviation; 20.06.2012 I rute 60 %; 15.07.2012 Forsinket, no flags (after
// the day: it closes the decision only later).
// Milestones: 15.07.2012 open (within 30 days), 15.09.2012 open (within 90), 01.05.2012 open
// (overdue), 01.07.2012 done, 01.01.2013 open (beyond 90 days).
// Risks by score: 5×4, 3×3, 2×2.
namespace TestSupport::OverviewFixture {

inline const QDate day{2012, 6, 30};
inline const QUuid project{QStringLiteral("0f1e0000-0000-4000-8000-000000000001")};
inline const QString name = QStringLiteral("Fasit");

Domain::Portfolio portfolio();

} // namespace TestSupport::OverviewFixture
