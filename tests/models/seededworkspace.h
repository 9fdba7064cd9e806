#pragma once

#include "app/workspace.h"
#include "models/projectdata.h"
#include "tests/support/scratchdatabase.h"

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QTranslator>
#include <QUuid>

#include <memory>

namespace TestSupport {

// The facts of the built-in seed (resources/seed/nord-trondelag.json) that the model and view
// tests look for. Written out here rather than read from the seed, so that a changed seed
// shows up as a failing test.
namespace Seed {
inline const QUuid project{QStringLiteral("621b2f72-2cbd-4395-b101-3c07c86a3ed8")};
inline const QString projectName =
    QStringLiteral("Samhandlingsprosjektet Psykisk Helse i Nord-Trøndelag");
inline const QString projectShortName = QStringLiteral("Psykisk Helse i Nord-Trøndelag");
inline const QUuid betterServicesGoal{QStringLiteral("c9a18e7d-7bda-463b-b5fe-bcccddbe8cbe")};
inline const QString betterServicesGoalText =
    QStringLiteral("Å gi mennesker med langvarige og sammensatte behov for tjenester innen "
                   "psykisk helse og rus et bedre helsetilbud.");
inline const QUuid collaborationGoal{QStringLiteral("a29b0036-a7d7-4bcd-a210-7e2ec103f181")};
inline const QString collaborationGoalText = QStringLiteral(
    "Å utvikle forpliktende samhandlingsmodeller mellom kommuner, helseforetak og NAV.");
inline const QString exchangeMeasure = QStringLiteral("Hospitering");
inline const QString referralMeasure =
    QStringLiteral("Utfyllende henvisninger til spesialisthelsetjenesten");
inline const QString coordinatorMeasure = QStringLiteral("Løfter frem koordinatorrollen");
} // namespace Seed

// A small project of our own with dated measures, for the rules the seed cannot show (the seed
// has no dates). Evaluated on DatedProject::today:
//   Alfa     in progress, 2011-01-01..2011-12-31, 50 %, goal "Delmål"       -> overdue, red
//            (Testkommunen responsible)
//   Beta     planned, undated, goals "Hovedmål A" and its "Delmål"          -> green
//   Gamma    completed, 2011-03-01..2011-06-30, 100 %, goal "Hovedmål B"    -> green
//            (theme "Brukermedvirkning", Testsykehuset responsible)
//   Delta    cancelled, ..2011-05-01, goal "Hovedmål A"                     -> not rated
//   Epsilon  planned, 2012-01-01..2013-06-30 (start passed, not begun)      -> amber
namespace DatedProject {
inline const QUuid project{QStringLiteral("5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0001")};
inline const QString name = QStringLiteral("Datert testprosjekt");
inline const QUuid mainGoalA{QStringLiteral("5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0101")};
inline const QUuid subGoal{QStringLiteral("5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0102")};
inline const QUuid mainGoalB{QStringLiteral("5d1c3a47-2a43-4d7e-9d55-1b8f0e1a0103")};
inline const QDate today{2012, 6, 1};
QByteArray json();
} // namespace DatedProject

// A project with the lists the seed does not fill, evaluated on FollowUpProject::today
// (01.06.2012); one measure, "Kurs", and one organisation, Følgekommunen (owner).
//   milestones  "Oppstart" 2011-03-01 reached; "Kurs holdt" 2012-Q1 of Kurs, open (overdue);
//               "Sluttrapport" undated
//   risks       "Nøkkelpersoner slutter" 4 × 4 = 16; "Lite tid i kommunene" 2 × 3 = 6
//   budget      2011 "Lønn" 100 000,00 / 90 000,00 kr (own 10 000,00); 2012 "Lønn" 120 000,00 /
//               130 000,50 kr, "Reise" 5 000,00 / 0 kr: sums 2011 100 000 / 90 000,
//               2012 125 000 / 130 000,50, all 225 000 / 220 000,50
//   indicators  of the goal "Bedre overganger": "Andel med plan" % 10 -> 80, now 35 (2012-05);
//               "Ventetid" days, baseline 30 only
//   status log  2012-02-01 about Kurs (deviation); 2012-04-15 about the project (decision
//               needed), so the newest first is the project's
namespace FollowUpProject {
inline const QUuid project{QStringLiteral("7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0001")};
inline const QString name = QStringLiteral("Oppfølgingsprosjekt");
inline const QUuid goal{QStringLiteral("7e2f4b10-1c1d-4f4e-8a8a-2b3c4d5e0101")};
inline const QDate today{2012, 6, 1};
QByteArray json();
} // namespace FollowUpProject

// A fresh SQLite database opened, migrated and seeded by App::Workspace::open, as the
// application does on first start. One per test function.
class SeededWorkspace
{
public:
    SeededWorkspace();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    App::Workspace &workspace() { return *m_workspace; }
    const Storage::ConnectionSettings &settings() const { return m_scratch.settings(); }
    Models::ProjectData::Repositories repositories();

    // The integer key of the stored project with this uuid; invalid when there is none.
    Domain::ProjectId projectId(const QUuid &uuid);

    // Imports an exchange document through the same reader and repository as the import
    // command; the message of the first failure, or an empty string.
    QString importJson(const QByteArray &json);

private:
    ScratchDatabase m_scratch{Storage::ConnectionSettings::Driver::Sqlite};
    std::unique_ptr<App::Workspace> m_workspace;
    QString m_error;
};

// Installs the application's translation for "nb" or "en" from the embedded :/i18n files and
// the matching default locale, for as long as it lives. Unlike App::Language::install it can
// be undone, so one test executable can look at both languages.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &code);
    ~ScopedLanguage();

    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

    bool isLoaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    QLocale m_previousLocale;
    bool m_loaded = false;
};

} // namespace TestSupport
