#pragma once

// Runs the real `lango` binary (LANGO_BINARY, set by CMake) as a user would,
// in a throwaway home so it never touches the tester's own data.

#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace lango::testing {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class LangoProcess
{
public:
    LangoProcess()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/.config"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/.local/share"));
        m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        m_env.remove(QStringLiteral("LANGO_CONFIG"));
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
#ifdef Q_OS_WIN
        // Windows finds its folders without HOME or XDG_*: one of its own,
        // and keychain entries apart from other tests'.
        m_env.insert(QStringLiteral("LANGO_HOME"), m_home.path() + QStringLiteral("/.local/share/lango"));
#endif
    }

    QString home() const { return m_home.path(); }
    QProcessEnvironment &environment() { return m_env; }

    CliResult run(const QStringList &arguments, const QByteArray &stdinData = {}, int timeoutMs = 30000)
    {
        QProcess process;
        if (!start(process, arguments, stdinData))
            return {};
        if (!process.waitForFinished(timeoutMs))
            return killed(process);
        return finished(process);
    }

    // run(), with this process's event loop turning meanwhile: for a test
    // that serves the command itself (an in-process router emulator).
    CliResult runServing(const QStringList &arguments, const QByteArray &stdinData = {}, int timeoutMs = 30000)
    {
        QProcess process;
        if (!start(process, arguments, stdinData))
            return {};
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        if (process.state() != QProcess::NotRunning)
            return killed(process);
        return finished(process);
    }

private:
    bool start(QProcess &process, const QStringList &arguments, const QByteArray &stdinData)
    {
        process.setProcessEnvironment(m_env);
        // Text: Windows programs end lines with \r\n; read them as \n.
        process.start(QStringLiteral(LANGO_BINARY), arguments, QIODevice::ReadWrite | QIODevice::Text);
        if (!process.waitForStarted(10000))
            return false;
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
        return true;
    }
    static CliResult killed(QProcess &process)
    {
        process.kill();
        process.waitForFinished();
        return {-2, QString::fromUtf8(process.readAllStandardOutput()), QStringLiteral("timed out")};
    }
    static CliResult finished(QProcess &process)
    {
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

} // namespace lango::testing
