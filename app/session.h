#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace App {

class Desktop;
class Workspace;

// The window over one database at a time. File › Open database and the recent databases
// replace the database shown: the other one is opened first (a database that cannot be opened
// leaves the window as it was, saying why), the window's layout is saved, and a new window
// over it takes the old one's place. Nothing typed is lost: every edit is stored when its form
// is accepted, a form open keeps the menu from being used, and a running import is waited for.
// Lives on the GUI thread.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(App::Session)

public:
    explicit Session(std::unique_ptr<Workspace> workspace);
    ~Session();

    Desktop &desktop() { return *m_desktop; }
    void show();

    // Shows the database (an SQLite file or a PostgreSQL URL) in place of the one shown. The old
    // window goes once control is back in the event loop (this is called from its menu).
    Domain::Result<void> open(const QString &database);

private:
    void start();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Desktop> m_desktop;
};

} // namespace App
