#pragma once

// One cheap round of questions to a router: identity (timed, for the
// round-trip time), resources (version, uptime, board) and clock (skew).
// Shared by the pool's health checks and RouterCheck.

#include "routeros/error.h"
#include "routeros/hotspottypes.h"

#include <QFuture>

#include <optional>

namespace lango::routeros {

class ApiConnection;

struct ProbeResult
{
    std::optional<Error> error;  // set when the router could not be asked
    qint64 rttMs = -1;
    QString identity;
    std::optional<RouterResource> resource;
    std::optional<RouterClock> clock;
    bool legacyLogin = false;
};

class RouterProbe final
{
public:
    RouterProbe() = delete;

    // Connects if needed (waiting at most the connect timeout plus `extraMs`).
    [[nodiscard]] static QFuture<ProbeResult> run(ApiConnection *connection, int extraMs = 10000);
};

} // namespace lango::routeros
