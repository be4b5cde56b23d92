#include "app/tunnel/tunnelserver.h"

#include "app/core/office.h"
#include "common/x25519.h"
#include "models/officesettings.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace lango::app::tunnel {

namespace {

const QString kPublicKey = QStringLiteral("tunnel.public_key");
const QString kEndpoint = QStringLiteral("tunnel.endpoint");
const QString kNetwork = QStringLiteral("tunnel.network");

} // namespace

QString Endpoint::text() const
{
    return (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':')
        + QString::number(port);
}

Result<Endpoint> Endpoint::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto bad = [&] {
        return Error{ErrorCode::BadInput,
                     tr("The tunnel endpoint \"%1\" is not host:port, such as vpn.example.co.ke:51820: the public "
                        "address routers dial to reach this server.").arg(trimmed), {}};
    };
    Endpoint endpoint;
    QString portText;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1String("]:"));
        if (close < 0)
            return bad();
        endpoint.host = trimmed.mid(1, close - 1);
        portText = trimmed.mid(close + 2);
        QHostAddress v6;
        if (!v6.setAddress(endpoint.host) || v6.protocol() != QAbstractSocket::IPv6Protocol)
            return bad();
    } else {
        const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || trimmed.count(QLatin1Char(':')) != 1)
            return bad();
        endpoint.host = trimmed.left(colon);
        portText = trimmed.mid(colon + 1);
        // RFC 1123 host names, or a dotted IPv4 address (which matches too).
        static const QRegularExpression hostName(QStringLiteral(
            "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
        if (!hostName.match(endpoint.host).hasMatch())
            return bad();
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port == 0 || port > 65535 || portText.startsWith(QLatin1Char('+')))
        return bad();
    endpoint.port = quint16(port);
    return endpoint;
}

Result<TunnelServer> TunnelServer::load(const models::OfficeSettings &settings)
{
    auto key = settings.value(kPublicKey);
    auto endpointText = settings.value(kEndpoint);
    auto networkText = settings.value(kNetwork);
    if (!key || !endpointText || !networkText)
        return fromModels(!key ? key.error() : !endpointText ? endpointText.error() : networkText.error());
    if (key->isEmpty() || endpointText->isEmpty())
        return Error{ErrorCode::NotFound,
                     tr("No server keeps tunnels for this office yet. Add a [tunnel] section with an endpoint to the "
                        "headless server's configuration and restart it; it then publishes its key here."), {}};
    TunnelServer server;
    server.publicKey = *key;
    auto endpoint = Endpoint::parse(*endpointText);
    auto network = TunnelNetwork::parse(*networkText);
    if (!endpoint || !network || !x25519::fromBase64(*key))
        return Error{ErrorCode::Internal, tr("The tunnel settings the server published are damaged; restart the headless server "
                                             "to publish them again."), {}};
    server.endpoint = *endpoint;
    server.network = *network;
    return server;
}

Result<void> TunnelServer::publish(const models::OfficeSettings &settings) const
{
    for (const auto &[key, value] : {std::pair{kPublicKey, publicKey}, std::pair{kEndpoint, endpoint.text()},
                                     std::pair{kNetwork, network.text()}}) {
        if (auto current = settings.value(key); current && *current == value)
            continue;   // unchanged: no audit noise at every start
        if (auto saved = settings.setValue(key, value); !saved)
            return fromModels(saved.error());
    }
    return {};
}

} // namespace lango::app::tunnel
