// Part of tst_cli (tst_cli.h): the timeline command's pictures (PNG, SVG and PDF), not blank,
// narrower for a shorter range, never written onto the database, no file left when it fails.

#include "tests/app/tst_cli.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTest>

using namespace CliTest;

namespace {

// Colours an image holds, counted up to a limit: a blank picture has one or two.
int coloursIn(const QImage &image, int limit)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < limit; y += 3) {
        for (int x = 0; x < image.width() && colours.size() < limit; x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

void TestCli::timelineWritesAPictureOfTheProjectThatIsNotBlank()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());

    const Run drawn =
        run({QStringLiteral("--database"), database, QStringLiteral("timeline"),
             QStringLiteral("--project"), seedProject, QStringLiteral("--format"),
             QStringLiteral("png"), QStringLiteral("--output"), QStringLiteral("tidslinje.png")});

    QCOMPARE(drawn.exitCode, 0);
    QVERIFY2(drawn.err.contains(QStringLiteral("tidslinje.png")), qPrintable(drawn.err));
    QImage image;
    QVERIFY(image.load(path(QStringLiteral("tidslinje.png")), "PNG"));
    // The project's four years at the default zoom, by quarter, twice the logical size for sharp
    // text: wider than a screen, and high enough for its axis, rows and the undated list.
    QVERIFY2(image.width() > 2000 && image.height() > 300,
             qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    QVERIFY(coloursIn(image, 20) >= 20);
}

void TestCli::timelineOfAShorterRangeIsANarrowerPicture()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const auto draw = [&](const QStringList &range, const QString &file) {
        QStringList arguments{QStringLiteral("--database"),
                              database,
                              QStringLiteral("timeline"),
                              QStringLiteral("--project"),
                              QStringLiteral("Samhandlingsprosjektet"
                                             " Psykisk Helse i "
                                             "Nord-Trøndelag"),
                              QStringLiteral("--output"),
                              file};
        const Run drawn = run(arguments + range);
        if (drawn.exitCode != 0)
            qWarning("%s", qPrintable(drawn.err));
        return QImage(path(file));
    };

    const QImage whole = draw({}, QStringLiteral("hele.png"));
    // One year, written as Samspill reads dates: a year is its first day to its last
    const QImage year = draw({QStringLiteral("--from"), QStringLiteral("2012"),
                              QStringLiteral("--to"), QStringLiteral("2012")},
                             QStringLiteral("2012.png"));
    const QImage later = draw({QStringLiteral("--from"), QStringLiteral("2012-01-01"),
                               QStringLiteral("--to"), QStringLiteral("2012-12-31")},
                              QStringLiteral("2012-dager.png"));

    QVERIFY(!whole.isNull() && !year.isNull() && !later.isNull());
    QVERIFY2(year.width() < whole.width() / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(year.width()).arg(whole.width())));
    QCOMPARE(year.size(), later.size());
}

void TestCli::timelineWritesSvgAndPdf()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());

    for (const QString &file : {QStringLiteral("tidslinje.svg"), QStringLiteral("tidslinje.pdf")}) {
        // the format from the file's suffix
        const Run drawn =
            run({QStringLiteral("--database"), database, QStringLiteral("timeline"),
                 QStringLiteral("--project"), seedProject, QStringLiteral("--output"), file});
        QCOMPARE(drawn.exitCode, 0);
        QFile written(path(file));
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray content = written.readAll();
        if (file.endsWith(QLatin1String(".svg"))) {
            QVERIFY(content.contains("<svg"));
            QVERIFY(content.contains("Nord-Trøndelag"));
        } else {
            QVERIFY(content.startsWith("%PDF"));
            QVERIFY(content.size() > 5000);
        }
    }
}

void TestCli::timelineRefusesToWriteOntoTheDatabase()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const QStringList targets{database, QStringLiteral("./seeded.sqlite"),
                              database + QStringLiteral("-wal")};
    for (const QString &target : targets) {
        const Run drawn = run({QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--database"), database, QStringLiteral("timeline"),
                               QStringLiteral("--project"), seedProject, QStringLiteral("--format"),
                               QStringLiteral("png"), QStringLiteral("--output"), target});
        QCOMPARE(drawn.exitCode, 1);
        QVERIFY2(drawn.err.contains(QStringLiteral("the database itself")), qPrintable(drawn.err));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!QFile::exists(database + QStringLiteral("-wal")));
}

void TestCli::timelineThatFailsLeavesNoFile()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const QStringList before = m_folder.entryList(QDir::Files);

    // an unknown project, and a folder that does not exist
    const Run unknown = run({QStringLiteral("--database"), database, QStringLiteral("timeline"),
                             QStringLiteral("--project"), QStringLiteral("Finnes ikke"),
                             QStringLiteral("--output"), QStringLiteral("x.pdf")});
    const Run missing = run({QStringLiteral("--database"), database, QStringLiteral("timeline"),
                             QStringLiteral("--project"), seedProject, QStringLiteral("--output"),
                             QStringLiteral("missing/x.pdf")});

    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("Finnes ikke")), qPrintable(unknown.err));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("missing/x.pdf")), qPrintable(missing.err));
    QCOMPARE(m_folder.entryList(QDir::Files), before);
    QVERIFY(!m_folder.exists(QStringLiteral("missing")));
}

void TestCli::timelineWithAnUnknownFormatIsAUsageError()
{
    const Run drawn = run({QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--database"), path(QStringLiteral("never.sqlite")),
                           QStringLiteral("timeline"), QStringLiteral("--project"), seedProject,
                           QStringLiteral("--output"), QStringLiteral("tidslinje.jpg")});

    QCOMPARE(drawn.exitCode, 2);
    QVERIFY2(drawn.err.contains(QStringLiteral("png, svg or pdf")), qPrintable(drawn.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("never.sqlite"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("tidslinje.jpg"))));
}
