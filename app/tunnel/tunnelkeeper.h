#pragma once

#include "app/core/error.h"
#include "app/tunnel/tunnelserver.h"
#include "app/tunnel/wgtool.h"
#include "app/tunnel/wireguardconfig.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace lango::app {
class Office;
}

namespace lango::app::tunnel {

// The headless server's side of the router tunnels ([tunnel]): keeps the
// wg-quick file (its private key never leaves it), publishes the public key
// and endpoint for desks, applies the office's peers with `wg syncconf`
// whenever they change, and reports each peer's handshake, traffic and
// whether the router's API answers through it.
class TunnelKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TunnelKeeper)

public:
    struct Options
    {
        QString configPath;        // /etc/wireguard/lango.conf; the interface is its base name
        Endpoint endpoint;
        TunnelNetwork network = *TunnelNetwork::parse(QLatin1String(TunnelNetwork::kDefault));
        quint16 listenPort = 51820;
        int checkIntervalMs = 10000;
        QString wgProgram = QStringLiteral("wg");
    };

    TunnelKeeper(Office &office, Options options, QObject *parent = nullptr);

    // Makes or reads the file, checks the network against this server's
    // own, publishes the server's end, and starts checking.
    [[nodiscard]] Result<void> start();
    QString interfaceName() const;
    QString publicKey() const { return m_server.publicKey; }

signals:
    // After each round (peers applied or not, states read or not).
    void checked();

private:
    Result<WireGuardConfig> loadOrCreate();
    Result<void> checkOwnNetworks() const;
    Result<void> writeConfig(const WireGuardConfig &config);
    void check();
    void readStates();
    void probeAndRecord(const QList<WgPeerState> &states);
    void report(const QString &what, const Result<void> &outcome);
    void finishRound();

    Office &m_office;
    Options m_options;
    TunnelServer m_server;
    WgTool m_wg;
    QTimer m_timer;
    QString m_writtenText;       // the file as Lango last wrote or read it
    QString m_privateKey;        // the server's, as in the file at start
    bool m_applied = false;      // the interface has the file's peers
    bool m_checking = false;
    QString m_lastProblem;       // logged once per change
    QSet<qint64> m_warnedRows;   // routers whose tunnel row is not a valid peer
};

} // namespace lango::app::tunnel
