#include "tests/support/samspillprogram.h"

#include <QDir>

#include <pwd.h>

namespace TestSupport {

SamspillProgram::SamspillProgram(QString folder)
    : m_folder(std::move(folder))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE", "LC_ALL"})
        m_environment.remove(QLatin1String(name));
    const QString home = QDir(m_folder).filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
}

void SamspillProgram::setEnvironment(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

std::unique_ptr<QProcess> SamspillProgram::start(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(SAMSPILL_EXECUTABLE));
    process->setArguments(arguments);
    process->setWorkingDirectory(m_folder);
    process->setProcessEnvironment(m_environment);
    process->start();
    return process;
}

SamspillProgram::Run SamspillProgram::finish(QProcess &process, int timeoutMs)
{
    Run result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("samspill did not finish normally: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

SamspillProgram::Run SamspillProgram::run(const QStringList &arguments, int timeoutMs) const
{
    auto process = start(arguments);
    return finish(*process, timeoutMs);
}

SamspillProgram::Run SamspillProgram::runAs(const QString &user, const QStringList &arguments) const
{
    const passwd *entry = getpwnam(user.toLocal8Bit().constData());
    if (!entry) {
        Run unknown;
        unknown.err = QStringLiteral("no such user: ") + user;
        return unknown;
    }
    QProcess process;
    process.setProgram(QStringLiteral("setpriv"));
    process.setArguments(QStringList{QStringLiteral("--reuid=%1").arg(entry->pw_uid),
                                     QStringLiteral("--regid=%1").arg(entry->pw_gid),
                                     QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                     QStringLiteral(SAMSPILL_EXECUTABLE)} +
                         arguments);
    process.setWorkingDirectory(m_folder);
    process.setProcessEnvironment(m_environment);
    process.start();
    return finish(process);
}

} // namespace TestSupport
