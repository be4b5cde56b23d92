#pragma once

#include "app/cli/clicommand.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace lango::routeros {
class ApiConnection;
}

namespace lango::app::tunnel {
class RouterTunnelScript;
struct TunnelServer;
}

namespace lango::app::cli {

// lango router tunnel NAME: gives a router behind NAT a WireGuard tunnel to
// the headless server. When this computer reaches the router (a desk on
// its LAN), the commands go over the API and Lango switches to the tunnel
// address once the server has seen the router; otherwise, or with
// --print, it prints them to paste into the router's terminal.
class TunnelAction final
{
    Q_DECLARE_TR_FUNCTIONS(TunnelAction)

public:
    explicit TunnelAction(CliContext &context) : m_context(context) {}

    static QString synopsis();
    static QList<QCommandLineOption> options();
    int run(const QString &routerName, const QStringList &extraArgs, const QCommandLineParser &parser);

private:
    int remove(const QString &routerName, bool json);
    // Before anything is written: RouterOS 7, and no LAN of the router in
    // the tunnel network.
    Result<void> checkRouter(routeros::ApiConnection &connection, const tunnel::TunnelServer &server);
    // Takes away an earlier Lango tunnel on the router, then adds this one
    // (the interface, its address and the rule that lets the API in).
    Result<void> apply(routeros::ApiConnection &connection, const tunnel::RouterTunnelScript &script);

    CliContext &m_context;
};

} // namespace lango::app::cli
