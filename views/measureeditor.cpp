#include "views/measureeditor.h"

#include "models/domain/identitynumber.h"
#include "models/domain/validation.h"
#include "models/labels.h"
#include "models/projectdata.h"
#include "views/checklist.h"
#include "views/personaldata.h"
#include "views/plandateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Views {
namespace {

enum ActivityColumn { DoneColumn, TitleColumn, DueColumn };
constexpr int UuidRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;

// A label for a row of several fields: its shortcut goes to the first of them.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

MeasureEditor::MeasureEditor(const Models::ProjectData &projectData, const Domain::Measure &measure,
                             bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_data(projectData)
    , m_original(measure)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_level(new QComboBox(this))
    , m_theme(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_progress(new QSpinBox(this))
    , m_plannedStart(new PlanDateEdit(this))
    , m_plannedEnd(new PlanDateEdit(this))
    , m_actualStart(new PlanDateEdit(this))
    , m_actualEnd(new PlanDateEdit(this))
    , m_anchoring(new QComboBox(this))
    , m_anchoredOn(new PlanDateEdit(this))
    , m_responsible(makeCheckList(QStringLiteral("measureResponsibleList"), this))
    , m_participating(makeCheckList(QStringLiteral("measureParticipatingList"), this))
    , m_goals(makeCheckList(QStringLiteral("measureGoalList"), this))
    , m_sources(makeCheckList(QStringLiteral("measureSourceList"), this))
    , m_activities(new QTableWidget(0, 3, this))
    , m_messages(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("measureEditor"));
    setWindowTitle(isNew ? tr("New measure") : tr("Edit measure"));
    resize(760, 640);

    m_title->setObjectName(QStringLiteral("measureTitleEdit"));
    m_description->setObjectName(QStringLiteral("measureDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_level->setObjectName(QStringLiteral("measureLevelCombo"));
    for (auto level : {Domain::MeasureLevel::System, Domain::MeasureLevel::Individual})
        m_level->addItem(Models::Labels::level(level), int(level));
    m_theme->setObjectName(QStringLiteral("measureThemeEdit"));
    m_status->setObjectName(QStringLiteral("measureStatusCombo"));
    for (auto status :
         {Domain::Status::Planned, Domain::Status::InProgress, Domain::Status::Completed,
          Domain::Status::Postponed, Domain::Status::Cancelled})
        m_status->addItem(Models::Labels::status(status), int(status));
    m_progress->setObjectName(QStringLiteral("measureProgressSpin"));
    m_progress->setRange(-1, 100);
    m_progress->setSuffix(QStringLiteral(" %"));
    m_progress->setSpecialValueText(tr("not assessed"));
    m_plannedStart->setObjectName(QStringLiteral("measurePlannedStartEdit"));
    m_plannedEnd->setObjectName(QStringLiteral("measurePlannedEndEdit"));
    m_actualStart->setObjectName(QStringLiteral("measureActualStartEdit"));
    m_actualEnd->setObjectName(QStringLiteral("measureActualEndEdit"));
    m_anchoring->setObjectName(QStringLiteral("measureAnchoringCombo"));
    for (auto anchoring :
         {Domain::Anchoring::Unknown, Domain::Anchoring::No, Domain::Anchoring::Yes})
        m_anchoring->addItem(Models::Labels::anchoring(anchoring), int(anchoring));
    m_anchoredOn->setObjectName(QStringLiteral("measureAnchoredOnEdit"));
    m_anchoredOn->setPlaceholderText(tr("the day it was anchored, if known"));

    m_activities->setObjectName(QStringLiteral("activityTable"));
    m_activities->setHorizontalHeaderLabels({tr("Done"), tr("Activity"), tr("Due")});
    m_activities->horizontalHeader()->setSectionResizeMode(DoneColumn,
                                                           QHeaderView::ResizeToContents);
    m_activities->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_activities->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::Interactive);
    m_activities->setColumnWidth(DueColumn, 160);
    m_activities->verticalHeader()->hide();
    m_activities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activities->setTabKeyNavigation(false);
    auto *addActivity = new QPushButton(tr("&Add activity"), this);
    addActivity->setObjectName(QStringLiteral("addActivityButton"));
    auto *removeActivity = new QPushButton(tr("&Remove activity"), this);
    removeActivity->setObjectName(QStringLiteral("removeActivityButton"));

    m_messages->setObjectName(QStringLiteral("measureProblems"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);
    m_buttons->setObjectName(QStringLiteral("measureEditorButtons"));

    // The form: what a project group changes weekly first, the rest on its own tabs.
    auto *main = new QWidget(this);
    auto *form = new QFormLayout(main);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Progress:"), m_progress);
    auto *planned = new QHBoxLayout;
    planned->addWidget(m_plannedStart);
    planned->addWidget(new QLabel(QStringLiteral("–"), this));
    planned->addWidget(m_plannedEnd);
    form->addRow(buddyLabel(tr("P&lanned:"), m_plannedStart), planned);
    auto *actual = new QHBoxLayout;
    actual->addWidget(m_actualStart);
    actual->addWidget(new QLabel(QStringLiteral("–"), this));
    actual->addWidget(m_actualEnd);
    form->addRow(buddyLabel(tr("A&ctual:"), m_actualStart), actual);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Le&vel:"), m_level);
    form->addRow(tr("T&heme:"), m_theme);
    auto *anchoring = new QHBoxLayout;
    anchoring->addWidget(m_anchoring);
    anchoring->addWidget(m_anchoredOn, 1);
    form->addRow(buddyLabel(tr("Management a&nchoring:"), m_anchoring), anchoring);

    auto *activities = new QWidget(this);
    auto *activityLayout = new QVBoxLayout(activities);
    activityLayout->addWidget(m_activities, 1);
    auto *activityButtons = new QHBoxLayout;
    activityButtons->addWidget(addActivity);
    activityButtons->addWidget(removeActivity);
    activityButtons->addStretch(1);
    activityLayout->addLayout(activityButtons);

    auto *links = new QWidget(this);
    auto *linkLayout = new QFormLayout(links);
    linkLayout->addRow(tr("Responsible:"), m_responsible);
    linkLayout->addRow(tr("Taking part:"), m_participating);
    linkLayout->addRow(tr("Serves goals:"), m_goals);
    linkLayout->addRow(tr("Knowledge sources:"), m_sources);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("measureEditorTabs"));
    // Alt and the underlined letter open a page from anywhere in the form.
    tabs->addTab(main, tr("&Measure"));
    tabs->addTab(activities, tr("Act&ivities"));
    tabs->addTab(links, tr("&Organisations and goals"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);

    fill();

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        check();
        if (m_problems.isEmpty() &&
            (m_personalFields.isEmpty() ||
             confirmPersonalData(this, QLocale().createSeparatedList(m_personalFields))))
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addActivity, &QPushButton::clicked, this, [this] {
        Domain::Activity activity;
        activity.uuid = QUuid::createUuid();
        this->addActivity(activity);
        m_activities->setCurrentCell(m_activities->rowCount() - 1, TitleColumn);
        m_activities->editItem(m_activities->currentItem());
        check();
    });
    connect(removeActivity, &QPushButton::clicked, this, [this] {
        if (m_activities->currentRow() >= 0)
            m_activities->removeRow(m_activities->currentRow());
        check();
    });
    for (QLineEdit *edit : {m_title, m_theme})
        connect(edit, &QLineEdit::textChanged, this, &MeasureEditor::check);
    for (PlanDateEdit *edit :
         {m_plannedStart, m_plannedEnd, m_actualStart, m_actualEnd, m_anchoredOn})
        connect(edit, &PlanDateEdit::reread, this, &MeasureEditor::check);
    connect(m_description, &QPlainTextEdit::textChanged, this, &MeasureEditor::check);
    for (QComboBox *box : {m_level, m_status, m_anchoring})
        connect(box, &QComboBox::currentIndexChanged, this, &MeasureEditor::check);
    connect(m_progress, &QSpinBox::valueChanged, this, &MeasureEditor::check);
    connect(m_activities, &QTableWidget::itemChanged, this, &MeasureEditor::check);
    check();
}

void MeasureEditor::fill()
{
    const Domain::Measure &measure = m_original;
    m_title->setText(measure.title);
    m_description->setPlainText(measure.description);
    m_level->setCurrentIndex(m_level->findData(int(measure.level)));
    m_theme->setText(measure.theme);
    m_status->setCurrentIndex(m_status->findData(int(measure.status)));
    m_progress->setValue(measure.progress.value_or(-1));
    m_plannedStart->setValue(measure.plannedStart);
    m_plannedEnd->setValue(measure.plannedEnd);
    m_actualStart->setValue(measure.actualStart);
    m_actualEnd->setValue(measure.actualEnd);
    m_anchoring->setCurrentIndex(m_anchoring->findData(int(measure.anchoring)));
    if (measure.anchoredOn.isValid())
        m_anchoredOn->setValue(Domain::PlanDate::day(measure.anchoredOn));

    QVector<const Domain::Organisation *> organisations = m_data.organisationList();
    for (const Domain::Organisation *organisation : organisations) {
        addCheckItem(m_responsible, organisation->name, organisation->uuid,
                     measure.responsibleOrganisationUuids.contains(organisation->uuid));
        addCheckItem(m_participating, organisation->name, organisation->uuid,
                     measure.participatingOrganisationUuids.contains(organisation->uuid));
    }
    for (const Domain::Goal &goal : m_data.goals()) {
        int depth = 0;
        for (const Domain::Goal *up = m_data.goal(goal.parentUuid); up && depth < 16;
             up = m_data.goal(up->parentUuid))
            ++depth;
        addCheckItem(m_goals, QString(depth * 4, QLatin1Char(' ')) + goal.text, goal.uuid,
                     measure.goalUuids.contains(goal.uuid));
    }
    for (const Domain::KnowledgeSource *source : m_data.knowledgeSourceList()) {
        addCheckItem(m_sources, source->title, source->uuid,
                     measure.knowledgeSourceUuids.contains(source->uuid));
    }
    for (const Domain::Activity &activity : measure.activities)
        addActivity(activity);
}

void MeasureEditor::addActivity(const Domain::Activity &activity)
{
    const QSignalBlocker blocker(m_activities);
    const int row = m_activities->rowCount();
    m_activities->insertRow(row);
    auto *done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    done->setCheckState(activity.done ? Qt::Checked : Qt::Unchecked);
    auto *title = new QTableWidgetItem(activity.title);
    title->setData(UuidRole, activity.uuid);
    title->setData(IdRole, activity.id.value);
    title->setData(VersionRole, activity.version);
    m_activities->setItem(row, DoneColumn, done);
    m_activities->setItem(row, TitleColumn, title);
    m_activities->setItem(row, DueColumn, new QTableWidgetItem(activity.due.toText()));
}

Domain::Measure MeasureEditor::measure() const
{
    Domain::Measure measure = m_original;
    measure.title = m_title->text().trimmed();
    measure.description = m_description->toPlainText();
    measure.level = Domain::MeasureLevel(m_level->currentData().toInt());
    measure.theme = m_theme->text().trimmed();
    measure.status = Domain::Status(m_status->currentData().toInt());
    measure.progress =
        m_progress->value() < 0 ? std::nullopt : std::optional<int>(m_progress->value());
    measure.plannedStart = m_plannedStart->value();
    measure.plannedEnd = m_plannedEnd->value();
    measure.actualStart = m_actualStart->value();
    measure.actualEnd = m_actualEnd->value();
    measure.anchoring = Domain::Anchoring(m_anchoring->currentData().toInt());
    measure.anchoredOn = m_anchoredOn->value().date();
    measure.responsibleOrganisationUuids = checkedUuids(m_responsible);
    measure.participatingOrganisationUuids = checkedUuids(m_participating);
    measure.goalUuids = checkedUuids(m_goals);
    measure.knowledgeSourceUuids = checkedUuids(m_sources);
    measure.activities.clear();
    for (int row = 0; row < m_activities->rowCount(); ++row) {
        const QTableWidgetItem *title = m_activities->item(row, TitleColumn);
        Domain::Activity activity;
        activity.uuid = title->data(UuidRole).toUuid();
        activity.id = Domain::ActivityId{title->data(IdRole).toLongLong()};
        activity.version = title->data(VersionRole).toInt();
        activity.title = title->text().trimmed();
        activity.done = m_activities->item(row, DoneColumn)->checkState() == Qt::Checked;
        auto due = Domain::PlanDate::parse(m_activities->item(row, DueColumn)->text());
        activity.due = due ? due.value() : Domain::PlanDate();
        measure.activities.append(activity);
    }
    return measure;
}

// The form's name for a field of the exchange format ("plannedEnd", "activities[2].title").
QString MeasureEditor::fieldLabel(const QString &field)
{
    static const QRegularExpression activityField(QStringLiteral("^activities\\[(\\d+)\\]\\."));
    if (const auto match = activityField.match(field); match.hasMatch())
        return tr("Activity %1").arg(match.captured(1).toInt() + 1);
    const struct
    {
        const char *field;
        QString label;
    } labels[] = {{"title", tr("Title")},
                  {"plannedEnd", tr("Planned end")},
                  {"actualEnd", tr("Actual end")},
                  {"progress", tr("Progress")},
                  {"description", tr("Description")},
                  {"theme", tr("Theme")}};
    for (const auto &entry : labels) {
        if (field == QLatin1String(entry.field))
            return entry.label;
    }
    if (field.startsWith(QLatin1String("managementAnchoring")))
        return tr("Management anchoring");
    return field;
}

// Says what is wrong in the words of the form's labels, and keeps OK off until nothing is.
void MeasureEditor::check()
{
    m_problems.clear();
    m_warnings.clear();
    const struct
    {
        PlanDateEdit *edit;
        QString label;
    } dates[] = {{m_plannedStart, tr("Planned start")},
                 {m_plannedEnd, tr("Planned end")},
                 {m_actualStart, tr("Actual start")},
                 {m_actualEnd, tr("Actual end")},
                 {m_anchoredOn, tr("Anchored on")}};
    for (const auto &date : dates) {
        if (!date.edit->problem().isEmpty())
            m_problems.append(tr("%1: %2").arg(date.label, date.edit->problem()));
    }
    if (!m_anchoredOn->value().isNull() &&
        m_anchoredOn->value().precision() != Domain::PlanDate::Precision::Day)
        m_problems.append(tr("Anchored on: give the day, or leave it empty"));
    for (int row = 0; row < m_activities->rowCount(); ++row) {
        auto due = Domain::PlanDate::parse(m_activities->item(row, DueColumn)->text());
        if (!due)
            m_problems.append(tr("Activity %1, due: %2").arg(row + 1).arg(due.error().message));
    }

    const Domain::Measure current = measure();
    for (const Domain::Violation &violation : Domain::validate(current)) {
        if (violation.field == QLatin1String("uuid"))
            continue; // the form always gives one
        const QString label = fieldLabel(violation.field);
        m_problems.append(tr("%1: %2").arg(label, violation.message));
    }

    // Warnings: allowed, but probably not meant.
    const Domain::Project &project = m_data.project();
    const auto outside = [&project](const Domain::PlanDate &date) {
        return !date.isNull() && ((project.start.isValid() && date.last() < project.start) ||
                                  (project.end.isValid() && date.first() > project.end));
    };
    if (outside(current.plannedStart) || outside(current.plannedEnd))
        m_warnings.append(tr("The plan lies outside the project's period (%1).")
                              .arg(Models::Labels::period(project.start, project.end)));

    // Patient information does not belong here: allowed only when the user says so on saving.
    m_personalFields.clear();
    for (const QString &field : Domain::identityNumberFields(current))
        m_personalFields.append(fieldLabel(field));
    if (!m_personalFields.isEmpty())
        m_warnings.append(tr("%1: holds what looks like a national identity number. Information "
                             "about patients does not belong in Samspill.")
                              .arg(QLocale().createSeparatedList(m_personalFields)));

    QStringList lines = m_problems;
    lines += m_warnings;
    m_messages->setText(lines.join(QLatin1Char('\n')));
    QPalette palette = this->palette();
    if (!m_problems.isEmpty())
        palette.setColor(QPalette::WindowText, Models::Labels::ragColor(Domain::Rag::Red));
    m_messages->setPalette(palette);
    m_messages->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace Views
