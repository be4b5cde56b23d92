#pragma once

// Linux programs some tests use to look at what Lango made from the outside
// (psql, pdftoppm, zbarimg). A Windows build under Wine cannot start Linux
// programs: there those checks are skipped, naming the program; on Linux a
// missing program is a failure (scripts/install-deps installs them).

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace lango::testing {

inline bool hostToolRuns(const QString &program, const QStringList &versionArguments)
{
    QProcess process;
    process.start(program, versionArguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(10000))
        return false;
    return process.exitStatus() == QProcess::NormalExit
        && !(process.readAllStandardOutput() + process.readAllStandardError()).trimmed().isEmpty();
}

} // namespace lango::testing

#ifdef Q_OS_WIN
#define LANGO_HOST_TOOL_MISSING(program) \
    QSKIP(program " is a Linux program, which a Windows build under Wine cannot start; checked on Linux")
#else
#define LANGO_HOST_TOOL_MISSING(program) QFAIL(program " does not run here: install it with scripts/install-deps")
#endif

#define LANGO_REQUIRE_HOST_TOOL(program, ...)                                    \
    do {                                                                       \
        if (!lango::testing::hostToolRuns(QStringLiteral(program), {__VA_ARGS__})) \
            LANGO_HOST_TOOL_MISSING(program);                                  \
    } while (false)
