#include "app/tunnel/routertunnelscript.h"

namespace lango::app::tunnel {

namespace {

const QString kInterfaceName = QLatin1String(RouterTunnelScript::kInterface);

} // namespace

QString RouterTunnelScript::addressWithPrefix() const
{
    return QStringLiteral("%1/%2").arg(m_plan.routerAddress).arg(m_plan.server.network.prefixLength());
}

QList<routeros::Command> RouterTunnelScript::interfaceCommands() const
{
    QList<routeros::Command> commands;
    // A router that made its own key pair keeps its interface (named lango).
    if (!m_plan.routerPrivateKey.isEmpty()) {
        routeros::Command wireguard(u"/interface/wireguard/add");
        wireguard.attr(u"name", kInterfaceName).attr(u"comment", u"lango tunnel to the billing server")
            .attr(u"private-key", m_plan.routerPrivateKey);
        commands << wireguard;
    }
    routeros::Command peer(u"/interface/wireguard/peers/add");
    peer.attr(u"interface", kInterfaceName)
        .attr(u"public-key", m_plan.server.publicKey)
        .attr(u"endpoint-address", m_plan.server.endpoint.host)
        .attr(u"endpoint-port", m_plan.server.endpoint.port)
        .attr(u"allowed-address", m_plan.server.network.serverAddress() + QStringLiteral("/32"))
        .attr(u"persistent-keepalive", QStringLiteral("%1s").arg(kKeepaliveSeconds))
        .attr(u"comment", u"lango billing server");
    routeros::Command address(u"/ip/address/add");
    address.attr(u"address", addressWithPrefix()).attr(u"interface", kInterfaceName).attr(u"comment", u"lango tunnel");
    return commands << peer << address;
}

routeros::Command RouterTunnelScript::acceptApiCommand(const QString &placeBefore) const
{
    routeros::Command rule(u"/ip/firewall/filter/add");
    rule.attr(u"chain", u"input").attr(u"action", u"accept").attr(u"protocol", u"tcp")
        .attr(u"dst-port", m_plan.apiPort).attr(u"in-interface", kInterfaceName).attr(u"comment", acceptComment());
    if (!placeBefore.isEmpty())
        rule.attr(u"place-before", placeBefore);
    return rule;
}

routeros::Command RouterTunnelScript::dropApiCommand(const QString &placeBefore) const
{
    routeros::Command rule(u"/ip/firewall/filter/add");
    rule.attr(u"chain", u"input").attr(u"action", u"drop").attr(u"protocol", u"tcp")
        .attr(u"dst-port", m_plan.apiPort).attr(u"in-interface", QLatin1Char('!') + kInterfaceName)
        .attr(u"comment", dropComment());
    if (!placeBefore.isEmpty())
        rule.attr(u"place-before", placeBefore);
    return rule;
}

namespace {

// One API command as a terminal line: "/ip/address/add address=… …", values
// quoted when RouterOS would read them otherwise.
QString terminalLine(const routeros::Command &command)
{
    QString path = QString::fromUtf8(command.path());
    const qsizetype verb = path.lastIndexOf(QLatin1Char('/'));
    QString line = path.left(verb) + QLatin1Char(' ') + path.mid(verb + 1);
    for (const QByteArray &word : command.words().mid(1)) {
        const QString text = QString::fromUtf8(word.mid(1));   // "=name=value" -> "name=value"
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        const QString name = text.left(equals);
        QString value = text.mid(equals + 1);
        static const QString plain = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./:-_!");
        const bool needsQuotes = value.isEmpty() || std::any_of(value.cbegin(), value.cend(), [](QChar c) {
            return !plain.contains(c);
        });
        if (needsQuotes)
            value = QLatin1Char('"') + value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""))
                        .replace(QLatin1Char('$'), QLatin1String("\\$")) + QLatin1Char('"');
        line += QLatin1Char(' ') + name + QLatin1Char('=') + value;
    }
    return line;
}

} // namespace

QString RouterTunnelScript::terminalText() const
{
    QStringList lines;
    lines << QStringLiteral("# %1").arg(tr("Lango tunnel for RouterOS 7 (RouterOS 6 has no WireGuard). Paste into New Terminal."));
    // An earlier Lango tunnel goes first, so the same lines serve a new key.
    lines << QStringLiteral("/ip firewall filter remove [find comment=\"%1\"]").arg(acceptComment())
          << QStringLiteral("/ip firewall filter remove [find comment=\"%1\"]").arg(dropComment())
          << QStringLiteral("/ip address remove [find interface=%1]").arg(kInterfaceName)
          << QStringLiteral("/interface wireguard peers remove [find interface=%1]").arg(kInterfaceName);
    if (m_plan.routerPrivateKey.isEmpty())
        lines << QStringLiteral("# %1").arg(tr("Uses the router's own WireGuard interface, which must be named %1.").arg(kInterfaceName));
    else
        lines << QStringLiteral("/interface wireguard remove [find name=%1]").arg(kInterfaceName);
    for (const routeros::Command &command : interfaceCommands())
        lines << terminalLine(command);
    // In a terminal, the API rules go to the top of the input chain with
    // `move` (place-before needs an existing rule, which a bare router lacks).
    lines << terminalLine(acceptApiCommand({})) << terminalLine(dropApiCommand({}));
    lines << QStringLiteral("/ip firewall filter move [find comment=\"%1\"] destination=0").arg(dropComment());
    lines << QStringLiteral("/ip firewall filter move [find comment=\"%1\"] destination=0").arg(acceptComment());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace lango::app::tunnel
