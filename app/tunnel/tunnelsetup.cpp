#include "app/tunnel/tunnelsetup.h"

#include "app/core/office.h"
#include "common/x25519.h"

#include <QHostAddress>

namespace lango::app::tunnel {

RouterTunnelScript::Plan TunnelSetup::Plan::scriptPlan() const
{
    return RouterTunnelScript::Plan{server, address, privateKey, publicKey, router.port};
}

Result<TunnelSetup::Plan> TunnelSetup::plan(const QString &routerName, const QString &routerPublicKey) const
{
    auto router = m_office.routers.byName(routerName);
    if (!router)
        return fromModels(router.error());
    auto server = TunnelServer::load(m_office.settings);
    if (!server)
        return server.error();
    Plan plan;
    plan.router = *router;
    plan.server = *server;
    if (!routerPublicKey.isEmpty()) {
        if (!x25519::fromBase64(routerPublicKey))
            return Error{ErrorCode::BadInput,
                         tr("\"%1\" is not a WireGuard public key (44 characters of base64, as /interface/wireguard print "
                            "shows it).").arg(routerPublicKey), {}};
        if (routerPublicKey == server->publicKey)
            return Error{ErrorCode::BadInput, tr("That is the server's own public key, not the router's."), {}};
        plan.publicKey = routerPublicKey;
    } else {
        const x25519::Key key = x25519::generatePrivateKey();
        plan.privateKey = x25519::toBase64(key);
        plan.publicKey = x25519::toBase64(x25519::publicKey(key));
    }
    auto existing = m_office.tunnels.forRouter(router->id);
    if (existing) {
        plan.hadTunnel = true;
        plan.address = existing->address;
        if (!server->network.contains(QHostAddress(existing->address)))
            return Error{ErrorCode::Conflict,
                         tr("Router %1 has tunnel address %2, outside the server's tunnel network %3 (was [tunnel] network "
                            "changed?). Remove the router's tunnel with `lango router tunnel %1 --remove` first.")
                             .arg(routerName, existing->address, server->network.text()), {}};
    } else if (existing.error().code != models::ErrorCode::NotFound) {
        return fromModels(existing.error());
    } else {
        auto used = m_office.tunnels.addresses();
        if (!used)
            return fromModels(used.error());
        auto address = server->network.allocate(*used);
        if (!address)
            return address.error();
        plan.address = *address;
    }
    return plan;
}

Result<void> TunnelSetup::record(const Plan &plan) const
{
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    if (auto saved = m_office.tunnels.save(plan.router.id, plan.address, plan.publicKey); !saved)
        return fromModels(saved.error());
    models::AuditEntry entry = m_who;
    entry.action = plan.hadTunnel ? QStringLiteral("router.tunnel_rekey") : QStringLiteral("router.tunnel");
    entry.entity = QStringLiteral("router");
    entry.entityId = plan.router.id;
    entry.detail = tr("tunnel %1, key %2").arg(plan.address, plan.publicKey);
    if (auto audited = m_office.audit.record(entry); !audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return {};
}

Result<void> TunnelSetup::switchToTunnel(const Plan &plan) const
{
    auto router = m_office.routers.byId(plan.router.id);
    if (!router)
        return fromModels(router.error());
    if (router->host == plan.address)
        return {};
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    const QString before = router->host;
    router->host = plan.address;
    if (auto updated = m_office.routers.update(*router); !updated)
        return fromModels(updated.error());
    models::AuditEntry entry = m_who;
    entry.action = QStringLiteral("router.edit");
    entry.entity = QStringLiteral("router");
    entry.entityId = plan.router.id;
    entry.detail = tr("API address %1 -> %2 (through the tunnel)").arg(before, plan.address);
    if (auto audited = m_office.audit.record(entry); !audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return {};
}

Result<bool> TunnelSetup::handshakeSeen(const Plan &plan) const
{
    auto peer = m_office.tunnels.forRouter(plan.router.id);
    if (!peer)
        return fromModels(peer.error());
    return peer->publicKey == plan.publicKey && peer->handshakeAt > 0;
}

Result<void> TunnelSetup::remove(const QString &routerName) const
{
    auto router = m_office.routers.byName(routerName);
    if (!router)
        return fromModels(router.error());
    auto peer = m_office.tunnels.forRouter(router->id);
    if (!peer)
        return fromModels(peer.error());
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    if (auto removed = m_office.tunnels.remove(router->id); !removed)
        return fromModels(removed.error());
    models::AuditEntry entry = m_who;
    entry.action = QStringLiteral("router.tunnel_remove");
    entry.entity = QStringLiteral("router");
    entry.entityId = router->id;
    entry.detail = tr("tunnel %1 removed").arg(peer->address);
    if (auto audited = m_office.audit.record(entry); !audited)
        return fromModels(audited.error());
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    return {};
}

} // namespace lango::app::tunnel
