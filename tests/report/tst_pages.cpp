#include "models/report/pages.h"
#include "tests/support/pdftext.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTest>

using Report::Block;
using Report::Content;
using Report::Pages;

// Report::Pages as a reader of the printed pages sees them (through pdftotext): a heading is
// never left at the foot of a page without what it heads, a table's header row is on every page
// it runs onto, a row taller than a page runs on without losing a line, every page says which
// of how many it is, and the device's own page size is used.
class TestPages : public QObject
{
    Q_OBJECT

private slots:
    void aHeadingStaysWithWhatFollowsIt();
    void aRowTallerThanAPageRunsOnWithTheHeaderRepeated();
    void everyPageIsNumberedOfTheirCount();
    void printsInTheDevicesPageSize();
    void progressCountsUpToItsTotalAndStopsWhenTold();

private:
    static QStringList pages(const Content &content);
};

QStringList TestPages::pages(const Content &content)
{
    const auto pdf = Pages::pdf(content);
    if (!pdf) {
        qWarning("%s", qPrintable(pdf.error().message));
        return {};
    }
    return TestSupport::pdfPages(pdf.value());
}

// Whatever the length of the text before it, the heading and the first line after it are on
// one page: the lengths tried put the heading at every place near the foot of the first page.
void TestPages::aHeadingStaysWithWhatFollowsIt()
{
    bool crossed = false;
    for (int lines = 40; lines < 75; ++lines) {
        Content content;
        content.title = QStringLiteral("Rapport");
        for (int line = 0; line < lines; ++line)
            content.blocks.append(Block::paragraph(QStringLiteral("Avsnitt %1.").arg(line)));
        content.blocks.append(Block::heading(2, QStringLiteral("Overskriften")));
        content.blocks.append(Block::paragraph(QStringLiteral("Det som står under.")));
        const QStringList printed = pages(content);
        QVERIFY(!printed.isEmpty());
        const auto heading =
            std::find_if(printed.cbegin(), printed.cend(), [](const QString &page) {
                return page.contains(QStringLiteral("Overskriften"));
            });
        QVERIFY(heading != printed.cend());
        QVERIFY2(heading->contains(QStringLiteral("Det som står under.")),
                 qPrintable(QStringLiteral("%1 paragraphs before it").arg(lines)));
        crossed = crossed || heading != printed.cbegin();
    }
    // The test reached the lengths where the heading moves to the second page.
    QVERIFY(crossed);
}

void TestPages::aRowTallerThanAPageRunsOnWithTheHeaderRepeated()
{
    QStringList lines;
    for (int line = 0; line < 200; ++line)
        lines.append(QStringLiteral("Linje %1 æøå").arg(line));
    Content content;
    content.title = QStringLiteral("Rapport");
    content.blocks.append(Block::tableOf({{QStringLiteral("Tiltak"), QStringLiteral("Merknad")},
                                          {{QStringLiteral("Kort"), QStringLiteral("kort")},
                                           {QStringLiteral("Langt"), lines.join(QLatin1Char('\n'))},
                                           {QStringLiteral("Etter"), QStringLiteral("det lange")}},
                                          {}}));
    const QStringList printed = pages(content);
    QVERIFY2(printed.size() >= 3, qPrintable(QString::number(printed.size())));
    const QString all = printed.join(QLatin1Char('\n'));
    for (const QString &line : std::as_const(lines))
        QCOMPARE(all.count(line + QLatin1Char('\n')), 1);
    QVERIFY(printed.constLast().contains(QStringLiteral("det lange")));
    for (const QString &page : printed)
        QVERIFY2(page.contains(QStringLiteral("Merknad")), qPrintable(page.left(200)));
}

void TestPages::everyPageIsNumberedOfTheirCount()
{
    Content content;
    content.title = QStringLiteral("Statusrapport for «Hospitering»");
    for (int part = 0; part < 3; ++part) {
        content.blocks.append(Block::pageBreak());
        content.blocks.append(Block::heading(1, QStringLiteral("Del %1").arg(part)));
    }
    const QStringList printed = pages(content);
    // The first page break does not leave an empty page before the first part.
    QCOMPARE(printed.size(), 3);
    for (int page = 0; page < printed.size(); ++page) {
        QVERIFY(printed.at(page).contains(QStringLiteral("Del %1").arg(page)));
        QVERIFY(printed.at(page).contains(QStringLiteral("Page %1 of 3").arg(page + 1)));
        QVERIFY(printed.at(page).contains(content.title));
    }
}

void TestPages::printsInTheDevicesPageSize()
{
    Content content;
    content.title = QStringLiteral("Rapport");
    for (int line = 0; line < 300; ++line)
        content.blocks.append(Block::paragraph(QStringLiteral("Avsnitt %1.").arg(line)));
    const auto count = [&content](QPageSize::PageSizeId size) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(150);
        const auto printed = Pages::print(content, &writer);
        return printed ? printed.value() : -1;
    };
    const int a4 = count(QPageSize::A4);
    const int a5 = count(QPageSize::A5);
    QVERIFY(a4 > 1);
    // The text of an A5 page is about two thirds as tall as an A4 page's.
    QVERIFY2(a5 * 3 > a4 * 4, qPrintable(QStringLiteral("A4 %1, A5 %2").arg(a4).arg(a5)));
}

void TestPages::progressCountsUpToItsTotalAndStopsWhenTold()
{
    Content content;
    content.title = QStringLiteral("Rapport");
    for (int part = 0; part < 20; ++part) {
        content.blocks.append(Block::heading(2, QStringLiteral("Del %1").arg(part)));
        for (int line = 0; line < 30; ++line)
            content.blocks.append(Block::paragraph(QStringLiteral("Avsnitt %1.").arg(line)));
    }
    QList<QPair<int, int>> steps;
    const auto told = Pages::pdf(content, [&steps](int done, int total) {
        steps.append({done, total});
        return true;
    });
    QVERIFY(told);
    const QStringList printed = TestSupport::pdfPages(told.value());
    QVERIFY(printed.size() > 10);
    // Up by every block laid out and then every page painted, to the total and no further.
    QCOMPARE(steps.size(), content.blocks.size() + printed.size());
    for (int step = 0; step < steps.size(); ++step) {
        QCOMPARE(steps.at(step).second, 2 * int(content.blocks.size()));
        QVERIFY(steps.at(step).first > (step == 0 ? 0 : steps.at(step - 1).first));
    }
    QCOMPARE(steps.last().first, steps.last().second);
    // The pages are the same as without it.
    QCOMPARE(printed, pages(content));

    // Stopped while laid out, and while painted: an error, and no bytes.
    for (const double when : {0.25, 0.75}) {
        int last = 0;
        const auto stopped = Pages::pdf(content, [&last, when](int done, int total) {
            last = done;
            return done < total * when;
        });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().message, Pages::tr("The report was stopped."));
        const double total = 2 * double(content.blocks.size());
        QVERIFY2(last >= total * when && last < total, qPrintable(QString::number(last)));
    }
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
