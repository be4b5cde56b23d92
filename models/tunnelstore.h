#pragma once

#include "models/clock.h"
#include "models/database.h"

namespace lango::models {

// A router's end of the WireGuard tunnel to the headless server, and what
// the server last saw of it (0 / empty until it has looked).
struct TunnelPeer
{
    qint64 routerId = 0;
    QString routerName;
    QString address;            // inside [tunnel] network, e.g. 10.77.0.2
    QString publicKey;          // WireGuard base64, 44 characters
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 handshakeAt = 0;     // latest handshake, Unix seconds; 0 = never
    qint64 rxBytes = 0;
    qint64 txBytes = 0;
    QString endpoint;           // where the router's packets come from (its NAT)
    bool apiAnswers = false;    // the server reached the API port through the tunnel
    qint64 observedAt = 0;      // when the server last looked; 0 = never
};

// What the server saw of one peer in `wg show` (matched by public key).
struct TunnelObservation
{
    QString publicKey;
    qint64 handshakeAt = 0;
    qint64 rxBytes = 0;
    qint64 txBytes = 0;
    QString endpoint;
    bool apiAnswers = false;
};

class TunnelStore final
{
    Q_DECLARE_TR_FUNCTIONS(TunnelStore)

public:
    TunnelStore(const Database &db, const Clock &clock);

    [[nodiscard]] Result<QList<TunnelPeer>> list() const;
    // NotFound when the router has no tunnel.
    [[nodiscard]] Result<TunnelPeer> forRouter(qint64 routerId) const;
    [[nodiscard]] Result<QStringList> addresses() const;
    // A new peer, or a new key for the router's existing one (its address
    // stays). Conflict names the router that already has the key.
    [[nodiscard]] Result<void> save(qint64 routerId, const QString &address, const QString &publicKey) const;
    // Several observations in one transaction; peers not named keep theirs.
    [[nodiscard]] Result<void> observe(const QList<TunnelObservation> &seen) const;
    [[nodiscard]] Result<void> remove(qint64 routerId) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
