#include "tests/support/mainwindowfixture.h"

#include "app/language.h"
#include "models/projectlistmodel.h"
#include "views/mainwindow.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QListView>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace TestSupport {

QByteArray firstProjectJson()
{
    return QByteArray(R"json({
        "format": "samspill-exchange", "formatVersion": 1,
        "projects": [{"uuid": "7c3f5e2a-1b4d-4e6f-8a9b-0c1d2e3f0001",
                      "name": "Alfa-prosjektet", "status": "planned"}]})json");
}

void expectSizeHintWarning()
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support propagateSizeHints()");
}

void MainWindowFixture::setUpTestCase(const QString &applicationName)
{
    QVERIFY(m_settingsFolder.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SamspillTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsFolder.path());
    QVERIFY(QSettings().fileName().startsWith(m_settingsFolder.path()));
    // The window in the language it starts in by default.
    QVERIFY(App::Language::install(*QCoreApplication::instance(), QStringLiteral("nb")));
}

void MainWindowFixture::setUp()
{
    m_desktop.reset();
    m_seeded.reset();
    QSettings().clear();
    m_seeded = std::make_unique<SeededWorkspace>();
    QVERIFY2(m_seeded->isValid(), qPrintable(m_seeded->error()));
    QCOMPARE(m_seeded->importJson(firstProjectJson()), QString());
}

void MainWindowFixture::tearDown()
{
    m_desktop.reset(); // the window goes before the database it shows
    m_seeded.reset();
}

std::unique_ptr<App::Desktop> MainWindowFixture::openDesktop()
{
    auto desktop = std::make_unique<App::Desktop>(m_seeded->workspace());
    desktop->setToday(QDate(2012, 6, 1)); // the project, the portfolio and the day shown
    expectSizeHintWarning();
    desktop->window().show();
    desktop->window().activateWindow();
    if (!QTest::qWaitForWindowExposed(&desktop->window()) ||
        !QTest::qWaitForWindowActive(&desktop->window()))
        return nullptr;
    return desktop;
}

void MainWindowFixture::chooseProject(const QString &name)
{
    auto *list = child<QListView>(m_desktop->window(), "projectList");
    QVERIFY(list);
    const QModelIndexList found = list->model()->match(
        list->model()->index(0, 0), Models::ProjectListModel::NameRole, name, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(found.first()).center());
    QCOMPARE(list->currentIndex(), found.first());
}

} // namespace TestSupport
