#pragma once

#include "models/domain/milestone.h"
#include "views/entityform.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Views {

// A milestone: what, when (a planning date at any precision), of the whole project or of one of its
// measures, and whether it is reached. A date outside the project's period is a warning.
class MilestoneForm : public EntityForm
{
    Q_OBJECT

public:
    // milestone: as stored (to edit) or a new one with its UUID (to create).
    MilestoneForm(const Models::ProjectData &projectData, const Domain::Milestone &milestone,
                  bool isNew, QWidget *parent = nullptr);

    // As the form has it now, on the version it was opened with.
    Domain::Milestone value() const;

protected:
    void collect(Findings &findings) const override;

private:
    Domain::Milestone m_original;
    const Models::ProjectData &m_data;
    QLineEdit *m_title;
    PlanDateEdit *m_date;
    QComboBox *m_measure;
    QCheckBox *m_done;
};

} // namespace Views
