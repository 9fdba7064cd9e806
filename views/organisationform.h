#pragma once

#include "models/domain/organisation.h"
#include "views/entityform.h"

class QComboBox;
class QLineEdit;

namespace Views {

// An organisation of the portfolio: its name and kind (which gives its administrative level).
class OrganisationForm : public EntityForm
{
    Q_OBJECT

public:
    // organisation: as stored (to edit) or a new one with its UUID (to create).
    OrganisationForm(const Models::ProjectData &projectData,
                     const Domain::Organisation &organisation, bool isNew,
                     QWidget *parent = nullptr);

    // As the form has it now, on the version it was opened with.
    Domain::Organisation value() const;

protected:
    void collect(Findings &findings) const override;

private:
    Domain::Organisation m_original;
    QLineEdit *m_name;
    QComboBox *m_kind;
};

} // namespace Views
