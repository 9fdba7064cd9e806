#include "views/memberform.h"

#include "models/domain/identitynumber.h"
#include "models/labels.h"
#include "models/projectdata.h"

#include <QComboBox>
#include <QLineEdit>

namespace Views {

MemberForm::MemberForm(const Models::ProjectData &projectData, const Domain::Member &member,
                       bool isNew, QWidget *parent)
    : EntityForm(QStringLiteral("member"), isNew ? tr("New member") : tr("Edit member"), parent)
    , m_original(member)
    , m_name(addField("name", tr("&Name:"), new QLineEdit(member.name, this), "memberNameEdit"))
    , m_role(addField("role", tr("&Role:"), new QLineEdit(member.role, this), "memberRoleEdit"))
    , m_organisation(addField("organisation", tr("&Organisation:"), new QComboBox(this),
                              "memberOrganisationCombo"))
    , m_group(addField("group", tr("&Group:"), new QComboBox(this), "memberGroupCombo"))
{
    m_name->setPlaceholderText(tr("may be left empty: a role and an organisation are enough"));
    m_role->setPlaceholderText(tr("e.g. user representative, project manager"));
    addOrganisations(m_organisation, projectData, member.organisationUuid, {}, tr("(none)"));
    using Group = Domain::Group;
    for (Group group : {Group::ProjectGroup, Group::SteeringGroup, Group::ReferenceGroup})
        m_group->addItem(Models::Labels::group(group), int(group));
    m_group->setCurrentIndex(m_group->findData(int(member.group)));
    startChecking();
}

Domain::Member MemberForm::value() const
{
    Domain::Member member = m_original;
    member.name = m_name->text().trimmed();
    member.role = m_role->text().trimmed();
    member.organisationUuid = m_organisation->currentData().toUuid();
    member.group = Domain::Group(m_group->currentData().toInt());
    return member;
}

void MemberForm::collect(Findings &findings) const
{
    const Domain::Member member = value();
    addRules(findings, Domain::validate(member), Domain::identityNumberFields(member));
}

} // namespace Views
