// `lango router tunnel` and `router check` as a user runs them (the real
// binary), against the router emulator over a localhost socket: the checks
// made before anything is written (RouterOS 6, a LAN in the tunnel
// network), the commands applied over the API, the switch only after the
// server reports the router's handshake, and the printed script for a
// router out of reach. The server's report is written here as the headless
// server writes it; tst_tunnelnat has a real server and a real tunnel.

#include "app/core/office.h"
#include "app/tunnel/tunnelserver.h"
#include "common/sqliteurl.h"
#include "common/x25519.h"
#include "models/clock.h"
#include "routeros/sim/routeremulator.h"
#include "support/langoprocess.h"
#include "support/testmain.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace lango;
using lango::testing::CliResult;
using lango::testing::LangoProcess;

namespace {

routeros::sim::EmulatorOptions routerOptions(const QString &version = QStringLiteral("7.16 (stable)"))
{
    routeros::sim::EmulatorOptions options;
    options.user = QStringLiteral("lango");
    options.password = QStringLiteral("router-pw");
    options.version = version;
    return options;
}

} // namespace

class TestTunnelCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LangoProcess m_lango;
    QString m_dbUrl;
    models::SystemClock m_clock;
    std::unique_ptr<app::Office> m_office;
    routeros::sim::RouterEmulator m_router{routerOptions()};
    routeros::sim::RouterEmulator m_oldRouter{routerOptions(QStringLiteral("6.49.10 (long-term)"))};
    app::tunnel::TunnelServer m_server;

    CliResult run(const QStringList &args, int timeoutMs = 30000)
    {
        return m_lango.runServing(QStringList{QStringLiteral("--db"), m_dbUrl} + args, {}, timeoutMs);
    }

    void addRouter(const QString &name, quint16 port)
    {
        models::Router r;
        r.name = name;
        r.host = QStringLiteral("127.0.0.1");
        r.port = port;
        r.apiUser = QStringLiteral("lango");
        r.apiPasswordSealed = *m_office->box().seal(QStringLiteral("router-pw"));
        QVERIFY(m_office->routers.add(r));
    }

    QList<routeros::sim::Properties> lango(routeros::sim::RouterEmulator &router, QStringView menu, const QString &property,
                                           const QString &value)
    {
        QList<routeros::sim::Properties> found;
        for (const auto &item : router.items(menu)) {
            if (item.value(property) == value)
                found << item;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbUrl = sqliteUrlForFile(m_dir.path() + QStringLiteral("/office.db"));
        app::Office::OpenOptions open;
        open.url = *models::DatabaseUrl::parse(m_dbUrl);
        auto office = app::Office::open(open, m_clock);
        QVERIFY(office);
        m_office = std::move(*office);
        m_lango.environment().insert(QStringLiteral("LANGO_OFFICE_KEY"), m_office->generatedOfficeKey());
        QVERIFY(m_router.listen());
        QVERIFY(m_oldRouter.listen());
        addRouter(QStringLiteral("ofisi"), m_router.port());
        addRouter(QStringLiteral("sita"), m_oldRouter.port());
        QTcpServer closed;   // a port nothing listens on: a router out of reach
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        addRouter(QStringLiteral("mbali"), closedPort);
    }

    void refusedUntilAServerKeepsTunnels()
    {
        const CliResult result = run({QStringLiteral("router"), QStringLiteral("tunnel"), QStringLiteral("ofisi")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("[tunnel]")), qPrintable(result.err));
        // What the headless server publishes when it starts with [tunnel].
        m_server.publicKey = x25519::toBase64(x25519::publicKey(x25519::generatePrivateKey()));
        m_server.endpoint = *app::tunnel::Endpoint::parse(QStringLiteral("vpn.example.co.ke:51820"));
        QVERIFY(m_server.publish(m_office->settings));
    }

    void routerOsSixIsRefusedAndNothingWritten()
    {
        const CliResult result = run({QStringLiteral("router"), QStringLiteral("tunnel"), QStringLiteral("sita")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("RouterOS 6")) && result.err.contains(QLatin1String("port forward")),
                 qPrintable(result.err));
        QCOMPARE(m_office->tunnels.list()->size(), 0);
        QCOMPARE(m_office->routers.byName(QStringLiteral("sita"))->host, QStringLiteral("127.0.0.1"));
    }

    void aNetworkThatOverlapsTheRoutersLanIsRefused()
    {
        app::tunnel::TunnelServer clash = m_server;
        clash.network = *app::tunnel::TunnelNetwork::parse(QStringLiteral("192.168.0.0/16"));   // holds defconf's 192.168.88.0/24
        QVERIFY(clash.publish(m_office->settings));
        const CliResult result = run({QStringLiteral("router"), QStringLiteral("tunnel"), QStringLiteral("ofisi")});
        QVERIFY(m_server.publish(m_office->settings));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("192.168.88.1/24")) && result.err.contains(QLatin1String("overlaps")),
                 qPrintable(result.err));
        QCOMPARE(m_office->tunnels.list()->size(), 0);
        QVERIFY(lango(m_router, u"/interface/wireguard", QStringLiteral("name"), QStringLiteral("lango")).isEmpty());
    }

    void withoutAHandshakeLangoKeepsTheRoutersAddress()
    {
        // Twice: the second run replaces what the first put on the router.
        for (int round = 0; round < 2; ++round) {
            const CliResult result = run({QStringLiteral("router"), QStringLiteral("tunnel"), QStringLiteral("ofisi"),
                                          QStringLiteral("--wait"), QStringLiteral("1s")});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(QLatin1String("has not seen router ofisi")), qPrintable(result.err));
        }
        QCOMPARE(m_office->routers.byName(QStringLiteral("ofisi"))->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(lango(m_router, u"/interface/wireguard", QStringLiteral("name"), QStringLiteral("lango")).size(), 1);
        QCOMPARE(lango(m_router, u"/interface/wireguard/peers", QStringLiteral("interface"), QStringLiteral("lango")).size(), 1);
        QCOMPARE(lango(m_router, u"/ip/address", QStringLiteral("interface"), QStringLiteral("lango")).size(), 1);
        QCOMPARE(lango(m_router, u"/ip/firewall/filter", QStringLiteral("comment"), QStringLiteral("lango: API through the tunnel")).size(), 1);
        // The API stays open on the LAN until the tunnel is proven.
        QVERIFY(lango(m_router, u"/ip/firewall/filter", QStringLiteral("comment"), QStringLiteral("lango: API only through the tunnel")).isEmpty());
    }

    void appliedOverTheApiAndSwitchedOnceTheServerSeesIt()
    {
        const qint64 routerId = m_office->routers.byName(QStringLiteral("ofisi"))->id;
        const QString earlierKey = m_office->tunnels.forRouter(routerId)->publicKey;   // from the runs above
        QProcess cli;
        cli.setProcessEnvironment(m_lango.environment());
        cli.start(QStringLiteral(LANGO_BINARY), {QStringLiteral("--db"), m_dbUrl, QStringLiteral("router"), QStringLiteral("tunnel"),
                                                 QStringLiteral("ofisi"), QStringLiteral("--wait"), QStringLiteral("60s")});
        QVERIFY(cli.waitForStarted());
        // The router gets an interface whose key is the one the office recorded.
        const auto routerKey = [this] {
            const auto found = lango(m_router, u"/interface/wireguard", QStringLiteral("name"), QStringLiteral("lango"));
            return found.isEmpty() ? QString() : found.first().value(QStringLiteral("public-key"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(m_office->tunnels.forRouter(routerId)->publicKey != earlierKey, 20000);
        const auto peer = *m_office->tunnels.forRouter(routerId);
        QTRY_COMPARE_WITH_TIMEOUT(routerKey(), peer.publicKey, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!lango(m_router, u"/ip/firewall/filter", QStringLiteral("comment"),
                                        QStringLiteral("lango: API through the tunnel")).isEmpty(), 20000);
        const auto interface = lango(m_router, u"/interface/wireguard", QStringLiteral("name"), QStringLiteral("lango"));
        QCOMPARE(interface.size(), 1);
        QCOMPARE(interface.first().value(QStringLiteral("public-key")), peer.publicKey);
        const auto serverPeer = lango(m_router, u"/interface/wireguard/peers", QStringLiteral("interface"), QStringLiteral("lango"));
        QCOMPARE(serverPeer.size(), 1);
        QCOMPARE(serverPeer.first().value(QStringLiteral("public-key")), m_server.publicKey);
        QCOMPARE(serverPeer.first().value(QStringLiteral("endpoint-address")), QStringLiteral("vpn.example.co.ke"));
        QCOMPARE(serverPeer.first().value(QStringLiteral("endpoint-port")), QStringLiteral("51820"));
        QCOMPARE(serverPeer.first().value(QStringLiteral("allowed-address")), QStringLiteral("10.77.0.1/32"));
        QCOMPARE(serverPeer.first().value(QStringLiteral("persistent-keepalive")), QStringLiteral("25s"));
        QCOMPARE(lango(m_router, u"/ip/address", QStringLiteral("interface"), QStringLiteral("lango")).first().value(QStringLiteral("address")),
                 peer.address + QStringLiteral("/24"));
        QCOMPARE(m_office->routers.byName(QStringLiteral("ofisi"))->host, QStringLiteral("127.0.0.1"));

        // The server reports the router's first handshake.
        QVERIFY(m_office->tunnels.observe({{peer.publicKey, QDateTime::currentSecsSinceEpoch(), 148, 92,
                                            QStringLiteral("198.51.100.7:40211"), true}}));
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 20000);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
        QVERIFY2(out.contains(QLatin1String("through the tunnel from now on")), qPrintable(out));
        QCOMPARE(m_office->routers.byName(QStringLiteral("ofisi"))->host, peer.address);
        QCOMPARE(lango(m_router, u"/ip/firewall/filter", QStringLiteral("comment"), QStringLiteral("lango: API only through the tunnel")).size(), 1);
        // The private key went to the router and nowhere else.
        const QString privateKey = interface.first().value(QStringLiteral("private-key"));
        QVERIFY(!out.contains(privateKey));
    }

    void printedForARouterOutOfReach()
    {
        const CliResult result = run({QStringLiteral("router"), QStringLiteral("tunnel"), QStringLiteral("mbali")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        const qint64 routerId = m_office->routers.byName(QStringLiteral("mbali"))->id;
        const auto peer = m_office->tunnels.forRouter(routerId);
        QVERIFY(peer);
        QCOMPARE(peer->address, QStringLiteral("10.77.0.3"));   // ofisi has .2
        QVERIFY2(result.out.contains(QLatin1String("/interface/wireguard add name=lango")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("public-key=\"") + m_server.publicKey), qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("/ip/address add address=10.77.0.3/24 interface=lango")), qPrintable(result.out));
        // The printed private key is the pair of the recorded public key.
        const auto keyAt = result.out.indexOf(QLatin1String("private-key=\""));
        QVERIFY(keyAt > 0);
        const auto privateKey = x25519::fromBase64(result.out.mid(keyAt + 13, 44));
        QVERIFY(privateKey);
        QCOMPARE(x25519::toBase64(x25519::publicKey(*privateKey)), peer->publicKey);
        QCOMPARE(m_office->routers.byName(QStringLiteral("mbali"))->host, QStringLiteral("10.77.0.3"));

        // `router check` says what the tunnel is waiting for, not just "unreachable".
        const CliResult check = run({QStringLiteral("router"), QStringLiteral("check"), QStringLiteral("mbali")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QLatin1String("tunnel 10.77.0.3: the server has not looked at it yet")), qPrintable(check.out));
        QVERIFY(m_office->tunnels.observe({{peer->publicKey, 0, 0, 0, {}, false}}));
        const CliResult waiting = run({QStringLiteral("router"), QStringLiteral("check"), QStringLiteral("mbali"), QStringLiteral("--json")});
        QCOMPARE(waiting.exitCode, 1);
        const QJsonObject tunnel = QJsonDocument::fromJson(waiting.out.toUtf8()).object().value(QStringLiteral("tunnel")).toObject();
        QCOMPARE(tunnel.value(QStringLiteral("state")).toString(), QStringLiteral("never-seen"));
        QCOMPARE(tunnel.value(QStringLiteral("address")).toString(), QStringLiteral("10.77.0.3"));
    }

    void aRoutersOwnKeyAndBadInput()
    {
        // A key another router already has: refused, nothing written.
        const QString ofisiKey = m_office->tunnels.forRouter(m_office->routers.byName(QStringLiteral("ofisi"))->id)->publicKey;
        CliResult result = run({QStringLiteral("router"), QStringLiteral("tunnel"), QStringLiteral("sita"), QStringLiteral("--print"),
                                QStringLiteral("--public-key"), ofisiKey});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("ofisi")), qPrintable(result.err));
        result = run({QStringLiteral("router"), QStringLiteral("tunnel"), QStringLiteral("sita"), QStringLiteral("--print"),
                      QStringLiteral("--public-key"), QStringLiteral("abc")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(m_office->tunnels.list()->size(), 2);
        // A router's own key: no private key printed.
        const QString own = x25519::toBase64(x25519::publicKey(x25519::generatePrivateKey()));
        result = run({QStringLiteral("router"), QStringLiteral("tunnel"), QStringLiteral("sita"), QStringLiteral("--print"),
                      QStringLiteral("--public-key"), own});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!result.out.contains(QLatin1String("private-key")));
        QCOMPARE(m_office->tunnels.forRouter(m_office->routers.byName(QStringLiteral("sita"))->id)->publicKey, own);
        // Removed: the server drops the peer.
        result = run({QStringLiteral("router"), QStringLiteral("tunnel"), QStringLiteral("sita"), QStringLiteral("--remove")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(m_office->tunnels.list()->size(), 2);
    }
};

LANGO_TEST_GUILESS_MAIN(TestTunnelCli)
#include "tst_tunnelcli.moc"
