#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Domain {

// Enumerations are stored and exchanged as stable English codes ("in_progress"), never as
// their integer values or translated labels. Appending a value is safe; renaming a code
// requires a migration and a new exchange format version.

enum class OrganisationKind {
    Municipality,
    HospitalTrust,
    Nav,
    UserOrganisation,
    GeneralPractitioner,
    Education,
    NextOfKinOrganisation,
    Other,
};

// Derived from OrganisationKind (see administrativeLevel()), never stored.
enum class AdministrativeLevel {
    Municipal,
    SpecialistHealthService,
    State,
    VoluntaryAndUser,
    Other,
};

enum class ParticipantRole { Owner, Partner, UserRepresentation, Collaborator };

enum class Group { ProjectGroup, SteeringGroup, ReferenceGroup };

enum class MeasureLevel { Individual, System };

// Status of a measure or a project, in the order the UI lists them.
enum class Status { Planned, InProgress, Completed, Postponed, Cancelled };

enum class Anchoring { Unknown, No, Yes };

// Traffic light. None means "not rated": cancelled work, or nothing to rate.
enum class Rag { None, Green, Amber, Red };

// The file format of an issued report (codes pdf, odt, html, md, csv).
enum class ReportFormat { Pdf, Odt, Html, Markdown, Csv };

template <typename E>
QString toCode(E value);

template <typename E>
std::optional<E> fromCode(const QString &code);

// All codes of E in declaration order, for error messages and documentation.
template <typename E>
QStringList allCodes();

} // namespace Domain
