#pragma once

#include "app/cli/clicommand.h"

#include <QList>

namespace lango::app::cli {

// Dispatches `lango <group> ...` to the command registered for the group
// (registered by the composition root; no static registry).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit CommandLine(CliContext &context) : m_context(context) {}

    void add(CliCommand &command) { m_commands << &command; }
    bool handles(const QString &group) const;
    int run(const QStringList &commandArgs);
    QString help() const;   // `lango --help`

private:
    CliContext &m_context;
    QList<CliCommand *> m_commands;
};

} // namespace lango::app::cli
