#include "routeros/sim/routeremulator.h"

#include "routeros/sim/emulatorsession.h"

#include <QMetaMethod>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QVersionNumber>

namespace lango::routeros::sim {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

RouterEmulator::RouterEmulator(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_engine(m_state), m_dispatcher(m_state, m_engine), m_fetch(m_state)
{
    m_state.identity = m_options.identity;
    m_state.version = m_options.version;
    m_state.boardName = m_options.boardName;
    m_state.timeZone = m_options.timeZone;
    m_state.clockOffsetMs = m_options.clockOffsetSeconds * 1000;
    m_dispatcher.setEmptyReplies(m_options.emptyReplies.value_or(
        QVersionNumber::fromString(m_options.version) >= QVersionNumber(7, 18)));
    m_state.setListener([this](const QString &menu, quint32 id, bool removed) {
        for (const QPointer<EmulatorSession> &session : std::as_const(m_sessions)) {
            if (session)
                session->notifyChange(menu, id, removed);
        }
    });
    seed();
    connect(&m_tick, &QTimer::timeout, this, [this] { m_engine.tick(); });
    m_tick.start(m_options.tickIntervalMs);
}

RouterEmulator::~RouterEmulator()
{
    // Sessions point back at us: end them while our members still live.
    m_state.setListener({});
    const auto sessions = m_sessions;
    for (const QPointer<EmulatorSession> &session : sessions)
        delete session.data();
}

void RouterEmulator::seed()
{
    // What a fresh router with the hotspot wizard run looks like.
    const bool v7 = QVersionNumber::fromString(m_options.version).majorVersion() >= 7;
    m_state.table(MenuSchema::Profiles)->insert({{key("name"), key("default")}, {key("default"), key("true")}});
    ItemTable *serverProfiles = m_state.table(MenuSchema::ServerProfiles);
    serverProfiles->insert({{key("name"), key("default")}, {key("default"), key("true")}});
    // defconf's LAN, and the hotspot wizard's network on the same bridge.
    ItemTable *addresses = m_state.table(MenuSchema::Addresses);
    addresses->insert({{key("address"), key("192.168.88.1/24")}, {key("network"), key("192.168.88.0")},
                       {key("interface"), key("bridge")}, {key("comment"), key("defconf")}});
    if (!m_options.hotspotServer)
        return;
    addresses->insert({{key("address"), key("10.5.50.1/24")}, {key("network"), key("10.5.50.0")}, {key("interface"), key("bridge")}});
    serverProfiles->insert({{key("name"), key("hsprof1")},
                            {key("hotspot-address"), key("10.5.50.1")},
                            {key("dns-name"), key("login.wifi")},
                            {key("html-directory"), v7 ? key("flash/hotspot") : key("hotspot")},
                            {key("login-by"), key("cookie,http-chap,mac-cookie")}});
    m_state.table(MenuSchema::Servers)->insert({{key("name"), key("hotspot1")},
                                                {key("interface"), key("bridge")},
                                                {key("address-pool"), key("hs-pool-1")},
                                                {key("profile"), key("hsprof1")}});
    m_state.table(MenuSchema::Files)->insert({{key("name"), v7 ? key("flash/hotspot/login.html") : key("hotspot/login.html")},
                                              {key("contents"), key("<html><body>$(error)</body></html>")}});
}

quint16 RouterEmulator::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server) {
        if (!m_options.tlsCertificatePem.isEmpty()) {
            auto *server = new QSslServer;
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.setPeerVerifyMode(QSslSocket::VerifyNone);
            conf.setLocalCertificate(QSslCertificate(m_options.tlsCertificatePem, QSsl::Pem));
            QSslKey privateKey(m_options.tlsKeyPem, QSsl::Rsa, QSsl::Pem);
            if (privateKey.isNull())
                privateKey = QSslKey(m_options.tlsKeyPem, QSsl::Ec, QSsl::Pem);
            conf.setPrivateKey(privateKey);
            server->setSslConfiguration(conf);
            m_server.reset(server);
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &RouterEmulator::onPendingConnections);
        connect(m_server.get(), &QTcpServer::newConnection, this, &RouterEmulator::onPendingConnections);
    }
    if (m_server->isListening())
        return m_port;
    const QHostAddress bindTo = address.isNull() ? QHostAddress(QHostAddress::LocalHost) : address;
    if (!m_server->listen(bindTo, port != 0 ? port : m_port)) {
        m_errorString = m_server->errorString();
        return 0;
    }
    m_address = bindTo;
    m_port = m_server->serverPort();
    return m_port;
}

bool RouterEmulator::isListening() const
{
    return m_server && m_server->isListening();
}

void RouterEmulator::stopListening()
{
    if (m_server)
        m_server->close();
}

void RouterEmulator::onPendingConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *session = new EmulatorSession(socket, this);
        m_sessions.append(session);
        connect(session, &EmulatorSession::closed, this, [this, session] {
            m_sessions.removeAll(session);
            session->deleteLater();
        });
        emit clientConnected();
    }
}

void RouterEmulator::dropConnections()
{
    const auto sessions = m_sessions;
    for (const QPointer<EmulatorSession> &session : sessions) {
        if (session)
            session->abort();
    }
}

void RouterEmulator::sendFatal(const QString &reason)
{
    const auto sessions = m_sessions;
    for (const QPointer<EmulatorSession> &session : sessions) {
        if (session)
            session->sendFatal(reason);
    }
}

void RouterEmulator::setLatency(int ms, int jitterMs)
{
    m_options.latencyMs = ms;
    m_options.jitterMs = jitterMs;
}

void RouterEmulator::setStalled(const QString &path, bool stalled)
{
    if (stalled)
        m_stalled.insert(path.toUtf8());
    else
        m_stalled.remove(path.toUtf8());
}

void RouterEmulator::setEmptyReplies(bool on)
{
    m_options.emptyReplies = on;
    m_dispatcher.setEmptyReplies(on);
}

void RouterEmulator::setClockOffset(qint64 seconds)
{
    m_state.clockOffsetMs = seconds * 1000;
}

void RouterEmulator::advance(qint64 seconds)
{
    m_state.advance(seconds * 1000);
    m_engine.tick();
}

LoginOutcome RouterEmulator::deviceLogin(const QString &user, const QString &password, const QString &mac,
                                         const QString &ip)
{
    return m_engine.login(user, password, mac, ip, QStringLiteral("http-chap"));
}

void RouterEmulator::joinDevice(const QString &mac, const QString &ip)
{
    m_engine.ensureHost(mac, ip);
}

LoginOutcome RouterEmulator::cookieLogin(const QString &mac, const QString &ip)
{
    return m_engine.cookieLogin(mac, ip);
}

QString RouterEmulator::addSession(const QString &user, const QString &mac, const QString &ip)
{
    return m_engine.addSession(user, mac, ip);
}

bool RouterEmulator::logoutDevice(const QString &mac)
{
    return m_engine.endSession(m_engine.sessionByMac(mac));
}

bool RouterEmulator::addTraffic(const QString &mac, qint64 bytesIn, qint64 bytesOut)
{
    return m_engine.addTraffic(m_engine.sessionByMac(mac), bytesIn, bytesOut);
}

QList<Properties> RouterEmulator::items(QStringView menu) const
{
    QList<Properties> out;
    const MenuSpec *spec = MenuSchema::find(menu);
    const ItemTable *table = m_state.table(menu);
    if (!spec || !table)
        return out;
    for (const quint32 id : table->ids())
        out.append(m_state.view(*spec, *table->item(id)));
    return out;
}

std::optional<Properties> RouterEmulator::find(QStringView menu, const QString &property, const QString &value) const
{
    for (const Properties &p : items(menu)) {
        if (p.value(property) == value)
            return p;
    }
    return std::nullopt;
}

void RouterEmulator::countCommand(const QString &path)
{
    ++m_commands;
    static const QMetaMethod signal = QMetaMethod::fromSignal(&RouterEmulator::commandReceived);
    if (isSignalConnected(signal))  // skip the emit in a 10,000-command benchmark
        emit commandReceived(path);
}

} // namespace lango::routeros::sim
