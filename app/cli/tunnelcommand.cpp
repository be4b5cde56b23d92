#include "app/cli/tunnelcommand.h"

#include "app/cli/cliutil.h"
#include "app/cli/routeractions.h"
#include "app/core/office.h"
#include "app/routers/routerprofiles.h"
#include "app/tunnel/routertunnelscript.h"
#include "app/tunnel/tunnelsetup.h"
#include "app/tunnel/tunnelstatus.h"
#include "routeros/apiconnection.h"
#include "routeros/command.h"
#include "routeros/routertime.h"
#include "routeros/sentence.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QThread>
#include <QTimer>
#include <QVersionNumber>

namespace lango::app::cli {

namespace {

const QString kInterface = QLatin1String(tunnel::RouterTunnelScript::kInterface);

void sleepMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Whether the error means "this computer cannot reach the router at all",
// as opposed to a router that answered and refused.
bool isOutOfReach(const routeros::Error &error)
{
    using routeros::ErrorCode;
    return error.code == ErrorCode::Refused || error.code == ErrorCode::HostNotFound || error.code == ErrorCode::Unreachable
        || error.code == ErrorCode::Timeout || error.code == ErrorCode::Disconnected;
}

} // namespace

QString TunnelAction::synopsis()
{
    return QStringLiteral("router tunnel NAME [--print] [--public-key KEY] [--wait 90s] [--remove] [--json]\n"
                          "           a WireGuard tunnel for a router behind NAT (RouterOS 7)");
}

QList<QCommandLineOption> TunnelAction::options()
{
    return {
        {QStringLiteral("print"), tr("tunnel: print the router's commands instead of sending them over the API.")},
        {QStringLiteral("public-key"), tr("tunnel: the router made its own key pair; this is its public key."), QStringLiteral("KEY")},
        {QStringLiteral("wait"), tr("tunnel: how long to wait for the router's first handshake (default 90s)."), QStringLiteral("DURATION")},
        {QStringLiteral("remove"), tr("tunnel: forget the router's tunnel; the server drops its peer.")},
    };
}

int TunnelAction::run(const QString &routerName, const QStringList &extraArgs, const QCommandLineParser &parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!extraArgs.isEmpty())
        return m_context.usage(tr("Usage: lango %1").arg(synopsis()), parser.helpText());
    if (parser.isSet(QStringLiteral("remove")))
        return remove(routerName, json);
    qint64 waitSeconds = 90;
    if (parser.isSet(QStringLiteral("wait"))) {
        const auto parsed = routeros::RouterTime::parseDurationMs(parser.value(QStringLiteral("wait")));
        if (!parsed || *parsed < 0 || *parsed > 3600 * 1000)
            return m_context.fail(tr("--wait: expected a duration up to 1h, such as 90s or 5m."));
        waitSeconds = *parsed / 1000;
    }
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    tunnel::TunnelSetup setup(**office, m_context.who());
    auto plan = setup.plan(routerName, parser.value(QStringLiteral("public-key")));
    if (!plan)
        return m_context.fail(plan.error());
    const tunnel::RouterTunnelScript script(plan->scriptPlan());
    QTextStream &out = m_context.out();

    // Over the API when this computer reaches the router directly.
    bool applied = false;
    std::unique_ptr<routeros::ApiConnection> connection;
    if (!parser.isSet(QStringLiteral("print")) && plan->router.host != plan->address) {
        auto config = routerConnectionConfig(m_context, routerName);
        if (!config)
            return m_context.fail(config.error());
        config->connectTimeoutMs = 5000;
        connection = std::make_unique<routeros::ApiConnection>(*config);
        auto reached = await(connection->request(routeros::Command(u"/system/identity/print")));
        if (!reached && !isOutOfReach(reached.error()))
            return m_context.fail(fromRouteros(reached.error()));
        if (!reached) {
            if (!json)
                out << tr("Router %1 does not answer at %2 from here (%3), so here are its commands to paste.")
                           .arg(routerName, plan->router.host, reached.error().message) << Qt::endl;
            connection.reset();
        } else {
            if (auto fit = checkRouter(*connection, plan->server); !fit)
                return m_context.fail(fit.error());
            if (auto recorded = setup.record(*plan); !recorded)
                return m_context.fail(recorded.error());
            if (auto done = apply(*connection, script); !done)
                return m_context.fail(done.error());
            applied = true;
        }
    }
    if (!applied) {
        // Printed: the router cannot be reached but through the tunnel, so
        // Lango uses the tunnel address from now on.
        if (auto recorded = setup.record(*plan); !recorded)
            return m_context.fail(recorded.error());
        if (auto switched = setup.switchToTunnel(*plan); !switched)
            return m_context.fail(switched.error());
        if (json) {
            printJson(out, QJsonObject{{QStringLiteral("router"), routerName}, {QStringLiteral("address"), plan->address},
                                       {QStringLiteral("public_key"), plan->publicKey},
                                       {QStringLiteral("server_public_key"), plan->server.publicKey},
                                       {QStringLiteral("endpoint"), plan->server.endpoint.text()},
                                       {QStringLiteral("applied"), false}, {QStringLiteral("script"), script.terminalText()}});
            return Ok;
        }
        out << script.terminalText();
        out << Qt::endl
            << tr("Router %1 gets tunnel address %2; Lango reaches its API there from now on.").arg(routerName, plan->address) << Qt::endl
            << tr("1. Paste the lines above into the router's terminal (WinBox: New Terminal). They hold the router's "
                  "private key: do not keep them anywhere else.") << Qt::endl
            << tr("2. Within a minute the server sees the router; `lango router check %1` then shows the tunnel.").arg(routerName)
            << Qt::endl;
        return Ok;
    }

    // Applied over the API: wait for the server to see the router, then
    // switch, and only then close the API to everything but the tunnel.
    if (!json)
        out << tr("Router %1 has its tunnel (%2). Waiting up to %3 s for its first handshake with the server…")
                   .arg(routerName, plan->address).arg(waitSeconds) << Qt::endl;
    QElapsedTimer waited;
    waited.start();
    bool seen = false;
    while (!seen && waited.elapsed() < waitSeconds * 1000) {
        auto check = setup.handshakeSeen(*plan);
        if (!check)
            return m_context.fail(check.error());
        seen = *check;
        if (!seen)
            sleepMs(1000);
    }
    if (!seen) {
        if (json)
            printJson(out, QJsonObject{{QStringLiteral("router"), routerName}, {QStringLiteral("address"), plan->address},
                                       {QStringLiteral("public_key"), plan->publicKey}, {QStringLiteral("applied"), true},
                                       {QStringLiteral("handshake"), false}, {QStringLiteral("switched"), false}});
        m_context.err() << tr("The server has not seen router %1 within %2 s. Lango keeps using %3 for now. Check that "
                              "`lango --headless` runs with [tunnel] and that UDP port %4 reaches it from the internet, "
                              "then run this command again.")
                               .arg(routerName).arg(waitSeconds).arg(plan->router.host).arg(plan->server.endpoint.port)
                        << Qt::endl;
        return Failed;
    }
    if (auto switched = setup.switchToTunnel(*plan); !switched)
        return m_context.fail(switched.error());
    auto first = await(connection->request(routeros::Command(u"/ip/firewall/filter/print").proplist({QStringLiteral(".id")})));
    const QString placeBefore = first && !first->items.isEmpty() ? first->items.first().attribute(".id") : QString();
    auto closed = await(connection->request(script.dropApiCommand(placeBefore)));
    if (json) {
        printJson(out, QJsonObject{{QStringLiteral("router"), routerName}, {QStringLiteral("address"), plan->address},
                                   {QStringLiteral("public_key"), plan->publicKey}, {QStringLiteral("applied"), true},
                                   {QStringLiteral("handshake"), true}, {QStringLiteral("switched"), true},
                                   {QStringLiteral("api_closed_elsewhere"), bool(closed)}});
        return closed ? Ok : Failed;
    }
    out << tr("The server sees router %1: Lango reaches its API at %2 through the tunnel from now on.").arg(routerName, plan->address)
        << Qt::endl;
    if (!closed) {
        m_context.err() << tr("warning: could not add the rule that keeps the API to the tunnel: %1").arg(closed.error().message)
                        << Qt::endl;
        return Failed;
    }
    out << tr("The router's API now answers only through the tunnel.") << Qt::endl;
    return Ok;
}

Result<void> TunnelAction::checkRouter(routeros::ApiConnection &connection, const tunnel::TunnelServer &server)
{
    auto resource = await(connection.request(routeros::Command(u"/system/resource/print")));
    if (!resource)
        return fromRouteros(resource.error());
    const QString version = resource->items.isEmpty() ? QString() : resource->items.first().attribute("version");
    if (QVersionNumber::fromString(version).majorVersion() < 7)
        return Error{ErrorCode::BadInput,
                     tr("This router runs RouterOS %1, which has no WireGuard (it came with RouterOS 7). Upgrade it to "
                        "RouterOS 7, or give it a public address or a port forward to its API port and add it with that "
                        "address instead. Nothing was changed.").arg(version.isEmpty() ? tr("(unknown)") : version), {}};
    auto addresses = await(connection.request(routeros::Command(u"/ip/address/print")));
    if (!addresses)
        return fromRouteros(addresses.error());
    for (const routeros::Sentence &item : addresses->items) {
        if (item.attribute("interface") == kInterface)
            continue;   // an earlier Lango tunnel; apply() replaces it
        const auto network = tunnel::TunnelNetwork::parseInterfaceAddress(item.attribute("address"));
        if (network && server.network.overlaps(network->first, network->second))
            return Error{ErrorCode::BadInput,
                         tr("The router's network %1 (on %2) overlaps the tunnel network %3. Choose another [tunnel] "
                            "network on the server. Nothing was changed.")
                             .arg(item.attribute("address"), item.attribute("interface"), server.network.text()), {}};
    }
    return {};
}

Result<void> TunnelAction::apply(routeros::ApiConnection &connection, const tunnel::RouterTunnelScript &script)
{
    // A router that made its own key pair must have it on an interface named lango.
    const bool ownKey = script.routerMakesItsKey();
    if (ownKey) {
        auto own = await(connection.request(routeros::Command(u"/interface/wireguard/print").where(u"name", kInterface)));
        if (!own)
            return fromRouteros(own.error());
        if (own->items.isEmpty() || own->items.first().attribute("public-key") != script.routerPublicKey())
            return Error{ErrorCode::BadInput,
                         tr("The router has no WireGuard interface named %1 with public key %2. Create it there first, or leave out "
                            "--public-key and Lango makes the key. Nothing was changed on the router.")
                             .arg(kInterface, script.routerPublicKey()), {}};
    }
    // An earlier tunnel of Lango's on this router: its rules, address, peers and interface.
    QList<std::pair<QString, routeros::Command>> earlier{
        {QStringLiteral("/ip/firewall/filter"), routeros::Command(u"/ip/firewall/filter/print").where(u"comment", tunnel::RouterTunnelScript::acceptComment())},
        {QStringLiteral("/ip/firewall/filter"), routeros::Command(u"/ip/firewall/filter/print").where(u"comment", tunnel::RouterTunnelScript::dropComment())},
        {QStringLiteral("/ip/address"), routeros::Command(u"/ip/address/print").where(u"interface", kInterface)},
        {QStringLiteral("/interface/wireguard/peers"), routeros::Command(u"/interface/wireguard/peers/print").where(u"interface", kInterface)},
    };
    if (!ownKey)
        earlier.append({QStringLiteral("/interface/wireguard"), routeros::Command(u"/interface/wireguard/print").where(u"name", kInterface)});
    for (const auto &[menu, find] : earlier) {
        auto found = await(connection.request(find));
        if (!found)
            return fromRouteros(found.error());
        for (const routeros::Sentence &item : found->items) {
            auto removed = await(connection.request(routeros::Command(QString(menu + QStringLiteral("/remove"))).id(item.attribute(".id"))));
            if (!removed)
                return fromRouteros(removed.error());
        }
    }
    for (const routeros::Command &command : script.interfaceCommands()) {
        auto done = await(connection.request(command));
        if (!done)
            return fromRouteros(done.error());
    }
    auto first = await(connection.request(routeros::Command(u"/ip/firewall/filter/print").proplist({QStringLiteral(".id")})));
    if (!first)
        return fromRouteros(first.error());
    const QString placeBefore = first->items.isEmpty() ? QString() : first->items.first().attribute(".id");
    auto accepted = await(connection.request(script.acceptApiCommand(placeBefore)));
    if (!accepted)
        return fromRouteros(accepted.error());
    return {};
}

int TunnelAction::remove(const QString &routerName, bool json)
{
    auto office = m_context.office();
    if (!office)
        return m_context.fail(office.error());
    tunnel::TunnelSetup setup(**office, m_context.who());
    if (auto removed = setup.remove(routerName); !removed)
        return m_context.fail(removed.error());
    if (json) {
        printJson(m_context.out(), QJsonObject{{QStringLiteral("router"), routerName}, {QStringLiteral("tunnel"), QStringLiteral("removed")}});
        return Ok;
    }
    m_context.out() << tr("Router %1 has no tunnel any more; the server drops its peer within a minute. If Lango should "
                          "reach it at another address, change it in Routers.").arg(routerName) << Qt::endl;
    return Ok;
}

} // namespace lango::app::cli
