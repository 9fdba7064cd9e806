#include "views/participantform.h"

#include "models/labels.h"
#include "models/projectdata.h"

#include <QComboBox>

namespace Views {

ParticipantForm::ParticipantForm(const Models::ProjectData &projectData,
                                 const Domain::Participant &participant, bool isNew,
                                 QWidget *parent)
    : EntityForm(QStringLiteral("participant"),
                 isNew ? tr("New participating organisation")
                       : tr("Edit participating organisation"),
                 parent)
    , m_original(participant)
    , m_organisation(addField("organisation", tr("&Organisation:"), new QComboBox(this),
                              "participantOrganisationCombo"))
    , m_role(addField("role", tr("&Role in the project:"), new QComboBox(this),
                      "participantRoleCombo"))
{
    QVector<QUuid> taking;
    for (const Domain::Participant &other : projectData.participants())
        taking.append(other.organisationUuid);
    addOrganisations(m_organisation, projectData, participant.organisationUuid, taking,
                     tr("(choose an organisation)"));
    using Role = Domain::ParticipantRole;
    for (Role role : {Role::Owner, Role::Partner, Role::UserRepresentation, Role::Collaborator})
        m_role->addItem(Models::Labels::participantRole(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(participant.role)));
    startChecking();
}

Domain::Participant ParticipantForm::value() const
{
    Domain::Participant participant = m_original;
    participant.organisationUuid = m_organisation->currentData().toUuid();
    participant.role = Domain::ParticipantRole(m_role->currentData().toInt());
    return participant;
}

void ParticipantForm::collect(Findings &findings) const
{
    addRules(findings, Domain::validate(value()), {});
}

} // namespace Views
