#include "views/organisationform.h"

#include "models/domain/identitynumber.h"
#include "models/labels.h"

#include <QComboBox>
#include <QLineEdit>

namespace Views {

OrganisationForm::OrganisationForm(const Models::ProjectData &,
                                   const Domain::Organisation &organisation, bool isNew,
                                   QWidget *parent)
    : EntityForm(QStringLiteral("organisation"),
                 isNew ? tr("New organisation") : tr("Edit organisation"), parent)
    , m_original(organisation)
    , m_name(addField("name", tr("&Name:"), new QLineEdit(organisation.name, this),
                      "organisationNameEdit"))
    , m_kind(addField("kind", tr("&Kind:"), new QComboBox(this), "organisationKindCombo"))
{
    using Kind = Domain::OrganisationKind;
    for (Kind kind :
         {Kind::Municipality, Kind::HospitalTrust, Kind::Nav, Kind::UserOrganisation,
          Kind::GeneralPractitioner, Kind::Education, Kind::NextOfKinOrganisation, Kind::Other})
        m_kind->addItem(Models::Labels::organisationKind(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(organisation.kind)));
    startChecking();
}

Domain::Organisation OrganisationForm::value() const
{
    Domain::Organisation organisation = m_original;
    organisation.name = m_name->text().trimmed();
    organisation.kind = Domain::OrganisationKind(m_kind->currentData().toInt());
    return organisation;
}

void OrganisationForm::collect(Findings &findings) const
{
    const Domain::Organisation organisation = value();
    addRules(findings, Domain::validate(organisation), Domain::identityNumberFields(organisation));
}

} // namespace Views
