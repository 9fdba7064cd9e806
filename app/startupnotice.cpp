#include "app/startupnotice.h"

#include <QApplication>
#include <QLabel>
#include <QTextStream>

namespace App {

StartupNotice::StartupNotice(QTextStream *err)
    : m_err(err)
{}

StartupNotice::~StartupNotice() = default;

Storage::Database::Notifier StartupNotice::notifier()
{
    return [this](const QString &message) { show(message); };
}

void StartupNotice::show(const QString &message)
{
    m_messages.append(message);
    if (m_err)
        *m_err << message << Qt::endl;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return; // no widgets without a QApplication
    if (!m_window) {
        m_window = std::make_unique<QLabel>();
        m_window->setObjectName(QStringLiteral("startupNotice"));
        m_window->setWindowTitle(tr("Samspill"));
        m_window->setTextFormat(Qt::PlainText); // the database's name is not markup
        m_window->setWordWrap(true);
        m_window->setMargin(16);
        m_window->setMinimumWidth(420);
    }
    m_window->setText(m_messages.join(QLatin1Char('\n')));
    m_window->adjustSize();
    m_window->show();
    // The database is opened on this thread, which does not return to the event loop until it
    // is open: paint the notice now.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    m_window->repaint();
}

void StartupNotice::close()
{
    if (m_window)
        m_window->close();
}

} // namespace App
