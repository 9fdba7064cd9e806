#include "tests/support/generatedportfolio.h"

#include <QDateTime>
#include <QTimeZone>

namespace TestSupport {
namespace {

constexpr int organisationCount = 20;

QUuid uuidFor(const QString &name)
{
    static const QUuid space =
        QUuid::fromString(QStringLiteral("6f0e6a52-5b1e-4d8e-9a5e-2c1d7b3a9f00"));
    return QUuid::createUuidV5(space, name);
}

QString padded(int number)
{
    return QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
}

Domain::Organisation organisation(int number)
{
    static const Domain::OrganisationKind kinds[] = {
        Domain::OrganisationKind::Municipality, Domain::OrganisationKind::HospitalTrust,
        Domain::OrganisationKind::Nav, Domain::OrganisationKind::UserOrganisation};
    Domain::Organisation result;
    result.uuid = uuidFor(QStringLiteral("organisation %1").arg(number));
    result.name = QStringLiteral("Organisasjon %1").arg(padded(number));
    result.kind = kinds[number % 4];
    return result;
}

Domain::ProjectBundle project(int number, int measures)
{
    const QString key = QStringLiteral("project %1").arg(number);
    const auto uuid = [&](const QString &what) { return uuidFor(key + QLatin1Char(' ') + what); };
    const auto org = [](int n) { return organisation(n % organisationCount).uuid; };

    Domain::ProjectBundle bundle;
    Domain::Project &p = bundle.project;
    p.uuid = uuid(QStringLiteral("itself"));
    p.name = QStringLiteral("Samhandlingsprosjekt %1 om psykisk helse og rus").arg(padded(number));
    p.shortName = QStringLiteral("Prosjekt %1").arg(padded(number));
    p.region = QStringLiteral("Region %1").arg(number % 12);
    p.description = QStringLiteral("Et prosjekt der kommuner, helseforetak, NAV og "
                                   "brukerorganisasjoner samarbeider om bedre tjenester (%1).")
                        .arg(number);
    p.start = QDate(2020, 1, 1).addMonths(number % 24);
    p.end = p.start.addYears(4);
    p.status = Domain::Status::InProgress;
    p.fundingNotes = QStringLiteral("Tilskudd fra Helsedirektoratet");

    static const Domain::ParticipantRole roles[] = {
        Domain::ParticipantRole::Owner, Domain::ParticipantRole::Partner,
        Domain::ParticipantRole::Partner, Domain::ParticipantRole::UserRepresentation};
    for (int i = 0; i < 4; ++i) {
        Domain::Participant participant;
        participant.uuid = uuid(QStringLiteral("participant %1").arg(i));
        participant.organisationUuid = org(number + i);
        participant.role = roles[i];
        bundle.participants.append(participant);
    }
    static const Domain::Group groups[] = {Domain::Group::ProjectGroup, Domain::Group::ProjectGroup,
                                           Domain::Group::SteeringGroup,
                                           Domain::Group::ReferenceGroup};
    for (int i = 0; i < 4; ++i) {
        Domain::Member member;
        member.uuid = uuid(QStringLiteral("member %1").arg(i));
        member.role = i == 0 ? QStringLiteral("Prosjektleder") : QStringLiteral("Representant");
        member.organisationUuid = org(number + i);
        member.group = groups[i];
        bundle.members.append(member);
    }
    // Pre-order: main goal 0 with sub-goals 1 and 2, main goal 3 with sub-goal 4.
    const int parents[] = {-1, 0, 0, -1, 3};
    for (int i = 0; i < 5; ++i) {
        Domain::Goal goal;
        goal.uuid = uuid(QStringLiteral("goal %1").arg(i));
        if (parents[i] >= 0)
            goal.parentUuid = bundle.goals.at(parents[i]).uuid;
        goal.text = QStringLiteral("Mål %1: bedre samhandling mellom tjenestenivåene").arg(i + 1);
        Domain::Indicator indicator;
        indicator.uuid = uuid(QStringLiteral("indicator %1").arg(i));
        indicator.name = QStringLiteral("Andel brukere med individuell plan");
        indicator.unit = QStringLiteral("%");
        indicator.baseline = 20;
        indicator.target = 60;
        indicator.current = 20 + (number + i) % 40;
        indicator.measuredOn = Domain::PlanDate::month(2022, 6);
        goal.indicators.append(indicator);
        bundle.goals.append(goal);
    }
    const QDateTime firstUpdate(QDate(2021, 1, 4), QTime(8, 0), QTimeZone::utc());
    for (int m = 0; m < measures; ++m) {
        const QString mkey = QStringLiteral("measure %1").arg(m);
        Domain::Measure measure;
        measure.uuid = uuid(mkey);
        measure.title = QStringLiteral("Tiltak %1.%2").arg(number).arg(m + 1);
        measure.description = QStringLiteral("Beskrivelse av tiltak %1 i prosjekt %2: hospitering, "
                                             "felles opplæring og faste samarbeidsmøter.")
                                  .arg(m + 1)
                                  .arg(number);
        measure.level =
            m % 3 == 0 ? Domain::MeasureLevel::Individual : Domain::MeasureLevel::System;
        measure.theme = QStringLiteral("Tema %1").arg(m % 7);
        measure.goalUuids = {bundle.goals.at(m % 5).uuid};
        measure.responsibleOrganisationUuids = {org(number + m)};
        measure.participatingOrganisationUuids = {org(number + m + 1)};
        measure.status = Domain::Status(m % 5);
        measure.progress =
            measure.status == Domain::Status::Completed ? 100 : std::optional<int>((m * 7) % 100);
        // Mostly days, and some plans known only to the month, quarter or half-year.
        const QDate start = p.start.addDays(m % 365);
        const QDate end = start.addDays(180 + m % 400);
        switch (m % 10) {
        case 7:
            measure.plannedStart = Domain::PlanDate::month(start.year(), start.month());
            measure.plannedEnd = Domain::PlanDate::quarter(end.year(), (end.month() + 2) / 3);
            break;
        case 8:
            measure.plannedEnd = Domain::PlanDate::halfYear(end.year(), end.month() <= 6 ? 1 : 2);
            break;
        default:
            measure.plannedStart = Domain::PlanDate::day(start);
            measure.plannedEnd = Domain::PlanDate::day(end);
        }
        if (measure.status != Domain::Status::Planned)
            measure.actualStart = Domain::PlanDate::day(start.addDays(m % 20));
        if (measure.status == Domain::Status::Completed)
            measure.actualEnd = Domain::PlanDate::day(end);
        measure.anchoring = Domain::Anchoring(m % 3);
        for (int a = 0; a < 3; ++a) {
            Domain::Activity activity;
            activity.uuid = uuid(mkey + QStringLiteral(" activity %1").arg(a));
            activity.title = QStringLiteral("Aktivitet %1").arg(a + 1);
            activity.due = Domain::PlanDate::day(start.addDays(30 * (a + 1)));
            activity.done = a == 0;
            measure.activities.append(activity);
        }
        for (int u = 0; u < 5; ++u) {
            Domain::StatusUpdate update;
            update.uuid = uuid(mkey + QStringLiteral(" update %1").arg(u));
            update.measureUuid = measure.uuid;
            update.recordedAt = firstUpdate.addDays(30 * u + m % 30);
            update.author = QStringLiteral("Prosjektleder");
            update.text = QStringLiteral("Møte i prosjektgruppen; arbeidet går som planlagt.");
            update.newProgress = std::min(100, 10 * (u + 1));
            update.deviation = (m + u) % 11 == 0;
            update.decisionNeeded = (m + u) % 13 == 0;
            bundle.statusUpdates.append(update);
        }
        bundle.measures.append(measure);
    }
    for (int i = 0; i < 4; ++i) {
        Domain::Milestone milestone;
        milestone.uuid = uuid(QStringLiteral("milestone %1").arg(i));
        milestone.title = QStringLiteral("Milepæl %1").arg(i + 1);
        milestone.date = Domain::PlanDate::day(p.start.addMonths(6 * (i + 1)));
        if (measures > 0 && i % 2 == 0)
            milestone.measureUuid = bundle.measures.at(i % measures).uuid;
        milestone.done = i == 0;
        bundle.milestones.append(milestone);
    }
    for (int i = 0; i < 3; ++i) {
        Domain::Risk risk;
        risk.uuid = uuid(QStringLiteral("risk %1").arg(i));
        risk.description = QStringLiteral("Usikkerhet %1: for lite tid til hospitering").arg(i + 1);
        risk.likelihood = 1 + (number + i) % 5;
        risk.impact = 1 + (number + 2 * i) % 5;
        risk.mitigation = QStringLiteral("Forankring i ledelsen");
        risk.owner = QStringLiteral("Prosjektleder");
        bundle.risks.append(risk);
    }
    for (int i = 0; i < 4; ++i) {
        Domain::BudgetLine line;
        line.uuid = uuid(QStringLiteral("budget %1").arg(i));
        line.year = p.start.year() + i;
        line.label = QStringLiteral("Prosjektledelse");
        line.budgetOre = qint64(50000000) + number * 100;
        line.accountsOre = qint64(48000000) + i * 1000;
        line.ownContributionOre = qint64(10000000);
        bundle.budgetLines.append(line);
    }
    return bundle;
}

} // namespace

Domain::Portfolio generatedPortfolio(int projects, int measuresPerProject, int firstProject)
{
    Domain::Portfolio portfolio;
    for (int i = 0; i < organisationCount; ++i)
        portfolio.organisations.append(organisation(i));
    for (int i = 0; i < projects; ++i)
        portfolio.projects.append(project(firstProject + i, measuresPerProject));
    return portfolio;
}

} // namespace TestSupport
