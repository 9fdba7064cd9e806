#include "views/overviewview.h"

#include "models/labels.h"
#include "models/organisationfiguresmodel.h"
#include "models/overview/explanation.h"
#include "models/overviewlistmodel.h"
#include "models/projectdata.h"
#include "models/statustext.h"
#include "views/barchart.h"
#include "views/linechart.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Views {
namespace {

constexpr Domain::Status statuses[] = {Domain::Status::Planned, Domain::Status::InProgress,
                                       Domain::Status::Completed, Domain::Status::Postponed,
                                       Domain::Status::Cancelled};
constexpr Domain::Rag lights[] = {Domain::Rag::Red, Domain::Rag::Amber, Domain::Rag::Green,
                                  Domain::Rag::None};

QGroupBox *group(const QString &title, const char *name, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(QLatin1String(name));
    new QVBoxLayout(box);
    return box;
}

QLabel *textLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // names and texts come from exchange files
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QVector<QUuid> measuresIn(const QModelIndex &index, int role)
{
    const QList<QUuid> measures = index.data(role).value<QList<QUuid>>();
    return QVector<QUuid>(measures.cbegin(), measures.cend());
}

} // namespace

OverviewView::OverviewView(Models::ProjectData *projectData, QWidget *parent)
    : QWidget(parent)
    , m_data(projectData)
    , m_light(new QLabel(this))
    , m_reasons(textLabel("overviewReasons", this))
    , m_attention(textLabel("overviewAttention", this))
    , m_day(textLabel("overviewDay", this))
    , m_progress(textLabel("overviewProgress", this))
    , m_overdue(figureButton("overdueFigure"))
    , m_notRated(figureButton("notRatedFigure"))
    , m_stale(figureButton("staleFigure"))
    , m_staleDays(new QSpinBox(this))
    , m_decisions(figureButton("decisionsFigure"))
    , m_deviations(figureButton("deviationsFigure"))
    , m_statusChart(new BarChart(this))
    , m_ragChart(new BarChart(this))
    , m_goalChart(new BarChart(this))
    , m_progressChart(new LineChart(this))
    , m_milestones(textLabel("milestonesSummary", this))
    , m_risksEmpty(textLabel("risksEmpty", this))
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    auto *grid = new QGridLayout(content);

    // The light, why, and the figures that open measure lists.
    m_light->setObjectName(QStringLiteral("overviewLight"));
    m_light->setTextFormat(Qt::RichText);
    QFont bold = m_attention->font();
    bold.setBold(true);
    m_attention->setFont(bold);
    m_staleDays->setObjectName(QStringLiteral("staleDaysSpin"));
    m_staleDays->setRange(7, 3650);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setValue(m_data->staleDays());
    m_staleDays->setToolTip(tr("How long a measure may go without a status update"));
    m_staleDays->setAccessibleName(tr("Days without a status update"));
    auto *lightBox = group(tr("Traffic light"), "lightBox", content);
    auto *figures = new QHBoxLayout;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_overdue), static_cast<QWidget *>(m_notRated),
          static_cast<QWidget *>(m_stale), static_cast<QWidget *>(m_staleDays),
          static_cast<QWidget *>(m_decisions), static_cast<QWidget *>(m_deviations)})
        figures->addWidget(widget);
    figures->addStretch(1);
    for (QWidget *widget : {static_cast<QWidget *>(m_light), static_cast<QWidget *>(m_reasons),
                            static_cast<QWidget *>(m_attention), static_cast<QWidget *>(m_day),
                            static_cast<QWidget *>(m_progress)})
        lightBox->layout()->addWidget(widget);
    static_cast<QVBoxLayout *>(lightBox->layout())->addLayout(figures);
    grid->addWidget(lightBox, 0, 0, 1, 2);

    // The charts.
    const struct
    {
        QWidget *chart;
        const char *name;
        QString title;
        const char *box;
        int row;
        int column;
    } charts[] = {
        {m_statusChart, "statusChart", tr("Measures by status"), "statusBox", 1, 0},
        {m_ragChart, "ragChart", tr("Measures by traffic light"), "ragBox", 1, 1},
        {m_goalChart, "goalChart", tr("Goals: progress and traffic light"), "goalBox", 2, 0},
        {m_progressChart, "progressChart", tr("Progress over time, from the status log"),
         "progressBox", 2, 1},
    };
    for (const auto &entry : charts) {
        entry.chart->setObjectName(QLatin1String(entry.name));
        entry.chart->setAccessibleName(entry.title);
        QGroupBox *box = group(entry.title, entry.box, content);
        box->layout()->addWidget(entry.chart);
        static_cast<QVBoxLayout *>(box->layout())->addStretch(1);
        grid->addWidget(box, entry.row, entry.column);
    }
    m_statusChart->setEmptyText(tr("No measures"));
    m_ragChart->setEmptyText(tr("No measures"));
    m_goalChart->setEmptyText(tr("No goals"));
    m_progressChart->setEmptyText(tr("The status log records no progress up to this day."));

    // The lists.
    auto *upcoming = listView("upcomingMilestoneList");
    upcoming->setModel(new Models::OverviewListModel(
        m_data, Models::OverviewListModel::Kind::UpcomingMilestones, upcoming));
    auto *overdueMilestones = listView("overdueMilestoneList");
    overdueMilestones->setModel(new Models::OverviewListModel(
        m_data, Models::OverviewListModel::Kind::OverdueMilestones, overdueMilestones));
    auto *decisions = listView("decisionList");
    decisions->setModel(new Models::OverviewListModel(
        m_data, Models::OverviewListModel::Kind::DecisionsNeeded, decisions));
    auto *deviations = listView("deviationList");
    deviations->setModel(new Models::OverviewListModel(
        m_data, Models::OverviewListModel::Kind::Deviations, deviations));
    auto *risks = listView("riskList");
    risks->setModel(
        new Models::OverviewListModel(m_data, Models::OverviewListModel::Kind::TopRisks, risks));

    auto *milestoneBox = group(tr("Milestones"), "milestoneBox", content);
    milestoneBox->layout()->addWidget(m_milestones);
    milestoneBox->layout()->addWidget(upcoming);
    milestoneBox->layout()->addWidget(overdueMilestones);
    grid->addWidget(milestoneBox, 3, 0);
    auto *flagBox = group(tr("Decisions needed and deviations"), "flagBox", content);
    flagBox->layout()->addWidget(decisions);
    flagBox->layout()->addWidget(deviations);
    grid->addWidget(flagBox, 3, 1);
    auto *riskBox = group(tr("Top risks"), "riskBox", content);
    riskBox->layout()->addWidget(m_risksEmpty);
    riskBox->layout()->addWidget(risks);
    grid->addWidget(riskBox, 4, 0);

    auto *organisations = new QTableView(content);
    organisations->setObjectName(QStringLiteral("organisationTable"));
    // Tab leaves the table for the next field (the arrows move within it): no keyboard trap.
    organisations->setTabKeyNavigation(false);
    organisations->setModel(new Models::OrganisationFiguresModel(m_data, organisations));
    organisations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    organisations->setSelectionMode(QAbstractItemView::SingleSelection);
    organisations->verticalHeader()->hide();
    organisations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    organisations->horizontalHeader()->setSectionResizeMode(
        Models::OrganisationFiguresModel::OrganisationColumn, QHeaderView::Stretch);
    organisations->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    organisations->setToolTip(tr("Click a number to see the measures it counts"));
    auto *organisationBox = group(tr("Organisations"), "organisationBox", content);
    organisationBox->layout()->addWidget(organisations);
    grid->addWidget(organisationBox, 4, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Every figure opens the measures behind it.
    connect(m_overdue, &QPushButton::clicked, this,
            [this] { request(tr("Overdue measures"), m_data->figures().overdue); });
    connect(m_notRated, &QPushButton::clicked, this,
            [this] { request(tr("Measures not rated"), m_data->figures().notRated); });
    connect(m_stale, &QPushButton::clicked, this, [this] {
        request(tr("Measures without a status update for %n day(s)", nullptr,
                   m_data->figures().staleDays),
                m_data->figures().stale);
    });
    connect(m_decisions, &QPushButton::clicked, this, [this] {
        request(tr("Measures with a decision needed"),
                m_data->figures().measuresOf(m_data->figures().decisionsNeeded));
    });
    connect(m_deviations, &QPushButton::clicked, this, [this] {
        request(tr("Measures with a deviation"),
                m_data->figures().measuresOf(m_data->figures().deviations));
    });
    connect(m_statusChart, &BarChart::barActivated, this, [this](int index) {
        const Domain::Status status = statuses[index];
        request(tr("Measures: %1").arg(Models::Labels::status(status)),
                m_data->figures().withStatus(status));
    });
    connect(m_ragChart, &BarChart::barActivated, this, [this](int index) {
        const Domain::Rag rag = lights[index];
        request(tr("Measures: %1").arg(Models::Labels::rag(rag)), m_data->figures().withRag(rag));
    });
    connect(m_goalChart, &BarChart::barActivated, this, [this](int index) {
        const Overview::ProjectFigures::Goal &goal = m_data->figures().goals.at(index);
        request(tr("Measures serving: %1").arg(goal.text), goal.measures);
    });
    connect(m_staleDays, &QSpinBox::valueChanged, m_data, &Models::ProjectData::setStaleDays);
    for (QListView *list : {upcoming, overdueMilestones, decisions, deviations}) {
        connect(list, &QListView::activated, this, [this](const QModelIndex &index) {
            const QVector<QUuid> measures =
                measuresIn(index, Models::OverviewListModel::MeasuresRole);
            if (!measures.isEmpty())
                request(index.data().toString(), measures);
        });
    }
    connect(organisations, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QVector<QUuid> measures =
            measuresIn(index, Models::OrganisationFiguresModel::MeasuresRole);
        if (index.column() == Models::OrganisationFiguresModel::OrganisationColumn)
            return;
        const QString organisation =
            index.siblingAtColumn(Models::OrganisationFiguresModel::OrganisationColumn)
                .data()
                .toString();
        const QString what = index.model()->headerData(index.column(), Qt::Horizontal).toString();
        request(tr("%1: %2").arg(organisation, what), measures);
    });
    connect(m_data, &Models::ProjectData::reset, this, &OverviewView::refresh);
    refresh();
}

QPushButton *OverviewView::figureButton(const char *name)
{
    auto *button = new QPushButton(this);
    button->setObjectName(QLatin1String(name));
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setToolTip(tr("Show these measures"));
    return button;
}

QListView *OverviewView::listView(const char *name)
{
    auto *list = new QListView(this);
    list->setObjectName(QLatin1String(name));
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setWordWrap(true);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    list->setMaximumHeight(fontMetrics().height() * 8);
    return list;
}

void OverviewView::request(const QString &title, const QVector<QUuid> &measures)
{
    emit measuresRequested(title, QList<QUuid>(measures.cbegin(), measures.cend()));
}

void OverviewView::refresh()
{
    const bool loaded = m_data->isLoaded();
    for (QWidget *widget : findChildren<QGroupBox *>())
        widget->setEnabled(loaded);
    showLight();
    showCharts();
    showLists();
}

void OverviewView::showLight()
{
    const Overview::ProjectFigures &figures = m_data->figures();
    const Domain::Rag rag = figures.rollup.rag;
    const QStringList reasons =
        m_data->isLoaded() ? Overview::Explanation::ofProject(figures) : QStringList();
    const QStringList attention = Overview::Explanation::attention(figures);
    m_light->setText(
        QStringLiteral("<span style=\"color:%1; font-size:xx-large\">&#9679;</span> "
                       "<span style=\"font-size:large\"><b>%2</b></span>")
            .arg(Models::Labels::ragColor(rag).name(), Models::Labels::rag(rag).toHtmlEscaped()));
    const QString why = Models::Labels::ragWithReason(rag, reasons.join(QStringLiteral("; ")));
    m_light->setToolTip(Models::Labels::toolTip(why));
    m_light->setAccessibleName(why);
    QStringList bullets;
    for (const QString &reason : reasons)
        bullets.append(QStringLiteral("• ") + reason);
    m_reasons->setText(bullets.join(QLatin1Char('\n')));
    m_attention->setText(attention.isEmpty()
                             ? QString()
                             : tr("Needs attention: %1").arg(attention.join(QStringLiteral("; "))));
    m_attention->setVisible(!attention.isEmpty());
    QString day =
        m_data->isLoaded()
            ? tr("%1, %2").arg(Models::StatusText::dayLine(figures.day, m_data->asOf().isValid()),
                               Overview::Explanation::phase(figures))
            : QString();
    if (figures.recordedFrom.isValid())
        day += QLatin1Char('\n') + Models::StatusText::recordedLater(figures.recordedFrom);
    m_day->setText(day);
    m_progress->setText(
        tr("Progress %1 · %n measure(s) counted", nullptr, figures.rollup.measureCount)
            .arg(Models::Labels::progress(figures.rollup.progress)));

    m_overdue->setText(tr("Overdue: %1").arg(figures.overdue.size()));
    m_notRated->setText(tr("Not rated: %1").arg(figures.notRated.size()));
    m_stale->setText(tr("No status update for %n day(s): %1", nullptr, figures.staleDays)
                         .arg(figures.stale.size()));
    m_decisions->setText(tr("Decisions needed: %1").arg(figures.decisionsNeeded.size()));
    m_deviations->setText(tr("Deviations: %1").arg(figures.deviations.size()));
}

void OverviewView::showCharts()
{
    const Overview::ProjectFigures &figures = m_data->figures();
    QVector<BarChart::Bar> byStatus;
    for (Domain::Status status : statuses) {
        const int count = int(figures.withStatus(status).size());
        byStatus.append(
            {Models::Labels::status(status), double(count), QString::number(count),
             Models::Labels::statusColor(status),
             tr("%1: %n measure(s)", nullptr, count).arg(Models::Labels::status(status))});
    }
    m_statusChart->setBars(figures.measures.isEmpty() ? QVector<BarChart::Bar>() : byStatus);

    QVector<BarChart::Bar> byRag;
    for (Domain::Rag rag : lights) {
        const int count = int(figures.withRag(rag).size());
        byRag.append({Models::Labels::rag(rag), double(count), QString::number(count),
                      Models::Labels::ragColor(rag),
                      tr("%1: %n measure(s)", nullptr, count).arg(Models::Labels::rag(rag))});
    }
    m_ragChart->setBars(figures.measures.isEmpty() ? QVector<BarChart::Bar>() : byRag);

    QVector<BarChart::Bar> goals;
    for (const Overview::ProjectFigures::Goal &goal : figures.goals) {
        const QString indent(goal.depth * 3, QLatin1Char(' '));
        const QString why = Models::Labels::ragWithReason(
            goal.rollup.rag,
            Overview::Explanation::ofGoal(figures, goal).join(QStringLiteral("; ")));
        goals.append(
            {indent + goal.text, double(goal.rollup.progress.value_or(0)),
             tr("%1 · %2").arg(Models::Labels::progress(goal.rollup.progress),
                               Models::Labels::rag(goal.rollup.rag)),
             Models::Labels::ragColor(goal.rollup.rag),
             tr("%1\n%2\n%n measure(s)", nullptr, goal.rollup.measureCount).arg(goal.text, why)});
    }
    m_goalChart->setBars(goals, 100);

    QVector<LineChart::Point> points;
    for (const Overview::ProjectFigures::ProgressPoint &point : figures.progressOverTime) {
        points.append({point.date, double(point.progress),
                       tr("%1: %2").arg(Models::Labels::date(point.date),
                                        Models::Labels::progress(point.progress))});
    }
    m_progressChart->setPoints(points, figures.day);
}

void OverviewView::showLists()
{
    const Overview::ProjectFigures &figures = m_data->figures();
    m_milestones->setText(
        tr("%1 in the next %2 days · %3 in the next %4 days · %5 overdue")
            .arg(QString::number(figures.milestonesWithin(Overview::Settings::NearDays).size()),
                 QString::number(Overview::Settings::NearDays),
                 QString::number(figures.milestonesWithin(Overview::Settings::FarDays).size()),
                 QString::number(Overview::Settings::FarDays),
                 QString::number(figures.overdueMilestones.size())));
    m_risksEmpty->setText(figures.topRisks.isEmpty() ? tr("No risks recorded.") : QString());
    m_risksEmpty->setVisible(figures.topRisks.isEmpty());
    const struct
    {
        const char *name;
        bool empty;
    } lists[] = {{"upcomingMilestoneList", figures.upcomingMilestones.isEmpty()},
                 {"overdueMilestoneList", figures.overdueMilestones.isEmpty()},
                 {"decisionList", figures.decisionsNeeded.isEmpty()},
                 {"deviationList", figures.deviations.isEmpty()},
                 {"riskList", figures.topRisks.isEmpty()}};
    for (const auto &entry : lists)
        findChild<QListView *>(QLatin1String(entry.name))->setVisible(!entry.empty);
}

} // namespace Views
