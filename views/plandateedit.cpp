#include "views/plandateedit.h"

#include "models/labels.h"

namespace Views {

PlanDateEdit::PlanDateEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("e.g. 15.09.2012, september 2012, autumn 2012, 2012"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, this, &PlanDateEdit::read);
    read();
}

void PlanDateEdit::setValue(const Domain::PlanDate &date)
{
    setText(date.toText()); // empty when undated; parse() reads it back
}

void PlanDateEdit::read()
{
    auto parsed = Domain::PlanDate::parse(text());
    if (parsed) {
        m_value = parsed.value();
        m_problem.clear();
        setToolTip(m_value.isNull()
                       ? tr("Not dated. A day, month, quarter, half-year or year can be given.")
                       : tr("Read as %1 (%2 to %3)")
                             .arg(m_value.toText(), Models::Labels::date(m_value.first()),
                                  Models::Labels::date(m_value.last())));
    } else {
        m_value = {};
        m_problem = parsed.error().message;
        setToolTip(m_problem);
    }
    // A frame the style draws in its error colour, where the style has one.
    setProperty("invalid", !m_problem.isEmpty());
    emit reread();
}

} // namespace Views
