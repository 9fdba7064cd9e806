#include "views/mainwindow.h"

#include "models/asofday.h"
#include "models/labels.h"
#include "models/portfoliodata.h"
#include "models/projectdata.h"
#include "models/projectlistmodel.h"
#include "models/statustext.h"
#include "views/asofbanner.h"
#include "views/asofbar.h"
#include "views/measuresview.h"
#include "views/portfolioview.h"
#include "views/projectnavigator.h"
#include "views/projectview.h"
#include "views/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace Views {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString measureColumnsKey = QStringLiteral("mainWindow/measureColumns");
const QString measureSplitterKey = QStringLiteral("mainWindow/measureSplitter");
const QString projectKey = QStringLiteral("mainWindow/project");
const QString tabKey = QStringLiteral("mainWindow/tab");
const QString timelineZoomKey = QStringLiteral("mainWindow/timelineZoom");
const QString pageKey = QStringLiteral("mainWindow/page");
const QString portfolioColumnsKey = QStringLiteral("mainWindow/portfolioColumns");

} // namespace

MainWindow::MainWindow(Models::ProjectListModel *projects, Models::ProjectData *project,
                       ProjectView *projectView, const QString &databaseLocation, QWidget *parent)
    : QMainWindow(parent)
    , m_projects(projects)
    , m_project(project)
    , m_navigator(new ProjectNavigator(projects, this))
    , m_projectView(projectView)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pages(new QStackedWidget(this))
    , m_location(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Samspill"));

    // The navigator with, below it, the note that patient information does not belong here:
    // always in sight, never in the way of the work.
    auto *navigatorPane = new QWidget(this);
    navigatorPane->setObjectName(QStringLiteral("navigatorPane"));
    auto *paneLayout = new QVBoxLayout(navigatorPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_navigator, 1);
    paneLayout->addWidget(createPrivacyNote(navigatorPane));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_projectView);
    m_splitter->addWidget(navigatorPane);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_location->setObjectName(QStringLiteral("databaseLocation"));
    m_location->setTextFormat(Qt::PlainText);
    m_location->setText(tr("Database: %1").arg(databaseLocation));
    m_location->setToolTip(databaseLocation);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_location);

    createActions();
    connect(m_navigator, &ProjectNavigator::projectChosen, this,
            [this](qint64 id, const QUuid &) { openProject(id); });
    connect(m_navigator, &ProjectNavigator::projectClicked, this,
            [this] { showPage(Page::Project); });
    connect(m_project, &Models::ProjectData::reset, this, &MainWindow::updateTitle);
}

void MainWindow::addPortfolio(PortfolioView *view, Models::PortfolioData *portfolio,
                              Models::AsOfDay *asOf)
{
    m_portfolioView = view;
    m_portfolio = portfolio;
    m_asOf = asOf;
    m_pages->addWidget(view);

    // The day shown: a banner above everything while it is an earlier one.
    takeCentralWidget(); // the splitter, kept: it moves below the banner
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new AsOfBanner(asOf, central));
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    QToolBar *bar = addToolBar(tr("Portfolio and day"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    const struct
    {
        const char *name;
        QString text;
        QString tip;
        Page page;
        QKeySequence key;
    } pages[] = {
        {"showPortfolioAction", tr("P&ortfolio"), tr("All projects in one table"), Page::Portfolio,
         QKeySequence(Qt::CTRL | Qt::Key_0)},
        {"showProjectAction", tr("Pro&ject"), tr("The project chosen in the list"), Page::Project,
         QKeySequence()},
    };
    for (const auto &entry : pages) {
        QAction *action = bar->addAction(entry.text);
        action->setObjectName(QLatin1String(entry.name));
        action->setToolTip(entry.tip);
        action->setShortcut(entry.key);
        const Page target = entry.page;
        connect(action, &QAction::triggered, this, [this, target] { showPage(target); });
    }
    bar->addSeparator();
    auto *asOfBar = new AsOfBar(asOf, bar);
    asOfBar->setObjectName(QStringLiteral("asOfBar"));
    bar->addWidget(asOfBar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    statusBar()->insertPermanentWidget(0, m_summary);

    connect(view, &PortfolioView::projectActivated, this, [this](const QUuid &project) {
        m_navigator->select(project);
        showPage(Page::Project);
    });
    connect(portfolio, &Models::PortfolioData::reset, this, &MainWindow::showSummary);
    connect(asOf, &Models::AsOfDay::changed, this, [this] {
        for (QAction *action : std::as_const(m_writeActions))
            action->setEnabled(m_asOf->editingAllowed());
        updateTitle();
    });
    showSummary();
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentWidget(page == Page::Portfolio && m_portfolioView
                                  ? static_cast<QWidget *>(m_portfolioView)
                                  : m_projectView);
}

MainWindow::Page MainWindow::page() const
{
    return m_portfolioView && m_pages->currentWidget() == m_portfolioView ? Page::Portfolio
                                                                          : Page::Project;
}

void MainWindow::followEditing(QAction *action)
{
    m_writeActions.append(action);
    action->setEnabled(!m_asOf || m_asOf->editingAllowed());
}

void MainWindow::updateTitle()
{
    QString title =
        m_project->isLoaded() ? tr("%1 – Samspill").arg(m_project->project().name) : tr("Samspill");
    if (m_asOf && m_asOf->isPast())
        title += QLatin1Char(' ') + tr("(as of %1)").arg(Models::Labels::date(m_asOf->date()));
    setWindowTitle(title);
}

void MainWindow::showSummary()
{
    m_summary->setText(Models::StatusText::summary(m_portfolio->figures()));
}

QWidget *MainWindow::createPrivacyNote(QWidget *parent)
{
    auto *note = new QFrame(parent);
    note->setObjectName(QStringLiteral("privacyNote"));
    note->setFrameShape(QFrame::StyledPanel);
    note->setAutoFillBackground(true);
    note->setBackgroundRole(QPalette::AlternateBase);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    auto *icon = new QLabel(note);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(tr("Information about patients and service users, such as names, "
                               "health details or national identity numbers, does not belong "
                               "in Samspill."),
                            note);
    text->setObjectName(QStringLiteral("privacyNoteText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    // It wraps to the width the navigator has, and never makes the window wider.
    QSizePolicy policy = text->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    text->setSizePolicy(policy);

    auto *layout = new QHBoxLayout(note);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    return note;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *importAction = file->addAction(tr("&Import..."), this, &MainWindow::chooseImport);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Read projects from an exchange file into this database"));
    followEditing(importAction);
    QAction *reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setStatusTip(tr("Read the projects again from the database"));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const struct
    {
        const char *name;
        QString text;
        ProjectView::Tab tab;
        Qt::Key key;
    } tabs[] = {
        {"showOverviewAction", tr("&Overview"), ProjectView::OverviewTab, Qt::Key_1},
        {"showGoalsAction", tr("&Goals"), ProjectView::GoalsTab, Qt::Key_2},
        {"showParticipantsAction", tr("&Participants"), ProjectView::ParticipantsTab, Qt::Key_3},
        {"showMeasuresAction", tr("&Measures"), ProjectView::MeasuresTab, Qt::Key_4},
        {"showTimelineAction", tr("&Timeline"), ProjectView::TimelineTab, Qt::Key_5},
        {"showFollowUpAction", tr("&Follow-up"), ProjectView::FollowUpTab, Qt::Key_6},
        {"showBudgetAction", tr("&Budget and sources"), ProjectView::BudgetTab, Qt::Key_7},
    };
    for (const auto &entry : tabs) {
        QAction *action = view->addAction(entry.text);
        action->setObjectName(QLatin1String(entry.name));
        action->setShortcut(QKeySequence(Qt::CTRL | entry.key));
        const ProjectView::Tab tab = entry.tab;
        connect(action, &QAction::triggered, this, [this, tab] {
            showPage(Page::Project);
            m_projectView->showTab(tab);
        });
    }
    view->addSeparator();
    QAction *findAction = view->addAction(tr("&Find measure"));
    findAction->setObjectName(QStringLiteral("findMeasureAction"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        showPage(Page::Project);
        m_projectView->showTab(ProjectView::MeasuresTab);
        m_projectView->measuresView()->focusFilter();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Samspill"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::restoreSession()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // A laptop's screen (1280 x 800) at first, or the screen when it is smaller.
        const QRect screen = this->screen()->availableGeometry();
        resize(qMin(1280, screen.width()), qMin(800, screen.height()));
    }
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({260, 940});
    m_projectView->measuresView()->restoreState(settings.value(measureColumnsKey).toByteArray());
    if (auto *measureSplitter = findChild<QSplitter *>(QStringLiteral("measureSplitter")))
        measureSplitter->restoreState(settings.value(measureSplitterKey).toByteArray());
    if (m_portfolioView)
        m_portfolioView->restoreState(settings.value(portfolioColumnsKey).toByteArray());
    m_navigator->select(settings.value(projectKey).toUuid());
    m_projectView->timelineView()->restoreZoom(settings.value(timelineZoomKey).toString());
    m_projectView->showTab(
        ProjectView::Tab(qBound(0, settings.value(tabKey, int(ProjectView::OverviewTab)).toInt(),
                                ProjectView::TabCount - 1)));
    showPage(settings.value(pageKey).toString() == QLatin1String("portfolio") ? Page::Portfolio
                                                                              : Page::Project);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    event->accept();
}

void MainWindow::saveSession()
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(measureColumnsKey, m_projectView->measuresView()->saveState());
    if (auto *measureSplitter = findChild<QSplitter *>(QStringLiteral("measureSplitter")))
        settings.setValue(measureSplitterKey, measureSplitter->saveState());
    settings.setValue(projectKey, m_navigator->selectedProject());
    settings.setValue(tabKey, m_projectView->tabs()->currentIndex());
    settings.setValue(timelineZoomKey, m_projectView->timelineView()->zoomCode());
    settings.setValue(pageKey, page() == Page::Portfolio ? QStringLiteral("portfolio")
                                                         : QStringLiteral("project"));
    if (m_portfolioView)
        settings.setValue(portfolioColumnsKey, m_portfolioView->saveState());
}

void MainWindow::openProject(qint64 projectId)
{
    if (auto loaded = m_project->load(Domain::ProjectId{projectId}); !loaded)
        showError(loaded.error().message);
}

void MainWindow::reload()
{
    const QUuid current = m_navigator->selectedProject();
    if (auto reloaded = m_projects->reload(); !reloaded) {
        showError(reloaded.error().message);
        return;
    }
    m_navigator->select(current);
    if (m_portfolio) {
        if (auto portfolio = m_portfolio->reload(); !portfolio) {
            showError(portfolio.error().message);
            return;
        }
    }
    if (auto loaded = m_project->reload(); !loaded)
        showError(loaded.error().message);
    else
        statusBar()->showMessage(tr("Reloaded from the database."), 4000);
}

void MainWindow::showProject(const QUuid &uuid)
{
    if (auto reloaded = m_projects->reload(); !reloaded) {
        showError(reloaded.error().message);
        return;
    }
    if (m_portfolio) {
        if (auto portfolio = m_portfolio->reload(); !portfolio)
            showError(portfolio.error().message);
    }
    if (m_projects->rowCount() == 0) {
        m_project->clear();
        return;
    }
    const QUuid shown = m_project->isLoaded() ? m_project->project().uuid : QUuid();
    m_navigator->select(uuid);
    // Chosen already (the list kept its place): read it again for what changed in it.
    if (m_project->isLoaded() && m_project->project().uuid == shown && shown == uuid) {
        if (auto loaded = m_project->reload(); !loaded)
            showError(loaded.error().message);
    }
}

void MainWindow::setImportFileChooser(std::function<QString()> chooser)
{
    m_chooseImportFile = std::move(chooser);
}

void MainWindow::chooseImport()
{
    const QString file =
        m_chooseImportFile
            ? m_chooseImportFile()
            : QFileDialog::getOpenFileName(this, tr("Import projects"), QString(),
                                           tr("Samspill exchange files (*.json);;All files (*)"));
    if (!file.isEmpty())
        emit importRequested(file);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Samspill"),
        tr("<h3>Samspill %1</h3><p>Follow-up of collaboration projects in mental health and "
           "substance-use services across municipalities, hospital trusts, NAV and user "
           "organisations.</p><p>Samspill holds project data only, never information about "
           "patients.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
}

} // namespace Views
