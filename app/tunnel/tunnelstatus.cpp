#include "app/tunnel/tunnelstatus.h"

#include "models/timetext.h"

namespace lango::app::tunnel {

namespace {

QString bytesText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

QString TunnelStatus::stateName(State state)
{
    switch (state) {
    case State::Up: return QStringLiteral("up");
    case State::Down: return QStringLiteral("down");
    case State::NeverSeen: return QStringLiteral("never-seen");
    case State::Unwatched: return QStringLiteral("unwatched");
    }
    return {};
}

TunnelStatus TunnelStatus::of(const models::TunnelPeer &peer, qint64 now)
{
    TunnelStatus status;
    if (peer.observedAt == 0 || now - peer.observedAt > kServerSilentAfterSeconds) {
        status.state = State::Unwatched;
        status.summary = peer.observedAt == 0
            ? tr("tunnel %1: the server has not looked at it yet").arg(peer.address)
            : tr("tunnel %1: the server last looked %2 ago").arg(peer.address, models::TimeText::age(now - peer.observedAt));
        status.advice = tr("Is `lango --headless` running with a [tunnel] section? It keeps the tunnels and reports them.");
        return status;
    }
    if (peer.handshakeAt == 0) {
        status.state = State::NeverSeen;
        status.summary = tr("tunnel %1: waiting for the router's first handshake").arg(peer.address);
        status.advice = tr("Paste the commands of `lango router tunnel %1` into the router's terminal, and check that the "
                           "router has internet and can reach the server's UDP port.").arg(peer.routerName);
        return status;
    }
    const qint64 age = qMax<qint64>(0, now - peer.handshakeAt);
    const QString traffic = tr("%1 in, %2 out").arg(bytesText(peer.rxBytes), bytesText(peer.txBytes));
    if (age > kDownAfterSeconds) {
        status.state = State::Down;
        status.summary = tr("tunnel down: last handshake %1 ago (%2)").arg(models::TimeText::age(age), traffic);
        status.advice = tr("The router is not reaching the server: check its internet line and /interface/wireguard on the router.");
        return status;
    }
    status.state = State::Up;
    status.summary = tr("tunnel up: handshake %1 ago, %2, from %3; API %4 through it")
                         .arg(models::TimeText::age(age), traffic, peer.endpoint.isEmpty() ? tr("unknown") : peer.endpoint,
                              peer.apiAnswers ? tr("answers") : tr("does not answer"));
    if (!peer.apiAnswers)
        status.advice = tr("The tunnel is up but the router's API port does not answer through it: check "
                           "/ip/service api and the firewall rule \"lango: API through the tunnel\".");
    return status;
}

} // namespace lango::app::tunnel
