#include "models/labels.h"

#include "models/overview/localday.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Models {

QString Labels::status(Domain::Status status)
{
    switch (status) {
    case Domain::Status::Planned:
        return tr("planned");
    case Domain::Status::InProgress:
        return tr("in progress");
    case Domain::Status::Completed:
        return tr("completed");
    case Domain::Status::Postponed:
        return tr("postponed");
    case Domain::Status::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString Labels::level(Domain::MeasureLevel level)
{
    switch (level) {
    case Domain::MeasureLevel::Individual:
        return tr("individual level");
    case Domain::MeasureLevel::System:
        return tr("system level");
    }
    return {};
}

QString Labels::organisationKind(Domain::OrganisationKind kind)
{
    switch (kind) {
    case Domain::OrganisationKind::Municipality:
        return tr("municipality");
    case Domain::OrganisationKind::HospitalTrust:
        return tr("hospital trust");
    case Domain::OrganisationKind::Nav:
        return tr("NAV");
    case Domain::OrganisationKind::UserOrganisation:
        return tr("user organisation");
    case Domain::OrganisationKind::GeneralPractitioner:
        return tr("GP");
    case Domain::OrganisationKind::Education:
        return tr("education");
    case Domain::OrganisationKind::NextOfKinOrganisation:
        return tr("next-of-kin organisation");
    case Domain::OrganisationKind::Other:
        return tr("other");
    }
    return {};
}

QString Labels::administrativeLevel(Domain::AdministrativeLevel level)
{
    switch (level) {
    case Domain::AdministrativeLevel::Municipal:
        return tr("municipal");
    case Domain::AdministrativeLevel::SpecialistHealthService:
        return tr("specialist health services");
    case Domain::AdministrativeLevel::State:
        return tr("state");
    case Domain::AdministrativeLevel::VoluntaryAndUser:
        return tr("voluntary and user");
    case Domain::AdministrativeLevel::Other:
        return tr("other");
    }
    return {};
}

QString Labels::participantRole(Domain::ParticipantRole role)
{
    switch (role) {
    case Domain::ParticipantRole::Owner:
        return tr("owner");
    case Domain::ParticipantRole::Partner:
        return tr("partner");
    case Domain::ParticipantRole::UserRepresentation:
        return tr("user representation");
    case Domain::ParticipantRole::Collaborator:
        return tr("collaborating party");
    }
    return {};
}

QString Labels::group(Domain::Group group)
{
    switch (group) {
    case Domain::Group::ProjectGroup:
        return tr("project team");
    case Domain::Group::SteeringGroup:
        return tr("steering committee");
    case Domain::Group::ReferenceGroup:
        return tr("reference group");
    }
    return {};
}

QString Labels::anchoring(Domain::Anchoring anchoring)
{
    switch (anchoring) {
    case Domain::Anchoring::Unknown:
        return tr("not known");
    case Domain::Anchoring::No:
        return tr("not yet anchored");
    case Domain::Anchoring::Yes:
        return tr("anchored");
    }
    return {};
}

QString Labels::rag(Domain::Rag rag)
{
    switch (rag) {
    case Domain::Rag::None:
        return tr("not rated");
    case Domain::Rag::Green:
        return tr("green");
    case Domain::Rag::Amber:
        return tr("amber");
    case Domain::Rag::Red:
        return tr("red");
    }
    return {};
}

QColor Labels::ragColor(Domain::Rag rag)
{
    switch (rag) {
    case Domain::Rag::None:
        return QColor(0x9e, 0x9e, 0x9e);
    case Domain::Rag::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case Domain::Rag::Amber:
        return QColor(0xf9, 0xa8, 0x25);
    case Domain::Rag::Red:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QColor Labels::statusColor(Domain::Status status)
{
    switch (status) {
    case Domain::Status::Planned:
        return QColor(0x90, 0xa4, 0xae);
    case Domain::Status::InProgress:
        return QColor(0x19, 0x76, 0xd2);
    case Domain::Status::Completed:
        return QColor(0x00, 0x89, 0x7b);
    case Domain::Status::Postponed:
        return QColor(0x8e, 0x24, 0xaa);
    case Domain::Status::Cancelled:
        return QColor(0x61, 0x61, 0x61);
    }
    return {};
}

QString Labels::date(QDate date)
{
    if (!date.isValid())
        return tr("undated");
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString Labels::period(QDate start, QDate end)
{
    return tr("%1 – %2").arg(date(start), date(end));
}

QString Labels::date(const Domain::PlanDate &date)
{
    if (date.isNull())
        return tr("undated");
    return date.toText();
}

QString Labels::period(const Domain::PlanDate &start, const Domain::PlanDate &end)
{
    return tr("%1 – %2").arg(date(start), date(end));
}

QVariant Labels::sortValue(const Domain::PlanDate &date)
{
    if (date.isNull())
        return QVariant();
    return QVariant(qint64(date.first().toJulianDay()) * 8 + int(date.precision()));
}

QString Labels::progress(const std::optional<int> &percent)
{
    if (!percent)
        return tr("not assessed");
    return tr("%1 %").arg(*percent);
}

QString Labels::amount(qint64 ore)
{
    // Split into kroner and øre as integers: a double would round amounts beyond 2^53 øre.
    const qint64 kroner = ore / 100;
    const int rest = int(qAbs(ore % 100));
    const QString sign = ore < 0 && kroner == 0 ? QStringLiteral("-") : QString();
    return sign + QLocale().toString(kroner) + QLocale().decimalPoint() +
           QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
}

QString Labels::money(qint64 ore)
{
    //: An amount of money; %1 is the number of kroner with two decimals.
    return tr("%1 kr").arg(amount(ore));
}

bool Labels::readMoney(const QString &text, qint64 &ore)
{
    QString plain = text;
    plain.remove(QLocale().groupSeparator());
    plain.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
    if (plain.isEmpty()) {
        ore = 0;
        return true;
    }
    // Kroner, and øre after a comma or point; each part read exactly, as integers.
    static const QRegularExpression pattern(
        QStringLiteral("^([-−]?)(\\d{1,16})(?:[.,](\\d{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(plain);
    if (!match.hasMatch())
        return false;
    const qint64 kroner = match.captured(2).toLongLong();
    const qint64 cents = match.captured(3).leftJustified(2, QLatin1Char('0')).toLongLong();
    ore = (kroner * 100 + cents) * (match.captured(1).isEmpty() ? 1 : -1);
    return true;
}

bool Labels::readNumber(const QString &text, std::optional<double> &value)
{
    const QString plain = text.trimmed();
    if (plain.isEmpty()) {
        value.reset();
        return true;
    }
    bool ok = false;
    double number = QLocale().toDouble(plain, &ok);
    if (!ok)
        number = QLocale::c().toDouble(plain, &ok);
    if (!ok || !std::isfinite(number))
        return false;
    value = number;
    return true;
}

QString Labels::number(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 15) : QString();
}

QString Labels::timestampDate(const QDateTime &at)
{
    if (!at.isValid())
        return tr("none");
    return QLocale().toString(Overview::LocalDay::of(at), QLocale::ShortFormat);
}

QString Labels::ragWithReason(Domain::Rag light, const QString &reason)
{
    return reason.isEmpty() ? rag(light) : tr("%1: %2").arg(rag(light), reason);
}

QString Labels::deadline(const Overview::Deadline &deadline)
{
    QString what;
    switch (deadline.kind) {
    case Overview::Deadline::Kind::Milestone:
        what = tr("milestone \"%1\"").arg(deadline.title);
        break;
    case Overview::Deadline::Kind::Measure:
        what = tr("end of the measure \"%1\"").arg(deadline.title);
        break;
    case Overview::Deadline::Kind::Activity:
        what = tr("activity \"%1\"").arg(deadline.title);
        break;
    }
    if (deadline.date.precision() == Domain::PlanDate::Precision::Day)
        return tr("%1: %2").arg(what, date(deadline.date));
    return tr("%1: %2 (by %3)").arg(what, date(deadline.date), date(deadline.by()));
}

QString Labels::toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<p>%1</p>").arg(escaped);
}

} // namespace Models
