#include "app/importjob.h"

#include "app/workspace.h"
#include "models/domain/text.h"

#include <QFile>
#include <QThread>

namespace App {

ImportJob::ImportJob(Storage::ConnectionSettings settings, QString file,
                     Importer::PersonalData personalData, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_file(std::move(file))
    , m_personalData(personalData)
{}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportJob::start()
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancelled = true;
}

// On the job's own thread: everything here, the Workspace and its connection included, lives
// and dies on it. Signals reach the window through queued connections.
void ImportJob::run()
{
    const QString name = Domain::printable(m_file);
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly)) {
        emit finished(
            false,
            Importer::tr("Cannot read %1: %2").arg(name, Domain::printable(file.errorString())),
            false);
        return;
    }
    auto workspace = Workspace::open(m_settings, Workspace::Seeding::Never,
                                     [this](const QString &message) { emit notice(message); });
    if (!workspace) {
        emit finished(false, workspace.error().message, false);
        return;
    }
    int shown = -1;
    auto outcome = Importer::run(
        *workspace.value(), file, m_personalData,
        [&](qint64 read, qint64 total) {
            const int percent = total > 0 ? int(read * 100 / total) : 0;
            if (percent != shown)
                emit progressed(shown = percent);
        },
        &m_cancelled);
    if (!outcome) {
        emit finished(false,
                      Importer::tr("%1 was not imported; nothing was changed:\n%2")
                          .arg(name, outcome.error().message),
                      false);
        return;
    }
    const bool identityNumbers = outcome->identityNumberFieldCount > 0;
    if (!outcome->summary) {
        emit finished(false,
                      Importer::tr("%1 was not imported; nothing was changed:\n%2")
                          .arg(name, outcome->description()),
                      identityNumbers);
        return;
    }
    const Domain::ImportSummary &summary = *outcome->summary;
    emit finished(
        true,
        Importer::tr("Imported %n project(s) from %1.", nullptr, summary.projects).arg(name) +
            QLatin1Char(' ') +
            Importer::tr("New organisations: %1. New knowledge sources: %2.")
                .arg(QString::number(summary.organisationsAdded),
                     QString::number(summary.knowledgeSourcesAdded)),
        identityNumbers);
}

} // namespace App
