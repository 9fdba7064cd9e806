// The parts of tst_seed: this file (the facts of the seed as a new database holds them, and
// seeding once) and tst_seed_sources.cpp (the quotations and facts against the source texts).

#include "tests/app/tst_seed.h"

#include "app/seed.h"
#include "app/workspace.h"
#include "models/domain/rules.h"
#include "models/labels.h"
#include "models/storage/database.h"
#include "models/storage/migrations.h"
#include "tests/support/scratchdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

using namespace SeedTest;

namespace SeedTest {

QDateTime norwegianTime(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone(QByteArrayLiteral("Europe/Oslo")));
}

QJsonObject seedDocument(const QString &name)
{
    QFile file(QStringLiteral(":/seed/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace SeedTest

namespace {

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
