#include "app/cli/commandline.h"

namespace lango::app::cli {

bool CommandLine::handles(const QString &group) const
{
    for (const CliCommand *command : m_commands) {
        if (command->name() == group)
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList &commandArgs)
{
    const QString group = commandArgs.value(0);
    for (CliCommand *command : m_commands) {
        if (command->name() == group)
            return command->run(commandArgs);
    }
    return m_context.usage(tr("Unknown command \"%1\".").arg(group), help());
}

QString CommandLine::help() const
{
    QString text = tr("Usage: lango [options]                 the desktop\n"
                      "       lango --headless --config FILE  the server: M-Pesa callbacks, portal API, router work\n"
                      "       lango --demo [--headless]       everything on this computer, emulated router and M-Pesa\n"
                      "       lango [options] <command> ...\n\n"
                      "Options:\n"
                      "  --config FILE   configuration file (or LANGO_CONFIG)\n"
                      "  --db URL        database: sqlite:///path/lango.db or postgresql://user@host:5432/db\n"
                      "  --demo          use the demo database\n"
                      "  --lang en|sw    language\n"
                      "  --json          (after a command) machine-readable output\n"
                      "  -h, --help      this help; `lango <command> --help` for one command\n"
                      "  -v, --version   the version\n\n"
                      "Commands:\n");
    for (const CliCommand *command : m_commands) {
        const QStringList lines = command->synopsis().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            text += (line.startsWith(QLatin1Char(' ')) ? QStringLiteral("          ") + line.trimmed()
                                                       : QStringLiteral("  lango ") + line) + QLatin1Char('\n');
    }
    text += tr("\nExit codes: 0 done, 1 a clear error on stderr, 2 wrong usage.\n");
    return text;
}

} // namespace lango::app::cli
