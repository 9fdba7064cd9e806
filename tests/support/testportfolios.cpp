#include "tests/support/testportfolios.h"

#include "models/exchange/jsonreader.h"

#include <QFile>

#ifndef SAMSPILL_SOURCE_DIR
#error "SAMSPILL_SOURCE_DIR must name the source tree"
#endif

namespace TestSupport {
namespace {

using namespace Domain;

// Fixed UUIDs, so that a failure names the same entity on every run.
QUuid fixed(int n)
{
    return QUuid::fromString(
        QStringLiteral("5a3b0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

Result<Portfolio> readFile(const QString &name)
{
    QFile file(seedFile(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, file.fileName() + QStringLiteral(": ") + file.errorString()};
    auto read = Exchange::JsonReader::read(file.readAll());
    if (!read)
        return Error{read.error().kind, name + QStringLiteral(": ") + read.error().message};
    return read;
}

} // namespace

QString seedFile(const QString &name)
{
    return QStringLiteral(SAMSPILL_SOURCE_DIR "/resources/seed/") + name;
}

Result<Portfolio> seedPortfolio()
{
    auto project = readFile(QStringLiteral("nord-trondelag.json"));
    if (!project)
        return project;
    auto library = readFile(QStringLiteral("knowledge-library.json"));
    if (!library)
        return library;
    Portfolio portfolio = project.value();
    portfolio.organisations += library->organisations;
    portfolio.knowledgeSources += library->knowledgeSources;
    portfolio.projects += library->projects;
    return portfolio;
}

Portfolio samplePortfolio()
{
    Portfolio portfolio;

    Organisation municipality{
        {}, fixed(1), QStringLiteral("Testkommune Ås"), OrganisationKind::Municipality, 0};
    Organisation trust{
        {}, fixed(2), QStringLiteral("Testforetaket HF"), OrganisationKind::HospitalTrust, 0};
    Organisation users{{},
                       fixed(3),
                       QStringLiteral("Brukerforeningen «Oss»"),
                       OrganisationKind::UserOrganisation,
                       0};
    portfolio.organisations = {municipality, trust, users};

    KnowledgeSource guide;
    guide.uuid = fixed(10);
    guide.title = QStringLiteral("Veileder for samhandling");
    guide.publisher = QStringLiteral("Direktoratet");
    guide.authors = QStringLiteral("Å. Ærø; Ø. Ås");
    guide.year = 2011;
    guide.reference = QStringLiteral("IS-0000");
    guide.link = QStringLiteral("https://example.org/veileder?id=1&lang=nb");
    guide.summary = QStringLiteral("Om «samhandling» og sånt.");
    KnowledgeSource note;
    note.uuid = fixed(11);
    note.title = QStringLiteral("Notat uten år");
    KnowledgeSource article;
    article.uuid = fixed(12);
    article.title = QStringLiteral("Artikkel");
    article.year = 2013;
    portfolio.knowledgeSources = {guide, note, article};

    // --- projects[0]
    ProjectBundle a;
    a.project.uuid = fixed(100);
    a.project.name = QStringLiteral("Prosjekt Ærlig");
    a.project.shortName = QStringLiteral("Ærlig");
    a.project.region = QStringLiteral("Trøndelag");
    a.project.description = QStringLiteral("Første linje\nAndre linje med \"sitat\".");
    a.project.knowledgeSourceUuids = {article.uuid, guide.uuid};
    a.project.start = QDate(2020, 1, 1);
    a.project.end = QDate(2022, 12, 31);
    a.project.status = Status::InProgress;
    a.project.fundingNotes = QStringLiteral("Tilskudd; 50 %");

    a.participants = {
        {{}, fixed(110), municipality.uuid, ParticipantRole::Owner, 0},
        {{}, fixed(111), trust.uuid, ParticipantRole::Partner, 0},
        {{}, fixed(112), users.uuid, ParticipantRole::UserRepresentation, 0},
    };
    a.members = {
        {{},
         fixed(120),
         QStringLiteral("Kari Nordmann"),
         QString(),
         municipality.uuid,
         Group::ProjectGroup,
         0},
        {{},
         fixed(121),
         QString(),
         QStringLiteral("Brukerrepresentant"),
         users.uuid,
         Group::SteeringGroup,
         0},
        {{},
         fixed(122),
         QStringLiteral("Ola Ås"),
         QStringLiteral("Leder"),
         QUuid(),
         Group::ReferenceGroup,
         0},
    };

    Goal g1{{}, fixed(130), QUuid(), QStringLiteral("Hovedmål én"), {}, 0};
    Indicator attendance;
    attendance.uuid = fixed(131);
    attendance.name = QStringLiteral("Andel med plan");
    attendance.unit = QStringLiteral("%");
    attendance.baseline = 0.1;
    attendance.target = 12.5;
    attendance.current = 1.0 / 3.0;
    attendance.measuredOn = Domain::PlanDate::day(QDate(2021, 6, 30));
    Indicator unmeasured;
    unmeasured.uuid = fixed(132);
    unmeasured.name = QStringLiteral("Ikke målt ennå");
    g1.indicators = {attendance, unmeasured};
    Goal g11{{}, fixed(133), g1.uuid, QStringLiteral("Delmål 1.1"), {}, 0};
    Goal g111{{}, fixed(134), g11.uuid, QStringLiteral("Delmål 1.1.1"), {}, 0};
    Goal g12{{}, fixed(135), g1.uuid, QStringLiteral("Delmål 1.2"), {}, 0};
    Goal g2{{}, fixed(136), QUuid(), QStringLiteral("Hovedmål to"), {}, 0};
    a.goals = {g1, g11, g111, g12, g2};

    Measure full;
    full.uuid = fixed(140);
    full.title = QStringLiteral("Felles opplæring");
    full.description = QStringLiteral("Alt er fylt ut; også 'apostrofer' og ;-tegn.");
    full.level = MeasureLevel::Individual;
    full.theme = QStringLiteral("Recovery");
    full.goalUuids = {g2.uuid, g11.uuid};
    // Links in an order that is neither by UUID, nor by name, nor by insertion.
    full.responsibleOrganisationUuids = {trust.uuid, users.uuid, municipality.uuid};
    full.participatingOrganisationUuids = {users.uuid};
    full.plannedStart = Domain::PlanDate::day(QDate(2020, 2, 1));
    full.plannedEnd = Domain::PlanDate::day(QDate(2021, 3, 31));
    full.actualStart = Domain::PlanDate::day(QDate(2020, 2, 15));
    full.status = Status::InProgress;
    full.progress = 40;
    full.anchoring = Anchoring::Yes;
    full.anchoredOn = QDate(2020, 1, 20);
    full.activities = {
        {{},
         fixed(141),
         QStringLiteral("Planlegge samlinger"),
         PlanDate::day(QDate(2020, 6, 1)),
         true,
         0},
        {{}, fixed(142), QStringLiteral("Invitere pårørende"), PlanDate(), false, 0},
        {{}, fixed(143), QStringLiteral("Evaluere"), PlanDate::halfYear(2021, 1), false, 0},
    };
    full.knowledgeSourceUuids = {note.uuid, guide.uuid, article.uuid};

    Measure bare;
    bare.uuid = fixed(150);
    bare.title = QStringLiteral("Uten datoer");

    Measure done;
    done.uuid = fixed(160);
    done.title = QStringLiteral("Ferdig tiltak");
    done.goalUuids = {g1.uuid, g111.uuid};
    done.plannedStart = Domain::PlanDate::day(QDate(2020, 1, 1));
    done.plannedEnd = Domain::PlanDate::day(QDate(2020, 12, 31));
    done.actualStart = Domain::PlanDate::day(QDate(2020, 1, 5));
    done.actualEnd = Domain::PlanDate::day(QDate(2020, 11, 30));
    done.status = Status::Completed;
    done.progress = 100;
    done.anchoring = Anchoring::No;
    a.measures = {full, bare, done};

    a.milestones = {
        {{},
         fixed(170),
         PlanDate::day(QDate(2020, 6, 30)),
         QStringLiteral("Første samling"),
         full.uuid,
         true,
         0},
        {{}, fixed(171), PlanDate(), QStringLiteral("Sluttrapport"), QUuid(), false, 0},
    };

    StatusUpdate started;
    started.uuid = fixed(180);
    started.recordedAt = QDateTime(QDate(2020, 3, 1), QTime(8, 0), Qt::UTC);
    started.author = QStringLiteral("Prosjektleder");
    started.text = QStringLiteral("Oppstart; alle er med.");
    started.newStatus = Status::InProgress;
    started.decisionNeeded = true;
    StatusUpdate behind;
    behind.uuid = fixed(181);
    behind.measureUuid = full.uuid;
    behind.recordedAt = QDateTime(QDate(2020, 9, 15), QTime(12, 30, 45, 678), Qt::UTC);
    behind.author = QString();
    behind.text = QStringLiteral("Forsinket – avvik meldt.");
    behind.newProgress = 40;
    behind.deviation = true;
    a.statusUpdates = {started, behind};

    Risk risk;
    risk.uuid = fixed(190);
    risk.description = QStringLiteral("Nøkkelpersoner slutter");
    risk.likelihood = 3;
    risk.impact = 5;
    risk.mitigation = QStringLiteral("Dele på oppgavene");
    risk.owner = QStringLiteral("Styringsgruppa");
    a.risks = {risk};

    BudgetLine salaries{{}, fixed(200), 2020, QStringLiteral("Lønn"), 150000000, 149999950, 0, 0};
    BudgetLine travel{{}, fixed(201), 2021, QStringLiteral("Reise"), 2500000, 0, 100000, 0};
    a.budgetLines = {salaries, travel};

    // --- projects[1]
    ProjectBundle b;
    b.project.uuid = fixed(300);
    b.project.name = QStringLiteral("Prosjekt Bølge");
    b.project.status = Status::Planned;
    b.participants = {{{}, fixed(310), municipality.uuid, ParticipantRole::Collaborator, 0}};
    Goal gb{{}, fixed(330), QUuid(), QStringLiteral("Bølgemål"), {}, 0};
    b.goals = {gb};
    Measure mb;
    mb.uuid = fixed(340);
    mb.title = QStringLiteral("Bølgetiltak");
    mb.goalUuids = {gb.uuid};
    mb.progress = 0; // assessed at nothing done: not the same as not assessed
    b.measures = {mb};

    portfolio.projects = {a, b};
    return portfolio;
}

Domain::Portfolio samplePortfolioWithReports()
{
    Domain::Portfolio portfolio = samplePortfolio();
    const auto report = [](const QUuid &project, QVector<QUuid> projects, int day,
                           Domain::ReportFormat format, const char *title, QByteArray content) {
        Domain::ArchivedReport made;
        made.uuid = QUuid::createUuid();
        made.project = project;
        made.projects = std::move(projects);
        made.issuedAt = QDateTime(QDate(2012, 4, day), QTime(9, 30, 15, 250), Qt::UTC);
        made.author = QStringLiteral("prosjektleder");
        made.from = QDate(2012, 1, 1);
        made.to = QDate(2012, 3, 31);
        made.language = QStringLiteral("nb");
        made.format = format;
        made.title = QString::fromUtf8(title);
        made.size = content.size();
        made.content = std::move(content);
        return made;
    };
    QByteArray everyByte("%PDF-1.7\n");
    for (int value = 0; value < 256; ++value)
        everyByte.append(char(value));
    const QUuid first = portfolio.projects[0].project.uuid;
    const QUuid second = portfolio.projects[1].project.uuid;
    portfolio.projects[0].reports = {report(first, {first}, 2, Domain::ReportFormat::Pdf,
                                            "Statusrapport 1. kvartal 2012", everyByte),
                                     report(first, {first}, 3, Domain::ReportFormat::Markdown,
                                            "Status report Q1 2012",
                                            "# Status report\n\nÆrlig: *on track*\n")};
    portfolio.projects[0].reports[1].language = QStringLiteral("en");
    portfolio.reports = {report(QUuid(), {first, second}, 4, Domain::ReportFormat::Csv,
                                "Porteføljen 2012",
                                "\xEF\xBB\xBFTiltak;Status\r\n\"=1+1\";planlagt\r\n"),
                         report(QUuid::createUuid(), {}, 5, Domain::ReportFormat::Html,
                                "Nedlagt prosjekt", "<!DOCTYPE html><p>æøå</p>")};
    portfolio.reports[1].projects = {portfolio.reports[1].project};
    return portfolio;
}

} // namespace TestSupport
