#include "app/seed.h"
#include "app/workspace.h"
#include "models/domain/rules.h"
#include "models/labels.h"
#include "models/storage/database.h"
#include "models/storage/migrations.h"
#include "tests/support/scratchdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>
#include <set>
#include <utility>

#ifndef SAMSPILL_SOURCE_DIR
#error "SAMSPILL_SOURCE_DIR must name the source tree"
#endif

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

namespace {

const QString projectName = QStringLiteral("Samhandlingsprosjektet Psykisk Helse i Nord-Trøndelag");
const QString kommune = QStringLiteral("Kommunene i Nord-Trøndelag");
const QString helseforetak = QStringLiteral("Helseforetaket (spesialisthelsetjenesten)");
const QString nav = QStringLiteral("NAV");
const QString mentalHelse = QStringLiteral("Mental Helse");
const QString hogskole = QStringLiteral("Høgskolen i Nord-Trøndelag");
const QString fastleger = QStringLiteral("Fastlegene");

const QString hospitering = QStringLiteral("Hospitering");
const QString henvisninger = QStringLiteral("Utfyllende henvisninger til spesialisthelsetjenesten");
const QString koordinatorrollen = QStringLiteral("Løfter frem koordinatorrollen");

const QString article = QStringLiteral("Psykisk helsearbeid for i morgen");
const QString booklet = QStringLiteral("Ni suksesshistorier – samhandling om psykisk helse");
// How a status update taken from the article names it.
const QString citation = QStringLiteral("(NAPHA: Psykisk helsearbeid for i morgen, 26.06.2013)");

// The snapshot is dated at the start of the article's day of publication in Norwegian time; the
// project reads as completed from the first moment after its period (README, "Seed data").
QDateTime norwegianTime(QDate date, QTime time = QTime(0, 0))
{
    return QDateTime(date, time, QTimeZone(QByteArrayLiteral("Europe/Oslo")));
}
const QDate published(2013, 6, 26);
const QDate afterThePeriod(2014, 1, 1);

// The two source texts. They are kept beside the repository (../shared/seeds, DESIGN.md), which
// a clean clone (CI) does not have, so a byte-for-byte copy of each is kept in the repository
// (tests/app/data/seed-sources) and read here; sourceCopiesAreTheSharedTexts checks the copies
// against ../shared/seeds wherever that is found.
enum class Source { Article, Library };

QString sourceFileName(Source source)
{
    return source == Source::Article ? QStringLiteral("000_0930ef63bad22e38.txt")
                                     : QStringLiteral("003_728ec253911b155c.txt");
}

QString sourceFile(Source source)
{
    return QStringLiteral(SAMSPILL_SOURCE_DIR "/tests/app/data/seed-sources/") +
           sourceFileName(source);
}

QString sharedSourceFile(Source source)
{
    return QStringLiteral(SAMSPILL_SOURCE_DIR "/../shared/seeds/") + sourceFileName(source);
}

// The source text as a reader sees it (normalised below), or an empty string when it cannot be
// read; the callers fail with the file's name.
QString sourceText(Source source)
{
    QFile file(sourceFile(source));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("%s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return {};
    }
    return QString::fromUtf8(file.readAll()).simplified();
}

QString sourceName(Source source)
{
    return source == Source::Article ? QStringLiteral("NAPHA's article")
                                     : QStringLiteral("Omsorgsbiblioteket's page");
}

// Every sentence the seed takes word for word from a source: the goals, the measures'
// descriptions (sentence by sentence) and whatever stands in «» anywhere (the project's
// description, the status updates, the knowledge sources' summaries). Kept here as literals so
// that the facts are checked against the database on every run, and against the source texts
// wherever those are found (quotesAreInTheSourceTexts).
struct Quote
{
    Source source;
    const char *text;
};

const Quote quotes[] = {
    // The project's lead-in (description) and its goals.
    {Source::Article, "Hvis vi ikke hadde vært to forvaltningsnivå, kommune og "
                      "spesialisthelsetjeneste – hva ville vi egentlig gjort da?"},
    {Source::Article, "Å gi mennesker med langvarige og sammensatte behov for tjenester innen "
                      "psykisk helse og rus et bedre helsetilbud."},
    {Source::Article,
     "Å utvikle forpliktende samhandlingsmodeller mellom kommuner, helseforetak og NAV."},
    // Hospitering.
    {Source::Article, "Det skal legges til rette for gjensidige hospiteringsordninger mellom "
                      "kommune, helseforetak og NAV."},
    {Source::Article, "Målet er at de ansatte i de ulike organisasjonene skal kunne hospitere hos "
                      "hverandre for kortere eller lengre tid."},
    {Source::Article, "Det jobbes med å lage en oversikt over temaer som skal være utgangspunkt "
                      "for hospiteringen."},
    {Source::Article, "Ordningen skal ledelsesforankres."},
    // Utfyllende henvisninger til spesialisthelsetjenesten.
    {Source::Article, "Et tiltak for å styrke samarbeidet mellom fastlege og psykisk "
                      "helsetjeneste i kommunene."},
    {Source::Article, "Fastlegen får beskrivelse av brukerens funksjon fra hjemmetjenesten, i et "
                      "henvisningsskjema som han legger ved sin henvisning til "
                      "spesialisthelsetjenesten."},
    {Source::Article, "Dette gjør informasjonen spesialisthelsetjenesten får om brukeren presis "
                      "og utfyllende, slik at tiltakene fra psykiatrisk klinikk kan bli gode og "
                      "målrettede i forhold til brukerens behov for hjelp."},
    {Source::Article, "Målet er at brukerens styrke skal komme frem i henvisningene."},
    {Source::Article, "Bruk av skjemaet kan styrke dialogen mellom ansatte i kommunene og "
                      "psykiatrisk klinikk, siden det gir psykiatrisk klinikk mer helhetlig "
                      "informasjon om hvordan det arbeides i kommunene."},
    {Source::Article, "Fastleger melder om positive erfaringer ved å bruke skjemaet."},
    {Source::Article, "Skjemaet er tilgjengelig på internett"},
    {Source::Article, "Skjemaet er tilgjengelig på internett: "
                      "/content/3548/Gode-henvisninger-til-spesialisthelsetjenesten."},
    // Løfter frem koordinatorrollen.
    {Source::Article, "Det planlegges et felles opplæringsprogram for ansatte i kommunen, NAV og "
                      "helseforetaket, i samarbeid med Høgskolen i Nord-Trøndelag høsten 2012."},
    {Source::Article, "Man ønsker å skape et tettere nettverk mellom samarbeidspartnerne."},
    {Source::Article, "Brukere og pårørende vil bli invitert til å delta med sine erfaringer."},
    {Source::Article, "KPA-modellen er en inspirasjonskilde for prosjektgruppa i dette arbeidet."},
    {Source::Article, "Recovery er et sentralt tema når prosjektgruppa arbeider med å utvikle en "
                      "felles forståelse mellom de ulike samhandlingspartene og konkretisering av "
                      "tiltak."},
    // The project at publication.
    {Source::Article, "Har satt i gang helt konkrete tiltak, både på individ- og systemnivå."},
    {Source::Article, "Prosjektperiode: 01.12.09 – 31.12.2013"},
    // The knowledge library.
    {Source::Library, "Hjelp til personer med ROP-lidelser er den målgruppen kommunene selv "
                      "prioriterer høyest på kompetansebehov"},
    {Source::Library, "I dei 88 tilsynsrapportane vi har gått gjennom, har fylkesmannen "
                      "konkludert med lovbrot i sju av ti kommunar"},
};

// Text compared as a reader sees it: every run of white space (a line break, a no-break space
// in the source texts) counts as one space.
QString normalised(const QString &text)
{
    return text.simplified();
}

using QuoteSet = std::set<std::pair<Source, QString>>;

QuoteSet knownQuotes()
{
    QuoteSet known;
    for (const Quote &quote : quotes)
        known.insert({quote.source, normalised(QString::fromUtf8(quote.text))});
    return known;
}

// Adds the sentences of text: split after a full stop that a capital letter follows.
void addSentences(QuoteSet &out, Source source, const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=\\.)\\s+(?=\\p{Lu})"));
    for (const QString &sentence : text.split(boundary, Qt::SkipEmptyParts))
        out.insert({source, normalised(sentence)});
}

// What stands in «» anywhere in value, at any depth.
void addGuillemets(QuoteSet &out, Source source, const QJsonValue &value)
{
    static const QRegularExpression quoted(QStringLiteral("«([^»]*)»"));
    if (value.isString()) {
        auto it = quoted.globalMatch(value.toString());
        while (it.hasNext())
            out.insert({source, normalised(it.next().captured(1))});
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            addGuillemets(out, source, item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addGuillemets(out, source, it.value());
    }
}

void addGoals(QuoteSet &out, Source source, const QJsonArray &goals)
{
    for (const QJsonValue &goal : goals) {
        out.insert({source, normalised(goal[QLatin1String("text")].toString())});
        addGoals(out, source, goal[QLatin1String("subGoals")].toArray());
    }
}

QJsonObject seedDocument(const QString &name)
{
    QFile file(QStringLiteral(":/seed/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The seed files with the source each follows.
const std::pair<const char *, Source> seedFiles[] = {
    {"nord-trondelag.json", Source::Article},
    {"knowledge-library.json", Source::Library},
};

// Every quotation the seed files hold, by the source it is taken from.
QuoteSet quotesOfTheSeed()
{
    QuoteSet found;
    for (const auto &[name, source] : seedFiles) {
        const QJsonObject document = seedDocument(QString::fromLatin1(name));
        addGuillemets(found, source, document);
        for (const QJsonValue &project : document[QLatin1String("projects")].toArray()) {
            addGoals(found, source, project[QLatin1String("goals")].toArray());
            for (const QJsonValue &measure : project[QLatin1String("measures")].toArray())
                addSentences(found, source, measure[QLatin1String("description")].toString());
        }
    }
    return found;
}

// The latest status update about target (a measure's UUID, or a null UUID for the project)
// recorded before the time given; nullptr when there is none.
const Domain::StatusUpdate *latestBefore(const QVector<Domain::StatusUpdate> &updates,
                                         const QUuid &target, const QDateTime &before)
{
    const Domain::StatusUpdate *latest = nullptr;
    for (const Domain::StatusUpdate &update : updates) {
        if (update.measureUuid == target && update.recordedAt < before &&
            (!latest || latest->recordedAt < update.recordedAt)) {
            latest = &update;
        }
    }
    return latest;
}

template <typename T>
T valueOr(Domain::Result<T> result, const char *what)
{
    if (!result) {
        qWarning("%s: %s", what, qPrintable(result.error().message));
        return {};
    }
    return std::move(result).value();
}

} // namespace

void TestSeed::init()
{
    m_scratch =
        std::make_unique<TestSupport::ScratchDatabase>(Storage::ConnectionSettings::Driver::Sqlite);
    auto opened = App::Workspace::open(m_scratch->settings());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_workspace = std::move(opened).value();

    const auto projects = valueOr(m_workspace->projects().projects(), "projects");
    QCOMPARE(projects.size(), 1);
    m_project = projects.constFirst();
    m_organisations = valueOr(m_workspace->organisations().organisations(), "organisations");
    m_sources = valueOr(m_workspace->knowledgeSources().knowledgeSources(), "sources");
    m_measures = valueOr(m_workspace->measures().measures(m_project.id), "measures");
}

void TestSeed::cleanup()
{
    m_workspace.reset();
    m_scratch.reset();
}

const Domain::Organisation *TestSeed::organisationNamed(const QString &name) const
{
    for (const Domain::Organisation &organisation : m_organisations) {
        if (organisation.name == name)
            return &organisation;
    }
    return nullptr;
}

QString TestSeed::organisationName(const QUuid &uuid) const
{
    for (const Domain::Organisation &organisation : m_organisations) {
        if (organisation.uuid == uuid)
            return organisation.name;
    }
    return QStringLiteral("(unknown %1)").arg(uuid.toString());
}

const Domain::KnowledgeSource *TestSeed::sourceTitled(const QString &title) const
{
    for (const Domain::KnowledgeSource &source : m_sources) {
        if (source.title == title)
            return &source;
    }
    return nullptr;
}

const Domain::Measure &TestSeed::measureTitled(const QString &title) const
{
    for (const Domain::Measure &measure : m_measures) {
        if (measure.title == title)
            return measure;
    }
    qFatal("no measure %s in the seed", qPrintable(title));
}

QVector<Domain::StatusUpdate> TestSeed::statusUpdates()
{
    return valueOr(m_workspace->portfolio().projectBundle(m_project.id), "bundle").statusUpdates;
}

void TestSeed::newDatabaseIsSeededOnce()
{
    QVERIFY(m_workspace->wasSeeded());
    QCOMPARE(m_workspace->migration().fromVersion, 0);
    QCOMPARE(m_workspace->migration().toVersion, Storage::Migrations::latestVersion());
    QCOMPARE(m_organisations.size(), 6);
}

void TestSeed::projectIsTheNordTrondelagProgramme()
{
    QCOMPARE(m_project.name, projectName);
    QCOMPARE(m_project.shortName, QStringLiteral("Psykisk Helse i Nord-Trøndelag"));
    QCOMPARE(m_project.region, QStringLiteral("Nord-Trøndelag"));
    QCOMPARE(m_project.start, QDate(2009, 12, 1));
    QCOMPARE(m_project.end, QDate(2013, 12, 31));
    // The period has ended and nothing says the project went on: it reads as completed.
    QCOMPARE(m_project.status, Domain::Status::Completed);
    QVERIFY(m_project.description.contains(
        QStringLiteral("«Hvis vi ikke hadde vært to forvaltningsnivå, kommune og "
                       "spesialisthelsetjeneste – hva ville vi egentlig gjort da?»")));
    QVERIFY(m_project.fundingNotes.isEmpty()); // the text names no funding
}

void TestSeed::goalsAreWordForWord()
{
    const auto goals = valueOr(m_workspace->goals().goals(m_project.id), "goals");

    QCOMPARE(goals.size(), 2);
    QCOMPARE(goals.at(0).text,
             QStringLiteral("Å gi mennesker med langvarige og sammensatte behov for tjenester "
                            "innen psykisk helse og rus et bedre helsetilbud."));
    QCOMPARE(goals.at(1).text, QStringLiteral("Å utvikle forpliktende samhandlingsmodeller "
                                              "mellom kommuner, helseforetak og NAV."));
    for (const Domain::Goal &goal : goals) {
        QVERIFY(goal.isMainGoal());
        QVERIFY(goal.indicators.isEmpty()); // the text gives no figures to measure by
    }
}

void TestSeed::organisationsTakePartInTheirRoles()
{
    const auto participants =
        valueOr(m_workspace->projects().participants(m_project.id), "participants");

    QMap<QString, Domain::ParticipantRole> roles;
    for (const Domain::Participant &participant : participants)
        roles.insert(organisationName(participant.organisationUuid), participant.role);
    const QMap<QString, Domain::ParticipantRole> expected{
        {kommune, Domain::ParticipantRole::Partner},
        {helseforetak, Domain::ParticipantRole::Partner},
        {nav, Domain::ParticipantRole::Partner},
        {mentalHelse, Domain::ParticipantRole::UserRepresentation},
        {hogskole, Domain::ParticipantRole::Collaborator},
        {fastleger, Domain::ParticipantRole::Collaborator},
    };
    QCOMPARE(roles, expected);
    QCOMPARE(participants.size(), 6);

    const QMap<QString, Domain::OrganisationKind> kinds{
        {kommune, Domain::OrganisationKind::Municipality},
        {helseforetak, Domain::OrganisationKind::HospitalTrust},
        {nav, Domain::OrganisationKind::Nav},
        {mentalHelse, Domain::OrganisationKind::UserOrganisation},
        {hogskole, Domain::OrganisationKind::Education},
        {fastleger, Domain::OrganisationKind::GeneralPractitioner},
    };
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        const Domain::Organisation *organisation = organisationNamed(it.key());
        QVERIFY2(organisation, qPrintable(it.key()));
        QCOMPARE(organisation->kind, it.value());
    }
}

void TestSeed::projectGroupSeatsNameNoPerson()
{
    const auto members = valueOr(m_workspace->projects().members(m_project.id), "members");

    QCOMPARE(members.size(), 3);
    QStringList seats;
    for (const Domain::Member &member : members) {
        QVERIFY2(member.name.isEmpty(), qPrintable(member.name));
        QCOMPARE(member.group, Domain::Group::ProjectGroup);
        seats.append(member.role + QStringLiteral(" / ") +
                     organisationName(member.organisationUuid));
    }
    QCOMPARE(seats,
             QStringList(
                 {QStringLiteral("Representanter fra kommunehelsetjenesten / ") + kommune,
                  QStringLiteral("Representanter fra spesialisthelsetjenesten / ") + helseforetak,
                  QStringLiteral("Brukerrepresentant / ") + mentalHelse}));
}

void TestSeed::measuresWithTheirActivitiesAndStatuses()
{
    QCOMPARE(m_measures.size(), 3);
    const Domain::Measure &exchange = m_measures.at(0);
    const Domain::Measure &referral = m_measures.at(1);
    const Domain::Measure &coordinator = m_measures.at(2);

    QCOMPARE(exchange.title, hospitering);
    QCOMPARE(exchange.status, Domain::Status::InProgress); // "Det jobbes med å lage en oversikt"
    QVERIFY(!exchange.progress.has_value());               // the text gives no figure
    QCOMPARE(exchange.level, Domain::MeasureLevel::System);
    QCOMPARE(exchange.anchoring, Domain::Anchoring::No);
    QCOMPARE(exchange.goalUuids.size(), 1);
    QCOMPARE(exchange.activities.size(), 3);
    QCOMPARE(exchange.activities.at(2).title, QStringLiteral("Ledelsesforankre ordningen"));
    for (const Domain::Activity &activity : exchange.activities)
        QVERIFY(!activity.done);

    QCOMPARE(referral.title, henvisninger);
    // The form is made, on the internet and in use ("Fastleger melder om positive erfaringer
    // ved å bruke skjemaet"): every step the text describes is done. Completed means 100 %.
    QCOMPARE(referral.status, Domain::Status::Completed);
    QCOMPARE(referral.progress, std::optional<int>(100));
    QCOMPARE(referral.level, Domain::MeasureLevel::Individual);
    QCOMPARE(referral.goalUuids.size(), 2);
    QStringList responsible;
    for (const QUuid &uuid : referral.responsibleOrganisationUuids)
        responsible.append(organisationName(uuid));
    QCOMPARE(responsible, QStringList{kommune});
    QStringList taking;
    for (const QUuid &uuid : referral.participatingOrganisationUuids)
        taking.append(organisationName(uuid));
    QVERIFY2(taking.contains(fastleger), qPrintable(taking.join(QStringLiteral(", "))));
    QCOMPARE(referral.activities.size(), 3);
    QCOMPARE(referral.activities.at(0).title,
             QStringLiteral("Henvisningsskjema der hjemmetjenesten beskriver brukerens funksjon"));
    for (const Domain::Activity &activity : referral.activities)
        QVERIFY(activity.done);

    QCOMPARE(coordinator.title, koordinatorrollen);
    QCOMPARE(coordinator.status, Domain::Status::Planned); // "Det planlegges"
    QVERIFY(!coordinator.progress.has_value());
    QCOMPARE(coordinator.theme, QStringLiteral("Recovery"));
    QCOMPARE(coordinator.participatingOrganisationUuids.size(), 1);
    QCOMPARE(organisationName(coordinator.participatingOrganisationUuids.constFirst()), hogskole);
    QCOMPARE(coordinator.activities.size(), 3);
    QCOMPARE(coordinator.activities.at(0).title,
             QStringLiteral("Felles opplæringsprogram for ansatte i kommunen, NAV og "
                            "helseforetaket, i samarbeid med Høgskolen i Nord-Trøndelag"));
    for (const Domain::Activity &activity : coordinator.activities)
        QVERIFY(!activity.done);
}

void TestSeed::onlyTheAutumnOf2012IsDated()
{
    // "Det planlegges et felles opplæringsprogram [...] høsten 2012": the training programme is
    // due then, and the measure, whose first step it is, is planned to start then. No other
    // date of the text belongs to a measure, so every other planning date stays undated.
    const Domain::PlanDate autumn2012 = Domain::PlanDate::halfYear(2012, 2);
    const Domain::Measure &coordinator = measureTitled(koordinatorrollen);
    QCOMPARE(coordinator.plannedStart.toCode(), QStringLiteral("2012-H2"));
    QVERIFY(coordinator.plannedStart == autumn2012);
    QVERIFY(coordinator.activities.at(0).due == autumn2012);
    QCOMPARE(coordinator.plannedStart.first(), QDate(2012, 7, 1));
    QCOMPARE(coordinator.plannedStart.last(), QDate(2012, 12, 31));

    for (const Domain::Measure &measure : m_measures) {
        QVERIFY2(measure.plannedStart.isNull() || &measure == &coordinator,
                 qPrintable(measure.title));
        QVERIFY2(measure.plannedEnd.isNull(), qPrintable(measure.title));
        QVERIFY2(measure.actualStart.isNull(), qPrintable(measure.title));
        QVERIFY2(measure.actualEnd.isNull(), qPrintable(measure.title));
        QVERIFY2(measure.anchoredOn.isNull(), qPrintable(measure.title));
        for (const Domain::Activity &activity : measure.activities) {
            QVERIFY2(activity.due.isNull() || &activity == &coordinator.activities.at(0),
                     qPrintable(activity.title));
        }
    }
    const auto bundle = valueOr(m_workspace->portfolio().projectBundle(m_project.id), "bundle");
    QVERIFY(bundle.milestones.isEmpty()); // the text names none; the activity carries the date
    QVERIFY(bundle.risks.isEmpty());
    QVERIFY(bundle.budgetLines.isEmpty());
}

void TestSeed::halfYearReadsAsThePlanSaysIt_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("autumn 2012");
    QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("høsten 2012");
}

void TestSeed::halfYearReadsAsThePlanSaysIt()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    // As app/language.cpp installs the UI language, undone at the end.
    const QLocale locale = language == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    const QLocale before;
    QLocale::setDefault(locale);
    QTranslator translator;
    QVERIFY(translator.load(locale, QStringLiteral("samspill"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Domain::Measure &coordinator = measureTitled(koordinatorrollen);
    const QString shown = Models::Labels::date(coordinator.plannedStart);
    const QString due = coordinator.activities.at(0).due.toText();
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(before);

    // The Norwegian words of Domain::PlanDate are added to samspill_nb.ts by whoever keeps the
    // translations; until then the text is the English source text.
    const bool untranslated = translator.translate("Domain::PlanDate", "autumn %1").isEmpty() &&
                              language != QLatin1String("en");
    if (untranslated)
        QEXPECT_FAIL("nb", "\"autumn %1\" is not yet translated in samspill_nb.ts", Continue);
    QCOMPARE(shown, expected);
    if (untranslated)
        QEXPECT_FAIL("nb", "\"autumn %1\" is not yet translated in samspill_nb.ts", Continue);
    QCOMPARE(due, expected);
}

void TestSeed::knowledgeSourcesOfTheProgramme()
{
    const Domain::KnowledgeSource *tips = sourceTitled(
        QStringLiteral("Fysisk aktivitet og psykisk helse – et tipshefte for helsepersonell"));
    QVERIFY(tips);
    QCOMPARE(tips->reference, QStringLiteral("IS-1670"));
    QCOMPARE(tips->publisher, QStringLiteral("Helsedirektoratet"));
    QCOMPARE(tips->year, std::optional<int>(2010));
    // "www.helsedirektoratet.no/publikasjoner/" in the text, read as an https address.
    QCOMPARE(tips->link, QStringLiteral("https://www.helsedirektoratet.no/publikasjoner/"));

    const Domain::KnowledgeSource *form =
        sourceTitled(QStringLiteral("Gode henvisninger til spesialisthelsetjenesten"));
    QVERIFY(form);
    QVERIFY(!form->year);          // the text gives no year
    QVERIFY(form->link.isEmpty()); // the text gives a path with no host
    QVERIFY(form->summary.contains(
        QStringLiteral("/content/3548/Gode-henvisninger-til-spesialisthelsetjenesten")));
    QCOMPARE(measureTitled(henvisninger).knowledgeSourceUuids, QVector<QUuid>{form->uuid});

    // The text calls it "KPA-modellen"; what else is known is read from its link, and says so.
    const Domain::KnowledgeSource *kpa = sourceTitled(QStringLiteral("KPA-modellen"));
    QVERIFY(kpa);
    QCOMPARE(kpa->publisher, QStringLiteral("Helsetilsynet"));
    QCOMPARE(kpa->reference, QStringLiteral("IK-2692"));
    QVERIFY(!kpa->year);
    QVERIFY(kpa->summary.contains(QStringLiteral("lest fra lenkens adresse")));
    QCOMPARE(measureTitled(koordinatorrollen).knowledgeSourceUuids, QVector<QUuid>{kpa->uuid});
    QVERIFY(measureTitled(hospitering).knowledgeSourceUuids.isEmpty());

    const Domain::KnowledgeSource *stories = sourceTitled(booklet);
    QVERIFY(stories);
    QCOMPARE(stories->publisher, QStringLiteral("NAPHA"));
    QCOMPARE(stories->year, std::optional<int>(2012));

    const Domain::KnowledgeSource *report = sourceTitled(article);
    QVERIFY(report);
    QCOMPARE(report->publisher, QStringLiteral("NAPHA"));
    QCOMPARE(report->year, std::optional<int>(2013));
    QVERIFY(report->summary.contains(QStringLiteral("publisert 26. juni 2013")));

    // NAPHA is written one way wherever it publishes.
    for (const Domain::KnowledgeSource &source : m_sources) {
        if (source.publisher.contains(QStringLiteral("NAPHA")))
            QCOMPARE(source.publisher, QStringLiteral("NAPHA"));
    }
    const Domain::KnowledgeSource *survey =
        sourceTitled(QStringLiteral("Kommunene ønsker mer kompetanse om ROP-lidelser"));
    QVERIFY(survey);
    QCOMPARE(survey->publisher, QStringLiteral("NAPHA"));
    QVERIFY(survey->summary.contains(QStringLiteral("prioriterer høyest på kompetansebehov")));
}

void TestSeed::projectRefersToTheArticleAndTheBooklet()
{
    const Domain::KnowledgeSource *report = sourceTitled(article);
    const Domain::KnowledgeSource *stories = sourceTitled(booklet);
    QVERIFY(report);
    QVERIFY(stories);
    QCOMPARE(m_project.knowledgeSourceUuids, (QVector<QUuid>{report->uuid, stories->uuid}));

    // And the exchange file carries them with the project.
    const QJsonObject document = seedDocument(QStringLiteral("nord-trondelag.json"));
    const QJsonValue project = document[QLatin1String("projects")][0];
    QCOMPARE(project[QLatin1String("knowledgeSources")].toArray().size(), 2);
}

void TestSeed::knowledgeLibraryIsComplete()
{
    // The library file itself is the oracle here: every entry, with nothing added.
    QFile file(QStringLiteral(":/seed/knowledge-library.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray library = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QStringLiteral("knowledgeSources"))
                                   .toArray();
    QVERIFY(library.size() >= 5);

    for (const QJsonValue &value : library) {
        const QJsonObject entry = value.toObject();
        const QString title = entry.value(QStringLiteral("title")).toString();
        const Domain::KnowledgeSource *source = sourceTitled(title);
        QVERIFY2(source, qPrintable(title));
        QCOMPARE(source->uuid, QUuid(entry.value(QStringLiteral("uuid")).toString()));
        QCOMPARE(source->publisher, entry.value(QStringLiteral("publisher")).toString());
        QCOMPARE(source->authors, entry.value(QStringLiteral("authors")).toString());
        QCOMPARE(source->reference, entry.value(QStringLiteral("reference")).toString());
        const QJsonValue year = entry.value(QStringLiteral("year"));
        QCOMPARE(source->year,
                 year.isUndefined() ? std::optional<int>() : std::optional<int>(year.toInt()));
    }
    QVERIFY(sourceTitled(QStringLiteral("Ny systematisk kunnskap om ACT-modellen")));
    QVERIFY(sourceTitled(QStringLiteral("Helsetilsynet er urolig for tilbudet til personer med "
                                        "ROP-lidelser")));
    // The programme's five and the library's, nothing more.
    QCOMPARE(m_sources.size(), 5 + library.size());

    auto seed = App::Seed::portfolio();
    QVERIFY(seed.ok());
    QCOMPARE(seed->knowledgeSources.size(), m_sources.size());
    QCOMPARE(seed->projects.size(), 1);
}

void TestSeed::linksAreAbsoluteOrEmpty()
{
    // In the database ...
    for (const Domain::KnowledgeSource &source : m_sources) {
        if (source.link.isEmpty())
            continue;
        const QUrl url(source.link, QUrl::StrictMode);
        QVERIFY2(
            url.isValid() && !url.isRelative() && !url.host().isEmpty() &&
                (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")),
            qPrintable(source.title + QStringLiteral(": ") + source.link));
    }
    // ... and in the files, whatever entity a link might be added to later.
    const std::function<void(const QJsonValue &, const QString &)> check =
        [&](const QJsonValue &value, const QString &key) {
            if (value.isArray()) {
                for (const QJsonValue &item : value.toArray())
                    check(item, key);
            } else if (value.isObject()) {
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it)
                    check(it.value(), it.key());
            } else if (key == QLatin1String("link") && !value.toString().isEmpty()) {
                QVERIFY2(value.toString().startsWith(QLatin1String("https://")) ||
                             value.toString().startsWith(QLatin1String("http://")),
                         qPrintable(value.toString()));
            }
        };
    for (const auto &file : seedFiles)
        check(seedDocument(QString::fromLatin1(file.first)), QString());
    const Domain::KnowledgeSource *page = sourceTitled(QStringLiteral("Psykisk helsearbeid"));
    QVERIFY(page);
    QVERIFY(page->link.isEmpty()); // the page gives a path with no host
}

void TestSeed::snapshotAtPublicationNamesTheSource()
{
    const QVector<Domain::StatusUpdate> updates = statusUpdates();
    const QDateTime snapshot = norwegianTime(published);
    QCOMPARE(snapshot, QDateTime(QDate(2013, 6, 25), QTime(22, 0), Qt::UTC));

    // What the article says of each, in its words, and the status those words support.
    struct Expected
    {
        QUuid target;
        Domain::Status status;
        QString says;
    };
    const QVector<Expected> expected{
        {QUuid(), Domain::Status::InProgress,
         QStringLiteral("«Har satt i gang helt konkrete tiltak, både på individ- og systemnivå.»")},
        {measureTitled(hospitering).uuid, Domain::Status::InProgress,
         QStringLiteral("«Det jobbes med å lage en oversikt over temaer som skal være "
                        "utgangspunkt for hospiteringen.»")},
        {measureTitled(henvisninger).uuid, Domain::Status::Completed,
         QStringLiteral("«Fastleger melder om positive erfaringer ved å bruke skjemaet.»")},
        {measureTitled(koordinatorrollen).uuid, Domain::Status::Planned,
         QStringLiteral("«Det planlegges et felles opplæringsprogram for ansatte i kommunen, NAV "
                        "og helseforetaket, i samarbeid med Høgskolen i Nord-Trøndelag høsten "
                        "2012.»")},
    };
    int atPublication = 0;
    for (const Domain::StatusUpdate &update : updates) {
        if (update.recordedAt != snapshot)
            continue;
        ++atPublication;
        QCOMPARE(update.author, QStringLiteral("Fra kilden")); // a role, never a person
        QVERIFY2(update.text.endsWith(citation), qPrintable(update.text));
        QVERIFY(!update.newProgress.has_value()); // the text gives no figure
        QVERIFY(!update.deviation);
        QVERIFY(!update.decisionNeeded);
    }
    QCOMPARE(atPublication, expected.size());
    for (const Expected &entry : expected) {
        const Domain::StatusUpdate *update =
            latestBefore(updates, entry.target, snapshot.addSecs(1));
        QVERIFY2(update, qPrintable(entry.says));
        QCOMPARE(update->recordedAt, snapshot);
        QVERIFY2(update->text.contains(entry.says), qPrintable(update->text));
        QCOMPARE(update->newStatus, std::optional<Domain::Status>(entry.status));
    }
}

void TestSeed::projectIsCompletedAtTheEndOfItsPeriod()
{
    const QVector<Domain::StatusUpdate> updates = statusUpdates();
    QCOMPARE(updates.size(), 5); // the four of the snapshot and this one

    const Domain::StatusUpdate *last =
        latestBefore(updates, QUuid(), norwegianTime(afterThePeriod, QTime(0, 0, 1)));
    QVERIFY(last);
    // The first moment after 31.12.2013, the period's last day, in Norwegian time.
    QCOMPARE(last->recordedAt, norwegianTime(afterThePeriod));
    QCOMPARE(last->recordedAt, QDateTime(QDate(2013, 12, 31), QTime(23, 0), Qt::UTC));
    QCOMPARE(last->recordedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Oslo"))).date(),
             m_project.end.addDays(1));
    QCOMPARE(last->newStatus, std::optional<Domain::Status>(Domain::Status::Completed));
    QCOMPARE(last->newStatus, std::optional<Domain::Status>(m_project.status));
    // Our reading, said to be ours, signed by no person.
    QCOMPARE(last->author, QStringLiteral("Samspill (lesning av kildene)"));
    QVERIFY2(last->text.contains(QStringLiteral("ikke et utsagn i dem")), qPrintable(last->text));
    QVERIFY(!last->text.contains(QStringLiteral("«")));
    QVERIFY(last->measureUuid.isNull());

    // On the period's last day it was still in progress, as the article left it.
    const Domain::StatusUpdate *before =
        latestBefore(updates, QUuid(), norwegianTime(afterThePeriod));
    QVERIFY(before);
    QCOMPARE(before->newStatus, std::optional<Domain::Status>(Domain::Status::InProgress));
}

void TestSeed::measuresStandAsTheSnapshotStatesThem()
{
    // HistoryRepository::projectAsOf cannot look back to 2013 (the seed is stored now), so "as
    // of 26.06.2013" is read from the status log itself: the latest entry up to the end of that
    // day.
    const QVector<Domain::StatusUpdate> updates = statusUpdates();
    const QDateTime endOfDay = norwegianTime(published.addDays(1));
    const QMap<QString, Domain::Status> asOfPublication{
        {hospitering, Domain::Status::InProgress},
        {henvisninger, Domain::Status::Completed},
        {koordinatorrollen, Domain::Status::Planned},
    };
    QCOMPARE(m_measures.size(), asOfPublication.size());
    for (const Domain::Measure &measure : m_measures) {
        const Domain::StatusUpdate *update = latestBefore(updates, measure.uuid, endOfDay);
        QVERIFY2(update, qPrintable(measure.title));
        QCOMPARE(update->newStatus, std::optional<Domain::Status>(asOfPublication[measure.title]));
        // Nothing was heard of them later: they stand today as last described.
        QCOMPARE(latestBefore(updates, measure.uuid, QDateTime::currentDateTimeUtc()), update);
        QCOMPARE(measure.status, asOfPublication[measure.title]);
    }
    const Domain::StatusUpdate *project = latestBefore(updates, QUuid(), endOfDay);
    QVERIFY(project);
    QCOMPARE(project->newStatus, std::optional<Domain::Status>(Domain::Status::InProgress));
}

void TestSeed::firstWindowShowsNoRedProject()
{
    // The project's light as the window shows it on a first start today, and in 2026.
    for (const QDate &today : {QDate(2026, 1, 1), QDate(2026, 12, 31), QDate::currentDate()}) {
        const Domain::Rollup rollup = Domain::rollUpProject(m_project, m_measures, today);
        QVERIFY2(rollup.rag != Domain::Rag::Red, qPrintable(today.toString(Qt::ISODate)));
        QCOMPARE(rollup.rag, Domain::Rag::Green); // completed
        for (const Domain::Measure &measure : m_measures) {
            QVERIFY2(Domain::ragOf(measure, today) != Domain::Rag::Red, qPrintable(measure.title));
        }
        // Each measure reads as its last description implies.
        QCOMPARE(Domain::ragOf(measureTitled(hospitering), today), Domain::Rag::None);
        QCOMPARE(Domain::ragOf(measureTitled(henvisninger), today), Domain::Rag::Green);
        // Still planned after the autumn of 2012, its planned start.
        QCOMPARE(Domain::ragOf(measureTitled(koordinatorrollen), today), Domain::Rag::Amber);
    }
}

void TestSeed::everyQuoteOfTheSeedIsKnown()
{
    // Whatever the seed files quote is one of the literals above (so that the database and the
    // source texts are checked for it), and every literal is quoted in the seed.
    const QuoteSet known = knownQuotes();
    const QuoteSet found = quotesOfTheSeed();
    QVERIFY(found.size() >= 20);
    for (const auto &[source, text] : found) {
        QVERIFY2(known.count({source, text}),
                 qPrintable(QStringLiteral("not among the quotes checked (%1): %2")
                                .arg(sourceName(source), text)));
    }
    for (const auto &[source, text] : known) {
        QVERIFY2(found.count({source, text}),
                 qPrintable(QStringLiteral("no longer quoted by the seed: ") + text));
    }
}

void TestSeed::quotesAreInTheDatabase()
{
    const auto bundle = valueOr(m_workspace->portfolio().projectBundle(m_project.id), "bundle");
    QStringList texts{normalised(bundle.project.description)};
    for (const Domain::Goal &goal : bundle.goals)
        texts.append(normalised(goal.text));
    for (const Domain::Measure &measure : bundle.measures)
        texts.append(normalised(measure.description));
    for (const Domain::StatusUpdate &update : bundle.statusUpdates)
        texts.append(normalised(update.text));
    for (const Domain::KnowledgeSource &source : m_sources)
        texts.append(normalised(source.summary));

    for (const Quote &quote : quotes) {
        const QString text = normalised(QString::fromUtf8(quote.text));
        const bool stored = std::any_of(texts.cbegin(), texts.cend(),
                                        [&](const QString &held) { return held.contains(text); });
        QVERIFY2(stored, qPrintable(text));
    }
}

void TestSeed::quotesAreInTheSourceTexts()
{
    QMap<Source, QString> sources;
    for (Source source : {Source::Article, Source::Library}) {
        const QString text = sourceText(source);
        QVERIFY2(!text.isEmpty(),
                 qPrintable(QStringLiteral("cannot read the source text ") + sourceFile(source)));
        sources.insert(source, normalised(text));
    }
    // The literals, and straight from the seed files whatever they quote.
    QuoteSet all = knownQuotes();
    all.merge(quotesOfTheSeed());
    for (const auto &[source, text] : all) {
        QVERIFY2(sources.value(source).contains(text),
                 qPrintable(QStringLiteral("not in %1: %2").arg(sourceName(source), text)));
    }
}

void TestSeed::factsAreInTheSourceTexts()
{
    // The names, dates, years and references of the seed, each beside the words of the source
    // text it is taken from (README, "Seed data", says how each was read).
    const QString text = sourceText(Source::Article);
    const QString page = sourceText(Source::Library);
    QVERIFY2(!text.isEmpty(),
             qPrintable(QStringLiteral("cannot read ") + sourceFile(Source::Article)));
    QVERIFY2(!page.isEmpty(),
             qPrintable(QStringLiteral("cannot read ") + sourceFile(Source::Library)));
    const auto says = [](const QString &source, const QString &words) {
        return source.contains(words.simplified());
    };
#define IN_ARTICLE(words)                                                                          \
    QVERIFY2(says(text, words), qPrintable(QStringLiteral("not in NAPHA's article: ") + (words)))
#define IN_LIBRARY(words)                                                                          \
    QVERIFY2(says(page, words),                                                                    \
             qPrintable(QStringLiteral("not in Omsorgsbiblioteket's page: ") + (words)))

    // The project, its period and the day the article was published (the snapshot's day).
    IN_ARTICLE(m_project.name);
    IN_ARTICLE(QStringLiteral("Prosjektgruppa for ") + m_project.shortName);
    IN_ARTICLE(QStringLiteral("Prosjektperiode: 01.12.09 – 31.12.2013"));
    QCOMPARE(m_project.start, QDate(2009, 12, 1));
    QCOMPARE(m_project.end, QDate(2013, 12, 31));
    IN_ARTICLE(QStringLiteral("Publisert: 26. juni 2013."));
    QCOMPARE(published, QDate(2013, 6, 26));
    QVERIFY(citation.contains(QStringLiteral("26.06.2013")));
    int atPublication = 0;
    for (const Domain::StatusUpdate &update : statusUpdates()) {
        if (update.recordedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Oslo"))).date() ==
            published)
            ++atPublication;
    }
    QCOMPARE(atPublication, 4);

    // The measures, by the headings the article gives them.
    for (const Domain::Measure &measure : m_measures)
        QVERIFY2(text.contains(measure.title, Qt::CaseInsensitive), qPrintable(measure.title));

    // The organisations the text names by name; the others are our labels (README).
    for (const QString &name : {nav, mentalHelse, hogskole})
        IN_ARTICLE(name);

    // "høsten 2012", the only planning date, is the training programme's.
    IN_ARTICLE(QStringLiteral("i samarbeid med Høgskolen i Nord-Trøndelag høsten 2012."));
    const Domain::Measure &coordinator = measureTitled(koordinatorrollen);
    QVERIFY(coordinator.plannedStart == Domain::PlanDate::halfYear(2012, 2));
    QVERIFY(coordinator.activities.at(0).due == Domain::PlanDate::halfYear(2012, 2));

    // The tips booklet: title, publisher, year, reference and address as the fact box gives them.
    const Domain::KnowledgeSource *tips = sourceTitled(
        QStringLiteral("Fysisk aktivitet og psykisk helse – et tipshefte for helsepersonell"));
    QVERIFY(tips);
    IN_ARTICLE(tips->title);
    IN_ARTICLE(QStringLiteral("%1 (%2), %3. ")
                   .arg(tips->publisher, QString::number(tips->year.value_or(0)), tips->reference));
    QVERIFY(tips->link.startsWith(QLatin1String("https://")));
    IN_ARTICLE(tips->link.mid(8));

    // The booklet, with its year; the article itself, with the year of its publication.
    IN_ARTICLE(QStringLiteral("Ni suksesshistorier - samhandling om psykisk helse (2012)"));
    const Domain::KnowledgeSource *stories = sourceTitled(booklet);
    QVERIFY(stories);
    QCOMPARE(stories->year, std::optional<int>(2012));
    QCOMPARE(QString(stories->title).replace(QStringLiteral(" – "), QStringLiteral(" - ")),
             QStringLiteral("Ni suksesshistorier - samhandling om psykisk helse"));
    IN_ARTICLE(QStringLiteral("Med heftet vil NAPHA inspirere"));
    QCOMPARE(stories->publisher, QStringLiteral("NAPHA"));
    IN_ARTICLE(article);

    // The KPA document: only what the text says (its name for it, its address); the rest is read
    // from the address.
    const Domain::KnowledgeSource *kpa = sourceTitled(QStringLiteral("KPA-modellen"));
    QVERIFY(kpa);
    IN_ARTICLE(kpa->title + QStringLiteral(" er en inspirasjonskilde"));
    IN_ARTICLE(QStringLiteral("Les mer her: ") + kpa->link);
    QVERIFY(kpa->link.contains(kpa->reference, Qt::CaseInsensitive));
    QVERIFY(QUrl(kpa->link).host().contains(kpa->publisher, Qt::CaseInsensitive));

    // The referral form: its title read from the path the text gives.
    const Domain::KnowledgeSource *form =
        sourceTitled(QStringLiteral("Gode henvisninger til spesialisthelsetjenesten"));
    QVERIFY(form);
    IN_ARTICLE(QStringLiteral("Skjemaet er tilgjengelig på internett: /content/3548/") +
               QString(form->title).replace(u' ', u'-'));

    // The knowledge library: every title, author and year on the page.
    QFile file(QStringLiteral(":/seed/knowledge-library.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray library = QJsonDocument::fromJson(file.readAll())
                                   .object()[QLatin1String("knowledgeSources")]
                                   .toArray();
    for (const QJsonValue &entry : library) {
        IN_LIBRARY(entry[QLatin1String("title")].toString());
        const QString authors = entry[QLatin1String("authors")].toString();
        for (const QString &author : authors.split(QStringLiteral(", "), Qt::SkipEmptyParts))
            IN_LIBRARY(author);
        const QString publisher = entry[QLatin1String("publisher")].toString();
        if (!publisher.isEmpty())
            IN_LIBRARY(publisher);
    }
    IN_LIBRARY(QStringLiteral("PASOPP-RAPPORT NR 2018: 115"));
    const Domain::KnowledgeSource *pasopp =
        sourceTitled(QStringLiteral("Pakkeforløp for psykisk helse og rus. Resultater fra en "
                                    "spørreskjemaundersøkelse i befolkningen"));
    QVERIFY(pasopp);
    QCOMPARE(pasopp->year, std::optional<int>(2018));
    QCOMPARE(pasopp->reference, QStringLiteral("PasOpp-rapport nr. 2018:115"));
    IN_LIBRARY(QStringLiteral("Nasjonalt kompetansesenter for psykisk helsearbeid (NAPHA)"));
    IN_LIBRARY(QStringLiteral("fylkesmennene i 2017 og 2018"));
    IN_LIBRARY(QStringLiteral("svar fra over 300 kommunale rus- og psykisk helsetjenester"));
    IN_LIBRARY(QStringLiteral("Mosseregionen høsten 2007"));
#undef IN_ARTICLE
#undef IN_LIBRARY
}

void TestSeed::sourceCopiesAreTheSharedTexts()
{
    // The copies in the repository are the texts beside it, byte for byte.
    if (!QDir(QStringLiteral(SAMSPILL_SOURCE_DIR "/../shared/seeds")).exists()) {
        QSKIP("../shared/seeds is not beside the source tree: the copies in "
              "tests/app/data/seed-sources were read, but not compared with it.");
    }
    for (Source source : {Source::Article, Source::Library}) {
        QFile copy(sourceFile(source));
        QFile shared(sharedSourceFile(source));
        QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(copy.fileName()));
        QVERIFY2(shared.open(QIODevice::ReadOnly), qPrintable(shared.fileName()));
        QVERIFY2(
            copy.readAll() == shared.readAll(),
            qPrintable(copy.fileName() + QStringLiteral(" differs from ") + shared.fileName()));
    }
}

void TestSeed::reopeningDoesNotSeedAgain()
{
    m_workspace.reset();
    const QStringList before = TestSupport::dumpData(m_scratch->settings());
    QVERIFY(!before.isEmpty());

    auto reopened = App::Workspace::open(m_scratch->settings());

    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
    QVERIFY(!reopened.value()->wasSeeded());
    QCOMPARE(reopened.value()->migration().fromVersion, Storage::Migrations::latestVersion());
    QCOMPARE(valueOr(reopened.value()->projects().projects(), "projects").size(), 1);
    QCOMPARE(valueOr(reopened.value()->organisations().organisations(), "organisations").size(), 6);
    reopened.value().reset();
    QCOMPARE(TestSupport::dumpData(m_scratch->settings()), before);
}

void TestSeed::emptyDatabaseNeverSeededIsSeededOnOpen()
{
    // GIVEN a database that was set up but whose seeding never completed
    TestSupport::ScratchDatabase scratch(Storage::ConnectionSettings::Driver::Sqlite);
    {
        auto database = Storage::Database::open(scratch.settings());
        QVERIFY(database.ok());
        QVERIFY(Storage::Migrations::migrate(*database.value()).ok());
    }
    // WHEN it is opened
    auto opened = App::Workspace::open(scratch.settings());
    // THEN the seed is there, once
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QVERIFY(opened.value()->wasSeeded());
    QCOMPARE(valueOr(opened.value()->projects().projects(), "projects").size(), 1);
    opened.value().reset();
    auto again = App::Workspace::open(scratch.settings());
    QVERIFY(again.ok());
    QVERIFY(!again.value()->wasSeeded());
    QCOMPARE(valueOr(again.value()->projects().projects(), "projects").size(), 1);
}

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
