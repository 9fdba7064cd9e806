#include "views/statusupdatedialog.h"

#include "models/domain/identitynumber.h"
#include "models/domain/validation.h"
#include "models/entityfields.h"
#include "models/labels.h"
#include "views/personaldata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Views {
namespace {

const QString authorKey = QStringLiteral("statusUpdate/author");
constexpr int Unchanged = -1;

} // namespace

StatusUpdateDialog::StatusUpdateDialog(const Subject &subject, QWidget *parent)
    : QDialog(parent)
    , m_subject(subject)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_author(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_status(new QComboBox(this))
    , m_progress(new QSpinBox(this))
    , m_deviation(new QCheckBox(tr("&Deviation from the plan"), this))
    , m_decisionNeeded(new QCheckBox(tr("De&cision needed"), this))
    , m_messages(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("statusUpdateDialog"));
    setWindowTitle(tr("New status update"));
    resize(560, 460);

    auto *about = new QLabel(this);
    about->setObjectName(QStringLiteral("statusUpdateSubject"));
    about->setTextFormat(Qt::PlainText);
    about->setWordWrap(true);
    about->setText(subject.measureUuid.isNull()
                       ? tr("For the project %1").arg(Models::EntityFields::quoted(subject.name))
                       : tr("For the measure %1").arg(Models::EntityFields::quoted(subject.name)));

    m_date->setObjectName(QStringLiteral("statusUpdateDate"));
    m_date->setCalendarPopup(true);
    // No maximum for the field itself: a day typed section by section would pass through days
    // after today ("25" into 01.12.2026 first gives 25.12.2026) and be refused. A day after today
    // is said instead (check()).
    m_author->setObjectName(QStringLiteral("statusUpdateAuthor"));
    m_author->setPlaceholderText(tr("your name or role, e.g. prosjektleder"));
    m_author->setText(QSettings().value(authorKey).toString());
    m_text->setObjectName(QStringLiteral("statusUpdateText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What happened since the last update?"));
    m_status->setObjectName(QStringLiteral("statusUpdateStatus"));
    m_status->addItem(tr("unchanged (%1)").arg(Models::Labels::status(subject.status)), Unchanged);
    // The current status too: a log may confirm it ("still in progress") as the seed's does.
    for (auto status :
         {Domain::Status::Planned, Domain::Status::InProgress, Domain::Status::Completed,
          Domain::Status::Postponed, Domain::Status::Cancelled})
        m_status->addItem(Models::Labels::status(status), int(status));
    m_progress->setObjectName(QStringLiteral("statusUpdateProgress"));
    m_progress->setRange(Unchanged, 100);
    m_progress->setSuffix(QStringLiteral(" %"));
    m_progress->setSpecialValueText(
        tr("unchanged (%1)").arg(Models::Labels::progress(subject.progress)));
    m_deviation->setObjectName(QStringLiteral("statusUpdateDeviation"));
    m_decisionNeeded->setObjectName(QStringLiteral("statusUpdateDecisionNeeded"));
    m_messages->setObjectName(QStringLiteral("statusUpdateProblems"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);
    m_buttons->setObjectName(QStringLiteral("statusUpdateButtons"));

    auto *form = new QFormLayout;
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(tr("&Signed:"), m_author);
    form->addRow(tr("&What happened:"), m_text);
    form->addRow(tr("New s&tatus:"), m_status);
    if (subject.measureUuid.isNull())
        m_progress->hide(); // rolled up from the measures
    else
        form->addRow(tr("New &progress:"), m_progress);
    form->addRow(QString(), m_deviation);
    form->addRow(QString(), m_decisionNeeded);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form, 1);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        check();
        if (!m_problems.isEmpty() ||
            (m_personalData && !confirmPersonalData(this, tr("The status update"))))
            return;
        QSettings().setValue(authorKey, m_author->text().trimmed());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &StatusUpdateDialog::check);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // Completed means done: offer 100 % rather than refuse.
        if (m_status->currentData().toInt() == int(Domain::Status::Completed))
            m_progress->setValue(100);
        check();
    });
    connect(m_progress, &QSpinBox::valueChanged, this, &StatusUpdateDialog::check);
    connect(m_date, &QDateEdit::dateChanged, this, &StatusUpdateDialog::check);
    m_text->setFocus();
    check();
}

Domain::StatusUpdate StatusUpdateDialog::update() const
{
    Domain::StatusUpdate update;
    update.uuid = m_uuid;
    update.measureUuid = m_subject.measureUuid;
    // The day chosen, at this time of day: the log keeps the order in which things were said.
    update.recordedAt = QDateTime(m_date->date(), QTime::currentTime()).toUTC();
    update.author = m_author->text().trimmed();
    update.text = m_text->toPlainText().trimmed();
    if (const int status = m_status->currentData().toInt(); status != Unchanged)
        update.newStatus = Domain::Status(status);
    if (!m_subject.measureUuid.isNull() && m_progress->value() != Unchanged)
        update.newProgress = m_progress->value();
    update.deviation = m_deviation->isChecked();
    update.decisionNeeded = m_decisionNeeded->isChecked();
    return update;
}

void StatusUpdateDialog::check()
{
    m_problems.clear();
    const Domain::StatusUpdate current = update();
    if (current.text.isEmpty())
        m_problems.append(tr("Say in a few words what happened."));
    if (m_date->date() > QDate::currentDate())
        m_problems.append(tr("The day is after today: a status update tells what has happened."));
    for (const Domain::Violation &violation : Domain::validate(current)) {
        if (violation.field != QLatin1String("text"))
            m_problems.append(violation.message);
    }
    const bool completed = current.newStatus == Domain::Status::Completed ||
                           (!current.newStatus && m_subject.status == Domain::Status::Completed);
    const std::optional<int> progress =
        current.newProgress ? current.newProgress : m_subject.progress;
    if (!m_subject.measureUuid.isNull() && completed && progress.value_or(-1) != 100)
        m_problems.append(tr("A completed measure has 100 % progress."));
    QStringList lines = m_problems;
    m_personalData = Domain::containsIdentityNumber(current.text) ||
                     Domain::containsIdentityNumber(current.author);
    if (m_personalData)
        lines.append(tr("The text holds what looks like a national identity number. Information "
                        "about patients does not belong in Samspill."));
    m_messages->setText(lines.join(QLatin1Char('\n')));
    m_messages->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace Views
