#include "views/budgetlineform.h"

#include "models/domain/identitynumber.h"
#include "models/labels.h"

#include <QDate>
#include <QLineEdit>
#include <QSpinBox>

namespace Views {
namespace {

// An amount in kroner as the UI language writes it; a new line starts empty.
QLineEdit *amountEdit(qint64 ore, bool isNew, QWidget *parent)
{
    auto *edit = new QLineEdit(isNew ? QString() : Models::Labels::amount(ore), parent);
    edit->setPlaceholderText(EntityForm::tr("kroner, e.g. 12 500 or 12 500,50"));
    return edit;
}

} // namespace

BudgetLineForm::BudgetLineForm(const Models::ProjectData &, const Domain::BudgetLine &line,
                               bool isNew, QWidget *parent)
    : EntityForm(QStringLiteral("budgetLine"),
                 isNew ? tr("New budget line") : tr("Edit budget line"), parent)
    , m_original(line)
    , m_year(addField("year", tr("&Year:"), new QSpinBox(this), "budgetLineYearSpin"))
    , m_label(
          addField("label", tr("&Item:"), new QLineEdit(line.label, this), "budgetLineLabelEdit"))
    , m_budget(addField("budgetOre", tr("&Budget (kr):"), amountEdit(line.budgetOre, isNew, this),
                        "budgetLineBudgetEdit"))
    , m_accounts(addField("accountsOre", tr("&Accounts (kr):"),
                          amountEdit(line.accountsOre, isNew, this), "budgetLineAccountsEdit"))
    , m_ownContribution(addField("ownContributionOre", tr("&Own contribution (kr):"),
                                 amountEdit(line.ownContributionOre, isNew, this),
                                 "budgetLineOwnContributionEdit"))
{
    // The domain's years; a year out of them cannot be typed.
    m_year->setRange(1900, 2200);
    m_year->setValue(isNew ? QDate::currentDate().year() : line.year);
    m_label->setPlaceholderText(tr("e.g. salaries, travel, courses"));
    startChecking();
}

Domain::BudgetLine BudgetLineForm::value() const
{
    Domain::BudgetLine line = m_original;
    line.year = m_year->value();
    line.label = m_label->text().trimmed();
    Models::Labels::readMoney(m_budget->text(), line.budgetOre);
    Models::Labels::readMoney(m_accounts->text(), line.accountsOre);
    Models::Labels::readMoney(m_ownContribution->text(), line.ownContributionOre);
    return line;
}

void BudgetLineForm::collect(Findings &findings) const
{
    const struct
    {
        const QLineEdit *edit;
        const char *field;
    } amounts[] = {{m_budget, "budgetOre"},
                   {m_accounts, "accountsOre"},
                   {m_ownContribution, "ownContributionOre"}};
    for (const auto &amount : amounts) {
        qint64 ignored = 0;
        if (!Models::Labels::readMoney(amount.edit->text(), ignored))
            findings.problems.append(
                tr("%1: %2 is not an amount in kroner (e.g. 12 500,50)")
                    .arg(labelOf(QLatin1String(amount.field)), amount.edit->text().trimmed()));
    }
    const Domain::BudgetLine line = value();
    addRules(findings, Domain::validate(line), Domain::identityNumberFields(line));
}

} // namespace Views
