#include "tests/support/overviewfixture.h"

#include <QTimeZone>

namespace TestSupport::OverviewFixture {
namespace {

using namespace Domain;

QUuid fixed(int n)
{
    return QUuid::fromString(
        QStringLiteral("0f1e0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

Organisation organisation(int n, const QString &name, OrganisationKind kind)
{
    Organisation result;
    result.uuid = fixed(n);
    result.name = name;
    result.kind = kind;
    return result;
}

Goal goal(int n, const QString &text, const QUuid &parent = {})
{
    Goal result;
    result.uuid = fixed(n);
    result.text = text;
    result.parentUuid = parent;
    return result;
}

Measure measure(int n, const QString &title, Status status, std::optional<int> progress)
{
    Measure result;
    result.uuid = fixed(n);
    result.title = title;
    result.status = status;
    result.progress = progress;
    return result;
}

Milestone milestone(int n, QDate date, bool done)
{
    Milestone result;
    result.uuid = fixed(n);
    result.title = QStringLiteral("Milepæl %1").arg(date.toString(Qt::ISODate));
    result.date = PlanDate::day(date);
    result.done = done;
    return result;
}

StatusUpdate update(int n, QDate date, const QUuid &measure, const QString &text)
{
    StatusUpdate result;
    result.uuid = fixed(n);
    result.measureUuid = measure;
    result.recordedAt = QDateTime(date, QTime(12, 0), QTimeZone::utc());
    result.author = QStringLiteral("Prosjektleder");
    result.text = text;
    return result;
}

Risk risk(int n, int likelihood, int impact)
{
    Risk result;
    result.uuid = fixed(n);
    result.description = QStringLiteral("Risiko %1×%2").arg(likelihood).arg(impact);
    result.likelihood = likelihood;
    result.impact = impact;
    return result;
}

} // namespace

Domain::Portfolio portfolio()
{
    Portfolio result;
    const Organisation alfa =
        organisation(101, QStringLiteral("Alfa kommune"), OrganisationKind::Municipality);
    const Organisation beta =
        organisation(102, QStringLiteral("Beta HF"), OrganisationKind::HospitalTrust);
    const Organisation gamma =
        organisation(103, QStringLiteral("Gamma NAV"), OrganisationKind::Nav);
    result.organisations = {alfa, beta, gamma};

    ProjectBundle bundle;
    bundle.project.uuid = project;
    bundle.project.name = name;
    bundle.project.shortName = name;
    bundle.project.start = QDate(2011, 1, 1);
    bundle.project.end = QDate(2013, 12, 31);
    bundle.project.status = Status::InProgress;

    Participant owner;
    owner.uuid = fixed(201);
    owner.organisationUuid = alfa.uuid;
    owner.role = ParticipantRole::Owner;
    Participant partner;
    partner.uuid = fixed(202);
    partner.organisationUuid = beta.uuid;
    partner.role = ParticipantRole::Partner;
    bundle.participants = {owner, partner};

    const Goal main1 = goal(301, QStringLiteral("Hovedmål 1"));
    const Goal sub11 = goal(302, QStringLiteral("Delmål 1.1"), main1.uuid);
    const Goal main2 = goal(303, QStringLiteral("Hovedmål 2"));
    bundle.goals = {main1, sub11, main2};

    Measure late = measure(401, QStringLiteral("Forsinket"), Status::InProgress, 50);
    late.plannedStart = PlanDate::day(QDate(2011, 6, 1));
    late.plannedEnd = PlanDate::day(QDate(2012, 3, 31));
    late.goalUuids = {sub11.uuid};
    late.responsibleOrganisationUuids = {alfa.uuid};
    late.participatingOrganisationUuids = {beta.uuid};
    Measure postponed = measure(402, QStringLiteral("Utsatt"), Status::Postponed, std::nullopt);
    postponed.goalUuids = {sub11.uuid};
    Measure done = measure(403, QStringLiteral("Ferdig"), Status::Completed, 100);
    done.goalUuids = {main2.uuid};
    done.responsibleOrganisationUuids = {gamma.uuid};
    Measure cancelled = measure(404, QStringLiteral("Avbrutt"), Status::Cancelled, std::nullopt);
    cancelled.plannedEnd = PlanDate::day(QDate(2012, 5, 1));
    Measure onTrack = measure(405, QStringLiteral("I rute"), Status::InProgress, 60);
    onTrack.plannedStart = PlanDate::day(QDate(2012, 1, 1));
    onTrack.plannedEnd = PlanDate::day(QDate(2012, 12, 31));
    onTrack.goalUuids = {main1.uuid};
    onTrack.responsibleOrganisationUuids = {alfa.uuid};
    Measure unrated = measure(406, QStringLiteral("Uvurdert"), Status::Planned, std::nullopt);
    bundle.measures = {late, postponed, done, cancelled, onTrack, unrated};

    bundle.milestones = {
        milestone(501, QDate(2012, 7, 15), false), milestone(502, QDate(2012, 9, 15), false),
        milestone(503, QDate(2012, 5, 1), false), milestone(504, QDate(2012, 7, 1), true),
        milestone(505, QDate(2013, 1, 1), false)};

    StatusUpdate first = update(601, QDate(2012, 1, 10), onTrack.uuid, QStringLiteral("I gang"));
    first.newProgress = 20;
    StatusUpdate decision =
        update(602, QDate(2012, 5, 1), late.uuid, QStringLiteral("Trenger mer tid"));
    decision.decisionNeeded = true;
    StatusUpdate deviation =
        update(603, QDate(2012, 6, 1), postponed.uuid, QStringLiteral("Lokaler mangler"));
    deviation.deviation = true;
    StatusUpdate second =
        update(604, QDate(2012, 6, 20), onTrack.uuid, QStringLiteral("Godt i gang"));
    second.newProgress = 60;
    StatusUpdate later =
        update(605, QDate(2012, 7, 15), late.uuid, QStringLiteral("Styringsgruppen har besluttet"));
    bundle.statusUpdates = {first, decision, deviation, second, later};

    bundle.risks = {risk(701, 2, 2), risk(702, 5, 4), risk(703, 3, 3)};
    result.projects = {bundle};
    return result;
}

} // namespace TestSupport::OverviewFixture
