#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace TestSupport {

// The samspill executable run as a user runs it from a shell: real files, real exit codes, and
// no display at all, in a folder of the test's own (HOME and the XDG folders point into it, so
// no test touches the user's own database or settings). SAMSPILL_EXECUTABLE names the binary.
class SamspillProgram
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QByteArray rawOut;
    };

    explicit SamspillProgram(QString folder);

    // Runs samspill with arguments to the end (at most timeoutMs). A run that did not finish
    // normally has exitCode -1 and says why in err.
    Run run(const QStringList &arguments, int timeoutMs = 60000) const;

    // Starts samspill without waiting, for programs that run at the same time.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;
    static Run finish(QProcess &process, int timeoutMs = 60000);

    // Runs samspill as another operating-system user (root only, through setpriv): for the
    // tests of what one user's run leaves behind for another.
    Run runAs(const QString &user, const QStringList &arguments) const;

    void setEnvironment(const QString &name, const QString &value);

private:
    QString m_folder;
    QProcessEnvironment m_environment;
};

} // namespace TestSupport
