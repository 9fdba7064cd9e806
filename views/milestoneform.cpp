#include "views/milestoneform.h"

#include "models/domain/identitynumber.h"
#include "models/labels.h"
#include "models/projectdata.h"
#include "views/plandateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace Views {

MilestoneForm::MilestoneForm(const Models::ProjectData &projectData,
                             const Domain::Milestone &milestone, bool isNew, QWidget *parent)
    : EntityForm(QStringLiteral("milestone"), isNew ? tr("New milestone") : tr("Edit milestone"),
                 parent)
    , m_original(milestone)
    , m_data(projectData)
    , m_title(addField("title", tr("&Title:"), new QLineEdit(milestone.title, this),
                       "milestoneTitleEdit"))
    , m_date(addField("date", tr("&Date:"), new PlanDateEdit(this), "milestoneDateEdit"))
    , m_measure(
          addField("measure", tr("&Belongs to:"), new QComboBox(this), "milestoneMeasureCombo"))
    , m_done(addField("done", tr("&Reached:"), new QCheckBox(tr("the milestone is reached"), this),
                      "milestoneDoneCheck"))
{
    m_date->setValue(milestone.date);
    m_measure->addItem(tr("the whole project"), QUuid());
    for (const Domain::Measure &measure : projectData.measures())
        m_measure->addItem(measure.title, measure.uuid);
    m_measure->setCurrentIndex(qMax(0, m_measure->findData(milestone.measureUuid)));
    m_done->setChecked(milestone.done);
    startChecking();
}

Domain::Milestone MilestoneForm::value() const
{
    Domain::Milestone milestone = m_original;
    milestone.title = m_title->text().trimmed();
    milestone.date = m_date->value();
    milestone.measureUuid = m_measure->currentData().toUuid();
    milestone.done = m_done->isChecked();
    return milestone;
}

void MilestoneForm::collect(Findings &findings) const
{
    addDateProblem(findings, m_date, "date");
    const Domain::Milestone milestone = value();
    addRules(findings, Domain::validate(milestone), Domain::identityNumberFields(milestone));
    // Allowed, but probably not meant.
    const Domain::Project &project = m_data.project();
    const Domain::PlanDate &date = milestone.date;
    if (!date.isNull() && ((project.start.isValid() && date.last() < project.start) ||
                           (project.end.isValid() && date.first() > project.end))) {
        findings.warnings.append(tr("The date lies outside the project's period (%1).")
                                     .arg(Models::Labels::period(project.start, project.end)));
    }
}

} // namespace Views
