#pragma once

#include "models/domain/indicator.h"
#include "views/entityform.h"

class QLineEdit;

namespace Views {

// An indicator of a goal: its name and unit, the baseline, the target and the current value
// (numbers as written in the UI language, or empty when not known) and when the value was measured.
class IndicatorForm : public EntityForm
{
    Q_OBJECT

public:
    // indicator: as stored (to edit) or a new one with its UUID (to create).
    IndicatorForm(const Models::ProjectData &projectData, const Domain::Indicator &indicator,
                  bool isNew, QWidget *parent = nullptr);

    // As the form has it now, on the version it was opened with.
    Domain::Indicator value() const;

protected:
    void collect(Findings &findings) const override;

private:
    Domain::Indicator m_original;
    QLineEdit *m_name;
    QLineEdit *m_unit;
    QLineEdit *m_baseline;
    QLineEdit *m_target;
    QLineEdit *m_current;
    PlanDateEdit *m_measuredOn;
};

} // namespace Views
