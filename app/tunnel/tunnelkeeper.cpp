#include "app/tunnel/tunnelkeeper.h"

#include "app/core/logging.h"
#include "app/core/office.h"
#include "app/tunnel/tunnelstatus.h"
#include "common/x25519.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QSaveFile>
#include <QTcpSocket>

#include <memory>

namespace lango::app::tunnel {

namespace {

constexpr int kProbeTimeoutMs = 3000;
const QString kStatusKey = QStringLiteral("tunnel.status");

} // namespace

TunnelKeeper::TunnelKeeper(Office &office, Options options, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_options(std::move(options))
    , m_wg(QFileInfo(m_options.configPath).completeBaseName(), m_options.wgProgram)
{
    m_timer.setInterval(m_options.checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TunnelKeeper::check);
}

QString TunnelKeeper::interfaceName() const
{
    return QFileInfo(m_options.configPath).completeBaseName();
}

Result<void> TunnelKeeper::start()
{
    if (auto own = checkOwnNetworks(); !own)
        return own;
    auto config = loadOrCreate();
    if (!config)
        return config.error();
    const auto privateKey = x25519::fromBase64(config->interfaceValue(QStringLiteral("PrivateKey")));
    if (!privateKey)
        return Error{ErrorCode::BadInput,
                     tr("%1: PrivateKey is not a WireGuard key. Fix or remove the line (Lango then makes a new key, and "
                        "every router needs `lango router tunnel` again).").arg(m_options.configPath), {}};
    m_privateKey = config->interfaceValue(QStringLiteral("PrivateKey"));
    m_server.publicKey = x25519::toBase64(x25519::publicKey(*privateKey));
    m_server.endpoint = m_options.endpoint;
    m_server.network = m_options.network;
    // One server keeps the office's tunnels: routers dial one endpoint with one key.
    if (auto earlier = TunnelServer::load(m_office.settings); earlier && earlier->publicKey != m_server.publicKey)
        qCWarning(lcApp).noquote() << "tunnel: another key was published for this office's tunnels (endpoint"
                                   << earlier->endpoint.text() << "); this server takes over, and routers set up for the other"
                                   << "need `lango router tunnel` again. Give [tunnel] to one server only.";
    if (auto published = m_server.publish(m_office.settings); !published)
        return published;
    qCInfo(lcApp).noquote() << "tunnel: interface" << interfaceName() << "on" << m_options.network.text() << "dialled at"
                            << m_options.endpoint.text() << "public key" << m_server.publicKey;
    QTimer::singleShot(0, this, &TunnelKeeper::check);
    m_timer.start();
    return {};
}

Result<void> TunnelKeeper::checkOwnNetworks() const
{
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (interface.name() == interfaceName())
            continue;   // our own tunnel interface is meant to be in it
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol || entry.ip().isLoopback())
                continue;
            if (m_options.network.overlaps(entry.ip(), entry.prefixLength()))
                return Error{ErrorCode::BadInput,
                             tr("The tunnel network %1 overlaps this server's network %2/%3 on %4: choose another "
                                "[tunnel] network.").arg(m_options.network.text(), entry.ip().toString())
                                 .arg(entry.prefixLength()).arg(interface.name()), {}};
        }
    }
    return {};
}

Result<WireGuardConfig> TunnelKeeper::loadOrCreate()
{
    const QString path = m_options.configPath;
    QFile file(path);
    QString text;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Unavailable,
                         tr("Cannot read %1 (%2): the user Lango runs as must own it (README › Routers behind NAT).")
                             .arg(path, file.errorString()), {}};
        text = QString::fromUtf8(file.read(WireGuardConfig::kMaxBytes + 1));
    }
    auto config = WireGuardConfig::parse(text.isEmpty()
        ? QStringLiteral("# Kept by Lango (lango --headless). Peers marked \"# lango router NAME\" are rewritten from the\n"
                         "# office database; peers of your own, without that mark, are left as they are.\n[Interface]\n")
        : text);
    if (!config) {
        Error error = config.error();
        error.message = path + QStringLiteral(": ") + error.message;
        return error;
    }
    m_writtenText = text;
    if (config->interfaceValue(QStringLiteral("PrivateKey")).isEmpty())
        config->setInterfaceValue(QStringLiteral("PrivateKey"), x25519::toBase64(x25519::generatePrivateKey()));
    config->setInterfaceValue(QStringLiteral("ListenPort"), QString::number(m_options.listenPort));
    config->setInterfaceValue(QStringLiteral("Address"), QStringLiteral("%1/%2").arg(m_options.network.serverAddress())
                                                             .arg(m_options.network.prefixLength()));
    if (auto written = writeConfig(*config); !written)
        return written.error();
    return config;
}

Result<void> TunnelKeeper::writeConfig(const WireGuardConfig &config)
{
    const QString text = config.text();
    if (text == m_writtenText)
        return {};
    QSaveFile file(m_options.configPath);
    // /etc/wireguard may let Lango write its file but not make new ones there.
    file.setDirectWriteFallback(true);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(text.toUtf8()) < 0 || !file.commit())
        return Error{ErrorCode::Unavailable,
                     tr("Cannot write %1 (%2): the user Lango runs as must own it (README › Routers behind NAT).")
                         .arg(m_options.configPath, file.errorString()), {}};
    m_writtenText = text;
    m_applied = false;
    return {};
}

void TunnelKeeper::report(const QString &what, const Result<void> &outcome)
{
    const QString problem = outcome ? QString() : what + QStringLiteral(": ") + outcome.error().message;
    if (problem == m_lastProblem)
        return;
    m_lastProblem = problem;
    if (problem.isEmpty())
        qCInfo(lcApp).noquote() << "tunnel:" << interfaceName() << "peers applied; states are read again";
    else
        qCWarning(lcApp).noquote() << "tunnel:" << problem << outcome.error().detail;
    // Desks show it in `router check` and the Routers panel.
    (void)m_office.settings.setValue(kStatusKey, problem.isEmpty() ? QStringLiteral("ok") : problem.left(1000));
}

void TunnelKeeper::check()
{
    if (m_checking)
        return;
    m_checking = true;
    auto peers = m_office.tunnels.list();
    if (!peers) {
        report(tr("reading the tunnels"), fromModels(peers.error()));
        finishRound();
        return;
    }
    // The file as it is now: an admin may have added a peer of their own
    // since; that is the base Lango's peers are written into.
    QFile onDisk(m_options.configPath);
    if (onDisk.open(QIODevice::ReadOnly)) {
        const QString current = QString::fromUtf8(onDisk.read(WireGuardConfig::kMaxBytes + 1));
        const auto edited = current != m_writtenText ? WireGuardConfig::parse(current) : Result<WireGuardConfig>(Error{});
        // Only with the key this server published: a changed key would
        // leave every router dialling a server it cannot reach.
        if (edited && edited->interfaceValue(QStringLiteral("PrivateKey")) == m_privateKey) {
            m_writtenText = current;
            m_applied = false;
        }
    }
    auto config = WireGuardConfig::parse(m_writtenText);
    if (!config) {
        report(tr("reading %1").arg(m_options.configPath), config.error());
        finishRound();
        return;
    }
    QList<WireGuardConfig::Peer> managed;
    for (const models::TunnelPeer &peer : *peers) {
        // The rows come from desks: what goes into the server's WireGuard
        // file must be exactly a name, a key and one address of the network.
        const QHostAddress address(peer.address);
        if (!models::Router::isValidName(peer.routerName) || !x25519::fromBase64(peer.publicKey)
            || !m_options.network.contains(address) || peer.address == m_options.network.serverAddress()
            || address.toString() != peer.address) {
            if (!m_warnedRows.contains(peer.routerId)) {   // once, not every round
                qCWarning(lcApp).noquote() << "tunnel: router" << peer.routerId << "has a tunnel row that is not a valid peer"
                                           << "(name, key or address); left out of" << m_options.configPath;
                m_warnedRows.insert(peer.routerId);
            }
            continue;
        }
        managed << WireGuardConfig::Peer{peer.routerName, peer.publicKey, peer.address + QStringLiteral("/32")};
    }
    const QStringList leftOut = config->setManagedPeers(managed);
    for (const QString &router : leftOut)
        qCWarning(lcApp).noquote() << "tunnel: router" << router << "has the key of a peer in" << m_options.configPath
                                   << "that Lango does not keep; it is left out until one of them changes";
    if (auto written = writeConfig(*config); !written) {
        report(tr("writing the peers"), written);
        finishRound();
        return;
    }
    if (m_applied) {
        readStates();
        return;
    }
    m_wg.syncConfig(config->strippedText().toUtf8()).then(this, [this](const Result<void> &synced) {
        if (!synced) {
            report(tr("applying the peers"), synced);
            finishRound();
            return;
        }
        m_applied = true;
        readStates();
    });
}

void TunnelKeeper::readStates()
{
    m_wg.peers().then(this, [this](const Result<QList<WgPeerState>> &states) {
        if (!states) {
            m_applied = false;   // the interface may have been restarted: apply again next round
            report(tr("reading the interface"), states.error());
            finishRound();
            return;
        }
        report(tr("applying the peers"), {});
        probeAndRecord(*states);
    });
}

void TunnelKeeper::probeAndRecord(const QList<WgPeerState> &states)
{
    auto peers = m_office.tunnels.list();
    auto routers = m_office.routers.list();
    if (!peers || !routers) {
        finishRound();
        return;
    }
    QHash<qint64, int> apiPort;
    for (const models::Router &router : *routers)
        apiPort.insert(router.id, router.port);
    QHash<QString, WgPeerState> byKey;
    for (const WgPeerState &state : states)
        byKey.insert(state.publicKey, state);

    // The API is probed only through tunnels with a fresh handshake: all
    // at once, each given a few seconds, then one write for them all.
    struct Round
    {
        QList<models::TunnelObservation> seen;
        int waiting = 0;
    };
    auto round = std::make_shared<Round>();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto recordIfDone = [this, round] {
        if (round->waiting > 0)
            return;
        if (auto saved = m_office.tunnels.observe(round->seen); !saved)
            qCWarning(lcApp).noquote() << "tunnel: could not record what the interface shows:" << saved.error().message;
        finishRound();
    };
    round->waiting = 1;   // the loop itself: a probe that fails at once must not record early
    for (const models::TunnelPeer &peer : *peers) {
        const WgPeerState state = byKey.value(peer.publicKey);
        models::TunnelObservation seen{peer.publicKey, state.latestHandshake, state.rxBytes, state.txBytes, state.endpoint, false};
        round->seen << seen;
        if (state.latestHandshake == 0 || now - state.latestHandshake > TunnelStatus::kDownAfterSeconds)
            continue;
        ++round->waiting;
        const qsizetype index = round->seen.size() - 1;
        auto *socket = new QTcpSocket(this);
        auto done = std::make_shared<bool>(false);
        auto settle = [socket, round, index, done, recordIfDone](bool answered) {
            if (*done)
                return;
            *done = true;
            round->seen[index].apiAnswers = answered;
            socket->abort();
            socket->deleteLater();
            --round->waiting;
            recordIfDone();
        };
        connect(socket, &QTcpSocket::connected, this, [settle] { settle(true); });
        connect(socket, &QTcpSocket::errorOccurred, this, [settle] { settle(false); });
        QTimer::singleShot(kProbeTimeoutMs, socket, [settle] { settle(false); });
        socket->connectToHost(peer.address, quint16(apiPort.value(peer.routerId, 8728)));
    }
    --round->waiting;
    recordIfDone();
}

void TunnelKeeper::finishRound()
{
    m_checking = false;
    emit checked();
}

} // namespace lango::app::tunnel
