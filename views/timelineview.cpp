#include "views/timelineview.h"

#include "models/labels.h"
#include "models/measureselection.h"
#include "models/timeline/chartpages.h"
#include "models/timeline/timelinemodel.h"
#include "views/timelinecanvas.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace Views {
namespace {

constexpr int UuidRole = Qt::UserRole + 1;

} // namespace

TimelineView::TimelineView(Timeline::TimelineModel *model, Models::MeasureSelection *selection,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(selection)
    , m_grouping(new QComboBox(this))
    , m_canvas(new TimelineCanvas(this))
    , m_undatedTitle(new QLabel(this))
    , m_undated(new QListWidget(this))
{
    setObjectName(QStringLiteral("timelineView"));
    m_grouping->setObjectName(QStringLiteral("timelineGrouping"));
    m_grouping->setToolTip(tr("Group the measures by the goals they serve or by the "
                              "organisations responsible for them"));
    m_grouping->addItem(tr("By goal"), int(Timeline::Grouping::Goal));
    m_grouping->addItem(tr("By responsible organisation"),
                        int(Timeline::Grouping::ResponsibleOrganisation));

    m_undatedTitle->setObjectName(QStringLiteral("undatedTitle"));
    m_undated->setObjectName(QStringLiteral("undatedList"));
    m_undated->setUniformItemSizes(true);
    m_undated->setToolTip(tr("Measures and milestones without any date: give them one in the "
                             "measure's details"));

    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_undatedTitle);
    belowLayout->addWidget(m_undated, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("timelineSplitter"));
    splitter->addWidget(m_canvas);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolBar());
    layout->addWidget(splitter, 1);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(Timeline::Grouping(m_grouping->currentData().toInt()));
    });
    connect(m_model, &Timeline::TimelineModel::changed, this, &TimelineView::showChart);
    connect(m_canvas, &TimelineCanvas::measureClicked, m_selection,
            &Models::MeasureSelection::setCurrent);
    connect(m_selection, &Models::MeasureSelection::currentChanged, this,
            [this](const QUuid &measure) {
                m_canvas->setSelectedMeasure(measure);
                for (int row = 0; row < m_undated->count(); ++row) {
                    if (m_undated->item(row)->data(UuidRole).toUuid() == measure)
                        m_undated->setCurrentRow(row);
                }
            });
    connect(m_undated, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toBool())
            m_selection->setCurrent(item->data(UuidRole).toUuid());
    });
    connect(m_canvas, &TimelineCanvas::measureRescheduleRequested, this,
            &TimelineView::measureRescheduleRequested);
    connect(m_canvas, &TimelineCanvas::milestoneRescheduleRequested, this,
            &TimelineView::milestoneRescheduleRequested);
    connect(m_canvas, &TimelineCanvas::zoomChanged, this, &TimelineView::updateZoomActions);
    showChart();
}

QToolBar *TimelineView::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("timelineToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *groupingLabel = new QLabel(tr("Rows:"), bar);
    groupingLabel->setBuddy(m_grouping);
    bar->addWidget(groupingLabel);
    bar->addWidget(m_grouping);
    bar->addSeparator();

    auto *zooms = new QActionGroup(this);
    const struct
    {
        const char *name;
        QString text;
        QString tip;
        Timeline::Zoom zoom;
    } levels[] = {
        {"timelineWeekAction", tr("Week"), tr("Show days and weeks"), Timeline::Zoom::Week},
        {"timelineMonthAction", tr("Month"), tr("Show months"), Timeline::Zoom::Month},
        {"timelineQuarterAction", tr("Quarter"), tr("Show quarters"), Timeline::Zoom::Quarter},
        {"timelineYearAction", tr("Year"), tr("Show years"), Timeline::Zoom::Year},
    };
    for (const auto &level : levels) {
        QAction *action = bar->addAction(level.text);
        action->setObjectName(QLatin1String(level.name));
        action->setToolTip(level.tip);
        action->setCheckable(true);
        action->setData(int(level.zoom));
        zooms->addAction(action);
        m_zoomActions.append(action);
        const Timeline::Zoom zoom = level.zoom;
        connect(action, &QAction::triggered, this, [this, zoom] { m_canvas->setZoom(zoom); });
    }
    m_fit = bar->addAction(tr("Fit the project"), m_canvas, &TimelineCanvas::fitProject);
    m_fit->setObjectName(QStringLiteral("timelineFitAction"));
    m_fit->setToolTip(tr("Show the project's whole period in the width of the view"));
    m_fit->setCheckable(true);
    zooms->addAction(m_fit);
    bar->addSeparator();

    QAction *exportAction = bar->addAction(tr("Export..."), this, &TimelineView::chooseExport);
    exportAction->setObjectName(QStringLiteral("timelineExportAction"));
    exportAction->setToolTip(tr("Save the timeline as a PNG or SVG picture or as PDF pages"));
    QAction *printAction = bar->addAction(tr("Print..."), this, &TimelineView::print);
    printAction->setObjectName(QStringLiteral("timelinePrintAction"));
    printAction->setToolTip(tr("Print the timeline, with the labels repeated on every page"));
    m_onePage = bar->addAction(tr("One page"));
    m_onePage->setObjectName(QStringLiteral("timelineOnePageAction"));
    m_onePage->setCheckable(true);
    m_onePage->setToolTip(tr("Print and export to PDF on one page instead of several"));
    return bar;
}

void TimelineView::showChart()
{
    const Timeline::Chart &chart = m_model->chart();
    m_canvas->setChart(&chart);
    m_canvas->setSelectedMeasure(m_selection->current());

    const QSignalBlocker blocker(m_undated);
    m_undated->clear();
    for (const int index : chart.undatedMeasures) {
        const Timeline::ChartMeasure &measure = chart.measures.at(index);
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(measure.title, Models::Labels::status(measure.status)), m_undated);
        item->setData(UuidRole, measure.uuid);
        item->setData(Qt::UserRole, true); // a measure, which can be chosen
        if (measure.uuid == m_selection->current())
            m_undated->setCurrentItem(item);
    }
    for (const Timeline::ChartMilestone &milestone : chart.undatedMilestones) {
        auto *item = new QListWidgetItem(tr("Milestone: %1").arg(milestone.title), m_undated);
        item->setData(UuidRole, milestone.uuid);
        item->setData(Qt::UserRole, false);
    }
    m_undatedTitle->setText(tr("Undated (%n)", nullptr,
                               int(chart.undatedMeasures.size() + chart.undatedMilestones.size())));
    updateZoomActions();
}

QString TimelineView::zoomCode() const
{
    return m_canvas->isFitted() ? QStringLiteral("fit") : Timeline::toCode(m_canvas->zoom());
}

void TimelineView::restoreZoom(const QString &code)
{
    if (const auto zoom = Timeline::zoomFromCode(code))
        m_canvas->setZoom(*zoom);
}

void TimelineView::updateZoomActions()
{
    m_fit->setChecked(m_canvas->isFitted());
    for (QAction *action : std::as_const(m_zoomActions)) {
        if (!m_canvas->isFitted())
            action->setChecked(Timeline::Zoom(action->data().toInt()) == m_canvas->zoom());
    }
}

Timeline::ChartExport::Options TimelineView::exportOptions() const
{
    Timeline::ChartExport::Options options;
    options.first = m_canvas->firstDay();
    options.last = m_canvas->lastDay();
    options.zoom = m_canvas->zoom();
    options.onePage = m_onePage->isChecked();
    return options;
}

void TimelineView::setExportFileChooser(std::function<QString()> chooser)
{
    m_chooseExportFile = std::move(chooser);
}

void TimelineView::chooseExport()
{
    const QString png = tr("PNG pictures (*.png)");
    const QString svg = tr("SVG pictures (*.svg)");
    const QString pdf = tr("PDF documents (*.pdf)");
    QString filter = pdf;
    QString file = m_chooseExportFile
                       ? m_chooseExportFile()
                       : QFileDialog::getSaveFileName(
                             this, tr("Export the timeline"), QString(),
                             QStringList{pdf, png, svg}.join(QStringLiteral(";;")), &filter);
    if (file.isEmpty())
        return;
    auto format = Timeline::ChartExport::formatFromCode(QFileInfo(file).suffix());
    if (!format) {
        // No suffix it knows: the one of the chosen filter is added.
        format = filter == png   ? Timeline::ChartExport::Format::Png
                 : filter == svg ? Timeline::ChartExport::Format::Svg
                                 : Timeline::ChartExport::Format::Pdf;
        const QString suffix = filter == png   ? QStringLiteral(".png")
                               : filter == svg ? QStringLiteral(".svg")
                                               : QStringLiteral(".pdf");
        file += suffix;
    }
    emit exportRequested(file, *format);
}

void TimelineView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Timeline of %1").arg(m_model->chart().title));
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("timelinePrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Timeline::ChartExport::Options options = exportOptions();
    Timeline::ChartPages::print(m_model->chart(), options.first, options.last,
                                Timeline::pixelsPerDay(options.zoom), options.onePage, printer);
}

} // namespace Views
