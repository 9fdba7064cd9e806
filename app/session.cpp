#include "app/session.h"

#include "app/desktop.h"
#include "app/startupnotice.h"
#include "app/workspace.h"
#include "views/mainwindow.h"

#include <QMessageBox>
#include <QTimer>

namespace App {

Session::Session(std::unique_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
    start();
}

Session::~Session()
{
    m_desktop.reset(); // the window goes before the database it shows
}

void Session::start()
{
    m_desktop = std::make_unique<Desktop>(*m_workspace);
    m_desktop->setDatabaseOpener([this](const QString &database) {
        if (auto opened = open(database); !opened) {
            Views::MainWindow &window = m_desktop->window();
            window.showStatus(opened.error().message);
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Open database"),
                                        opened.error().message, QMessageBox::Ok, &window);
            box->setTextFormat(Qt::PlainText); // the file's name is not markup
            box->setObjectName(QStringLiteral("openDatabaseFailedBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open(); // window-modal, without a loop of its own
        }
    });
}

void Session::show()
{
    m_desktop->show();
}

Domain::Result<void> Session::open(const QString &database)
{
    if (m_desktop->import()) {
        return Domain::Error{Domain::Error::Kind::Invalid,
                             tr("An import is running; open another database when it is done.")};
    }
    auto settings = Storage::ConnectionSettings::fromArgument(database);
    if (!settings)
        return settings.error();
    StartupNotice notice; // a wait for another program's write, said in a window of its own
    auto workspace =
        Workspace::open(settings.value(), Workspace::Seeding::IfNew, notice.notifier());
    notice.close();
    if (!workspace)
        return workspace.error();

    // The old window keeps its layout for the new one, and goes once its menu is left.
    m_desktop->window().saveSession();
    Desktop *oldDesktop = m_desktop.release();
    Workspace *oldWorkspace = m_workspace.release();
    m_workspace = std::move(workspace).value();
    start();
    m_desktop->show();
    oldDesktop->window().hide();
    QTimer::singleShot(0, [oldDesktop, oldWorkspace] {
        delete oldDesktop;
        delete oldWorkspace;
    });
    return {};
}

} // namespace App
