#pragma once

// What the parts of tst_seed share (tst_seed.cpp, tst_seed_sources.cpp): the test class, the
// facts of the seed the tests name, and the seed files with the source text each follows.

#include "app/workspace.h"
#include "tests/support/scratchdatabase.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTime>

#include <memory>
#include <utility>

// A new database holds exactly the facts of the seed texts (DESIGN.md: no invented names, dates
// or numbers), seeded once by Workspace::open, never again. The seed is a snapshot of the
// project as NAPHA's article described it when it was published (26.06.2013), and reads today
// as a project whose period has ended; README.md ("Seed data") lists every reading of ours.
class TestSeed : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newDatabaseIsSeededOnce();
    void projectIsTheNordTrondelagProgramme();
    void goalsAreWordForWord();
    void organisationsTakePartInTheirRoles();
    void projectGroupSeatsNameNoPerson();
    void measuresWithTheirActivitiesAndStatuses();
    void onlyTheAutumnOf2012IsDated();
    void halfYearReadsAsThePlanSaysIt_data();
    void halfYearReadsAsThePlanSaysIt();
    void knowledgeSourcesOfTheProgramme();
    void projectRefersToTheArticleAndTheBooklet();
    void knowledgeLibraryIsComplete();
    void linksAreAbsoluteOrEmpty();
    void snapshotAtPublicationNamesTheSource();
    void projectIsCompletedAtTheEndOfItsPeriod();
    void measuresStandAsTheSnapshotStatesThem();
    void firstWindowShowsNoRedProject();
    void everyQuoteOfTheSeedIsKnown();
    void quotesAreInTheDatabase();
    void quotesAreInTheSourceTexts();
    void factsAreInTheSourceTexts();
    void sourceCopiesAreTheSharedTexts();
    void reopeningDoesNotSeedAgain();
    void emptyDatabaseNeverSeededIsSeededOnOpen();

private:
    const Domain::Organisation *organisationNamed(const QString &name) const;
    QString organisationName(const QUuid &uuid) const;
    const Domain::KnowledgeSource *sourceTitled(const QString &title) const;
    const Domain::Measure &measureTitled(const QString &title) const;
    QVector<Domain::StatusUpdate> statusUpdates();

    std::unique_ptr<TestSupport::ScratchDatabase> m_scratch;
    std::unique_ptr<App::Workspace> m_workspace;
    Domain::Project m_project;
    QVector<Domain::Organisation> m_organisations;
    QVector<Domain::KnowledgeSource> m_sources;
    QVector<Domain::Measure> m_measures;
};

namespace SeedTest {

inline const QString projectName =
    QStringLiteral("Samhandlingsprosjektet Psykisk Helse i Nord-Trøndelag");
inline const QString kommune = QStringLiteral("Kommunene i Nord-Trøndelag");
inline const QString helseforetak = QStringLiteral("Helseforetaket (spesialisthelsetjenesten)");
inline const QString nav = QStringLiteral("NAV");
inline const QString mentalHelse = QStringLiteral("Mental Helse");
inline const QString hogskole = QStringLiteral("Høgskolen i Nord-Trøndelag");
inline const QString fastleger = QStringLiteral("Fastlegene");

inline const QString hospitering = QStringLiteral("Hospitering");
inline const QString henvisninger =
    QStringLiteral("Utfyllende henvisninger til spesialisthelsetjenesten");
inline const QString koordinatorrollen = QStringLiteral("Løfter frem koordinatorrollen");

inline const QString article = QStringLiteral("Psykisk helsearbeid for i morgen");
inline const QString booklet = QStringLiteral("Ni suksesshistorier – samhandling om psykisk helse");
// How a status update taken from the article names it.
inline const QString citation =
    QStringLiteral("(NAPHA: Psykisk helsearbeid for i morgen, 26.06.2013)");

// The snapshot is dated at the start of the article's day of publication in Norwegian time; the
// project reads as completed from the first moment after its period (README, "Seed data").
QDateTime norwegianTime(QDate date, QTime time = QTime(0, 0));
inline const QDate published(2013, 6, 26);
inline const QDate afterThePeriod(2014, 1, 1);

// The two source texts the seed follows (see tst_seed_sources.cpp).
enum class Source { Article, Library };

// The seed files with the source each follows.
inline const std::pair<const char *, Source> seedFiles[] = {
    {"nord-trondelag.json", Source::Article},
    {"knowledge-library.json", Source::Library},
};

// A seed file as the application embeds it; empty when it cannot be read.
QJsonObject seedDocument(const QString &name);

template <typename T>
T valueOr(Domain::Result<T> result, const char *what)
{
    if (!result) {
        qWarning("%s: %s", what, qPrintable(result.error().message));
        return {};
    }
    return std::move(result).value();
}

} // namespace SeedTest
