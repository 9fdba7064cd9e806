// Samspill at portfolio scale, measured as a user meets it: a portfolio of S (10 projects, 1,000
// measures), M (100 projects, 10,000 measures) or L (1,000 projects, 100,000 measures) of the
// shape of TestSupport::generatedPortfolio, the same in every run. For each size it reports,
// beside the floor that plain SQLite sets for the same rows:
//   import      samspill import of the whole exchange file (time, peak memory)
//   floor       sqlite3 loading the same entity rows (its .dump of them) into an empty file
//   file        the database file, and the floor's
//   open        opening the database as the window does (Workspace::open), in a new process
//   read        reading one project with everything in it (median of 21)
//   export      samspill export of all projects, and of one (time, peak memory)
//   check       samspill check
//   first paint the window's first frame after start (offscreen), and its peak memory
// Nothing here passes or fails on time: it prints a table. The machine is shared and noisy, so
// the ratios to the floor, measured in the same run, are what to compare between runs.
//
//   bench_scale [--sizes S,M,L] [--samspill PATH] [--folder DIR]
// --samspill measures another build of samspill (an older one, for "before" figures) for the
// commands it runs (import, export, check, all measured first); open, read and first paint are
// this build's, on the database that build made (which this one may then upgrade).

#include "app/desktop.h"
#include "app/workspace.h"
#include "models/exchange/jsonwriter.h"
#include "tests/support/generatedportfolio.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Size
{
    QString name;
    int projects;
};

struct Measured
{
    double seconds = -1;
    double peakMegabytes = -1;
    QString output; // what the program printed on standard output
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double megabytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

qint64 sizeOf(const QString &database)
{
    qint64 bytes = QFileInfo(database).size();
    for (const char *side : {"-wal", "-shm"})
        bytes += QFileInfo(database + QLatin1String(side)).size();
    return bytes;
}

// Runs a program to its end with wait4(), for its wall time and peak resident memory.
// Standard output goes to outputFile when one is given, standard input comes from inputFile.
Measured runProgram(const QStringList &command, const QString &inputFile = {},
                    const QString &outputFile = {})
{
    std::vector<QByteArray> arguments;
    for (const QString &argument : command)
        arguments.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const QByteArray input = inputFile.toLocal8Bit();
    const QByteArray output =
        outputFile.isEmpty() ? QByteArray("/dev/null") : outputFile.toLocal8Bit();

    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child == 0) {
        if (!input.isEmpty() && !freopen(input.constData(), "r", stdin))
            _exit(126);
        if (!freopen(output.constData(), "w", stdout))
            _exit(126);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (child < 0 || wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
        qWarning("failed: %s", qPrintable(command.join(QLatin1Char(' '))));
        return {};
    }
    Measured result;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.peakMegabytes = double(usage.ru_maxrss) / 1024.0;
    if (!outputFile.isEmpty()) {
        QFile file(outputFile);
        if (file.size() < 4096 && file.open(QIODevice::ReadOnly))
            result.output = QString::fromUtf8(file.readAll()).trimmed();
    }
    return result;
}

// Writes the portfolio of size to file one project at a time, so that even L is never whole in
// memory. Returns the UUID of its middle project.
QUuid writePortfolio(int projects, const QString &file)
{
    QFile device(file);
    if (!device.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file));
    Exchange::JsonWriter writer(&device);
    const Domain::Portfolio shared = TestSupport::generatedPortfolio(0, 0);
    writer.begin(shared.organisations, shared.knowledgeSources);
    QUuid middle;
    for (int first = 0; first < projects; first += 10) {
        const Domain::Portfolio chunk =
            TestSupport::generatedPortfolio(std::min(10, projects - first), 100, first);
        for (const Domain::ProjectBundle &bundle : chunk.projects) {
            if (first + (&bundle - chunk.projects.constData()) == projects / 2)
                middle = bundle.project.uuid;
            writer.writeProject(bundle);
        }
    }
    if (!writer.finish() || !device.flush())
        qFatal("cannot write %s", qPrintable(file));
    return middle;
}

// --- the measurements that run in a process of their own (this program, again)

// Opening the database as the window does.
int measureOpen(const QString &database)
{
    QElapsedTimer timer;
    timer.start();
    auto workspace = App::Workspace::open(Storage::ConnectionSettings::sqlite(database));
    if (!workspace)
        return 1;
    out() << double(timer.nsecsElapsed()) / 1e6 << Qt::endl;
    return 0;
}

// Reading one project with everything in it: the median of 21 reads.
int measureRead(const QString &database, const QString &project)
{
    auto workspace = App::Workspace::open(Storage::ConnectionSettings::sqlite(database));
    if (!workspace)
        return 1;
    auto stored = workspace.value()->projects().projectByUuid(QUuid::fromString(project));
    if (!stored)
        return 1;
    std::vector<double> times;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto bundle = workspace.value()->portfolio().projectBundle(stored->id);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!bundle || bundle->measures.size() != 100)
            return 1;
    }
    std::sort(times.begin(), times.end());
    out() << times.at(times.size() / 2) << Qt::endl;
    return 0;
}

// The window from the start of the process to its first frame.
int measureFirstPaint(int argc, char **argv, const QString &database, const QElapsedTimer &started)
{
    QApplication application(argc, argv);
    auto workspace = App::Workspace::open(Storage::ConnectionSettings::sqlite(database));
    if (!workspace)
        return 1;
    App::Desktop desktop(*workspace.value());
    desktop.window().show();
    if (!QTest::qWaitForWindowExposed(&desktop.window()))
        return 1;
    desktop.window().grab(); // paints every widget once, as the first frame does
    const double milliseconds = double(started.nsecsElapsed()) / 1e6;
    QFile status(QStringLiteral("/proc/self/status"));
    double peak = -1;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    out() << milliseconds << ' ' << peak << Qt::endl;
    return 0;
}

// --- the table

QString figure(double value, int decimals = 2)
{
    return value < 0 ? QStringLiteral("failed") : QString::number(value, 'f', decimals);
}

void measureSize(const Size &size, const QString &samspill, const QString &self, const QDir &folder)
{
    const QString file = folder.filePath(size.name + QStringLiteral(".json"));
    const QString database = folder.filePath(size.name + QStringLiteral(".sqlite"));
    const QString floorSql = folder.filePath(size.name + QStringLiteral("-floor.sql"));
    const QString floorDatabase = folder.filePath(size.name + QStringLiteral("-floor.sqlite"));
    for (const QString &old : {file, database, floorSql, floorDatabase})
        QFile::remove(old);
    const QUuid middle = writePortfolio(size.projects, file);
    const QString middleText = middle.toString(QUuid::WithoutBraces);

    const Measured imported = runProgram(
        {samspill, QStringLiteral("--database"), database, QStringLiteral("import"), file});
    const qint64 databaseBytes = sizeOf(database);
    // The floor: the same entity rows, with their tables and indexes, loaded by plain SQLite.
    QString dump = QStringLiteral(".dump");
    for (const char *table : {"organisation", "knowledge_source", "project", "participant",
                              "member", "goal", "indicator", "measure", "measure_goal",
                              "measure_organisation", "measure_knowledge_source", "activity",
                              "milestone", "status_update", "risk", "budget_line"})
        dump += QLatin1Char(' ') + QLatin1String(table);
    runProgram({QStringLiteral("sqlite3"), database, dump}, {}, floorSql);
    const Measured floor = runProgram({QStringLiteral("sqlite3"), floorDatabase}, floorSql);
    const qint64 floorBytes = sizeOf(floorDatabase);

    const Measured exportedAll =
        runProgram({samspill, QStringLiteral("--database"), database, QStringLiteral("export"),
                    QStringLiteral("--output"), folder.filePath(QStringLiteral("all.json"))});
    const Measured exportedOne =
        runProgram({samspill, QStringLiteral("--database"), database, QStringLiteral("export"),
                    QStringLiteral("--project"), middleText, QStringLiteral("--output"),
                    folder.filePath(QStringLiteral("one.json"))});
    const Measured checked =
        runProgram({samspill, QStringLiteral("--database"), database, QStringLiteral("check")});
    const Measured opened = runProgram({self, QStringLiteral("--open"), database}, {},
                                       folder.filePath(QStringLiteral("open.txt")));
    const Measured read = runProgram({self, QStringLiteral("--read"), database, middleText}, {},
                                     folder.filePath(QStringLiteral("read.txt")));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const Measured painted = runProgram({self, QStringLiteral("--first-paint"), database}, {},
                                        folder.filePath(QStringLiteral("paint.txt")));
    const QStringList paint = painted.output.split(QLatin1Char(' '));

    out() << "\n### " << size.name << ": " << size.projects << " projects, " << size.projects * 100
          << " measures (exchange file " << figure(megabytes(QFileInfo(file).size()), 1)
          << " MB)\n\n"
          << "| what | Samspill | SQLite floor | ratio |\n|---|---|---|---|\n"
          << "| import | " << figure(imported.seconds) << " s, "
          << figure(imported.peakMegabytes, 0) << " MB peak | " << figure(floor.seconds) << " s | "
          << figure(imported.seconds / floor.seconds, 1) << "x |\n"
          << "| database file | " << figure(megabytes(databaseBytes), 1) << " MB | "
          << figure(megabytes(floorBytes), 1) << " MB | "
          << figure(double(databaseBytes) / double(floorBytes), 2) << "x |\n"
          << "| open | " << opened.output << " ms | | |\n"
          << "| read one project | " << read.output << " ms | | |\n"
          << "| export all | " << figure(exportedAll.seconds) << " s, "
          << figure(exportedAll.peakMegabytes, 0) << " MB peak | | |\n"
          << "| export one project | " << figure(exportedOne.seconds) << " s | | |\n"
          << "| check | " << figure(checked.seconds) << " s | | |\n"
          << "| first paint | " << paint.value(0) << " ms, " << paint.value(1) << " MB peak | | |\n"
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    // The measurements that run in a process of their own.
    if (argc >= 3 && qstrcmp(argv[1], "--first-paint") == 0)
        return measureFirstPaint(argc, argv, QString::fromLocal8Bit(argv[2]), started);
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() >= 3 && arguments.at(1) == QLatin1String("--open"))
        return measureOpen(arguments.at(2));
    if (arguments.size() >= 4 && arguments.at(1) == QLatin1String("--read"))
        return measureRead(arguments.at(2), arguments.at(3));

    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("sizes"), QStringLiteral("S, M and/or L"), QStringLiteral("sizes"),
          QStringLiteral("S,M")},
         {QStringLiteral("samspill"), QStringLiteral("the samspill to measure"),
          QStringLiteral("path"), QStringLiteral(SAMSPILL_EXECUTABLE)},
         {QStringLiteral("folder"), QStringLiteral("where the files go"), QStringLiteral("dir")}});
    parser.process(application);
    QTemporaryDir temporary;
    const QDir folder(parser.isSet(QStringLiteral("folder"))
                          ? parser.value(QStringLiteral("folder"))
                          : temporary.path());
    const QList<Size> sizes{
        {QStringLiteral("S"), 10}, {QStringLiteral("M"), 100}, {QStringLiteral("L"), 1000}};
    out() << "samspill: " << parser.value(QStringLiteral("samspill")) << Qt::endl;
    for (const QString &name : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        for (const Size &size : sizes) {
            if (size.name == name.trimmed())
                measureSize(size, parser.value(QStringLiteral("samspill")),
                            QCoreApplication::applicationFilePath(), folder);
        }
    }
    return 0;
}
