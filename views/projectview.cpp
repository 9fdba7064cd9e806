#include "views/projectview.h"

#include "models/goaltreemodel.h"
#include "models/indicatortablemodel.h"
#include "models/labels.h"
#include "models/projectdata.h"
#include "models/statustext.h"
#include "views/budgetsourcesview.h"
#include "views/followupview.h"
#include "views/listsection.h"
#include "views/measuresview.h"
#include "views/overviewview.h"
#include "views/participantsview.h"
#include "views/timelineview.h"
#include "views/wrappingdelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Views {

ProjectView::ProjectView(Models::ProjectData *projectData, ItemModels models, QWidget *parent)
    : QWidget(parent)
    , m_data(projectData)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_description(new QLabel(this))
    , m_moreButton(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewView(projectData, this))
    , m_goals(new QTreeView(this))
    , m_indicators(new ListSection(tr("Indicators of the chosen goal"),
                                   QStringLiteral("indicatorTable"), models.indicators,
                                   Models::IndicatorTableModel::SortRole,
                                   tr("No indicators for this goal: Ctrl+N in this list adds one "
                                      "(baseline, target, current value)."),
                                   this))
    , m_participants(
          new ParticipantsView(models.participants, models.members, models.organisations, this))
    , m_measures(new MeasuresView(projectData, models.measures, this))
    , m_timeline(new TimelineView(models.timeline, models.selection, this))
    , m_followUp(new FollowUpView(models.milestones, models.risks, models.statusLog, this))
    , m_budgetSources(new BudgetSourcesView(models.budget, models.knowledgeSources, this))
{
    m_title->setObjectName(QStringLiteral("projectTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // names come from exchange files: never markup
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary->setObjectName(QStringLiteral("projectSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_description->setObjectName(QStringLiteral("projectDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop); // cut after its first lines
    m_description->installEventFilter(this); // its width decides how many lines it needs
    m_moreButton->setObjectName(QStringLiteral("descriptionMoreButton"));
    m_moreButton->setAutoRaise(true);
    m_moreButton->hide();
    connect(m_moreButton, &QToolButton::clicked, this, [this] {
        m_descriptionOpen = !m_descriptionOpen;
        fitDescription();
    });
    // The header wraps to the width the window has and never makes the window wider, whatever
    // the length of a name, a reason or a description.
    for (QLabel *label : {m_title, m_summary, m_description}) {
        QSizePolicy policy = label->sizePolicy();
        policy.setHorizontalPolicy(QSizePolicy::Ignored);
        label->setSizePolicy(policy);
    }

    m_goals->setObjectName(QStringLiteral("goalTree"));
    m_goals->setModel(models.goals);
    m_goals->setWordWrap(true);
    m_goals->setItemDelegate(new WrappingDelegate(m_goals));
    m_goals->setAlternatingRowColors(true);
    m_goals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_goals->setTextElideMode(Qt::ElideNone);
    m_goals->header()->setStretchLastSection(false);
    m_goals->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_goals->header()->setSectionResizeMode(Models::GoalTreeModel::GoalColumn,
                                            QHeaderView::Stretch);
    // Wrapped goal texts need their rows measured again when the column width changes.
    connect(m_goals->header(), &QHeaderView::sectionResized, m_goals, &QTreeView::doItemsLayout);

    // The goals above, the indicators of the one chosen below.
    auto *goalsPage = new QSplitter(Qt::Vertical, this);
    goalsPage->setObjectName(QStringLiteral("goalsSplitter"));
    goalsPage->setChildrenCollapsible(false);
    goalsPage->addWidget(m_goals);
    goalsPage->addWidget(m_indicators);
    goalsPage->setStretchFactor(0, 3);
    goalsPage->setStretchFactor(1, 1);
    m_indicators->setColumns(Models::IndicatorTableModel::NameColumn,
                             {{Models::IndicatorTableModel::UnitColumn, 100},
                              {Models::IndicatorTableModel::BaselineColumn, 110},
                              {Models::IndicatorTableModel::TargetColumn, 110},
                              {Models::IndicatorTableModel::CurrentColumn, 110},
                              {Models::IndicatorTableModel::MeasuredOnColumn, 130}});
    auto *indicators = models.indicators;
    connect(m_goals->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [indicators](const QModelIndex &current) {
                indicators->setGoal(current.isValid()
                                        ? current.data(Models::GoalTreeModel::UuidRole).toUuid()
                                        : QUuid());
            });

    m_tabs->setObjectName(QStringLiteral("projectTabs"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(goalsPage, tr("&Goals"));
    m_tabs->addTab(m_participants, tr("&Participants"));
    m_tabs->addTab(m_measures, tr("&Measures"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_followUp, tr("&Follow-up"));
    m_tabs->addTab(m_budgetSources, tr("&Budget and sources"));
    m_measures->setSelection(models.selection);

    // With no project to show, what to do next instead of empty tabs.
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("noProjectPage"));
    auto *emptyText = new QLabel(
        tr("Start by creating a project, or import the projects of an exchange file. The demo "
           "project of a new database shows what Samspill holds."),
        m_empty);
    emptyText->setWordWrap(true);
    auto *newProject = new QPushButton(tr("New project..."), m_empty);
    newProject->setObjectName(QStringLiteral("newProjectButton"));
    auto *importFile = new QPushButton(tr("Import a file..."), m_empty);
    importFile->setObjectName(QStringLiteral("importButton"));
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addWidget(newProject);
    emptyButtons->addWidget(importFile);
    emptyButtons->addStretch(1);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(1);
    connect(newProject, &QPushButton::clicked, this, &ProjectView::newProjectRequested);
    connect(importFile, &QPushButton::clicked, this, &ProjectView::importRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_description);
    layout->addWidget(m_moreButton, 0, Qt::AlignLeft);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_empty, 1);

    connect(m_overview, &OverviewView::measuresRequested, this,
            [this](const QString &title, const QList<QUuid> &measures) {
                m_measures->showOnly(title, measures);
                showTab(MeasuresTab);
            });
    connect(projectData, &Models::ProjectData::reset, this, [this] {
        updateHeader();
        m_goals->expandAll();
    });
    updateHeader();
}

bool ProjectView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::Resize)
        fitDescription();
    return QWidget::eventFilter(watched, event);
}

void ProjectView::fitDescription()
{
    constexpr int shortLines = 3;
    const int shortHeight = m_description->fontMetrics().lineSpacing() * shortLines;
    const bool isLong = !m_description->text().isEmpty() &&
                        m_description->heightForWidth(m_description->width()) > shortHeight + 2;
    m_moreButton->setVisible(isLong);
    m_moreButton->setText(m_descriptionOpen ? tr("Show less") : tr("Show more"));
    m_description->setMaximumHeight(isLong && !m_descriptionOpen ? shortHeight : QWIDGETSIZE_MAX);
}

void ProjectView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ProjectView::updateHeader()
{
    m_tabs->setVisible(m_data->isLoaded());
    m_empty->setVisible(!m_data->isLoaded());
    if (!m_data->isLoaded()) {
        m_title->setText(tr("No project selected"));
        m_summary->clear();
        m_description->clear();
        fitDescription();
        return;
    }
    const Domain::Project &project = m_data->project();
    const Domain::Rollup rollup = m_data->projectRollup();
    m_title->setText(project.name);
    QStringList facts{Models::Labels::period(project.start, project.end),
                      Models::Labels::status(project.status)};
    if (!project.region.isEmpty())
        facts.prepend(project.region);
    facts.append(tr("%n measure(s)", nullptr, int(m_data->measures().size())));
    facts.append(tr("progress %1").arg(Models::Labels::progress(rollup.progress)));
    const QString why = Models::Labels::ragWithReason(rollup.rag, m_data->projectReason());
    QString rating =
        QStringLiteral("<b>%1</b>").arg(Models::Labels::rag(rollup.rag).toHtmlEscaped());
    const QString reason = m_data->projectReason();
    if (!reason.isEmpty())
        rating += QStringLiteral(": ") + reason.toHtmlEscaped();
    if (m_data->asOf().isValid()) {
        facts.prepend(Models::StatusText::dayLine(m_data->asOf(), true));
        if (m_data->figures().recordedFrom.isValid())
            facts.append(Models::StatusText::recordedLater(m_data->figures().recordedFrom));
    }
    m_summary->setText(QStringLiteral("<span style=\"color:%1; font-size:large\">&#9679;</span> "
                                      "%2<br>%3")
                           .arg(Models::Labels::ragColor(rollup.rag).name(), rating,
                                facts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    m_summary->setToolTip(Models::Labels::toolTip(why));
    m_summary->setAccessibleName(why);
    if (m_description->text() != project.description)
        m_descriptionOpen = false; // another project's, or a changed one: short again
    m_description->setText(project.description);
    fitDescription();
}

} // namespace Views
