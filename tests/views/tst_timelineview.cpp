#include "views/timelineview.h"

#include "models/measureselection.h"
#include "models/measuretablemodel.h"
#include "models/projectdata.h"
#include "models/timeline/timelinemodel.h"
#include "tests/models/seededworkspace.h"
#include "tests/timeline/everyprecision.h"
#include "views/measuresview.h"
#include "views/timelinecanvas.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace TestSupport;
using Domain::PlanDate;

// The timeline tab as its user meets it, over the project of every precision: dragging a bar,
// its end or a milestone, or pressing Alt with an arrow, asks for a new period or date (the
// composition root makes an undoable command of it; the canvas changes nothing itself); the
// measure chosen on the timeline is the one chosen in the table, and the other way round; what
// has no date is listed beneath the chart.
class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void draggingABarAMonthAsksForThePeriodAMonthLater();
    void draggingTheEndOfAQuarterBarAsksForALaterEndOnly();
    void draggingTheStartOfABarAsksForAnEarlierStartOnly();
    void draggingAMilestoneAsksForItsNewDate();
    void aDragBackToWhereItBeganAsksForNothing();
    void escapeDropsADrag();
    void altArrowMovesTheChosenBarOneStepOfTheZoom();
    void altShiftArrowMovesTheEndAndAltCtrlArrowTheStart();
    void plainArrowsNeverReschedule();
    void choosingABarChoosesTheMeasureInTheTable();
    void choosingAMeasureInTheTableChoosesItOnTheTimeline();
    void undatedMeasuresAndMilestonesAreListedApart();
    void groupingByOrganisationKeepsEveryDatedMeasure();
    void exportAsksForTheFileChosenInTheFormatOfItsSuffix();

private:
    // A left-button drag on the canvas from one point to another, through QTest events.
    void drag(QPointF from, QPointF to);
    // The measure shown, scrolled into view, at this zoom level.
    void show(const QUuid &measure, Timeline::Zoom zoom);

    std::unique_ptr<SeededWorkspace> m_seeded;
    std::unique_ptr<Models::ProjectData> m_data;
    std::unique_ptr<Models::MeasureSelection> m_selection;
    std::unique_ptr<Models::MeasureTableModel> m_measures;
    std::unique_ptr<Timeline::TimelineModel> m_model;
    std::unique_ptr<QWidget> m_window;
    Views::TimelineView *m_view = nullptr;
    Views::MeasuresView *m_table = nullptr;
    Views::TimelineCanvas *m_canvas = nullptr;
};

namespace {

PlanDate date(const char *code)
{
    return PlanDate::fromCode(QString::fromLatin1(code)).value();
}

QPoint rounded(QPointF point)
{
    return point.toPoint();
}

} // namespace

void TestTimelineView::initTestCase()
{
    m_seeded = std::make_unique<SeededWorkspace>();
    QVERIFY2(m_seeded->isValid(), qPrintable(m_seeded->error()));
    QCOMPARE(m_seeded->importJson(EveryPrecision::json()), QString());
}

void TestTimelineView::init()
{
    m_data = std::make_unique<Models::ProjectData>(m_seeded->repositories());
    m_selection = std::make_unique<Models::MeasureSelection>();
    m_measures = std::make_unique<Models::MeasureTableModel>(m_data.get());
    m_model = std::make_unique<Timeline::TimelineModel>(m_data.get());
    m_window = std::make_unique<QWidget>();
    m_view = new Views::TimelineView(m_model.get(), m_selection.get(), m_window.get());
    m_table = new Views::MeasuresView(m_data.get(), m_measures.get(), m_window.get());
    m_table->setSelection(m_selection.get());
    m_canvas = m_view->canvas();
    m_view->setGeometry(0, 0, 1200, 560);
    m_table->setGeometry(0, 560, 1200, 300);
    m_window->resize(1200, 860);
    QVERIFY(m_data->load(m_seeded->projectId(EveryPrecision::project)).ok());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTimelineView::cleanup()
{
    m_window.reset();
    m_model.reset();
    m_measures.reset();
    m_selection.reset();
    m_data.reset();
}

void TestTimelineView::drag(QPointF from, QPointF to)
{
    QWidget *viewport = m_canvas->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, rounded(from));
    QTest::mouseMove(viewport, rounded((from + to) / 2));
    QTest::mouseMove(viewport, rounded(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, rounded(to));
}

void TestTimelineView::show(const QUuid &measure, Timeline::Zoom zoom)
{
    m_canvas->setZoom(zoom);
    m_canvas->setSelectedMeasure({});
    m_canvas->setSelectedMeasure(measure);
    QVERIFY(m_canvas->viewport()->rect().contains(
        rounded(m_canvas->plannedBarRect(measure).topLeft())));
}

void TestTimelineView::draggingABarAMonthAsksForThePeriodAMonthLater()
{
    // GIVEN "Dager", 15.03.2011-30.09.2011, shown by month
    show(EveryPrecision::days, Timeline::Zoom::Month);
    QSignalSpy asked(m_canvas, &Views::TimelineCanvas::measureRescheduleRequested);
    const QRectF bar = m_canvas->plannedBarRect(EveryPrecision::days);
    const QPointF grip(bar.left() + 60, bar.center().y());

    // WHEN the user drags the bar by a month's width
    drag(grip, grip + QPointF(31 * m_canvas->pixelsPerDay(), 0));

    // THEN a month later is asked for, the days kept, and the chart is as it was
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toUuid(), EveryPrecision::days);
    QCOMPARE(asked.at(0).at(1).value<PlanDate>(), date("2011-04-15"));
    QCOMPARE(asked.at(0).at(2).value<PlanDate>(), date("2011-10-30"));
    QCOMPARE(m_canvas->plannedBarRect(EveryPrecision::days), bar);
}

void TestTimelineView::draggingTheEndOfAQuarterBarAsksForALaterEndOnly()
{
    // GIVEN "Kvartaler", 1. kvartal 2012 to 4. kvartal 2012, shown by quarter
    show(EveryPrecision::quarters, Timeline::Zoom::Quarter);
    QSignalSpy asked(m_canvas, &Views::TimelineCanvas::measureRescheduleRequested);
    const QRectF bar = m_canvas->plannedBarRect(EveryPrecision::quarters);
    const QPointF end(bar.right() - 1, bar.center().y());

    // WHEN the user drags its end a quarter to the right
    drag(end, end + QPointF(92 * m_canvas->pixelsPerDay(), 0));

    // THEN the end is asked to be 1. kvartal 2013, the start is kept
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(1).value<PlanDate>(), date("2012-Q1"));
    QCOMPARE(asked.at(0).at(2).value<PlanDate>(), date("2013-Q1"));
}

void TestTimelineView::draggingTheStartOfABarAsksForAnEarlierStartOnly()
{
    show(EveryPrecision::quarters, Timeline::Zoom::Quarter);
    QSignalSpy asked(m_canvas, &Views::TimelineCanvas::measureRescheduleRequested);
    const QRectF bar = m_canvas->plannedBarRect(EveryPrecision::quarters);
    const QPointF start(bar.left() + 1, bar.center().y());

    drag(start, start - QPointF(2 * 91 * m_canvas->pixelsPerDay(), 0));

    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(1).value<PlanDate>(), date("2011-Q3"));
    QCOMPARE(asked.at(0).at(2).value<PlanDate>(), date("2012-Q4"));
}

void TestTimelineView::draggingAMilestoneAsksForItsNewDate()
{
    // GIVEN the project's milestone "Felles opplæring", høsten 2012, shown by month
    show(EveryPrecision::halfYears, Timeline::Zoom::Month);
    QSignalSpy asked(m_canvas, &Views::TimelineCanvas::milestoneRescheduleRequested);
    QSignalSpy measureAsked(m_canvas, &Views::TimelineCanvas::measureRescheduleRequested);
    const QRectF diamond = m_canvas->milestoneRect(EveryPrecision::training);
    QVERIFY(m_canvas->viewport()->rect().contains(diamond.center().toPoint()));

    // WHEN the user drags it half a year to the right
    drag(diamond.center(), diamond.center() + QPointF(183 * m_canvas->pixelsPerDay(), 0));

    // THEN våren 2013 is asked for, a half-year being the step of a half-year's date
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toUuid(), EveryPrecision::training);
    QCOMPARE(asked.at(0).at(1).value<PlanDate>(), date("2013-H1"));
    QCOMPARE(measureAsked.count(), 0);
}

void TestTimelineView::aDragBackToWhereItBeganAsksForNothing()
{
    show(EveryPrecision::days, Timeline::Zoom::Month);
    QSignalSpy asked(m_canvas, &Views::TimelineCanvas::measureRescheduleRequested);
    const QRectF bar = m_canvas->plannedBarRect(EveryPrecision::days);
    const QPointF grip(bar.left() + 60, bar.center().y());
    QWidget *viewport = m_canvas->viewport();

    QTest::mousePress(viewport, Qt::LeftButton, {}, rounded(grip));
    QTest::mouseMove(viewport, rounded(grip + QPointF(100, 0)));
    QTest::mouseMove(viewport, rounded(grip + QPointF(2, 0)));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, rounded(grip + QPointF(2, 0)));

    QCOMPARE(asked.count(), 0);
}

void TestTimelineView::escapeDropsADrag()
{
    show(EveryPrecision::days, Timeline::Zoom::Month);
    QSignalSpy asked(m_canvas, &Views::TimelineCanvas::measureRescheduleRequested);
    const QRectF bar = m_canvas->plannedBarRect(EveryPrecision::days);
    const QPointF grip(bar.left() + 60, bar.center().y());
    QWidget *viewport = m_canvas->viewport();

    QTest::mousePress(viewport, Qt::LeftButton, {}, rounded(grip));
    QTest::mouseMove(viewport, rounded(grip + QPointF(200, 0)));
    QTest::keyClick(m_canvas, Qt::Key_Escape);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, rounded(grip + QPointF(200, 0)));

    QCOMPARE(asked.count(), 0);
}

void TestTimelineView::altArrowMovesTheChosenBarOneStepOfTheZoom()
{
    // GIVEN "Måneder", september 2011 to mars 2012, chosen and shown by quarter
    show(EveryPrecision::months, Timeline::Zoom::Quarter);
    m_canvas->setFocus();
    QSignalSpy asked(m_canvas, &Views::TimelineCanvas::measureRescheduleRequested);

    // WHEN the user presses Alt+Right, then Alt+Left
    QTest::keyClick(m_canvas, Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(m_canvas, Qt::Key_Left, Qt::AltModifier);

    // THEN the whole bar is asked to move a quarter later, then a quarter earlier (nothing is
    // moved until the request is carried out, so both start from the stored period)
    QCOMPARE(asked.count(), 2);
    QCOMPARE(asked.at(0).at(0).toUuid(), EveryPrecision::months);
    QCOMPARE(asked.at(0).at(1).value<PlanDate>(), date("2011-12"));
    QCOMPARE(asked.at(0).at(2).value<PlanDate>(), date("2012-06"));
    QCOMPARE(asked.at(1).at(1).value<PlanDate>(), date("2011-06"));
    QCOMPARE(asked.at(1).at(2).value<PlanDate>(), date("2011-12"));
}

void TestTimelineView::altShiftArrowMovesTheEndAndAltCtrlArrowTheStart()
{
    show(EveryPrecision::months, Timeline::Zoom::Month);
    m_canvas->setFocus();
    QSignalSpy asked(m_canvas, &Views::TimelineCanvas::measureRescheduleRequested);

    QTest::keyClick(m_canvas, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    QTest::keyClick(m_canvas, Qt::Key_Left, Qt::AltModifier | Qt::ControlModifier);

    QCOMPARE(asked.count(), 2);
    QCOMPARE(asked.at(0).at(1).value<PlanDate>(), date("2011-09"));
    QCOMPARE(asked.at(0).at(2).value<PlanDate>(), date("2012-04"));
    QCOMPARE(asked.at(1).at(1).value<PlanDate>(), date("2011-08"));
    QCOMPARE(asked.at(1).at(2).value<PlanDate>(), date("2012-03"));
}

void TestTimelineView::plainArrowsNeverReschedule()
{
    show(EveryPrecision::months, Timeline::Zoom::Month);
    m_canvas->setFocus();
    QSignalSpy asked(m_canvas, &Views::TimelineCanvas::measureRescheduleRequested);

    for (const Qt::Key key : {Qt::Key_Left, Qt::Key_Right})
        QTest::keyClick(m_canvas, key);
    QTest::keyClick(m_canvas, Qt::Key_Right, Qt::ShiftModifier);

    QCOMPARE(asked.count(), 0);
}

void TestTimelineView::choosingABarChoosesTheMeasureInTheTable()
{
    show(EveryPrecision::quarters, Timeline::Zoom::Quarter);
    m_canvas->setSelectedMeasure({});
    const QRectF bar = m_canvas->plannedBarRect(EveryPrecision::quarters);

    QTest::mouseClick(m_canvas->viewport(), Qt::LeftButton, {},
                      rounded(QPointF(bar.left() + 20, bar.center().y())));

    auto *table = m_table->findChild<QTableView *>(QStringLiteral("measureTable"));
    QVERIFY(table);
    QCOMPARE(table->currentIndex().data(Models::MeasureTableModel::UuidRole).toUuid(),
             EveryPrecision::quarters);
    QCOMPARE(m_canvas->selectedMeasure(), EveryPrecision::quarters);
}

void TestTimelineView::choosingAMeasureInTheTableChoosesItOnTheTimeline()
{
    auto *table = m_table->findChild<QTableView *>(QStringLiteral("measureTable"));
    QVERIFY(table);
    const QModelIndexList found =
        table->model()->match(table->model()->index(0, 0), Models::MeasureTableModel::UuidRole,
                              EveryPrecision::halfYears, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);

    table->setCurrentIndex(found.first());

    QCOMPARE(m_canvas->selectedMeasure(), EveryPrecision::halfYears);
    // and its bar is scrolled into view
    const QRectF bar = m_canvas->plannedBarRect(EveryPrecision::halfYears);
    QVERIFY(m_canvas->viewport()->rect().intersects(bar.toAlignedRect()));
}

void TestTimelineView::undatedMeasuresAndMilestonesAreListedApart()
{
    auto *list = m_view->findChild<QListWidget *>(QStringLiteral("undatedList"));
    auto *title = m_view->findChild<QLabel *>(QStringLiteral("undatedTitle"));
    QVERIFY(list && title);
    QStringList shown;
    for (int row = 0; row < list->count(); ++row)
        shown.append(list->item(row)->text());
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.at(0).startsWith(EveryPrecision::undatedTitle), qPrintable(shown.at(0)));
    QVERIFY2(shown.at(1).contains(EveryPrecision::undatedMilestoneTitle), qPrintable(shown.at(1)));
    QVERIFY2(title->text().contains(QLatin1String("2")), qPrintable(title->text()));
    // not drawn: it has no bar
    QVERIFY(m_canvas->plannedBarRect(EveryPrecision::undated).isNull());

    // choosing it in the list chooses it in the table
    list->setCurrentRow(0);
    QCOMPARE(m_selection->current(), EveryPrecision::undated);
}

void TestTimelineView::groupingByOrganisationKeepsEveryDatedMeasure()
{
    auto *grouping = m_view->findChild<QComboBox *>(QStringLiteral("timelineGrouping"));
    QVERIFY(grouping);
    grouping->setCurrentIndex(1);

    QCOMPARE(m_model->grouping(), Timeline::Grouping::ResponsibleOrganisation);
    for (const QUuid &measure :
         {EveryPrecision::days, EveryPrecision::months, EveryPrecision::quarters,
          EveryPrecision::halfYears, EveryPrecision::year, EveryPrecision::openEnd}) {
        QVERIFY2(!m_canvas->plannedBarRect(measure).isNull(), qPrintable(measure.toString()));
    }
}

void TestTimelineView::exportAsksForTheFileChosenInTheFormatOfItsSuffix()
{
    QSignalSpy asked(m_view, &Views::TimelineView::exportRequested);
    QStringList chosen{QStringLiteral("/home/bruker/tidslinje.svg"), QString()};
    m_view->setExportFileChooser([&chosen] { return chosen.takeFirst(); });
    QAction *exportAction = m_view->findChild<QAction *>(QStringLiteral("timelineExportAction"));
    QVERIFY(exportAction);

    exportAction->trigger(); // a file chosen
    exportAction->trigger(); // the dialog cancelled

    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("/home/bruker/tidslinje.svg"));
    QCOMPARE(asked.at(0).at(1).value<Timeline::ChartExport::Format>(),
             Timeline::ChartExport::Format::Svg);
    // what the view shows is what is exported
    const Timeline::ChartExport::Options options = m_view->exportOptions();
    QCOMPARE(options.zoom, m_canvas->zoom());
    QCOMPARE(options.first, m_canvas->firstDay());
    QCOMPARE(options.last, m_canvas->lastDay());
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
