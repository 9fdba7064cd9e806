// What a progress report costs (see the README's benchmark section), each against a floor
// measured in the same run on the same machine:
//   - one project's PDF report, the whole process: `samspill report` started, the database
//     opened, the report made and written (goal: under 300 ms), against `cp` of the same file
//     (a process that writes as many bytes);
//   - the same report made in the process (Report::Generator), against as much plain text
//     painted onto PDF pages line by line (plainPdf);
//   - the portfolio report of SAMSPILL_BENCH_PROJECTS projects (100; goal: under 3 s) with the
//     sections a portfolio meeting reads (the summary page, and for each project its title
//     block, figures, deviations, decisions and milestones), whole process and in the process,
//     and with every section in the process, against the same floors.
// Projects have SAMSPILL_BENCH_MEASURES measures (50) each, of the shape of
// TestSupport::generatedPortfolio (with the seed beside them). Prints figures; never fails on
// time. SAMSPILL_BENCH_FOLDER keeps the database and the reports there; otherwise they are
// temporary.

#include "app/workspace.h"
#include "models/report/generator.h"
#include "tests/support/generatedportfolio.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const Report::Request::Sections portfolioSections =
    Report::Request::Sections(Report::Request::Section::Summary) |
    Report::Request::Section::Deviations | Report::Request::Section::Decisions |
    Report::Request::Section::Milestones;

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Processor time (user and system) of this process and of the children it waited for, in
// milliseconds: on a shared, loaded machine the wall time mostly says how long it waited for a
// core, the processor time what the work costs.
double processorTime()
{
    double total = 0;
    for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage{};
        getrusage(who, &usage);
        for (const timeval &time : {usage.ru_utime, usage.ru_stime})
            total += double(time.tv_sec) * 1e3 + double(time.tv_usec) / 1e3;
    }
    return total;
}

struct Time
{
    double wall = -1;
    double processor = -1;
};

// The median wall and processor time of runs of work, in milliseconds.
Time median(int runs, const std::function<bool()> &work)
{
    QVector<double> walls;
    QVector<double> processors;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double before = processorTime();
        timer.start();
        if (!work()) {
            std::fprintf(stderr, "a run failed\n");
            return {};
        }
        walls.append(double(timer.nsecsElapsed()) / 1e6);
        processors.append(processorTime() - before);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(processors.begin(), processors.end());
    return {walls.at(walls.size() / 2), processors.at(processors.size() / 2)};
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    return process.waitForFinished(600000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

// As many characters of plain text as the report holds, painted as lines of 100 characters, 60
// to an A4 page: what putting the report's letters on PDF pages costs, without laying anything
// out.
QByteArray plainPdf(int characters)
{
    QString text;
    text.reserve(characters);
    while (text.size() < characters)
        text += QStringLiteral("Hospitering i kommunene og helseforetaket, høsten 2012. ");
    text.truncate(characters);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    painter.setFont(font);
    const double line = QFontMetricsF(font, &writer).height();
    for (qsizetype at = 0, row = 0; at < text.size(); at += 100, ++row) {
        if (row == 60) {
            writer.newPage();
            row = 0;
        }
        painter.drawText(QPointF(0, line * double(row + 1)), text.mid(at, 100));
    }
    painter.end();
    return bytes;
}

// The characters of the report's texts.
int characterCount(const Report::Content &content)
{
    qsizetype count = 0;
    for (const Report::Block &block : content.blocks) {
        count += block.text.size();
        for (const QString &item : block.items)
            count += item.size();
        for (const QString &cell : block.table.header)
            count += cell.size();
        for (const QStringList &row : block.table.rows) {
            for (const QString &cell : row)
                count += cell.size();
        }
    }
    return int(count);
}

void line(const char *what, Time time, Time floor, const char *floorName)
{
    std::printf("%s\n  processor %9.1f ms, floor (%s) %8.1f ms: %5.1fx;  wall %9.1f ms, floor "
                "%8.1f ms: %5.1fx\n",
                what, time.processor, floorName, floor.processor,
                floor.processor > 0 ? time.processor / floor.processor : 0.0, time.wall, floor.wall,
                floor.wall > 0 ? time.wall / floor.wall : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const int projects = setting("SAMSPILL_BENCH_PROJECTS", 100);
    const int measures = setting("SAMSPILL_BENCH_MEASURES", 50);
    const int runs = setting("SAMSPILL_BENCH_RUNS", 5);
    QTemporaryDir temporary;
    const QString folder = qEnvironmentVariableIsSet("SAMSPILL_BENCH_FOLDER")
                               ? qEnvironmentVariable("SAMSPILL_BENCH_FOLDER")
                               : temporary.path();
    const QString file = QDir(folder).filePath(QStringLiteral("report.sqlite"));
    QFile::remove(file);
    QUuid middle;
    {
        auto workspace = App::Workspace::open(Storage::ConnectionSettings::sqlite(file));
        if (!workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(workspace.error().message));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        for (int first = 0; first < projects; first += 10) {
            auto imported = workspace.value()->portfolio().importPortfolio(
                TestSupport::generatedPortfolio(std::min(10, projects - first), measures, first));
            if (!imported) {
                std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
                return 1;
            }
        }
        auto all = workspace.value()->projects().projects();
        middle = all->at(all->size() / 2).uuid;
        std::printf("%d projects of %d measures (and the seed) imported in %.1f s\n", projects,
                    measures, double(timer.elapsed()) / 1000.0);

        // In the process: the report made by the generator, against plain text printed.
        Report::Generator generator(
            {&workspace.value()->portfolio(), &workspace.value()->organisations(),
             &workspace.value()->knowledgeSources(), &workspace.value()->projects(),
             &workspace.value()->history()});
        Report::Request request;
        request.projects = {middle};
        request.from = QDate(QDate::currentDate().year(), 1, 1);
        request.to = QDate::currentDate();
        request.format = Report::Request::Format::Pdf;
        int characters = 0;
        qint64 bytes = 0;
        const Time one = median(runs, [&] {
            auto content = generator.content(request);
            if (!content)
                return false;
            auto pdf = Report::Generator::render(content.value(), request.format);
            characters = characterCount(content.value());
            bytes = pdf ? pdf->size() : 0;
            return bool(pdf);
        });
        const Time onePlain = median(runs, [&] { return !plainPdf(characters).isEmpty(); });
        std::printf("one project's report: %d characters, a PDF of %lld bytes\n", characters,
                    bytes);
        line("one project, PDF, in the process", one, onePlain, "plain text PDF");

        // The portfolio with the sections a portfolio meeting reads (each project's light and
        // figures, deviations, decisions and milestones), and with every section.
        request.projects.clear();
        request.allProjects = true;
        for (const bool everything : {false, true}) {
            request.sections = everything ? Report::Request::allSections() : portfolioSections;
            const Time made = median(1, [&] {
                auto content = generator.content(request);
                if (!content)
                    return false;
                auto pdf = Report::Generator::render(content.value(), request.format);
                characters = characterCount(content.value());
                bytes = pdf ? pdf->size() : 0;
                return bool(pdf);
            });
            // Of which the content alone (reading the projects, the figures, the blocks).
            const Time content = median(1, [&] { return bool(generator.content(request)); });
            const Time allPlain = median(1, [&] { return !plainPdf(characters).isEmpty(); });
            std::printf("portfolio report, %s: %d characters, a PDF of %lld bytes; the content "
                        "alone %.1f ms processor\n",
                        everything ? "every section" : "portfolio sections", characters, bytes,
                        content.processor);
            line(everything ? "portfolio, every section, PDF, in the process"
                            : "portfolio, portfolio sections, PDF, in the process",
                 made, allPlain, "plain text PDF");
        }
    }

    // The whole process, as a user waits for it.
    const QString program = QStringLiteral(SAMSPILL_EXECUTABLE);
    const QString output = QDir(folder).filePath(QStringLiteral("report.pdf"));
    const QString copy = QDir(folder).filePath(QStringLiteral("copy.pdf"));
    const QStringList common{QStringLiteral("--database"),
                             file,
                             QStringLiteral("report"),
                             QStringLiteral("--from"),
                             QString::number(QDate::currentDate().year()),
                             QStringLiteral("--to"),
                             QDate::currentDate().toString(Qt::ISODate),
                             QStringLiteral("--output"),
                             output};
    const Time process = median(runs, [&] {
        return run(program, common + QStringList{QStringLiteral("--project"),
                                                 middle.toString(QUuid::WithoutBraces)});
    });
    const Time processCopy = median(runs, [&] {
        QFile::remove(copy);
        return run(QStringLiteral("cp"), {output, copy});
    });
    line("one project, PDF, `samspill report` (goal < 300 ms)", process, processCopy, "cp");
    const Time portfolio = median(std::max(1, runs / 2), [&] {
        return run(program,
                   common + QStringList{QStringLiteral("--all"), QStringLiteral("--sections"),
                                        QStringLiteral("summary,deviations,decisions,"
                                                       "milestones")});
    });
    const Time portfolioCopy = median(runs, [&] {
        QFile::remove(copy);
        return run(QStringLiteral("cp"), {output, copy});
    });
    line("portfolio, portfolio sections, PDF, `samspill report --all` (goal < 3 s)", portfolio,
         portfolioCopy, "cp");
    return 0;
}
