#include "app/tunnel/wireguardconfig.h"

#include <QSet>

namespace lango::app::tunnel {

namespace {

const QString kMarker = QStringLiteral("# lango router ");

// wg-quick's keys, which `wg` itself refuses.
bool isQuickOnly(const QString &key)
{
    static const QSet<QString> keys{QStringLiteral("address"), QStringLiteral("dns"), QStringLiteral("mtu"),
                                    QStringLiteral("table"), QStringLiteral("preup"), QStringLiteral("postup"),
                                    QStringLiteral("predown"), QStringLiteral("postdown"), QStringLiteral("saveconfig")};
    return keys.contains(key);
}

} // namespace

Result<WireGuardConfig> WireGuardConfig::parse(const QString &text)
{
    if (text.size() > kMaxBytes)
        return Error{ErrorCode::BadInput, tr("The WireGuard file is larger than %1 MiB; is it the right file?").arg(kMaxBytes >> 20), {}};
    WireGuardConfig config;
    enum class Section { None, Interface, Peer } section = Section::None;
    QList<Line> pendingComments;   // comments just above a [Peer] belong to it
    bool sawInterface = false;
    int number = 0;
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();   // the file's last newline ends a line; it is not one more
    for (const QString &raw : lines) {
        ++number;
        // The line is kept as it came (a CRLF file keeps its \r): a rewrite
        // gives back every line of the admin's byte for byte.
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
            pendingComments << Line{raw, {}, {}};
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('['))) {
            const QString name = trimmed.toLower();
            if (name == QLatin1String("[interface]")) {
                if (sawInterface)
                    return Error{ErrorCode::BadInput, tr("Line %1: a second [Interface] section.").arg(number), {}};
                sawInterface = true;
                section = Section::Interface;
                config.m_preamble << pendingComments;
                pendingComments.clear();
                config.m_interface.lines << Line{raw, {}, {}};
            } else if (name == QLatin1String("[peer]")) {
                section = Section::Peer;
                Block peer;
                // The comments since the last blank line go with this peer;
                // a marker names it as Lango's.
                qsizetype start = pendingComments.size();
                while (start > 0 && !pendingComments.at(start - 1).raw.trimmed().isEmpty())
                    --start;
                // Lango's marker is the line right above [Peer]: a marker
                // anywhere else is a stale one, never a claim on the
                // admin's peer below it.
                if (!pendingComments.isEmpty() && pendingComments.last().raw.trimmed().startsWith(kMarker))
                    peer.routerName = pendingComments.last().raw.trimmed().mid(kMarker.size()).trimmed();
                // Lango writes one blank line above its peers: that one is
                // theirs; any more above it are the admin's (rewrites stay
                // byte for byte the same).
                if (!peer.routerName.isEmpty() && start > 0 && pendingComments.at(start - 1).raw.trimmed().isEmpty())
                    --start;
                if (!sawInterface && config.m_peers.isEmpty())
                    config.m_preamble << pendingComments.mid(0, start);
                else
                    (config.m_peers.isEmpty() ? config.m_interface.lines : config.m_peers.last().lines)
                        << pendingComments.mid(0, start);
                peer.lines << pendingComments.mid(start);
                pendingComments.clear();
                peer.lines << Line{raw, {}, {}};
                config.m_peers << peer;
            } else {
                return Error{ErrorCode::BadInput, tr("Line %1: unknown section %2.").arg(number).arg(trimmed), {}};
            }
            continue;
        }
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        if (equals <= 0 || section == Section::None)
            return Error{ErrorCode::BadInput, tr("Line %1 is not \"Key = value\" inside a section.").arg(number), {}};
        Line line{raw, trimmed.left(equals).trimmed().toLower(), trimmed.mid(equals + 1).trimmed()};
        QList<Line> &target = section == Section::Interface ? config.m_interface.lines : config.m_peers.last().lines;
        target << pendingComments << line;
        pendingComments.clear();
    }
    // Trailing comments and blank lines stay at the end of the last block.
    if (!config.m_peers.isEmpty())
        config.m_peers.last().lines << pendingComments;
    else if (sawInterface)
        config.m_interface.lines << pendingComments;
    else
        config.m_preamble << pendingComments;
    while (!config.m_interface.lines.isEmpty() && config.m_interface.lines.last().raw.trimmed().isEmpty()
           && config.m_peers.isEmpty())
        config.m_interface.lines.removeLast();
    if (!sawInterface)
        config.m_interface.lines.prepend(Line{QStringLiteral("[Interface]"), {}, {}});
    return config;
}

QString WireGuardConfig::interfaceValue(const QString &key) const
{
    return peerValue(m_interface, key);
}

QString WireGuardConfig::peerValue(const Block &block, const QString &key) const
{
    const QString wanted = key.toLower();
    for (const Line &line : block.lines) {
        if (line.key == wanted)
            return line.value;
    }
    return {};
}

void WireGuardConfig::setInterfaceValue(const QString &key, const QString &value)
{
    const QString wanted = key.toLower();
    const QString raw = QStringLiteral("%1 = %2").arg(key, value);
    for (Line &line : m_interface.lines) {
        if (line.key == wanted) {
            line = Line{raw, wanted, value};
            return;
        }
    }
    // After the last key of the section, before trailing blank lines.
    qsizetype at = m_interface.lines.size();
    while (at > 1 && m_interface.lines.at(at - 1).key.isEmpty())
        --at;
    m_interface.lines.insert(at, Line{raw, wanted, value});
}

QList<WireGuardConfig::Peer> WireGuardConfig::peers() const
{
    QList<Peer> result;
    for (const Block &block : m_peers)
        result << Peer{block.routerName, peerValue(block, QStringLiteral("publickey")), peerValue(block, QStringLiteral("allowedips"))};
    return result;
}

QStringList WireGuardConfig::setManagedPeers(const QList<Peer> &managed)
{
    // A marker left without its peer (a hand edit) goes: kept, it could
    // one day sit right above an admin's peer and claim it.
    const auto withoutStaleMarkers = [](QList<Line> &lines) {
        lines.removeIf([](const Line &line) { return line.key.isEmpty() && line.raw.trimmed().startsWith(kMarker); });
    };
    withoutStaleMarkers(m_preamble);
    withoutStaleMarkers(m_interface.lines);
    QList<Block> kept;
    QSet<QString> adminKeys;
    for (Block block : std::as_const(m_peers)) {
        if (block.routerName.isEmpty()) {
            withoutStaleMarkers(block.lines);
            kept << block;
            adminKeys.insert(peerValue(block, QStringLiteral("publickey")));
        }
    }
    QStringList leftOut;
    for (const Peer &peer : managed) {
        if (adminKeys.contains(peer.publicKey)) {
            leftOut << peer.routerName;
            continue;
        }
        Block block;
        block.routerName = peer.routerName;
        block.lines << Line{QString(), {}, {}} << Line{kMarker + peer.routerName, {}, {}}
                    << Line{QStringLiteral("[Peer]"), {}, {}}
                    << Line{QStringLiteral("PublicKey = ") + peer.publicKey, QStringLiteral("publickey"), peer.publicKey}
                    << Line{QStringLiteral("AllowedIPs = ") + peer.allowedIps, QStringLiteral("allowedips"), peer.allowedIps};
        kept << block;
    }
    m_peers = kept;
    return leftOut;
}

QString WireGuardConfig::text() const
{
    QStringList out;
    for (const Line &line : m_preamble)
        out << line.raw;
    for (const Line &line : m_interface.lines)
        out << line.raw;
    for (const Block &block : m_peers) {
        for (const Line &line : block.lines)
            out << line.raw;
    }
    while (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString WireGuardConfig::strippedText() const
{
    QStringList out;
    for (const Line &line : m_interface.lines) {
        if (!line.key.isEmpty() && !isQuickOnly(line.key))
            out << line.raw.trimmed();
        else if (line.key.isEmpty() && line.raw.trimmed().startsWith(QLatin1Char('[')))
            out << line.raw.trimmed();
    }
    for (const Block &block : m_peers) {
        for (const Line &line : block.lines) {
            if (!line.key.isEmpty() || line.raw.trimmed().startsWith(QLatin1Char('[')))
                out << line.raw.trimmed();
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace lango::app::tunnel
