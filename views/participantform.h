#pragma once

#include "models/domain/participant.h"
#include "views/entityform.h"

class QComboBox;

namespace Views {

// An organisation taking part in the project, with its role there; an organisation that takes part
// already is not offered again.
class ParticipantForm : public EntityForm
{
    Q_OBJECT

public:
    // participant: as stored (to edit) or a new one with its UUID (to create).
    ParticipantForm(const Models::ProjectData &projectData, const Domain::Participant &participant,
                    bool isNew, QWidget *parent = nullptr);

    // As the form has it now, on the version it was opened with.
    Domain::Participant value() const;

protected:
    void collect(Findings &findings) const override;

private:
    Domain::Participant m_original;
    QComboBox *m_organisation;
    QComboBox *m_role;
};

} // namespace Views
