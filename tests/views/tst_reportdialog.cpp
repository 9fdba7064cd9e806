#include "app/desktop.h"
#include "app/language.h"
#include "app/workspace.h"
#include "tests/models/seededworkspace.h"
#include "tests/views/modaldialog.h"
#include "views/fileactions.h"
#include "views/mainwindow.h"
#include "views/reportarchivedialog.h"
#include "views/reportdialog.h"
#include "views/reportperiod.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <memory>

using namespace TestSupport;
using Views::ReportPeriod;

// The report and the report archive in the window, as a user meets them (views_reports): the
// period presets for a fixed day, a report issued (the file written and one archive row of
// exactly its bytes), a draft (no archive row), a path that cannot be written (said, nothing
// written or archived), sections switched off and the report's language, a portfolio report
// stopped half-way, the choices remembered, the print preview of the seed project's 2012; the
// archive dialog listing the report, opening it and saving an identical copy, and refusing a
// damaged one. A fresh seeded SQLite database and one project of our own each time; settings in
// a temporary folder; the desktop's file handler replaced by one that records what it is given.
class TestReportDialog : public QObject
{
    Q_OBJECT

public slots:
    // Stands in for the desktop's program for files.
    void openFile(const QUrl &url) { m_opened.append(url); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void presetsGiveTheirPeriod_data();
    void presetsGiveTheirPeriod();
    void presetsInTheDialogFollowTheProjectsChosen();
    void issuingWritesTheFileAndArchivesExactlyItsBytes();
    void draftIsWrittenWithoutArchiving();
    void unwritablePathIsSaidAndNothingIsWritten();
    void switchedOffSectionsAreLeftOutAndTheLanguageIsTheReports();
    void portfolioReportShowsProgressAndCanBeStopped();
    void portfolioPdfShowsItsPagesLaidOutAndCanBeStoppedThen();
    void choicesAreRememberedForTheNextReport();
    void previewShowsTheSeedProjectsYear();
    void archiveListsOpensAndCopiesAReportExactly();
    void damagedArchivedReportIsRefused();

private:
    std::unique_ptr<App::Desktop> openDesktop();
    // Opens File > Report... and lets act work in it.
    bool inReportDialog(const std::function<void(Views::ReportDialog &)> &act);
    bool inArchiveDialog(const std::function<void(Views::ReportArchiveDialog &)> &act);
    QVector<Domain::ArchivedReport> archived();

    QTemporaryDir m_settingsFolder;
    std::unique_ptr<SeededWorkspace> m_seeded;
    std::unique_ptr<App::Desktop> m_desktop;
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_chosenFile; // what the file dialog answers
    QList<QUrl> m_opened;
};

namespace {

const QDate today{2012, 6, 1};
const QUuid ownProject{QStringLiteral("7c3f5e2a-1b4d-4e6f-8a9b-0c1d2e3f0001")};

QByteArray ownProjectJson()
{
    return QByteArray(R"json({
        "format": "samspill-exchange", "formatVersion": 1,
        "projects": [{"uuid": "7c3f5e2a-1b4d-4e6f-8a9b-0c1d2e3f0001",
                      "name": "Alfa-prosjektet", "status": "planned",
                      "start": "2011-03-01", "end": "2014-06-30"}]})json");
}

void expectSizeHintWarning()
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support propagateSizeHints()");
}

template <typename Widget>
Widget *child(QObject &parent, const char *name)
{
    return parent.findChild<Widget *>(QLatin1String(name));
}

// With SAMSPILL_SCREENSHOTS=DIR, the dialogs as the tests fill them are saved there as
// pictures, for people to look at; the tests do not depend on it.
void shoot(QWidget &widget, const char *name)
{
    const QString folder = qEnvironmentVariable("SAMSPILL_SCREENSHOTS");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(QLatin1String(name) + QStringLiteral(".png")));
}

void choose(QComboBox *box, const QVariant &data)
{
    QVERIFY(box);
    const int index = box->findData(data);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

// The seed project, 2012, HTML (a text the test can read), every section.
void askForTheSeedsYear(Views::ReportDialog &dialog, Report::Request::Format format)
{
    QVERIFY(child<QRadioButton>(dialog, "reportProjectRadio")->isEnabled());
    child<QRadioButton>(dialog, "reportProjectRadio")->setChecked(true);
    child<QDateEdit>(dialog, "reportFromEdit")->setDate(QDate(2012, 1, 1));
    child<QDateEdit>(dialog, "reportToEdit")->setDate(QDate(2012, 12, 31));
    QCOMPARE(child<QComboBox>(dialog, "reportPeriodCombo")->currentData().toInt(),
             int(ReportPeriod::Preset::Custom));
    choose(child<QComboBox>(dialog, "reportFormatCombo"), int(format));
    choose(child<QComboBox>(dialog, "reportLanguageCombo"), QStringLiteral("nb"));
    for (const QString &code : Report::Request::sectionCodes())
        dialog.findChild<QCheckBox *>(code + QStringLiteral("SectionCheck"))->setChecked(true);
}

} // namespace

void TestReportDialog::initTestCase()
{
    QVERIFY(m_settingsFolder.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SamspillTest"));
    QCoreApplication::setApplicationName(QStringLiteral("views_reports"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsFolder.path());
    QVERIFY(App::Language::install(*QCoreApplication::instance(), QStringLiteral("nb")));
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openFile");
}

void TestReportDialog::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TestReportDialog::init()
{
    m_desktop.reset();
    m_seeded.reset();
    QSettings().clear();
    m_opened.clear();
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_chosenFile.clear();
    m_seeded = std::make_unique<SeededWorkspace>();
    QVERIFY2(m_seeded->isValid(), qPrintable(m_seeded->error()));
    QCOMPARE(m_seeded->importJson(ownProjectJson()), QString());
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    m_desktop->window().showProject(Seed::project);
    m_desktop->files().setFileChooser(
        [this](Views::FileActions::Purpose, const QString &) { return m_chosenFile; });
}

void TestReportDialog::cleanup()
{
    m_desktop.reset();
    m_seeded.reset();
}

std::unique_ptr<App::Desktop> TestReportDialog::openDesktop()
{
    auto desktop = std::make_unique<App::Desktop>(m_seeded->workspace());
    desktop->setToday(today);
    expectSizeHintWarning();
    desktop->window().show();
    desktop->window().activateWindow();
    if (!QTest::qWaitForWindowExposed(&desktop->window()) ||
        !QTest::qWaitForWindowActive(&desktop->window()))
        return nullptr;
    return desktop;
}

bool TestReportDialog::inReportDialog(const std::function<void(Views::ReportDialog &)> &act)
{
    auto *action = child<QAction>(m_desktop->window(), "reportAction");
    if (!action || !action->isEnabled())
        return false;
    return inModalDialog<Views::ReportDialog>(
        &m_desktop->window(), [action] { action->trigger(); }, act);
}

bool TestReportDialog::inArchiveDialog(const std::function<void(Views::ReportArchiveDialog &)> &act)
{
    auto *action = child<QAction>(m_desktop->window(), "reportArchiveAction");
    if (!action || !action->isEnabled())
        return false;
    return inModalDialog<Views::ReportArchiveDialog>(
        &m_desktop->window(), [action] { action->trigger(); }, act);
}

QVector<Domain::ArchivedReport> TestReportDialog::archived()
{
    auto reports = m_seeded->workspace().archive().list(std::nullopt);
    return reports ? reports.value() : QVector<Domain::ArchivedReport>();
}

void TestReportDialog::presetsGiveTheirPeriod_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    using P = ReportPeriod::Preset;
    const QDate june{2012, 6, 1};
    const QDate january{2013, 1, 15};
    QTest::newRow("last month") << june << int(P::LastMonth) << QDate(2012, 5, 1)
                                << QDate(2012, 5, 31);
    QTest::newRow("last month across the year")
        << january << int(P::LastMonth) << QDate(2012, 12, 1) << QDate(2012, 12, 31);
    QTest::newRow("last month of February")
        << QDate(2012, 3, 31) << int(P::LastMonth) << QDate(2012, 2, 1) << QDate(2012, 2, 29);
    QTest::newRow("last quarter") << june << int(P::LastQuarter) << QDate(2012, 1, 1)
                                  << QDate(2012, 3, 31);
    QTest::newRow("last quarter across the year")
        << january << int(P::LastQuarter) << QDate(2012, 10, 1) << QDate(2012, 12, 31);
    QTest::newRow("last quarter on its last day")
        << QDate(2012, 9, 30) << int(P::LastQuarter) << QDate(2012, 4, 1) << QDate(2012, 6, 30);
    QTest::newRow("this year") << june << int(P::ThisYear) << QDate(2012, 1, 1)
                               << QDate(2012, 12, 31);
    QTest::newRow("last year") << january << int(P::LastYear) << QDate(2012, 1, 1)
                               << QDate(2012, 12, 31);
}

void TestReportDialog::presetsGiveTheirPeriod()
{
    QFETCH(QDate, day);
    QFETCH(int, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto period = ReportPeriod::of(ReportPeriod::Preset(preset), day);
    QVERIFY(period);
    QCOMPARE(period->from, from);
    QCOMPARE(period->to, to);
}

void TestReportDialog::presetsInTheDialogFollowTheProjectsChosen()
{
    // GIVEN the window on 01.06.2012, showing the seed project (01.12.2009–31.12.2013), beside
    // Alfa-prosjektet (01.03.2011–30.06.2014)
    QVERIFY(inReportDialog([](Views::ReportDialog &dialog) {
        auto *preset = child<QComboBox>(dialog, "reportPeriodCombo");
        auto *from = child<QDateEdit>(dialog, "reportFromEdit");
        auto *to = child<QDateEdit>(dialog, "reportToEdit");
        QVERIFY(preset && from && to);
        // THEN the first time the last quarter is offered
        QCOMPARE(preset->currentData().toInt(), int(ReportPeriod::Preset::LastQuarter));
        QCOMPARE(from->date(), QDate(2012, 1, 1));
        QCOMPARE(to->date(), QDate(2012, 3, 31));
        // WHEN the user chooses each preset
        choose(preset, int(ReportPeriod::Preset::LastMonth));
        QCOMPARE(from->date(), QDate(2012, 5, 1));
        QCOMPARE(to->date(), QDate(2012, 5, 31));
        choose(preset, int(ReportPeriod::Preset::ThisYear));
        QCOMPARE(from->date(), QDate(2012, 1, 1));
        QCOMPARE(to->date(), QDate(2012, 12, 31));
        choose(preset, int(ReportPeriod::Preset::LastYear));
        QCOMPARE(from->date(), QDate(2011, 1, 1));
        QCOMPARE(to->date(), QDate(2011, 12, 31));
        choose(preset, int(ReportPeriod::Preset::WholeProject));
        QCOMPARE(from->date(), QDate(2009, 12, 1));
        QCOMPARE(to->date(), QDate(2013, 12, 31));
        // the whole portfolio: from the first start to the last end
        child<QRadioButton>(dialog, "reportPortfolioRadio")->setChecked(true);
        QCOMPARE(from->date(), QDate(2009, 12, 1));
        QCOMPARE(to->date(), QDate(2014, 6, 30));
        // chosen projects: Alfa alone
        child<QRadioButton>(dialog, "reportChosenRadio")->setChecked(true);
        auto *list = child<QListWidget>(dialog, "reportProjectList");
        QVERIFY(list->isEnabled());
        const auto alfa = list->findItems(QStringLiteral("Alfa-prosjektet"), Qt::MatchExactly);
        QCOMPARE(alfa.size(), 1);
        alfa.first()->setCheckState(Qt::Checked);
        QCOMPARE(from->date(), QDate(2011, 3, 1));
        QCOMPARE(to->date(), QDate(2014, 6, 30));
        QCOMPARE(dialog.request().projects, QVector<QUuid>{ownProject});
        // AND a day typed makes the period the user's own
        from->setDate(QDate(2012, 2, 1));
        QCOMPARE(preset->currentData().toInt(), int(ReportPeriod::Preset::Custom));
        QCOMPARE(dialog.request().from, QDate(2012, 2, 1));
        QCOMPARE(dialog.request().today, today);
    }));
}

void TestReportDialog::issuingWritesTheFileAndArchivesExactlyItsBytes()
{
    m_chosenFile = m_folder->filePath(QStringLiteral("rapport.html"));
    QVERIFY(inReportDialog([this](Views::ReportDialog &dialog) {
        askForTheSeedsYear(dialog, Report::Request::Format::Html);
        child<QCheckBox>(dialog, "reportOpenWhenDone")->setChecked(true);
        shoot(dialog, "report-dialog");
        child<QPushButton>(dialog, "reportIssueButton")->click();
        QVERIFY(!child<QMessageBox>(dialog, "reportFailedBox"));
        QVERIFY2(!dialog.isVisible(), "the dialog closes once the report is issued");
    }));
    // THEN the file is written, and the archive holds one report of exactly its bytes
    const QByteArray bytes = fileContents(m_chosenFile);
    QVERIFY(bytes.contains(Seed::projectName.toUtf8()));
    QVERIFY(bytes.contains("01.01.2012"));
    const auto reports = archived();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().project, Seed::project);
    QCOMPARE(reports.first().from, QDate(2012, 1, 1));
    QCOMPARE(reports.first().to, QDate(2012, 12, 31));
    QCOMPARE(reports.first().format, Domain::ReportFormat::Html);
    QCOMPARE(reports.first().language, QStringLiteral("nb"));
    auto stored = m_seeded->workspace().archive().report(reports.first().uuid);
    QVERIFY(stored);
    QCOMPARE(stored->content, bytes);
    // AND it was handed to the desktop to open, and the window says where it is
    QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(m_chosenFile)});
    QCOMPARE(m_desktop->window().statusBar()->currentMessage(),
             QCoreApplication::translate("Views::FileActions",
                                         "Wrote the report to %1 and kept it in the report "
                                         "archive.")
                 .arg(QDir::toNativeSeparators(m_chosenFile)));
}

void TestReportDialog::draftIsWrittenWithoutArchiving()
{
    m_chosenFile = m_folder->filePath(QStringLiteral("utkast.md"));
    QVERIFY(inReportDialog([](Views::ReportDialog &dialog) {
        askForTheSeedsYear(dialog, Report::Request::Format::Markdown);
        child<QPushButton>(dialog, "reportDraftButton")->click();
        QVERIFY(!dialog.isVisible());
    }));
    QVERIFY(fileContents(m_chosenFile).contains(Seed::projectName.toUtf8()));
    QCOMPARE(archived().size(), 0);
    QVERIFY2(m_opened.isEmpty(), "not opened unless asked");
}

void TestReportDialog::unwritablePathIsSaidAndNothingIsWritten()
{
    // GIVEN a path below a file, which no one can write
    const QString blocker = m_folder->filePath(QStringLiteral("fil"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    m_chosenFile = blocker + QStringLiteral("/rapport.pdf");
    const QStringList before = dumpData(m_seeded->settings());
    QVERIFY(inReportDialog([](Views::ReportDialog &dialog) {
        askForTheSeedsYear(dialog, Report::Request::Format::Pdf);
        child<QPushButton>(dialog, "reportIssueButton")->click();
        // THEN the message says why, and the dialog stays for another try
        auto *box = child<QMessageBox>(dialog, "reportFailedBox");
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("rapport.pdf")), qPrintable(box->text()));
        QVERIFY(dialog.isVisible());
        box->close();
    }));
    // AND nothing is written, nor archived
    QVERIFY(!QFile::exists(m_chosenFile));
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files), QStringList{QStringLiteral("fil")});
    QCOMPARE(archived().size(), 0);
    QCOMPARE(dumpData(m_seeded->settings()), before);
}

void TestReportDialog::switchedOffSectionsAreLeftOutAndTheLanguageIsTheReports()
{
    // WHEN the risks are switched off, the rest kept
    m_chosenFile = m_folder->filePath(QStringLiteral("uten-risiko.html"));
    QVERIFY(inReportDialog([](Views::ReportDialog &dialog) {
        askForTheSeedsYear(dialog, Report::Request::Format::Html);
        child<QCheckBox>(dialog, "risksSectionCheck")->setChecked(false);
        QVERIFY(!dialog.request().has(Report::Request::Section::Risks));
        child<QPushButton>(dialog, "reportDraftButton")->click();
    }));
    const QByteArray without = fileContents(m_chosenFile);
    QVERIFY(without.contains("<h2>Sammendrag</h2>"));
    QVERIFY(!without.contains("Risikoer"));

    // AND with them, in English from the Norwegian window
    m_chosenFile = m_folder->filePath(QStringLiteral("english.html"));
    QVERIFY(inReportDialog([](Views::ReportDialog &dialog) {
        askForTheSeedsYear(dialog, Report::Request::Format::Html);
        choose(child<QComboBox>(dialog, "reportLanguageCombo"), QStringLiteral("en"));
        child<QPushButton>(dialog, "reportDraftButton")->click();
    }));
    const QByteArray english = fileContents(m_chosenFile);
    QVERIFY(english.contains("<html lang=\"en\">"));
    QVERIFY(english.contains("<h2>Risks</h2>"));
    QVERIFY(english.contains("<h2>Summary</h2>"));
    QVERIFY(!english.contains("Sammendrag"));
    // THEN the window still speaks Norwegian
    QCoreApplication::processEvents();
    QCOMPARE(QCoreApplication::translate("Views::MainWindow", "&File"), QStringLiteral("&Fil"));
    QCOMPARE(child<QMenu>(m_desktop->window(), "fileMenu")->title(), QStringLiteral("&Fil"));
    QCOMPARE(QLocale().language(), QLocale::NorwegianBokmal);
}

void TestReportDialog::portfolioReportShowsProgressAndCanBeStopped()
{
    // A portfolio report, stopped when the first project is done
    m_chosenFile = m_folder->filePath(QStringLiteral("portefolje.html"));
    QList<QPair<int, int>> steps;
    QVERIFY(inReportDialog([&steps](Views::ReportDialog &dialog) {
        askForTheSeedsYear(dialog, Report::Request::Format::Html);
        child<QRadioButton>(dialog, "reportPortfolioRadio")->setChecked(true);
        const auto connection = QObject::connect(
            &dialog, &Views::ReportDialog::progressed, &dialog, [&](int done, int total) {
                steps.append({done, total});
                auto *progress = child<QProgressDialog>(dialog, "reportProgress");
                QVERIFY(progress);
                QCOMPARE(progress->maximum(), total);
                if (done == 1)
                    progress->findChild<QPushButton *>()->click();
            });
        child<QPushButton>(dialog, "reportIssueButton")->click();
        QObject::disconnect(connection);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLabel>(dialog, "reportMessage")->text(),
                 QCoreApplication::translate("Views::ReportDialog",
                                             "The report was stopped; nothing was written."));
    }));
    QCOMPARE(steps, (QList<QPair<int, int>>{{0, 2}, {1, 2}}));
    QVERIFY(!QFile::exists(m_chosenFile));
    QCOMPARE(archived().size(), 0);

    // The same to its end: both projects, one archived portfolio report covering them
    steps.clear();
    QVERIFY(inReportDialog([&steps](Views::ReportDialog &dialog) {
        const auto connection = QObject::connect(&dialog, &Views::ReportDialog::progressed, &dialog,
                                                 [&](int done, int total) {
                                                     steps.append({done, total});
                                                 });
        child<QPushButton>(dialog, "reportIssueButton")->click();
        QObject::disconnect(connection);
    }));
    QCOMPARE(steps, (QList<QPair<int, int>>{{0, 2}, {1, 2}, {2, 2}}));
    const QByteArray bytes = fileContents(m_chosenFile);
    QVERIFY(bytes.contains("Alfa-prosjektet"));
    QVERIFY(bytes.contains(Seed::projectName.toUtf8()));
    const auto reports = archived();
    QCOMPARE(reports.size(), 1);
    QVERIFY(reports.first().project.isNull());
    QCOMPARE(reports.first().projects.size(), 2);
}

void TestReportDialog::portfolioPdfShowsItsPagesLaidOutAndCanBeStoppedThen()
{
    // A portfolio report as PDF, stopped while its pages are laid out: the bar has moved on,
    // past the projects, and no file is left
    m_chosenFile = m_folder->filePath(QStringLiteral("portefolje.pdf"));
    QList<QPair<int, int>> steps;
    // Follows the pages' progress in dialog, as the bar shows it, and clicks Stop at step stopAt.
    const auto follow = [&steps](Views::ReportDialog &dialog, int stopAt) {
        const auto seen = [&steps, &dialog, stopAt](int done, int total) {
            steps.append({done, total});
            auto *progress = child<QProgressDialog>(dialog, "reportProgress");
            QVERIFY(progress);
            QCOMPARE(progress->maximum(), total);
            QCOMPARE(progress->value(), done);
            QCOMPARE(progress->labelText(),
                     QCoreApplication::translate("Views::ReportDialog", "Laying out the pages..."));
            if (steps.size() == stopAt) {
                shoot(*progress, "report-pages-progress");
                auto *stop = progress->findChild<QPushButton *>();
                QVERIFY(stop && stop->isVisible());
                stop->click();
            }
        };
        return QObject::connect(&dialog, &Views::ReportDialog::pagesProgressed, &dialog, seen);
    };
    QVERIFY(inReportDialog([&](Views::ReportDialog &dialog) {
        askForTheSeedsYear(dialog, Report::Request::Format::Pdf);
        child<QRadioButton>(dialog, "reportPortfolioRadio")->setChecked(true);
        const auto connection = follow(dialog, 3);
        child<QPushButton>(dialog, "reportIssueButton")->click();
        QObject::disconnect(connection);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLabel>(dialog, "reportMessage")->text(),
                 QCoreApplication::translate("Views::ReportDialog",
                                             "The report was stopped; nothing was written."));
    }));
    QCOMPARE(steps.size(), 3);
    for (int step = 1; step < steps.size(); ++step) {
        QVERIFY(steps.at(step).first > steps.at(step - 1).first);
        QCOMPARE(steps.at(step).second, steps.first().second);
    }
    QVERIFY(steps.first().first > 0);
    QVERIFY(steps.last().first < steps.last().second);
    QVERIFY(!QFile::exists(m_chosenFile));
    QVERIFY2(QDir(m_folder->path()).entryList(QDir::Files | QDir::Hidden).isEmpty(),
             qPrintable(QDir(m_folder->path()).entryList(QDir::Files | QDir::Hidden).join(u' ')));
    QCOMPARE(archived().size(), 0);

    // The same to its end: the bar reaches its end, and the PDF is written and archived
    steps.clear();
    QVERIFY(inReportDialog([&](Views::ReportDialog &dialog) {
        const auto connection = follow(dialog, -1);
        child<QPushButton>(dialog, "reportIssueButton")->click();
        QObject::disconnect(connection);
        QVERIFY(!dialog.isVisible());
    }));
    QVERIFY(steps.size() > 3);
    QCOMPARE(steps.last().first, steps.last().second);
    QVERIFY(fileContents(m_chosenFile).startsWith("%PDF"));
    QCOMPARE(archived().size(), 1);
}

void TestReportDialog::choicesAreRememberedForTheNextReport()
{
    QVERIFY(inReportDialog([](Views::ReportDialog &dialog) {
        child<QRadioButton>(dialog, "reportChosenRadio")->setChecked(true);
        child<QListWidget>(dialog, "reportProjectList")
            ->findItems(QStringLiteral("Alfa-prosjektet"), Qt::MatchExactly)
            .first()
            ->setCheckState(Qt::Checked);
        choose(child<QComboBox>(dialog, "reportPeriodCombo"), int(ReportPeriod::Preset::LastYear));
        choose(child<QComboBox>(dialog, "reportFormatCombo"), int(Report::Request::Format::Odt));
        choose(child<QComboBox>(dialog, "reportLanguageCombo"), QStringLiteral("en"));
        child<QCheckBox>(dialog, "budgetSectionCheck")->setChecked(false);
        child<QCheckBox>(dialog, "reportOpenWhenDone")->setChecked(true);
    })); // closed without a report
    QVERIFY(inReportDialog([](Views::ReportDialog &dialog) {
        QVERIFY(child<QRadioButton>(dialog, "reportChosenRadio")->isChecked());
        const Report::Request request = dialog.request();
        QCOMPARE(request.projects, QVector<QUuid>{ownProject});
        QCOMPARE(request.from, QDate(2011, 1, 1));
        QCOMPARE(request.to, QDate(2011, 12, 31));
        QCOMPARE(request.format, Report::Request::Format::Odt);
        QCOMPARE(request.language, QStringLiteral("en"));
        QCOMPARE(request.sections,
                 Report::Request::allSections() &
                     ~Report::Request::Sections(Report::Request::Section::Budget));
        QVERIFY(child<QCheckBox>(dialog, "reportOpenWhenDone")->isChecked());
    }));
}

void TestReportDialog::previewShowsTheSeedProjectsYear()
{
    int pages = 0;
    QVERIFY(inReportDialog([&pages](Views::ReportDialog &dialog) {
        askForTheSeedsYear(dialog, Report::Request::Format::Csv);
        QVERIFY(!child<QCheckBox>(dialog, "risksSectionCheck")->isEnabled());
        auto *previewButton = child<QPushButton>(dialog, "reportPreviewButton");
        QVERIFY(inModalDialog<QPrintPreviewDialog>(
            &dialog, [previewButton] { previewButton->click(); },
            [&pages](QPrintPreviewDialog &preview) {
                QCOMPARE(preview.objectName(), QStringLiteral("reportPreview"));
                auto *widget = preview.findChild<QPrintPreviewWidget *>();
                QVERIFY(widget);
                widget->updatePreview();
                pages = widget->pageCount();
                QVERIFY2(preview.windowTitle().contains(QStringLiteral("2012")),
                         qPrintable(preview.windowTitle()));
                shoot(preview, "report-preview");
            }));
    }));
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    // A preview is neither a file nor an issued report.
    QCOMPARE(archived().size(), 0);
}

void TestReportDialog::archiveListsOpensAndCopiesAReportExactly()
{
    // GIVEN a report issued from the window
    m_chosenFile = m_folder->filePath(QStringLiteral("rapport.md"));
    QVERIFY(inReportDialog([](Views::ReportDialog &dialog) {
        askForTheSeedsYear(dialog, Report::Request::Format::Markdown);
        child<QPushButton>(dialog, "reportIssueButton")->click();
    }));
    const QByteArray issued = fileContents(m_chosenFile);
    QVERIFY(!issued.isEmpty());
    QVERIFY(QFile::remove(m_chosenFile));
    const QString copy = m_folder->filePath(QStringLiteral("kopi.md"));
    m_chosenFile = copy;
    QVERIFY(inArchiveDialog([&](Views::ReportArchiveDialog &dialog) {
        // THEN the archive lists it
        auto *list = child<QTreeWidget>(dialog, "reportArchiveList");
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = list->topLevelItem(0);
        QCOMPARE(row->text(0), Seed::projectShortName);
        QVERIFY2(row->text(1).contains(QStringLiteral("2012")), qPrintable(row->text(1)));
        QCOMPARE(row->text(2), QStringLiteral("01.01.2012 – 31.12.2012"));
        QCOMPARE(row->text(4), QStringLiteral("MD"));
        shoot(dialog, "report-archive");
        // AND opens it exactly as issued, in a file of its own with its suffix
        child<QPushButton>(dialog, "archiveOpenButton")->click();
        QVERIFY(!child<QMessageBox>(dialog, "archiveFailedBox"));
        QCOMPARE(m_opened.size(), 1);
        const QString opened = m_opened.first().toLocalFile();
        QVERIFY2(opened.endsWith(QStringLiteral(".md")), qPrintable(opened));
        QCOMPARE(fileContents(opened), issued);
        QFile::remove(opened);
        // AND saves a copy byte for byte
        child<QPushButton>(dialog, "archiveSaveButton")->click();
        QVERIFY(!child<QMessageBox>(dialog, "archiveFailedBox"));
    }));
    QCOMPARE(fileContents(copy), issued);
}

void TestReportDialog::damagedArchivedReportIsRefused()
{
    // GIVEN an issued report whose stored bytes someone changed, past the guard
    m_chosenFile = m_folder->filePath(QStringLiteral("rapport.csv"));
    QVERIFY(inReportDialog([](Views::ReportDialog &dialog) {
        askForTheSeedsYear(dialog, Report::Request::Format::Csv);
        child<QPushButton>(dialog, "reportIssueButton")->click();
    }));
    QCOMPARE(archived().size(), 1);
    QCOMPARE(executeRaw(m_seeded->settings(),
                        {QStringLiteral("DROP TRIGGER archived_report_no_update"),
                         QStringLiteral("UPDATE archived_report SET content = substr(content, 1, "
                                        "19) || x'21' || substr(content, 21)")}),
             QString());
    const QString copy = m_folder->filePath(QStringLiteral("kopi.csv"));
    m_chosenFile = copy;
    QVERIFY(inArchiveDialog([&](Views::ReportArchiveDialog &dialog) {
        // THEN it is listed, but neither opened nor copied: the message says it is damaged
        QCOMPARE(child<QTreeWidget>(dialog, "reportArchiveList")->topLevelItemCount(), 1);
        for (const char *button : {"archiveOpenButton", "archiveSaveButton"}) {
            child<QPushButton>(dialog, button)->click();
            auto *box = child<QMessageBox>(dialog, "archiveFailedBox");
            QVERIFY(box);
            QVERIFY2(box->text().contains(QStringLiteral("er skadet")), qPrintable(box->text()));
            box->close();
            QTRY_VERIFY(!child<QMessageBox>(dialog, "archiveFailedBox"));
        }
    }));
    QVERIFY(m_opened.isEmpty());
    QVERIFY(!QFile::exists(copy));
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
