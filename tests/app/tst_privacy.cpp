// The privacy guard of an import: a file that holds what looks like a Norwegian national
// identity number is refused whole, with the fields named and the number never shown, unless
// the user accepts it (samspill import --accept-personal-data; "Import anyway?" in the window).
// The command line is run as a user runs it, through the samspill binary without a display;
// the window is driven as a user drives it, offscreen.

#include "app/desktop.h"
#include "app/importjob.h"
#include "tests/models/seededworkspace.h"
#include "tests/support/samspillprogram.h"
#include "tests/support/scratchdatabase.h"
#include "views/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::SamspillProgram;

class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importOfAFileWithAnIdentityNumberIsRefusedAndChangesNothing_data();
    void importOfAFileWithAnIdentityNumberIsRefusedAndChangesNothing();
    void refusalNamesEveryFieldOfTheWholeFile();
    void refusalNamesTwentyFieldsAndCountsTheRest();
    void refusedImportIntoANewDatabaseCreatesNone();
    void acceptedPersonalDataIsImportedWithAWarningNamingTheFields();
    void aFileWithoutIdentityNumbersImportsWithoutAWarning();

    void windowShowsACalmNoteThatPatientInformationDoesNotBelongHere();
    void windowAsksAndStoresNothingWhenTheUserSaysNo();
    void windowImportsAnywayWhenTheUserSaysYes();

private:
    QString path(const QString &name) const { return m_folder->filePath(name); }
    QString writeFile(const QString &name, const QByteArray &content) const;
    // A database made by samspill init with the demo project; empty when that failed.
    QString seededDatabase();
    SamspillProgram::Run import(const QString &database, const QStringList &arguments) const;
    std::unique_ptr<App::Desktop> openDesktop();

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<SamspillProgram> m_program;
    QTemporaryDir m_settingsFolder;
    std::unique_ptr<TestSupport::SeededWorkspace> m_seeded;
    std::unique_ptr<App::Desktop> m_desktop;
};

namespace {

// Computed for the tests from a date in the future (31 December 2039), so no person's: it
// passes both control digits. Written as people write it, with a space, and the digits alone.
const QString writtenNumber = QStringLiteral("311239 50057");
const QStringList numberParts{QStringLiteral("31123950057"), QStringLiteral("311239"),
                              QStringLiteral("50057")};

QString uuid(int kind, int n)
{
    return QStringLiteral("6f0e2b8a-1c3d-4e5f-8a9b-%1%2")
        .arg(kind, 4, 10, QLatin1Char('0'))
        .arg(n, 8, 10, QLatin1Char('0'));
}

// A project of its own: one measure, one risk, one status update, their text as given.
QJsonObject project(int n, const QString &description, const QString &riskOwner = {})
{
    const QString organisation = uuid(1, 0);
    return QJsonObject{
        {QStringLiteral("uuid"), uuid(2, n)},
        {QStringLiteral("name"), QStringLiteral("Personvernprosjekt %1").arg(n)},
        {QStringLiteral("status"), QStringLiteral("planned")},
        {QStringLiteral("participants"),
         QJsonArray{QJsonObject{{QStringLiteral("uuid"), uuid(3, n)},
                                {QStringLiteral("organisation"), organisation},
                                {QStringLiteral("role"), QStringLiteral("owner")}}}},
        {QStringLiteral("measures"),
         QJsonArray{QJsonObject{{QStringLiteral("uuid"), uuid(4, n)},
                                {QStringLiteral("title"), QStringLiteral("Hospitering")},
                                {QStringLiteral("description"), description},
                                {QStringLiteral("level"), QStringLiteral("system")},
                                {QStringLiteral("status"), QStringLiteral("planned")}}}},
        {QStringLiteral("risks"),
         QJsonArray{QJsonObject{{QStringLiteral("uuid"), uuid(5, n)},
                                {QStringLiteral("description"), QStringLiteral("Lite tid")},
                                {QStringLiteral("likelihood"), 2},
                                {QStringLiteral("impact"), 3},
                                {QStringLiteral("owner"), riskOwner}}}},
    };
}

QByteArray document(const QJsonArray &projects,
                    const QString &organisationName = QStringLiteral("Personvernkommunen"))
{
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("samspill-exchange")},
        {QStringLiteral("formatVersion"), 2},
        {QStringLiteral("organisations"),
         QJsonArray{QJsonObject{{QStringLiteral("uuid"), uuid(1, 0)},
                                {QStringLiteral("name"), organisationName},
                                {QStringLiteral("kind"), QStringLiteral("municipality")}}}},
        {QStringLiteral("projects"), projects},
    };
    return QJsonDocument(root).toJson();
}

const QString ordinaryText = QStringLiteral("Ansatte hospiterer i to uker; tlf. 74 09 50 00.");

QStringList on(const QString &database, const QStringList &command)
{
    return QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                       database} +
           command;
}

bool showsTheNumber(const QString &text)
{
    for (const QString &part : numberParts) {
        if (text.contains(part))
            return true;
    }
    return false;
}

template <typename Widget>
Widget *child(QWidget &window, const char *name)
{
    return window.findChild<Widget *>(QLatin1String(name));
}

} // namespace

void TestPrivacy::initTestCase()
{
    QVERIFY(m_settingsFolder.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SamspillTest"));
    QCoreApplication::setApplicationName(QStringLiteral("app_privacy"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsFolder.path());
    QVERIFY(QSettings().fileName().startsWith(m_settingsFolder.path()));
}

void TestPrivacy::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_program = std::make_unique<SamspillProgram>(m_folder->path());
}

void TestPrivacy::cleanup()
{
    m_desktop.reset(); // the window goes before the database it shows
    m_seeded.reset();
}

QString TestPrivacy::writeFile(const QString &name, const QByteArray &content) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

QString TestPrivacy::seededDatabase()
{
    const QString database = path(QStringLiteral("seeded.sqlite"));
    const auto created = m_program->run(on(database, {QStringLiteral("init")}));
    if (created.exitCode != 0) {
        qWarning("init failed: %s", qPrintable(created.err));
        return QString();
    }
    return database;
}

SamspillProgram::Run TestPrivacy::import(const QString &database,
                                         const QStringList &arguments) const
{
    return m_program->run(on(database, QStringList{QStringLiteral("import")} + arguments));
}

void TestPrivacy::importOfAFileWithAnIdentityNumberIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("line"); // the field, and the project a user finds it in

    QTest::newRow("measure description")
        << document({project(1, QStringLiteral("Gjelder pasient ") + writtenNumber)})
        << QStringLiteral("  projects[0].measures[0].description in the project "
                          "\"Personvernprosjekt 1\"");
    QTest::newRow("risk owner, digits alone")
        << document({project(1, ordinaryText, numberParts.first())})
        << QStringLiteral("  projects[0].risks[0].owner in the project \"Personvernprosjekt 1\"");
    QTest::newRow("organisation name")
        << document({project(1, ordinaryText)}, QStringLiteral("Kommune ") + writtenNumber)
        << QStringLiteral("  organisations[0].name");
    // A project whose name holds the number is not named by it.
    QJsonObject named = project(1, ordinaryText);
    named[QStringLiteral("name")] = QString(QStringLiteral("Oppfølging av ") + writtenNumber);
    QTest::newRow("project name") << document({named}) << QStringLiteral("  projects[0].name");
}

void TestPrivacy::importOfAFileWithAnIdentityNumberIsRefusedAndChangesNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, line);
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const QString name = writeFile(QStringLiteral("personal.json"), file);
    const QStringList before = TestSupport::dumpData(Storage::ConnectionSettings::sqlite(database));

    const auto imported = import(database, {name});

    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(QLatin1Char('\n') + line + QLatin1Char('\n')),
             qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("national identity number")),
             qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("--accept-personal-data")),
             qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("nothing was changed")),
             qPrintable(imported.err));
    QVERIFY2(!showsTheNumber(imported.err + imported.out), qPrintable(imported.err));
    QCOMPARE(imported.out, QString());
    QCOMPARE(TestSupport::dumpData(Storage::ConnectionSettings::sqlite(database)), before);
}

void TestPrivacy::refusalNamesEveryFieldOfTheWholeFile()
{
    // The first field is met in the first project; the file is still read to its end.
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const QString name = writeFile(
        QStringLiteral("several.json"),
        document({project(1, writtenNumber), project(2, ordinaryText),
                  project(3, ordinaryText, QStringLiteral("Fnr. ") + numberParts.first())}));
    const QStringList before = TestSupport::dumpData(Storage::ConnectionSettings::sqlite(database));

    const auto imported = import(database, {name});

    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(
                 QStringLiteral("\n  projects[0].measures[0].description in the project "
                                "\"Personvernprosjekt 1\"\n"
                                "  projects[2].risks[0].owner in the project "
                                "\"Personvernprosjekt 3\"\n")),
             qPrintable(imported.err));
    QVERIFY2(!imported.err.contains(QStringLiteral("projects[1]")), qPrintable(imported.err));
    QVERIFY2(!showsTheNumber(imported.err), qPrintable(imported.err));
    QCOMPARE(TestSupport::dumpData(Storage::ConnectionSettings::sqlite(database)), before);
}

void TestPrivacy::refusalNamesTwentyFieldsAndCountsTheRest()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    QJsonArray projects;
    for (int n = 0; n < 25; ++n)
        projects.append(project(n, writtenNumber));
    const QString name = writeFile(QStringLiteral("many.json"), document(projects));

    const auto imported = import(database, {name});

    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(QStringLiteral("projects[19].measures[0].description")),
             qPrintable(imported.err));
    QVERIFY2(!imported.err.contains(QStringLiteral("projects[20]")), qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("... and 5 more")), qPrintable(imported.err));
}

void TestPrivacy::refusedImportIntoANewDatabaseCreatesNone()
{
    const QString database = path(QStringLiteral("new.sqlite"));
    const QString name =
        writeFile(QStringLiteral("personal.json"), document({project(1, writtenNumber)}));
    const QStringList before = QDir(m_folder->path()).entryList(QDir::AllEntries | QDir::Hidden);

    const auto imported = import(database, {name});

    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(QStringLiteral("projects[0].measures[0].description")),
             qPrintable(imported.err));
    QVERIFY(!QFileInfo::exists(database));
    QCOMPARE(QDir(m_folder->path()).entryList(QDir::AllEntries | QDir::Hidden), before);
}

void TestPrivacy::acceptedPersonalDataIsImportedWithAWarningNamingTheFields()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const QString name =
        writeFile(QStringLiteral("personal.json"),
                  document({project(1, ordinaryText), project(2, writtenNumber, writtenNumber)}));

    const auto imported = import(database, {QStringLiteral("--accept-personal-data"), name});

    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("Imported 2 project")), qPrintable(imported.out));
    QVERIFY2(imported.err.contains(QStringLiteral("Warning")), qPrintable(imported.err));
    QVERIFY2(imported.err.contains(
                 QStringLiteral("\n  projects[1].measures[0].description in the project "
                                "\"Personvernprosjekt 2\"\n"
                                "  projects[1].risks[0].owner in the project "
                                "\"Personvernprosjekt 2\"\n")),
             qPrintable(imported.err));
    QVERIFY2(!showsTheNumber(imported.err + imported.out), qPrintable(imported.err));
    QCOMPARE(TestSupport::queryRaw(Storage::ConnectionSettings::sqlite(database),
                                   QStringLiteral("SELECT description FROM measure "
                                                  "WHERE description LIKE '311239%'")),
             QStringList{writtenNumber});
}

void TestPrivacy::aFileWithoutIdentityNumbersImportsWithoutAWarning()
{
    const QString database = seededDatabase();
    QVERIFY(!database.isEmpty());
    const QString name = writeFile(QStringLiteral("clean.json"),
                                   document({project(1, ordinaryText, QStringLiteral("Kari"))}));

    const auto imported = import(database, {name});

    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("Imported 1 project")), qPrintable(imported.out));
    QVERIFY2(!imported.err.contains(QStringLiteral("identity number")), qPrintable(imported.err));
}

std::unique_ptr<App::Desktop> TestPrivacy::openDesktop()
{
    m_seeded = std::make_unique<TestSupport::SeededWorkspace>();
    if (!m_seeded->isValid()) {
        qWarning("%s", qPrintable(m_seeded->error()));
        return nullptr;
    }
    auto desktop = std::make_unique<App::Desktop>(m_seeded->workspace());
    desktop->window().show();
    if (!QTest::qWaitForWindowExposed(&desktop->window()))
        return nullptr;
    return desktop;
}

void TestPrivacy::windowShowsACalmNoteThatPatientInformationDoesNotBelongHere()
{
    // GIVEN the window at the size it opens with
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();

    // THEN the note is shown below the projects, in words, small beside the work
    auto *note = child<QFrame>(window, "privacyNote");
    QVERIFY(note);
    auto *text = child<QLabel>(window, "privacyNoteText");
    QVERIFY(text);
    QVERIFY(note->isVisible());
    QVERIFY2(text->text().contains(QLatin1String("patients")), qPrintable(text->text()));
    QVERIFY(text->wordWrap());
    auto *list = child<QListView>(window, "projectList");
    const QRect noteArea(note->mapTo(&window, QPoint()), note->size());
    const QRect listArea(list->mapTo(&window, QPoint()), list->size());
    QVERIFY(noteArea.top() >= listArea.bottom());
    QVERIFY(noteArea.right() <= listArea.right() + 1);
    QVERIFY2(note->height() * 6 < window.height(),
             qPrintable(QStringLiteral("%1 of %2").arg(note->height()).arg(window.height())));

    // WHEN the user goes to the measures, THEN it is still in sight
    child<QAction>(window, "showMeasuresAction")->trigger();
    QVERIFY(note->isVisible());
}

void TestPrivacy::windowAsksAndStoresNothingWhenTheUserSaysNo()
{
    // GIVEN the window, and a file with what looks like an identity number in a risk's owner
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    const QString file = writeFile(QStringLiteral("personal.json"),
                                   document({project(1, ordinaryText, writtenNumber)}));
    m_desktop->window().setImportFileChooser([file] { return file; });
    auto *list = child<QListView>(window, "projectList");
    QCOMPARE(list->model()->rowCount(), 1);
    const QStringList before = TestSupport::dumpData(m_seeded->settings());

    // WHEN the user imports it
    child<QAction>(window, "importAction")->trigger();
    QVERIFY(m_desktop->import());
    QSignalSpy done(m_desktop->import(), &App::ImportJob::finished);
    QVERIFY(done.wait(30000));
    QCoreApplication::processEvents();

    // THEN nothing is imported yet, and the window asks, naming the field and not the number,
    // with No as the answer Enter gives
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QCOMPARE(done.at(0).at(2).toBool(), true);
    auto *box = child<QMessageBox>(window, "personalDataBox");
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("projects[0].risks[0].owner")),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("Import anyway?")), qPrintable(box->text()));
    QVERIFY2(!showsTheNumber(box->text()), qPrintable(box->text()));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
    QVERIFY(!child<QMessageBox>(window, "importFailedBox"));

    // WHEN the user says no
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QCoreApplication::processEvents();

    // THEN no second import starts, and nothing was stored
    QVERIFY(!m_desktop->import());
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(TestSupport::dumpData(m_seeded->settings()), before);
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("was not imported")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestPrivacy::windowImportsAnywayWhenTheUserSaysYes()
{
    m_desktop = openDesktop();
    QVERIFY(m_desktop);
    QMainWindow &window = m_desktop->window();
    const QString file =
        writeFile(QStringLiteral("personal.json"),
                  document({project(1, QStringLiteral("Pasient ") + writtenNumber)}));
    m_desktop->window().setImportFileChooser([file] { return file; });
    auto *list = child<QListView>(window, "projectList");
    QCOMPARE(list->model()->rowCount(), 1);

    child<QAction>(window, "importAction")->trigger();
    QVERIFY(m_desktop->import());
    QSignalSpy refused(m_desktop->import(), &App::ImportJob::finished);
    QVERIFY(refused.wait(30000));
    QCoreApplication::processEvents();
    auto *box = child<QMessageBox>(window, "personalDataBox");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("projects[0].measures[0].description")),
             qPrintable(box->text()));

    // WHEN the user says yes, the whole file is imported again, accepting what it holds
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(m_desktop->import());
    QSignalSpy done(m_desktop->import(), &App::ImportJob::finished);
    QVERIFY(done.wait(30000));
    QCoreApplication::processEvents();

    QCOMPARE(done.at(0).at(0).toBool(), true);
    QCOMPARE(done.at(0).at(2).toBool(), true);
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("personal.json")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!m_desktop->import());
}

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"
