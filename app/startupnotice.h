#pragma once

#include "models/storage/database.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QLabel;
class QTextStream;

namespace App {

// What the user of the window should hear while its database is opened, before there is a
// window: that Samspill waits for another program's write, where the copy taken before an
// upgrade is kept. The command line prints these on the terminal; here each is also written to
// standard error (when given) and shown in a small window of its own, which stays up until
// close(), so that a wait is never a window that silently does not appear. Lives on the GUI
// thread, which the database is opened on.
class StartupNotice
{
    Q_DECLARE_TR_FUNCTIONS(App::StartupNotice)

public:
    explicit StartupNotice(QTextStream *err = nullptr);
    ~StartupNotice();

    StartupNotice(const StartupNotice &) = delete;
    StartupNotice &operator=(const StartupNotice &) = delete;

    // For Workspace::open. Valid as long as this StartupNotice.
    Storage::Database::Notifier notifier();

    const QStringList &messages() const { return m_messages; }
    // The small window, once a message came (objectName "startupNotice"); null before.
    QLabel *window() const { return m_window.get(); }
    void close();

private:
    void show(const QString &message);

    QTextStream *m_err;
    QStringList m_messages;
    std::unique_ptr<QLabel> m_window;
};

} // namespace App
