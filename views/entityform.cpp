#include "views/entityform.h"

#include "models/labels.h"
#include "models/projectdata.h"
#include "views/personaldata.h"
#include "views/plandateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Views {

EntityForm::EntityForm(const QString &name, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_messages(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(name + QStringLiteral("Form"));
    setWindowTitle(title);
    setMinimumWidth(520);
    m_messages->setObjectName(name + QStringLiteral("Problems"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);
    m_buttons->setObjectName(name + QStringLiteral("Buttons"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        check();
        if (m_problems.isEmpty() &&
            (m_personalFields.isEmpty() ||
             confirmPersonalData(this, QLocale().createSeparatedList(m_personalFields))))
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EntityForm::addRow(const QString &field, const QString &label, QWidget *widget)
{
    m_form->addRow(label, widget);
    QString plain = label;
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QLatin1Char(':')))
        plain.chop(1);
    m_labels.insert(field, plain);
}

QString EntityForm::labelOf(const QString &field) const
{
    return m_labels.value(field, field);
}

void EntityForm::addRules(Findings &findings, const Domain::Violations &violations,
                          const QStringList &personalFields) const
{
    for (const Domain::Violation &violation : violations) {
        if (violation.field == QLatin1String("uuid"))
            continue; // the form always gives one
        //: A problem of a form's field: %1 the field's label, %2 what is wrong.
        findings.problems.append(tr("%1: %2").arg(labelOf(violation.field), violation.message));
    }
    for (const QString &field : personalFields)
        findings.personalFields.append(labelOf(field));
}

void EntityForm::addDateProblem(Findings &findings, const PlanDateEdit *edit,
                                const char *field) const
{
    if (!edit->problem().isEmpty())
        findings.problems.append(tr("%1: %2").arg(labelOf(QLatin1String(field)), edit->problem()));
}

void EntityForm::addOrganisations(QComboBox *box, const Models::ProjectData &data,
                                  const QUuid &current, const QVector<QUuid> &skip,
                                  const QString &noneText)
{
    if (!noneText.isEmpty())
        box->addItem(noneText, QUuid());
    for (const Domain::Organisation *organisation : data.organisationList()) {
        if (organisation->uuid == current || !skip.contains(organisation->uuid))
            box->addItem(organisation->name, organisation->uuid);
    }
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

void EntityForm::startChecking()
{
    for (auto *edit : findChildren<QLineEdit *>()) {
        if (!qobject_cast<QComboBox *>(edit->parentWidget())) // a combo box's own line edit
            connect(edit, &QLineEdit::textChanged, this, &EntityForm::check);
    }
    for (auto *edit : findChildren<QPlainTextEdit *>()) {
        edit->setTabChangesFocus(true);
        connect(edit, &QPlainTextEdit::textChanged, this, &EntityForm::check);
    }
    for (auto *box : findChildren<QComboBox *>())
        connect(box, &QComboBox::currentIndexChanged, this, &EntityForm::check);
    for (auto *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &EntityForm::check);
    for (auto *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &EntityForm::check);
    check();
}

void EntityForm::check()
{
    Findings findings;
    collect(findings);
    m_problems = findings.problems;
    m_personalFields = findings.personalFields;
    m_warnings = findings.warnings;
    if (!m_personalFields.isEmpty())
        m_warnings.append(tr("%1: holds what looks like a national identity number. Information "
                             "about patients does not belong in Samspill.")
                              .arg(QLocale().createSeparatedList(m_personalFields)));

    const QStringList lines = m_problems + m_warnings;
    m_messages->setText(lines.join(QLatin1Char('\n')));
    QPalette palette = this->palette();
    if (!m_problems.isEmpty())
        palette.setColor(QPalette::WindowText, Models::Labels::ragColor(Domain::Rag::Red));
    m_messages->setPalette(palette);
    m_messages->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace Views
