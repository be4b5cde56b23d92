#pragma once

#include "models/tunnelstore.h"

#include <QCoreApplication>

namespace lango::app::tunnel {

// What a router's tunnel looks like from the server's last report, in the
// words staff see in `router check`, the Routers panel and /metrics.
struct TunnelStatus
{
    Q_DECLARE_TR_FUNCTIONS(TunnelStatus)

public:
    // WireGuard re-handshakes every two minutes while traffic or keepalives
    // flow; three minutes without one means the router is not reaching us.
    static constexpr qint64 kDownAfterSeconds = 180;
    // A server that has not reported for this long is not watching.
    static constexpr qint64 kServerSilentAfterSeconds = 120;

    enum class State { Up, Down, NeverSeen, Unwatched };

    State state = State::NeverSeen;
    QString summary;       // one line: "tunnel up: handshake 12 s ago, …"
    QString advice;        // what to do when it is not up; empty when up

    [[nodiscard]] static TunnelStatus of(const models::TunnelPeer &peer, qint64 now);
    static QString stateName(State state);   // up, down, never-seen, unwatched (JSON, metrics)
};

} // namespace lango::app::tunnel
