#pragma once

#include "models/domain/risk.h"
#include "views/entityform.h"

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Views {

// A risk (usikkerhet): what may happen, its likelihood and impact from 1 to 5, what is done about
// it and who owns it.
class RiskForm : public EntityForm
{
    Q_OBJECT

public:
    // risk: as stored (to edit) or a new one with its UUID (to create).
    RiskForm(const Models::ProjectData &projectData, const Domain::Risk &risk, bool isNew,
             QWidget *parent = nullptr);

    // As the form has it now, on the version it was opened with.
    Domain::Risk value() const;

protected:
    void collect(Findings &findings) const override;

private:
    Domain::Risk m_original;
    QPlainTextEdit *m_description;
    QSpinBox *m_likelihood;
    QSpinBox *m_impact;
    QPlainTextEdit *m_mitigation;
    QLineEdit *m_owner;
};

} // namespace Views
