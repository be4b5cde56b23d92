#pragma once

#include "app/cli/clicommand.h"

namespace lango::routeros {
class ApiConnection;
class Command;
class Sentence;
struct ConnectionConfig;
}

namespace lango::app::cli {

// The router actions that talk to the router itself: `lango router check`
// and `lango router sync`, plus `lango ros` (a raw API console).
class RouterActions final
{
    Q_DECLARE_TR_FUNCTIONS(RouterActions)

public:
    explicit RouterActions(CliContext &context) : m_context(context) {}

    int check(const QString &routerName, bool json);
    int sync(const QString &routerName, bool json);

private:
    CliContext &m_context;
};

// lango ros NAME /ip/hotspot/user/print ?name=x
class RosCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RosCommand)

public:
    explicit RosCommand(CliContext &context) : m_context(context) {}
    QString name() const override { return QStringLiteral("ros"); }
    QString synopsis() const override { return QStringLiteral("ros NAME /ip/hotspot/user/print ?name=x   raw API console"); }
    int run(const QStringList &args) override;

private:
    // Prints each !re as it arrives (…/listen, print =follow=) until Ctrl+C
    // or the router ends the command.
    int follow(routeros::ApiConnection &connection, const routeros::Command &command);
    void printItem(const routeros::Sentence &item);

    CliContext &m_context;
};

// The connection settings of a router Lango knows, by name, password opened.
[[nodiscard]] Result<routeros::ConnectionConfig> routerConnectionConfig(CliContext &context, const QString &routerName);

} // namespace lango::app::cli
