#include "views/riskform.h"

#include "models/domain/identitynumber.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Views {
namespace {

QSpinBox *scoreSpin(int value, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(1, 5);
    spin->setValue(value);
    return spin;
}

} // namespace

RiskForm::RiskForm(const Models::ProjectData &, const Domain::Risk &risk, bool isNew,
                   QWidget *parent)
    : EntityForm(QStringLiteral("risk"), isNew ? tr("New risk") : tr("Edit risk"), parent)
    , m_original(risk)
    , m_description(addField("description", tr("&Risk:"),
                             new QPlainTextEdit(risk.description, this), "riskDescriptionEdit"))
    , m_likelihood(addField("likelihood", tr("&Likelihood (1-5):"),
                            scoreSpin(risk.likelihood, this), "riskLikelihoodSpin"))
    , m_impact(
          addField("impact", tr("&Impact (1-5):"), scoreSpin(risk.impact, this), "riskImpactSpin"))
    , m_mitigation(addField("mitigation", tr("&Mitigation:"),
                            new QPlainTextEdit(risk.mitigation, this), "riskMitigationEdit"))
    , m_owner(addField("owner", tr("&Owner:"), new QLineEdit(risk.owner, this), "riskOwnerEdit"))
{
    m_description->setPlaceholderText(tr("what may happen, and what it would do to the project"));
    m_owner->setPlaceholderText(tr("a role or a group, e.g. the steering committee"));
    startChecking();
}

Domain::Risk RiskForm::value() const
{
    Domain::Risk risk = m_original;
    risk.description = m_description->toPlainText().trimmed();
    risk.likelihood = m_likelihood->value();
    risk.impact = m_impact->value();
    risk.mitigation = m_mitigation->toPlainText().trimmed();
    risk.owner = m_owner->text().trimmed();
    return risk;
}

void RiskForm::collect(Findings &findings) const
{
    const Domain::Risk risk = value();
    addRules(findings, Domain::validate(risk), Domain::identityNumberFields(risk));
}

} // namespace Views
