#include "app/seed.h"
#include "app/workspace.h"
#include "models/storage/database.h"
#include "models/storage/migrations.h"
#include "tests/support/scratchdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

// A new database holds exactly the facts of the seed texts (DESIGN.md: no invented names, dates
// or numbers), seeded once by Workspace::open, never again.
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
    void noMeasureHasAnInventedDate();
    void knowledgeSourcesOfTheProgramme();
    void knowledgeLibraryIsComplete();
    void reopeningDoesNotSeedAgain();
    void emptyDatabaseNeverSeededIsSeededOnOpen();

private:
    const Domain::Organisation *organisationNamed(const QString &name) const;
    QString organisationName(const QUuid &uuid) const;
    const Domain::KnowledgeSource *sourceTitled(const QString &title) const;

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
    QCOMPARE(m_project.status, Domain::Status::InProgress);
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

    QCOMPARE(exchange.title, QStringLiteral("Hospitering"));
    QCOMPARE(exchange.status, Domain::Status::InProgress);
    QCOMPARE(exchange.level, Domain::MeasureLevel::System);
    QCOMPARE(exchange.anchoring, Domain::Anchoring::No);
    QCOMPARE(exchange.goalUuids.size(), 1);
    QCOMPARE(exchange.activities.size(), 3);
    QCOMPARE(exchange.activities.at(2).title, QStringLiteral("Ledelsesforankre ordningen"));
    for (const Domain::Activity &activity : exchange.activities)
        QVERIFY(!activity.done);

    QCOMPARE(referral.title,
             QStringLiteral("Utfyllende henvisninger til spesialisthelsetjenesten"));
    QCOMPARE(referral.status, Domain::Status::InProgress);
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

    QCOMPARE(coordinator.title, QStringLiteral("Løfter frem koordinatorrollen"));
    QCOMPARE(coordinator.status, Domain::Status::Planned);
    QCOMPARE(coordinator.theme, QStringLiteral("Recovery"));
    QCOMPARE(coordinator.participatingOrganisationUuids.size(), 1);
    QCOMPARE(organisationName(coordinator.participatingOrganisationUuids.constFirst()), hogskole);
    QCOMPARE(coordinator.activities.size(), 3);
    QVERIFY(coordinator.activities.at(0).title.contains(QStringLiteral("(planlagt høsten 2012)")));

    for (const Domain::Measure &measure : m_measures)
        QVERIFY2(!measure.progress.has_value(), qPrintable(measure.title)); // none is given
}

void TestSeed::noMeasureHasAnInventedDate()
{
    for (const Domain::Measure &measure : m_measures) {
        QVERIFY2(measure.plannedStart.isNull(), qPrintable(measure.title));
        QVERIFY2(measure.plannedEnd.isNull(), qPrintable(measure.title));
        QVERIFY2(measure.actualStart.isNull(), qPrintable(measure.title));
        QVERIFY2(measure.actualEnd.isNull(), qPrintable(measure.title));
        QVERIFY2(measure.anchoredOn.isNull(), qPrintable(measure.title));
        for (const Domain::Activity &activity : measure.activities)
            QVERIFY2(activity.due.isNull(), qPrintable(activity.title));
    }
}

void TestSeed::knowledgeSourcesOfTheProgramme()
{
    const Domain::KnowledgeSource *tips = sourceTitled(
        QStringLiteral("Fysisk aktivitet og psykisk helse – et tipshefte for helsepersonell"));
    QVERIFY(tips);
    QCOMPARE(tips->reference, QStringLiteral("IS-1670"));
    QCOMPARE(tips->publisher, QStringLiteral("Helsedirektoratet"));
    QCOMPARE(tips->year, std::optional<int>(2010));

    const Domain::KnowledgeSource *form =
        sourceTitled(QStringLiteral("Gode henvisninger til spesialisthelsetjenesten"));
    QVERIFY(form);
    QVERIFY(!form->year); // the text gives no year
    QCOMPARE(m_measures.at(1).knowledgeSourceUuids, QVector<QUuid>{form->uuid});

    const Domain::KnowledgeSource *kpa =
        sourceTitled(QStringLiteral("KPA-modellen: psykososialt arbeid ved psykiske lidelser"));
    QVERIFY(kpa);
    QCOMPARE(kpa->publisher, QStringLiteral("Helsetilsynet"));
    QCOMPARE(kpa->reference, QStringLiteral("IK-2692"));
    QCOMPARE(m_measures.at(2).knowledgeSourceUuids, QVector<QUuid>{kpa->uuid});

    const Domain::KnowledgeSource *stories =
        sourceTitled(QStringLiteral("Ni suksesshistorier – samhandling om psykisk helse"));
    QVERIFY(stories);
    QCOMPARE(stories->publisher, QStringLiteral("NAPHA"));
    QCOMPARE(stories->year, std::optional<int>(2012));
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
