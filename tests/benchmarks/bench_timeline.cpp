// How fast the timeline paints a project of 1,000 measures (SAMSPILL_BENCH_MEASURES changes
// the number): one full paint of a 1600 x 1000 view at each zoom level and fitted to the
// project, a scroll by a page and a change of zoom each followed by their paint. The chart is
// made in memory, as ChartBuilder makes it, so that only the drawing is measured; the goal is
// under 16 ms a paint (one frame at 60 Hz).

#include "models/timeline/chart.h"
#include "views/timelinecanvas.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTest>

#include <memory>

namespace {

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Measures of every precision and status over six years, in groups of 50, a milestone on every
// tenth, as a large project would have them.
Timeline::Chart generatedChart(int count)
{
    using Domain::PlanDate;
    Timeline::Chart chart;
    chart.project = QUuid::createUuid();
    chart.title = QStringLiteral("Stort prosjekt");
    chart.projectStart = QDate(2020, 1, 1);
    chart.projectEnd = QDate(2025, 12, 31);
    chart.today = QDate(2023, 6, 15);
    chart.first = QDate(2019, 12, 1);
    chart.last = QDate(2026, 1, 31);
    for (int m = 0; m < count; ++m) {
        Timeline::ChartMeasure measure;
        measure.uuid = QUuid::createUuid();
        measure.title = QStringLiteral("Tiltak %1: opplæring og hospitering").arg(m + 1);
        measure.status = Domain::Status(m % 5);
        measure.rag = Domain::Rag(m % 4);
        measure.progress = (m * 7) % 101;
        const QDate start = QDate(2020, 1, 1).addDays((m * 13) % 1800);
        const QDate end = start.addDays(60 + (m * 29) % 500);
        switch (m % 5) {
        case 0:
            measure.plannedStart = PlanDate::day(start);
            measure.plannedEnd = PlanDate::day(end);
            break;
        case 1:
            measure.plannedStart = PlanDate::month(start.year(), start.month());
            measure.plannedEnd = PlanDate::month(end.year(), end.month());
            break;
        case 2:
            measure.plannedStart = PlanDate::quarter(start.year(), (start.month() + 2) / 3);
            measure.plannedEnd = PlanDate::quarter(end.year(), (end.month() + 2) / 3);
            break;
        case 3:
            measure.plannedStart = PlanDate::halfYear(start.year(), start.month() <= 6 ? 1 : 2);
            measure.plannedEnd = PlanDate::halfYear(end.year(), end.month() <= 6 ? 1 : 2);
            break;
        default:
            measure.plannedStart = PlanDate::day(start);
            break;
        }
        if (m % 3 == 0) {
            measure.actualStart = PlanDate::day(start.addDays(10));
            measure.actualEnd = PlanDate::day(end.addDays(20));
        }
        if (m % 10 == 0) {
            measure.milestones.append(Timeline::ChartMilestone{
                QUuid::createUuid(), QStringLiteral("Delrapport %1").arg(m),
                PlanDate::day(start.addDays(30)), m % 20 == 0, false});
        }
        chart.measures.append(measure);
        if (m % 50 == 0)
            chart.groups.append(Timeline::ChartGroup{
                QStringLiteral("Delmål %1").arg(m / 50 + 1), m % 100 == 0 ? 0 : 1, {}});
        chart.groups.last().members.append(m);
    }
    return chart;
}

} // namespace

class BenchTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paintFullView_data();
    void paintFullView();
    void scrollByAPage();
    void changeZoom();

private:
    void paintOnce();

    Timeline::Chart m_chart;
    std::unique_ptr<Views::TimelineCanvas> m_canvas;
    QImage m_image;
};

void BenchTimeline::initTestCase()
{
    m_chart = generatedChart(setting("SAMSPILL_BENCH_MEASURES", 1000));
    m_canvas = std::make_unique<Views::TimelineCanvas>();
    m_canvas->resize(1600, 1000);
    m_canvas->setChart(&m_chart);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    m_image = QImage(m_canvas->viewport()->size() * m_canvas->devicePixelRatio(),
                     QImage::Format_ARGB32_Premultiplied);
    qInfo("%lld measures, a view of %dx%d", qlonglong(m_chart.measures.size()),
          m_canvas->viewport()->width(), m_canvas->viewport()->height());
}

void BenchTimeline::paintOnce()
{
    QPainter painter(&m_image);
    m_canvas->viewport()->render(&painter);
}

void BenchTimeline::paintFullView_data()
{
    QTest::addColumn<int>("zoom"); // -1: fitted to the project
    QTest::newRow("week") << int(Timeline::Zoom::Week);
    QTest::newRow("month") << int(Timeline::Zoom::Month);
    QTest::newRow("quarter") << int(Timeline::Zoom::Quarter);
    QTest::newRow("year") << int(Timeline::Zoom::Year);
    QTest::newRow("fit") << -1;
}

void BenchTimeline::paintFullView()
{
    QFETCH(int, zoom);
    if (zoom < 0)
        m_canvas->fitProject();
    else
        m_canvas->setZoom(Timeline::Zoom(zoom));
    // Halfway down the rows and along the days, where every row is full.
    m_canvas->verticalScrollBar()->setValue(m_canvas->verticalScrollBar()->maximum() / 2);
    m_canvas->horizontalScrollBar()->setValue(m_canvas->horizontalScrollBar()->maximum() / 2);
    QBENCHMARK
    {
        paintOnce();
    }
}

void BenchTimeline::scrollByAPage()
{
    m_canvas->setZoom(Timeline::Zoom::Month);
    QScrollBar *rows = m_canvas->verticalScrollBar();
    rows->setValue(0);
    QBENCHMARK
    {
        rows->setValue(rows->value() + rows->pageStep() > rows->maximum()
                           ? 0
                           : rows->value() + rows->pageStep());
        paintOnce();
    }
}

void BenchTimeline::changeZoom()
{
    int level = 0;
    QBENCHMARK
    {
        m_canvas->setZoom(Timeline::Zoom(level));
        level = (level + 1) % 4;
        paintOnce();
    }
}

QTEST_MAIN(BenchTimeline)
#include "bench_timeline.moc"
