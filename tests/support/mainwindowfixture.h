#pragma once

#include "app/desktop.h"
#include "tests/models/seededworkspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>
#include <QWidget>

#include <memory>

namespace TestSupport {

// The project of our own the window tests add to the seed. Its name sorts first, so that
// choosing the Nord-Trøndelag project is a real choice. Not "Aaa-...": in Norwegian collation
// "aa" is "å" and sorts last.
inline const QUuid firstProject{QStringLiteral("7c3f5e2a-1b4d-4e6f-8a9b-0c1d2e3f0001")};
inline const QString firstProjectName = QStringLiteral("Alfa-prosjektet");
QByteArray firstProjectJson();

// The offscreen platform the tests run on warns so each time a window is shown or resized.
void expectSizeHintWarning();

template <typename Widget>
Widget *child(QWidget &window, const char *name)
{
    return window.findChild<Widget *>(QLatin1String(name));
}

// The main window as its user meets it, set up alike for every test of it: the second base of
// a QTest class, whose initTestCase() calls setUpTestCase(), init() setUp() and cleanup()
// tearDown(). Settings live in a temporary folder, never in the user's own, and the window
// speaks the language it starts in by default (Norwegian). Each test gets a fresh SQLite
// database seeded as on first start, plus firstProject; openDesktop() opens the window over
// it as the application does.
class MainWindowFixture
{
protected:
    void setUpTestCase(const QString &applicationName);
    void setUp();
    void tearDown();

    // Opens the window over the workspace as the application does, shown and active, on the
    // day 01.06.2012; null when it could not be shown.
    std::unique_ptr<App::Desktop> openDesktop();
    // Chooses the project of this name in m_desktop's project list by mouse.
    void chooseProject(const QString &name);

    QTemporaryDir m_settingsFolder;
    std::unique_ptr<SeededWorkspace> m_seeded;
    std::unique_ptr<App::Desktop> m_desktop;
};

} // namespace TestSupport
