#pragma once

#include "app/core/error.h"
#include "app/tunnel/tunnelnetwork.h"

#include <QCoreApplication>

namespace lango::models {
class OfficeSettings;
}

namespace lango::app::tunnel {

// Where routers dial: "vpn.example.co.ke:51820" ([tunnel] endpoint).
struct Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    QString host;
    quint16 port = 51820;

    QString text() const;
    // A host name, an IPv4 address or a bracketed IPv6 one, then ":port".
    [[nodiscard]] static Result<Endpoint> parse(const QString &text);
};

// What the headless server publishes about its end of the tunnels, so that
// a desk or the CLI anywhere can give a router its script: kept in the
// office settings (tunnel.*), written by the server at each start.
struct TunnelServer
{
    Q_DECLARE_TR_FUNCTIONS(TunnelServer)

public:
    QString publicKey;
    Endpoint endpoint;
    TunnelNetwork network = *TunnelNetwork::parse(QLatin1String(TunnelNetwork::kDefault));

    // NotFound, with what to do, when no server has published one yet.
    [[nodiscard]] static Result<TunnelServer> load(const models::OfficeSettings &settings);
    [[nodiscard]] Result<void> publish(const models::OfficeSettings &settings) const;
};

} // namespace lango::app::tunnel
