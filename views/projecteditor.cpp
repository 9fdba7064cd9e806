#include "views/projecteditor.h"

#include "models/domain/validation.h"
#include "models/labels.h"
#include "views/checklist.h"
#include "views/plandateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

ProjectEditor::ProjectEditor(const Domain::Project &project,
                             const QVector<const Domain::KnowledgeSource *> &sources, bool isNew,
                             QWidget *parent)
    : QDialog(parent)
    , m_original(project)
    , m_name(new QLineEdit(project.name, this))
    , m_shortName(new QLineEdit(project.shortName, this))
    , m_region(new QLineEdit(project.region, this))
    , m_description(new QPlainTextEdit(project.description, this))
    , m_start(new PlanDateEdit(this))
    , m_end(new PlanDateEdit(this))
    , m_status(new QComboBox(this))
    , m_funding(new QLineEdit(project.fundingNotes, this))
    , m_sources(makeCheckList(QStringLiteral("projectSourceList"), this))
    , m_messages(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("projectEditor"));
    setWindowTitle(isNew ? tr("New project") : tr("Edit project"));
    resize(640, 480);
    m_name->setObjectName(QStringLiteral("projectNameEdit"));
    m_shortName->setObjectName(QStringLiteral("projectShortNameEdit"));
    m_shortName->setPlaceholderText(tr("shown in the project list, e.g. Psykisk helse NT"));
    m_region->setObjectName(QStringLiteral("projectRegionEdit"));
    m_description->setObjectName(QStringLiteral("projectDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_start->setObjectName(QStringLiteral("projectStartEdit"));
    m_end->setObjectName(QStringLiteral("projectEndEdit"));
    m_start->setPlaceholderText(tr("the first day, e.g. 01.12.2009"));
    m_end->setPlaceholderText(tr("the last day, e.g. 31.12.2013"));
    if (project.start.isValid())
        m_start->setValue(Domain::PlanDate::day(project.start));
    if (project.end.isValid())
        m_end->setValue(Domain::PlanDate::day(project.end));
    m_status->setObjectName(QStringLiteral("projectStatusCombo"));
    for (auto status :
         {Domain::Status::Planned, Domain::Status::InProgress, Domain::Status::Completed,
          Domain::Status::Postponed, Domain::Status::Cancelled})
        m_status->addItem(Models::Labels::status(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(project.status)));
    m_funding->setObjectName(QStringLiteral("projectFundingEdit"));
    for (const Domain::KnowledgeSource *source : sources) {
        addCheckItem(m_sources, source->title, source->uuid,
                     project.knowledgeSourceUuids.contains(source->uuid));
    }
    m_messages->setObjectName(QStringLiteral("projectProblems"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);
    m_buttons->setObjectName(QStringLiteral("projectEditorButtons"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&hort name:"), m_shortName);
    form->addRow(tr("&Region:"), m_region);
    auto *period = new QHBoxLayout;
    period->addWidget(m_start);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_end);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_start);
    form->addRow(periodLabel, period);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Funding:"), m_funding);
    form->addRow(tr("&Knowledge sources:"), m_sources);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        check();
        if (m_problems.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_shortName, m_region, m_funding})
        connect(edit, &QLineEdit::textChanged, this, &ProjectEditor::check);
    for (PlanDateEdit *edit : {m_start, m_end})
        connect(edit, &PlanDateEdit::reread, this, &ProjectEditor::check);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProjectEditor::check);
    check();
}

Domain::Project ProjectEditor::project() const
{
    Domain::Project project = m_original;
    project.name = m_name->text().trimmed();
    project.shortName = m_shortName->text().trimmed();
    project.region = m_region->text().trimmed();
    project.description = m_description->toPlainText();
    project.start = m_start->value().date();
    project.end = m_end->value().date();
    project.status = Domain::Status(m_status->currentData().toInt());
    project.fundingNotes = m_funding->text().trimmed();
    project.knowledgeSourceUuids = checkedUuids(m_sources);
    return project;
}

void ProjectEditor::check()
{
    m_problems.clear();
    const struct
    {
        PlanDateEdit *edit;
        QString label;
    } dates[] = {{m_start, tr("Start")}, {m_end, tr("End")}};
    for (const auto &date : dates) {
        if (!date.edit->problem().isEmpty()) {
            m_problems.append(tr("%1: %2").arg(date.label, date.edit->problem()));
        } else if (!date.edit->value().isNull() &&
                   date.edit->value().precision() != Domain::PlanDate::Precision::Day) {
            m_problems.append(tr("%1: give the day, or leave it empty").arg(date.label));
        }
    }
    for (const Domain::Violation &violation : Domain::validate(project())) {
        if (violation.field == QLatin1String("uuid"))
            continue; // the form always gives one
        const QString label = violation.field == QLatin1String("name")  ? tr("Name")
                              : violation.field == QLatin1String("end") ? tr("End")
                                                                        : violation.field;
        m_problems.append(tr("%1: %2").arg(label, violation.message));
    }
    m_messages->setText(m_problems.join(QLatin1Char('\n')));
    QPalette palette = this->palette();
    if (!m_problems.isEmpty())
        palette.setColor(QPalette::WindowText, Models::Labels::ragColor(Domain::Rag::Red));
    m_messages->setPalette(palette);
    m_messages->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace Views
