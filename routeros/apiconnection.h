#pragma once

// One RouterOS API session (8728, or API-SSL on 8729): connect, log in (both
// login styles), then any number of tagged commands in flight at once, with
// replies routed by tag. Reconnects with backoff. Never blocks: results come
// back through handlers, futures and signals.

#include "routeros/command.h"
#include "routeros/connectionconfig.h"
#include "routeros/error.h"
#include "routeros/pendingcommands.h"
#include "routeros/sentenceparser.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace lango::routeros {

class ApiStream;

class ApiConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiConnection)

public:
    enum class State { Disconnected, Connecting, LoggingIn, Ready };
    Q_ENUM(State)

    // Called exactly once per command, from the event loop (never from
    // inside submit()).
    using ReplyHandler = std::function<void(const Result<Reply> &)>;

    explicit ApiConnection(ConnectionConfig config, QObject *parent = nullptr);
    ~ApiConnection() override;

    [[nodiscard]] const ConnectionConfig &config() const { return m_config; }
    // Takes new settings; an open session is closed and reopened if they differ.
    void setConfig(const ConnectionConfig &config);
    [[nodiscard]] QString routerName() const { return m_config.name; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isReady() const { return m_state == State::Ready; }
    // The router answered the plain login with a challenge (RouterOS < 6.43).
    [[nodiscard]] bool usedLegacyLogin() const { return m_legacyLogin; }
    // Why the last attempt or session ended, if it did.
    [[nodiscard]] std::optional<Error> lastError() const { return m_lastError; }
    [[nodiscard]] int inFlight() const { return m_pending.size(); }

    // Connects now unless already connected or connecting.
    void open();
    // Connects unless connected, connecting, or backing off after a failure
    // (then the attempt is scheduled for when the backoff ends).
    void ensureConnected();
    // Ends the session; pending commands fail with Cancelled. No automatic
    // reconnect until the next command or open().
    void close();

    // Sends a command (tagged). Returns its id for cancel(), or 0 when it
    // failed at once (the handler still runs, later).
    quint32 submit(const Command &command, ReplyHandler handler, const CommandOptions &options = {});
    [[nodiscard]] QFuture<Result<Reply>> request(const Command &command, const CommandOptions &options = {});
    // Starts a streaming command (…/listen, print =follow=). No timeout.
    // The stream is owned by `parent` (or the caller when null).
    ApiStream *stream(const Command &command, QObject *parent = nullptr);
    // Cancels a command or stream by id (/cancel =tag=id on the router).
    void cancel(quint32 id);

signals:
    void stateChanged(lango::routeros::ApiConnection::State state);
    void ready();  // logged in; queued commands are on their way
    // A session ended or a connection attempt failed.
    void disconnected(const lango::routeros::Error &error);

private:
    quint32 enqueue(const Command &command, PendingCommand pending, const CommandOptions &options, bool internal);
    void writeCommand(quint32 tag, const QList<QByteArray> &words);
    void startConnecting();
    void onTransportUp();
    void onSocketError();
    void onSocketDisconnected();
    void onReadyRead();
    void dispatch(const Sentence &sentence);
    void complete(PendingCommand pending);
    void sendLogin(const Command &login, bool challengeAnswered);
    void onLoginReply(const Result<Reply> &result, bool challengeAnswered);
    void becomeReady();
    void failAttempt(const Error &error);
    void loseSession(const Error &error);
    void teardown(const Error &error);
    void teardownSocket();
    void setState(State state);
    void armDeadlineTimer();
    void onDeadline();
    void onLivenessTick();
    void scheduleReconnect();
    void failLater(ReplyHandler handler, Error error);
    quint32 reject(PendingCommand pending, const Error &error);
    [[nodiscard]] qint64 now() const { return m_clock.elapsed(); }

    ConnectionConfig m_config;
    State m_state = State::Disconnected;
    QTcpSocket *m_socket = nullptr;
    SentenceParser m_parser;
    PendingCommands m_pending;
    qint64 m_replyBytes = 0;       // reply items held for commands not yet done
    quint64 m_generation = 0;      // bumps on every teardown: stale callbacks check it
    QElapsedTimer m_clock;
    QTimer m_deadlineTimer;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QTimer m_livenessTimer;
    qint64 m_lastRx = 0;
    qint64 m_notBefore = 0;
    int m_backoffMs = 0;
    bool m_probeInFlight = false;
    bool m_legacyLogin = false;
    bool m_closed = false;
    bool m_destroying = false;
    std::optional<Error> m_lastError;
};

} // namespace lango::routeros
