#pragma once

#include "models/domain/plandate.h"

#include <QLineEdit>

namespace Views {

// A field for a planning date as people write it: "15.09.2012", "september 2012",
// "høsten 2012", "3. kvartal 2012", "2012" (Domain::PlanDate::parse, in either language). It
// reads the text on every keystroke; what it understood shows as the tooltip, and what it did
// not understand is problem(), for the form to say.
class PlanDateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PlanDateEdit(QWidget *parent = nullptr);

    void setValue(const Domain::PlanDate &date);
    // The date the text says; null when it is empty or not understood.
    Domain::PlanDate value() const { return m_value; }
    // Empty when the text is understood (or empty); otherwise what was wrong with it.
    QString problem() const { return m_problem; }

signals:
    // After every change of the text, when value() and problem() are up to date.
    void reread();

private:
    void read();

    Domain::PlanDate m_value;
    QString m_problem;
};

} // namespace Views
