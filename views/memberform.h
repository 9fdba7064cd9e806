#pragma once

#include "models/domain/member.h"
#include "views/entityform.h"

class QComboBox;
class QLineEdit;

namespace Views {

// A seat in one of the project's groups: a person by name, or a role and an organisation alone
// ("brukerrepresentant, Mental Helse").
class MemberForm : public EntityForm
{
    Q_OBJECT

public:
    // member: as stored (to edit) or a new one with its UUID (to create).
    MemberForm(const Models::ProjectData &projectData, const Domain::Member &member, bool isNew,
               QWidget *parent = nullptr);

    // As the form has it now, on the version it was opened with.
    Domain::Member value() const;

protected:
    void collect(Findings &findings) const override;

private:
    Domain::Member m_original;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QComboBox *m_organisation;
    QComboBox *m_group;
};

} // namespace Views
