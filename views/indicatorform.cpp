#include "views/indicatorform.h"

#include "models/domain/identitynumber.h"
#include "models/labels.h"
#include "views/plandateedit.h"

#include <QLineEdit>

namespace Views {
namespace {

QLineEdit *numberEdit(const std::optional<double> &value, QWidget *parent)
{
    auto *edit = new QLineEdit(Models::Labels::number(value), parent);
    edit->setPlaceholderText(EntityForm::tr("empty when not known"));
    return edit;
}

} // namespace

IndicatorForm::IndicatorForm(const Models::ProjectData &, const Domain::Indicator &indicator,
                             bool isNew, QWidget *parent)
    : EntityForm(QStringLiteral("indicator"), isNew ? tr("New indicator") : tr("Edit indicator"),
                 parent)
    , m_original(indicator)
    , m_name(
          addField("name", tr("&Name:"), new QLineEdit(indicator.name, this), "indicatorNameEdit"))
    , m_unit(
          addField("unit", tr("&Unit:"), new QLineEdit(indicator.unit, this), "indicatorUnitEdit"))
    , m_baseline(addField("baseline", tr("&Baseline:"), numberEdit(indicator.baseline, this),
                          "indicatorBaselineEdit"))
    , m_target(addField("target", tr("&Target:"), numberEdit(indicator.target, this),
                        "indicatorTargetEdit"))
    , m_current(addField("current", tr("&Current value:"), numberEdit(indicator.current, this),
                         "indicatorCurrentEdit"))
    , m_measuredOn(addField("measuredOn", tr("&Measured:"), new PlanDateEdit(this),
                            "indicatorMeasuredOnEdit"))
{
    m_unit->setPlaceholderText(tr("e.g. %, number of users, days"));
    m_measuredOn->setValue(indicator.measuredOn);
    startChecking();
}

Domain::Indicator IndicatorForm::value() const
{
    Domain::Indicator indicator = m_original;
    indicator.name = m_name->text().trimmed();
    indicator.unit = m_unit->text().trimmed();
    Models::Labels::readNumber(m_baseline->text(), indicator.baseline);
    Models::Labels::readNumber(m_target->text(), indicator.target);
    Models::Labels::readNumber(m_current->text(), indicator.current);
    indicator.measuredOn = m_measuredOn->value();
    return indicator;
}

void IndicatorForm::collect(Findings &findings) const
{
    const struct
    {
        const QLineEdit *edit;
        const char *field;
    } numbers[] = {{m_baseline, "baseline"}, {m_target, "target"}, {m_current, "current"}};
    for (const auto &number : numbers) {
        std::optional<double> ignored;
        if (!Models::Labels::readNumber(number.edit->text(), ignored))
            findings.problems.append(
                tr("%1: %2 is not a number")
                    .arg(labelOf(QLatin1String(number.field)), number.edit->text().trimmed()));
    }
    addDateProblem(findings, m_measuredOn, "measuredOn");
    const Domain::Indicator indicator = value();
    addRules(findings, Domain::validate(indicator), Domain::identityNumberFields(indicator));
}

} // namespace Views
