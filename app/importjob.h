#pragma once

#include "app/importer.h"
#include "models/storage/connectionsettings.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace App {

// An import started from the window: it runs on a thread of its own, on a connection of its
// own to the same database, so that the window stays responsive and can show how far it has
// come and offer to stop it. The window's own connection sees the projects once it reloads.
// A file that holds what looks like a national identity number is imported only by a job that
// accepts personal data; one that refuses it stores nothing and says so, for the window to ask.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(Storage::ConnectionSettings settings, QString file,
              Importer::PersonalData personalData, QObject *parent = nullptr);
    ~ImportJob() override; // waits for the thread, after asking it to stop

    void start();
    // Asks the import to stop; it is rolled back, and finished() tells so.
    void cancel();

signals:
    void progressed(int percent);
    void notice(const QString &message); // e.g. that it waits for another program
    // message: what was imported, or why nothing was; plain text. identityNumbers: the file holds
    // what looks like a national identity number; when nothing was imported, that alone is why
    // (message names the fields), and a job that accepts personal data would import it.
    void finished(bool imported, const QString &message, bool identityNumbers);

private:
    void run();

    Storage::ConnectionSettings m_settings;
    QString m_file;
    Importer::PersonalData m_personalData;
    std::atomic<bool> m_cancelled{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace App
