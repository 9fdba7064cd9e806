#pragma once

#include "models/domain/budgetline.h"
#include "views/entityform.h"

class QLineEdit;
class QSpinBox;

namespace Views {

// A line of the project's budget for one year: the item, the budget, the accounts and the own
// contribution, in kroner with up to two decimals (stored as whole øre).
class BudgetLineForm : public EntityForm
{
    Q_OBJECT

public:
    // line: as stored (to edit) or a new one with its UUID (to create).
    BudgetLineForm(const Models::ProjectData &projectData, const Domain::BudgetLine &line,
                   bool isNew, QWidget *parent = nullptr);

    // As the form has it now, on the version it was opened with.
    Domain::BudgetLine value() const;

protected:
    void collect(Findings &findings) const override;

private:
    Domain::BudgetLine m_original;
    QSpinBox *m_year;
    QLineEdit *m_label;
    QLineEdit *m_budget;
    QLineEdit *m_accounts;
    QLineEdit *m_ownContribution;
};

} // namespace Views
