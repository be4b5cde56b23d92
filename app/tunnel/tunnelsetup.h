#pragma once

#include "app/core/error.h"
#include "app/tunnel/routertunnelscript.h"
#include "models/auditlog.h"
#include "models/router.h"

#include <QCoreApplication>

namespace lango::app {
class Office;
}

namespace lango::app::tunnel {

// The office's side of giving a router its tunnel: the router's key pair
// (or the public key it made itself), its address, the peer the server
// applies, and pointing Lango at the router's tunnel address. What is said
// to the router itself (the script, or the API) is the caller's.
class TunnelSetup final
{
    Q_DECLARE_TR_FUNCTIONS(TunnelSetup)

public:
    struct Plan
    {
        models::Router router;
        QString address;            // inside the tunnel network
        QString publicKey;
        QString privateKey;         // empty when the router made its own key
        bool hadTunnel = false;     // a new key for an existing tunnel
        RouterTunnelScript::Plan scriptPlan() const;
        TunnelServer server;
    };

    TunnelSetup(Office &office, models::AuditEntry who) : m_office(office), m_who(std::move(who)) {}

    // Reads everything and decides; writes nothing. `routerPublicKey` is the
    // key of a router that made its own pair (/interface/wireguard print).
    [[nodiscard]] Result<Plan> plan(const QString &routerName, const QString &routerPublicKey = {}) const;
    // Records the peer (the server applies it within [tunnel] check_every).
    [[nodiscard]] Result<void> record(const Plan &plan) const;
    // From now on Lango reaches the router at its tunnel address.
    [[nodiscard]] Result<void> switchToTunnel(const Plan &plan) const;
    // Whether the server has seen a handshake with the plan's key (record()
    // starts every key at "never", whatever the clocks of desk and server).
    [[nodiscard]] Result<bool> handshakeSeen(const Plan &plan) const;
    // Forgets the router's tunnel: the server drops the peer.
    [[nodiscard]] Result<void> remove(const QString &routerName) const;

private:
    Office &m_office;
    models::AuditEntry m_who;
};

} // namespace lango::app::tunnel
