#pragma once

// A RouterOS API emulator for tests, --demo and `lango sim routeros`: a
// QTcpServer (or QSslServer for API-SSL) speaking the real wire protocol with
// the client's own codec, over an emulated router (hotspot menus, scheduler,
// identity, clock, files, /tool/fetch) that behaves like one, errors included. Test hooks
// model the customer's device (login page, cookies, traffic), latency, drops,
// refused connections and simulated time.

#include "routeros/sim/fetchtool.h"
#include "routeros/sim/hotspotengine.h"
#include "routeros/sim/menudispatcher.h"
#include "routeros/sim/routerstate.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpServer;

namespace lango::routeros::sim {

class EmulatorSession;

struct EmulatorOptions
{
    QString user = QStringLiteral("admin");
    QString password;                 // never logged
    bool legacyLogin = false;         // pre-6.43 challenge-response login
    QString identity = QStringLiteral("MikroTik");
    QString version = QStringLiteral("7.16 (stable)");
    QString boardName = QStringLiteral("hAP ac^2");
    std::optional<bool> emptyReplies; // !empty before !done; default: version >= 7.18
    int latencyMs = 0;                // added to every reply
    int jitterMs = 0;                 // random extra 0..jitter per reply (reorders replies)
    qint64 clockOffsetSeconds = 0;    // router clock minus real clock
    QString timeZone = QStringLiteral("Africa/Nairobi");
    bool hotspotServer = true;        // configure hotspot1 on bridge with profile hsprof1
    QByteArray tlsCertificatePem;     // set both for API-SSL
    QByteArray tlsKeyPem;
    quint32 seed = 1;                 // for challenge and jitter
    int tickIntervalMs = 1000;        // how often real time advances the rules
};

class RouterEmulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouterEmulator)

public:
    using Options = EmulatorOptions;

    explicit RouterEmulator(Options options = {}, QObject *parent = nullptr);
    ~RouterEmulator() override;

    // Starts listening; returns the port (useful with port 0), 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] bool isListening() const;
    // Refuse new connections (existing sessions stay); listen() again resumes
    // on the same port.
    void stopListening();
    void dropConnections();
    [[nodiscard]] int connectionCount() const { return static_cast<int>(m_sessions.size()); }
    void sendFatal(const QString &reason);

    [[nodiscard]] const Options &options() const { return m_options; }
    void setLatency(int ms, int jitterMs = 0);
    // Commands with this path are never answered (until cancelled).
    void setStalled(const QString &path, bool stalled);
    [[nodiscard]] bool isStalled(const QByteArray &path) const { return m_stalled.contains(path); }
    // The next command with this path is carried out, then the connection
    // drops before the answer: the client cannot know it was done.
    void loseNextReply(const QString &path) { m_loseReply.insert(path.toUtf8()); }
    [[nodiscard]] bool takeLostReply(const QByteArray &path) { return m_loseReply.remove(path); }
    void setEmptyReplies(bool on);
    void setClockOffset(qint64 seconds);
    // Moves simulated time forward and runs what became due (limits, scheduler).
    void advance(qint64 seconds);

    // A device joining the WiFi: the hotspot now sees it (/ip/hotspot/host).
    void joinDevice(const QString &mac, const QString &ip);
    // The customer's device typing user and password into the login page.
    LoginOutcome deviceLogin(const QString &user, const QString &password, const QString &mac, const QString &ip);
    // A device coming back with a MAC cookie.
    LoginOutcome cookieLogin(const QString &mac, const QString &ip);
    // A session without checks; returns its .id.
    QString addSession(const QString &user, const QString &mac, const QString &ip);
    bool logoutDevice(const QString &mac);
    bool addTraffic(const QString &mac, qint64 bytesIn, qint64 bytesOut);

    // Inspection for tests: printed views of a menu, or one item by a property.
    [[nodiscard]] QList<Properties> items(QStringView menu) const;
    [[nodiscard]] std::optional<Properties> find(QStringView menu, const QString &property,
                                                 const QString &value) const;
    [[nodiscard]] RouterState &state() { return m_state; }
    [[nodiscard]] int commandCount() const { return m_commands; }
    [[nodiscard]] int fetchCount() const { return m_fetch.fetchCount(); }   // /tool/fetch commands run

signals:
    void clientConnected();
    void commandReceived(const QString &path);

private:
    friend class EmulatorSession;
    void onPendingConnections();
    void seed();
    [[nodiscard]] MenuDispatcher &dispatcher() { return m_dispatcher; }
    [[nodiscard]] FetchTool &fetchTool() { return m_fetch; }
    void countCommand(const QString &path);

    Options m_options;
    RouterState m_state;
    HotspotEngine m_engine;
    MenuDispatcher m_dispatcher;
    FetchTool m_fetch;
    std::unique_ptr<QTcpServer> m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_errorString;
    QList<QPointer<EmulatorSession>> m_sessions;
    QSet<QByteArray> m_stalled;
    QSet<QByteArray> m_loseReply;
    QTimer m_tick;
    int m_commands = 0;
};

} // namespace lango::routeros::sim
