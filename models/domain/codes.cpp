#include "models/domain/codes.h"

#include <array>
#include <utility>

namespace Domain {
namespace {

template <typename E>
struct CodeTable;

template <>
struct CodeTable<OrganisationKind>
{
    static constexpr std::array<std::pair<OrganisationKind, const char *>, 8> entries{{
        {OrganisationKind::Municipality, "municipality"},
        {OrganisationKind::HospitalTrust, "hospital_trust"},
        {OrganisationKind::Nav, "nav"},
        {OrganisationKind::UserOrganisation, "user_organisation"},
        {OrganisationKind::GeneralPractitioner, "general_practitioner"},
        {OrganisationKind::Education, "education"},
        {OrganisationKind::NextOfKinOrganisation, "next_of_kin_organisation"},
        {OrganisationKind::Other, "other"},
    }};
};

template <>
struct CodeTable<AdministrativeLevel>
{
    static constexpr std::array<std::pair<AdministrativeLevel, const char *>, 5> entries{{
        {AdministrativeLevel::Municipal, "municipal"},
        {AdministrativeLevel::SpecialistHealthService, "specialist_health_service"},
        {AdministrativeLevel::State, "state"},
        {AdministrativeLevel::VoluntaryAndUser, "voluntary_and_user"},
        {AdministrativeLevel::Other, "other"},
    }};
};

template <>
struct CodeTable<ParticipantRole>
{
    static constexpr std::array<std::pair<ParticipantRole, const char *>, 4> entries{{
        {ParticipantRole::Owner, "owner"},
        {ParticipantRole::Partner, "partner"},
        {ParticipantRole::UserRepresentation, "user_representation"},
        {ParticipantRole::Collaborator, "collaborator"},
    }};
};

template <>
struct CodeTable<Group>
{
    static constexpr std::array<std::pair<Group, const char *>, 3> entries{{
        {Group::ProjectGroup, "project_group"},
        {Group::SteeringGroup, "steering_group"},
        {Group::ReferenceGroup, "reference_group"},
    }};
};

template <>
struct CodeTable<MeasureLevel>
{
    static constexpr std::array<std::pair<MeasureLevel, const char *>, 2> entries{{
        {MeasureLevel::Individual, "individual"},
        {MeasureLevel::System, "system"},
    }};
};

template <>
struct CodeTable<Status>
{
    static constexpr std::array<std::pair<Status, const char *>, 5> entries{{
        {Status::Planned, "planned"},
        {Status::InProgress, "in_progress"},
        {Status::Completed, "completed"},
        {Status::Postponed, "postponed"},
        {Status::Cancelled, "cancelled"},
    }};
};

template <>
struct CodeTable<Anchoring>
{
    static constexpr std::array<std::pair<Anchoring, const char *>, 3> entries{{
        {Anchoring::Unknown, "unknown"},
        {Anchoring::No, "no"},
        {Anchoring::Yes, "yes"},
    }};
};

template <>
struct CodeTable<Rag>
{
    static constexpr std::array<std::pair<Rag, const char *>, 4> entries{{
        {Rag::None, "none"},
        {Rag::Green, "green"},
        {Rag::Amber, "amber"},
        {Rag::Red, "red"},
    }};
};

template <>
struct CodeTable<ReportFormat>
{
    static constexpr std::array<std::pair<ReportFormat, const char *>, 5> entries{{
        {ReportFormat::Pdf, "pdf"},
        {ReportFormat::Odt, "odt"},
        {ReportFormat::Html, "html"},
        {ReportFormat::Markdown, "md"},
        {ReportFormat::Csv, "csv"},
    }};
};

} // namespace

template <typename E>
QString toCode(E value)
{
    for (const auto &[entry, code] : CodeTable<E>::entries) {
        if (entry == value)
            return QString::fromLatin1(code);
    }
    Q_UNREACHABLE();
    return {};
}

template <typename E>
std::optional<E> fromCode(const QString &code)
{
    for (const auto &[entry, text] : CodeTable<E>::entries) {
        if (code == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

template <typename E>
QStringList allCodes()
{
    QStringList codes;
    for (const auto &entry : CodeTable<E>::entries)
        codes.append(QString::fromLatin1(entry.second));
    return codes;
}

#define SAMSPILL_INSTANTIATE_CODES(E)                                                              \
    template QString toCode<E>(E);                                                                 \
    template std::optional<E> fromCode<E>(const QString &);                                        \
    template QStringList allCodes<E>();

SAMSPILL_INSTANTIATE_CODES(OrganisationKind)
SAMSPILL_INSTANTIATE_CODES(AdministrativeLevel)
SAMSPILL_INSTANTIATE_CODES(ParticipantRole)
SAMSPILL_INSTANTIATE_CODES(Group)
SAMSPILL_INSTANTIATE_CODES(MeasureLevel)
SAMSPILL_INSTANTIATE_CODES(Status)
SAMSPILL_INSTANTIATE_CODES(Anchoring)
SAMSPILL_INSTANTIATE_CODES(Rag)
SAMSPILL_INSTANTIATE_CODES(ReportFormat)

#undef SAMSPILL_INSTANTIATE_CODES

} // namespace Domain
