#include "views/mainwindow.h"

#include "models/projectdata.h"
#include "models/projectlistmodel.h"
#include "views/measuresview.h"
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
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace Views {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString measureColumnsKey = QStringLiteral("mainWindow/measureColumns");
const QString projectKey = QStringLiteral("mainWindow/project");
const QString tabKey = QStringLiteral("mainWindow/tab");
const QString timelineZoomKey = QStringLiteral("mainWindow/timelineZoom");

} // namespace

MainWindow::MainWindow(Models::ProjectListModel *projects, Models::ProjectData *project,
                       ProjectView *projectView, const QString &databaseLocation, QWidget *parent)
    : QMainWindow(parent)
    , m_projects(projects)
    , m_project(project)
    , m_navigator(new ProjectNavigator(projects, this))
    , m_projectView(projectView)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
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
    m_splitter->addWidget(navigatorPane);
    m_splitter->addWidget(m_projectView);
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
    connect(m_project, &Models::ProjectData::reset, this, [this] {
        setWindowTitle(m_project->isLoaded() ? tr("%1 – Samspill").arg(m_project->project().name)
                                             : tr("Samspill"));
    });
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
    QAction *importAction = file->addAction(tr("&Import..."), this, &MainWindow::chooseImport);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Read projects from an exchange file into this database"));
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
        {"showGoalsAction", tr("&Goals"), ProjectView::GoalsTab, Qt::Key_1},
        {"showParticipantsAction", tr("&Participants"), ProjectView::ParticipantsTab, Qt::Key_2},
        {"showMeasuresAction", tr("&Measures"), ProjectView::MeasuresTab, Qt::Key_3},
        {"showTimelineAction", tr("&Timeline"), ProjectView::TimelineTab, Qt::Key_4},
    };
    for (const auto &entry : tabs) {
        QAction *action = view->addAction(entry.text);
        action->setObjectName(QLatin1String(entry.name));
        action->setShortcut(QKeySequence(Qt::CTRL | entry.key));
        const ProjectView::Tab tab = entry.tab;
        connect(action, &QAction::triggered, this, [this, tab] { m_projectView->showTab(tab); });
    }
    view->addSeparator();
    QAction *findAction = view->addAction(tr("&Find measure"));
    findAction->setObjectName(QStringLiteral("findMeasureAction"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
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
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({260, 940});
    m_projectView->measuresView()->restoreState(settings.value(measureColumnsKey).toByteArray());
    m_navigator->select(settings.value(projectKey).toUuid());
    m_projectView->timelineView()->restoreZoom(settings.value(timelineZoomKey).toString());
    m_projectView->showTab(
        ProjectView::Tab(qBound(0, settings.value(tabKey, int(ProjectView::MeasuresTab)).toInt(),
                                int(ProjectView::TimelineTab))));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(measureColumnsKey, m_projectView->measuresView()->saveState());
    settings.setValue(projectKey, m_navigator->selectedProject());
    settings.setValue(tabKey, m_projectView->tabs()->currentIndex());
    settings.setValue(timelineZoomKey, m_projectView->timelineView()->zoomCode());
    event->accept();
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
    if (auto loaded = m_project->reload(); !loaded)
        showError(loaded.error().message);
    else
        statusBar()->showMessage(tr("Reloaded from the database."), 4000);
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
