#pragma once

#include "app/tunnel/tunnelserver.h"
#include "routeros/command.h"

#include <QCoreApplication>

namespace lango::app::tunnel {

// The RouterOS 7 commands that give a router its end of the tunnel: a
// WireGuard interface that dials the server and keeps the NAT open, the
// router's tunnel address, and firewall rules that let the API in only
// through the tunnel. The same steps are printed for a paste into the
// router's terminal and sent over the API.
class RouterTunnelScript final
{
    Q_DECLARE_TR_FUNCTIONS(RouterTunnelScript)

public:
    static constexpr auto kInterface = "lango";
    static constexpr int kKeepaliveSeconds = 25;

    struct Plan
    {
        TunnelServer server;
        QString routerAddress;      // 10.77.0.2
        QString routerPrivateKey;   // empty: the router made its own key
        QString routerPublicKey;
        int apiPort = 8728;
    };

    explicit RouterTunnelScript(Plan plan) : m_plan(std::move(plan)) {}

    // What to paste into the router's terminal (New Terminal in WinBox).
    QString terminalText() const;

    // The same, as API commands. The firewall comes in two parts: the rule
    // that lets the API in through the tunnel (placed first), then, once the
    // tunnel is proven, the rule that shuts the API everywhere else.
    QList<routeros::Command> interfaceCommands() const;
    routeros::Command acceptApiCommand(const QString &placeBefore) const;
    routeros::Command dropApiCommand(const QString &placeBefore) const;

    bool routerMakesItsKey() const { return m_plan.routerPrivateKey.isEmpty(); }
    QString routerPublicKey() const { return m_plan.routerPublicKey; }

    static QString acceptComment() { return QStringLiteral("lango: API through the tunnel"); }
    static QString dropComment() { return QStringLiteral("lango: API only through the tunnel"); }

private:
    QString addressWithPrefix() const;

    Plan m_plan;
};

} // namespace lango::app::tunnel
