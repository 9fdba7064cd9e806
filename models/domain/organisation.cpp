#include "models/domain/organisation.h"

namespace Domain {

AdministrativeLevel administrativeLevel(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Municipality:
    case OrganisationKind::GeneralPractitioner:
        return AdministrativeLevel::Municipal;
    case OrganisationKind::HospitalTrust:
        return AdministrativeLevel::SpecialistHealthService;
    case OrganisationKind::Nav:
    case OrganisationKind::Education:
        return AdministrativeLevel::State;
    case OrganisationKind::UserOrganisation:
    case OrganisationKind::NextOfKinOrganisation:
        return AdministrativeLevel::VoluntaryAndUser;
    case OrganisationKind::Other:
        return AdministrativeLevel::Other;
    }
    Q_UNREACHABLE();
    return AdministrativeLevel::Other;
}

} // namespace Domain
