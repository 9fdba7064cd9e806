#include "views/measurefilterbar.h"

#include "models/domain/codes.h"
#include "models/labels.h"
#include "models/measurefiltermodel.h"
#include "models/projectdata.h"
#include "views/firsthitkey.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Views {
namespace {

const QString settingsGroup = QStringLiteral("measureFilters/");
const QString textKey = QStringLiteral("text");
const QString statusKey = QStringLiteral("status");
const QString organisationKey = QStringLiteral("organisation");
const QString levelKey = QStringLiteral("level");
const QString goalKey = QStringLiteral("goal");
const QString overdueKey = QStringLiteral("overdue");
const QString staleKey = QStringLiteral("withoutUpdate");
const QString staleDaysKey = QStringLiteral("withoutUpdateDays");

// The texts this bar took over from the measures view and the overview keep the context they
// are translated in.
QString measuresText(const char *source)
{
    return QCoreApplication::translate("Views::MeasuresView", source);
}

QString overviewText(const char *source)
{
    return QCoreApplication::translate("Views::OverviewView", source);
}

// Long names and goal texts stay in the combo box's width; the list shows them whole.
QComboBox *choice(const char *name, const QString &tip, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setToolTip(tip);
    box->setAccessibleName(tip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(6);
    return box;
}

// Chooses the entry whose data is value; the first ("all") when none has it.
void choose(QComboBox *box, const QVariant &value)
{
    box->setCurrentIndex(qMax(0, box->findData(value)));
}

} // namespace

MeasureFilterBar::MeasureFilterBar(const Models::ProjectData *projectData,
                                   Models::MeasureFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_data(projectData)
    , m_filter(filter)
    , m_text(new QLineEdit(this))
    , m_status(choice(
          "measureStatusFilter",
          measuresText(QT_TRANSLATE_NOOP("Views::MeasuresView", "Show measures with this status")),
          this))
    , m_organisation(choice("measureOrganisationFilter",
                            tr("Show measures this organisation is responsible for or takes "
                               "part in"),
                            this))
    , m_level(choice("measureLevelFilter", tr("Show measures at this level"), this))
    , m_goal(choice("measureGoalFilter",
                    tr("Show measures that serve this goal or one of its sub-goals"), this))
    , m_overdue(new QCheckBox(tr("Ove&rdue"), this))
    , m_stale(new QCheckBox(tr("No up&date for"), this))
    , m_staleDays(new QSpinBox(this))
{
    m_text->setObjectName(QStringLiteral("measureFilter"));
    m_text->setPlaceholderText(
        measuresText(QT_TRANSLATE_NOOP("Views::MeasuresView", "Filter measures (Ctrl+F)")));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);

    m_status->addItem(measuresText(QT_TRANSLATE_NOOP("Views::MeasuresView", "All statuses")), -1);
    for (Domain::Status status :
         {Domain::Status::Planned, Domain::Status::InProgress, Domain::Status::Completed,
          Domain::Status::Postponed, Domain::Status::Cancelled}) {
        m_status->addItem(Models::Labels::status(status), int(status));
    }
    m_level->addItem(tr("All levels"), -1);
    for (Domain::MeasureLevel level :
         {Domain::MeasureLevel::Individual, Domain::MeasureLevel::System})
        m_level->addItem(Models::Labels::level(level), int(level));

    m_overdue->setObjectName(QStringLiteral("measureOverdueFilter"));
    m_overdue->setToolTip(tr("Only measures past their planned end and not completed"));
    m_stale->setObjectName(QStringLiteral("measureStaleFilter"));
    m_stale->setToolTip(tr("Only open measures without a status update for this many days"));
    m_staleDays->setObjectName(QStringLiteral("measureStaleDays"));
    m_staleDays->setRange(1, 3650);
    m_staleDays->setValue(m_data->staleDays());
    m_staleDays->setSuffix(overviewText(QT_TRANSLATE_NOOP("Views::OverviewView", " days")));
    m_staleDays->setAccessibleName(
        overviewText(QT_TRANSLATE_NOOP("Views::OverviewView", "Days without a status update")));

    auto *clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("clearMeasureFiltersButton"));
    clearButton->setText(tr("Show all"));
    clearButton->setToolTip(tr("Clear every filter"));
    connect(clearButton, &QToolButton::clicked, this, &MeasureFilterBar::clear);

    // Two rows, so that the window stays narrow enough for a small screen: the text with the
    // switches, then the choices, which share the width.
    auto *first = new QHBoxLayout;
    first->setContentsMargins(0, 0, 0, 0);
    first->addWidget(m_text, 1);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_overdue, m_stale, m_staleDays, clearButton})
        first->addWidget(widget);
    auto *choices = new QHBoxLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    for (QComboBox *box : {m_status, m_organisation, m_level, m_goal})
        choices->addWidget(box, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(choices);

    const auto changed = [this] {
        if (m_quiet)
            return;
        apply();
        save();
    };
    connect(m_text, &QLineEdit::textChanged, this, changed);
    for (QComboBox *box : {m_status, m_organisation, m_level, m_goal})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *box : {m_overdue, m_stale})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_stale, &QCheckBox::toggled, m_staleDays, &QWidget::setEnabled);
    connect(m_staleDays, &QSpinBox::valueChanged, this, changed);
    connect(m_data, &Models::ProjectData::reset, this, &MeasureFilterBar::followProject);
    m_staleDays->setEnabled(false);
    followProject();
}

void MeasureFilterBar::clear()
{
    m_quiet = true;
    m_text->clear();
    for (QComboBox *box : {m_status, m_organisation, m_level, m_goal})
        box->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_stale->setChecked(false);
    m_quiet = false;
    apply();
    save();
}

bool MeasureFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text) {
        if (const FirstHit hit = firstHitKey(event); hit != FirstHit::None) {
            emit firstHitRequested(hit == FirstHit::Open);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MeasureFilterBar::followProject()
{
    const QUuid project = m_data->isLoaded() ? m_data->project().uuid : QUuid();
    m_quiet = true;
    fillChoices();
    if (project != m_project) {
        m_project = project;
        restore();
    }
    m_quiet = false;
    apply();
}

void MeasureFilterBar::fillChoices()
{
    const Overview::ProjectFigures &figures = m_data->figures();
    const QVariant organisation = m_organisation->currentData();
    m_organisation->clear();
    m_organisation->addItem(tr("All organisations"), QUuid());
    for (const Overview::ProjectFigures::Organisation &each : figures.organisations) {
        m_organisation->addItem(each.name, each.uuid);
        m_organisation->setItemData(m_organisation->count() - 1, each.name, Qt::ToolTipRole);
    }
    choose(m_organisation, organisation);

    const QVariant goal = m_goal->currentData();
    m_goal->clear();
    m_goal->addItem(tr("All goals"), QUuid());
    for (const Overview::ProjectFigures::Goal &each : figures.goals) {
        // Sub-goals indented under their main goal.
        m_goal->addItem(QString(each.depth * 4, QLatin1Char(' ')) + each.text, each.uuid);
        m_goal->setItemData(m_goal->count() - 1, each.text, Qt::ToolTipRole);
    }
    choose(m_goal, goal);
}

void MeasureFilterBar::apply()
{
    const int status = m_status->currentData().toInt();
    const int level = m_level->currentData().toInt();
    m_filter->setText(m_text->text());
    m_filter->setStatus(status < 0 ? std::nullopt
                                   : std::optional<Domain::Status>(Domain::Status(status)));
    m_filter->setLevel(level < 0
                           ? std::nullopt
                           : std::optional<Domain::MeasureLevel>(Domain::MeasureLevel(level)));
    m_filter->setOrganisation(m_organisation->currentData().toUuid());
    m_filter->setGoal(m_goal->currentData().toUuid());
    m_filter->setOverdueOnly(m_overdue->isChecked());
    m_filter->setWithoutUpdateFor(m_stale->isChecked() ? std::optional<int>(m_staleDays->value())
                                                       : std::nullopt);
}

void MeasureFilterBar::save() const
{
    if (m_project.isNull())
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup + m_project.toString(QUuid::WithoutBraces));
    settings.setValue(textKey, m_text->text());
    const int status = m_status->currentData().toInt();
    const int level = m_level->currentData().toInt();
    settings.setValue(statusKey, status < 0 ? QString() : Domain::toCode(Domain::Status(status)));
    settings.setValue(organisationKey, m_organisation->currentData().toUuid().toString());
    settings.setValue(levelKey,
                      level < 0 ? QString() : Domain::toCode(Domain::MeasureLevel(level)));
    settings.setValue(goalKey, m_goal->currentData().toUuid().toString());
    settings.setValue(overdueKey, m_overdue->isChecked());
    settings.setValue(staleKey, m_stale->isChecked());
    settings.setValue(staleDaysKey, m_staleDays->value());
}

void MeasureFilterBar::restore()
{
    QSettings settings;
    settings.beginGroup(settingsGroup + m_project.toString(QUuid::WithoutBraces));
    m_text->setText(settings.value(textKey).toString());
    // Stored as the domain's codes, never as the enumerations' numbers.
    const auto status = Domain::fromCode<Domain::Status>(settings.value(statusKey).toString());
    const auto level = Domain::fromCode<Domain::MeasureLevel>(settings.value(levelKey).toString());
    choose(m_status, status ? int(*status) : -1);
    choose(m_level, level ? int(*level) : -1);
    choose(m_organisation, QUuid::fromString(settings.value(organisationKey).toString()));
    choose(m_goal, QUuid::fromString(settings.value(goalKey).toString()));
    m_overdue->setChecked(settings.value(overdueKey, false).toBool());
    m_stale->setChecked(settings.value(staleKey, false).toBool());
    m_staleDays->setValue(settings.value(staleDaysKey, m_data->staleDays()).toInt());
}

} // namespace Views
