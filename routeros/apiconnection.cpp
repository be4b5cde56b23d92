#include "routeros/apiconnection.h"

#include "routeros/apistream.h"
#include "routeros/logging.h"
#include "routeros/loginhandshake.h"
#include "routeros/routererrors.h"
#include "routeros/sharedpromise.h"
#include "routeros/tlspolicy.h"
#include "routeros/wordcodec.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace lango::routeros {

namespace {

// A hostile or broken router must not be able to exhaust our memory: replies
// are read in slices and what waits for commands to finish is capped. A real
// router's largest answer (tens of thousands of hotspot users) fits easily.
constexpr qint64 kReadSliceBytes = 256 * 1024;
constexpr qint64 kMaxReplyBytes = 64 * 1024 * 1024;   // counted with each word's bookkeeping
constexpr qint64 kWordOverheadBytes = 64;             // a QByteArray's header, allocation and list slot
constexpr qsizetype kMaxReplyItems = 500000;

void appendTagged(QByteArray &out, const QList<QByteArray> &words, quint32 tag)
{
    for (const QByteArray &w : words) {
        if (!w.isEmpty())
            WordCodec::appendWord(out, w);
    }
    WordCodec::appendWord(out, QByteArrayLiteral(".tag=") + QByteArray::number(tag));
    out.append('\0');
}

QString text(const QByteArray &bytes)
{
    return Sentence::decode(bytes);
}

// Untagged on purpose: its own !done needs no routing.
QByteArray cancelSentence(quint32 tag)
{
    return WordCodec::encodeSentence({QByteArrayLiteral("/cancel"), QByteArrayLiteral("=tag=") + QByteArray::number(tag)});
}

} // namespace

ApiConnection::ApiConnection(ConnectionConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    m_clock.start();
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiConnection::onDeadline);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        failAttempt(RouterErrors::connectTimeout(m_config.name, m_config.host, m_config.effectivePort(),
                                                 m_config.connectTimeoutMs));
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Disconnected && !m_closed)
            startConnecting();
    });
    connect(&m_livenessTimer, &QTimer::timeout, this, &ApiConnection::onLivenessTick);
}

ApiConnection::~ApiConnection()
{
    m_destroying = true;
    teardown(RouterErrors::cancelled(m_config.name, QStringLiteral("(connection closed)")));
}

void ApiConnection::setConfig(const ConnectionConfig &config)
{
    if (config == m_config)
        return;
    m_config = config;
    m_backoffMs = 0;
    m_notBefore = 0;
    if (m_state != State::Disconnected) {
        const Error error = RouterErrors::notConnected(m_config.name, QStringLiteral("router settings changed"));
        teardown(error);
        emit disconnected(error);
        scheduleReconnect();
    }
}

void ApiConnection::open()
{
    m_closed = false;
    if (m_state != State::Disconnected)
        return;
    m_reconnectTimer.stop();
    startConnecting();
}

void ApiConnection::ensureConnected()
{
    m_closed = false;
    if (m_state != State::Disconnected)
        return;
    if (now() >= m_notBefore && !m_reconnectTimer.isActive())
        startConnecting();
    else if (!m_reconnectTimer.isActive())  // someone waits: try when the backoff ends
        m_reconnectTimer.start(static_cast<int>(std::max<qint64>(0, m_notBefore - now())));
}

void ApiConnection::close()
{
    m_closed = true;
    m_reconnectTimer.stop();
    teardown(RouterErrors::cancelled(m_config.name, QStringLiteral("(connection closed)")));
}

quint32 ApiConnection::submit(const Command &command, ReplyHandler handler, const CommandOptions &options)
{
    PendingCommand pending;
    pending.handler = std::move(handler);
    return enqueue(command, std::move(pending), options, false);
}

QFuture<Result<Reply>> ApiConnection::request(const Command &command, const CommandOptions &options)
{
    SharedPromise<Result<Reply>> promise;
    submit(command, [promise](const Result<Reply> &result) { promise.finish(result); }, options);
    return promise.future();
}

ApiStream *ApiConnection::stream(const Command &command, QObject *parent)
{
    auto *stream = new ApiStream(this, parent);
    PendingCommand pending;
    pending.isStream = true;
    pending.stream = stream;
    stream->m_id = enqueue(command, std::move(pending), {}, false);
    return stream;
}

quint32 ApiConnection::enqueue(const Command &command, PendingCommand pending, const CommandOptions &options,
                               bool internal)
{
    pending.path = command.path();
    if (m_destroying)
        return reject(std::move(pending), RouterErrors::cancelled(m_config.name, text(pending.path)));
    if (!command.isValid()) {
        return reject(std::move(pending), RouterErrors::invalidInput(
                          m_config.name, QStringLiteral("not a command: %1").arg(text(pending.path))));
    }
    const bool up = internal ? m_socket != nullptr : m_state == State::Ready;
    if (!up && !internal) {
        m_closed = false;
        if (options.whenDown == WhenDown::FailFast && !pending.isStream) {
            ensureConnected();
            return reject(std::move(pending), RouterErrors::notConnected(
                              m_config.name, m_lastError ? m_lastError->detail : QStringLiteral("not connected")));
        }
    }
    const quint32 tag = m_pending.nextTag();
    pending.timeoutMs = pending.isStream ? 0 : (options.timeoutMs < 0 ? m_config.commandTimeoutMs : options.timeoutMs);
    if (pending.timeoutMs > 0)
        pending.deadline = now() + pending.timeoutMs;
    pending.sent = up;
    if (up)
        writeCommand(tag, command.words());
    else
        appendTagged(pending.queued, command.words(), tag);
    const bool hasDeadline = pending.deadline > 0;
    m_pending.insert(tag, std::move(pending));
    if (hasDeadline)
        armDeadlineTimer();
    if (!up)
        ensureConnected();
    return tag;
}

void ApiConnection::writeCommand(quint32 tag, const QList<QByteArray> &words)
{
    if (lcRouterosWire().isDebugEnabled())
        qCDebug(lcRouterosWire) << m_config.name << "<<" << tag << Command::describe(words);
    QByteArray out;
    qsizetype size = 16;
    for (const QByteArray &w : words)
        size += w.size() + 5;
    out.reserve(size);
    appendTagged(out, words, tag);
    m_socket->write(out);
}

void ApiConnection::cancel(quint32 id)
{
    PendingCommand *command = m_pending.find(id);
    if (!command)
        return;
    if (command->isStream && command->sent) {
        // The router answers the stream with "interrupted" + !done; finish then.
        if (!command->cancelling && m_socket) {
            command->cancelling = true;
            m_socket->write(cancelSentence(id));
        }
        return;
    }
    PendingCommand pending = *m_pending.take(id);
    m_replyBytes -= pending.replyBytes;
    if (pending.sent && m_socket) {
        m_pending.abandon(id);
        m_socket->write(cancelSentence(id));
    }
    if (pending.isStream) {
        QPointer<ApiStream> stream = pending.stream;
        QMetaObject::invokeMethod(this, [stream] { if (stream) stream->finish({}); }, Qt::QueuedConnection);
    } else {
        failLater(std::move(pending.handler), RouterErrors::cancelled(m_config.name, text(pending.path)));
    }
}

void ApiConnection::failLater(ReplyHandler handler, Error error)
{
    if (!handler)
        return;
    if (m_destroying) {
        handler(error);  // no event loop turn left for this object
        return;
    }
    QMetaObject::invokeMethod(
        this, [handler = std::move(handler), error = std::move(error)] { handler(error); }, Qt::QueuedConnection);
}

quint32 ApiConnection::reject(PendingCommand pending, const Error &error)
{
    if (pending.isStream) {
        QPointer<ApiStream> stream = pending.stream;
        QMetaObject::invokeMethod(this, [stream, error] { if (stream) stream->finish(error); }, Qt::QueuedConnection);
    } else {
        failLater(std::move(pending.handler), error);
    }
    return 0;
}

// --- session life cycle ---------------------------------------------------

void ApiConnection::startConnecting()
{
    teardownSocket();
    ++m_generation;
    m_legacyLogin = false;
    m_parser.reset();
    m_replyBytes = 0;
    setState(State::Connecting);
    m_connectTimer.start(m_config.connectTimeoutMs);
    if (m_config.tls) {
        auto *ssl = new QSslSocket(this);
        TlsPolicy::configure(*ssl, m_config);
        connect(ssl, &QSslSocket::encrypted, this, &ApiConnection::onTransportUp);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &ApiConnection::onTransportUp);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &ApiConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ApiConnection::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &ApiConnection::onSocketDisconnected);
    qCDebug(lcRouteros) << "connecting to" << m_config.name << m_config.host << m_config.effectivePort()
                        << (m_config.tls ? "tls" : "plain");
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        ssl->connectToHostEncrypted(m_config.host, m_config.effectivePort(),
                                    m_config.peerName.isEmpty() ? m_config.host : m_config.peerName);
    } else {
        m_socket->connectToHost(m_config.host, m_config.effectivePort());
    }
}

void ApiConnection::onTransportUp()
{
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        if (auto error = TlsPolicy::checkPeer(*ssl, m_config)) {
            failAttempt(*error);
            return;
        }
    }
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // 6.43+ style first; a pre-6.43 router answers it with a challenge.
    sendLogin(LoginHandshake::plain(m_config), false);
}

void ApiConnection::sendLogin(const Command &login, bool challengeAnswered)
{
    setState(State::LoggingIn);
    PendingCommand pending;
    const quint64 generation = m_generation;
    pending.handler = [this, generation, challengeAnswered](const Result<Reply> &result) {
        if (generation == m_generation)
            onLoginReply(result, challengeAnswered);
    };
    // No timeout of its own: the connect timer covers the whole login.
    enqueue(login, std::move(pending), CommandOptions{0, WhenDown::Wait}, true);
}

void ApiConnection::onLoginReply(const Result<Reply> &result, bool challengeAnswered)
{
    if (!result) {
        const Error &e = result.error();
        const bool refusedByRouter =
            e.code == ErrorCode::Trap || e.code == ErrorCode::NotFound || e.code == ErrorCode::AlreadyExists;
        failAttempt(refusedByRouter ? RouterErrors::loginFailed(m_config.name, m_config.user, e.detail) : e);
        return;
    }
    if (!challengeAnswered && !result->ret.isEmpty()) {
        m_legacyLogin = true;  // a pre-6.43 router ignored the password and sent a challenge
        sendLogin(LoginHandshake::challenge(m_config, result->ret), true);
        return;
    }
    becomeReady();
}

void ApiConnection::becomeReady()
{
    m_connectTimer.stop();
    m_backoffMs = 0;
    m_notBefore = 0;
    m_lastError.reset();
    m_lastRx = now();
    setState(State::Ready);
    qCInfo(lcRouteros) << "connected to router" << m_config.name << (m_legacyLogin ? "(legacy login)" : "");
    for (const quint32 tag : m_pending.takeQueue()) {
        if (PendingCommand *command = m_pending.find(tag)) {
            m_socket->write(command->queued);
            command->queued.clear();
            command->sent = true;
        }
    }
    if (m_config.livenessIntervalMs > 0)
        m_livenessTimer.start(m_config.livenessIntervalMs);
    emit ready();
}

void ApiConnection::failAttempt(const Error &error)
{
    if (m_state == State::Ready) {
        loseSession(error);
        return;
    }
    qCInfo(lcRouteros).noquote() << "connection to router" << m_config.name << "failed:" << error.detail;
    m_lastError = error;
    m_backoffMs = m_backoffMs == 0 ? 500 : std::min(m_backoffMs * 2, std::max(500, m_config.maxBackoffMs));
    m_notBefore = now() + m_backoffMs;
    teardown(error);
    emit disconnected(error);
    scheduleReconnect();
}

void ApiConnection::loseSession(const Error &error)
{
    if (m_state != State::Ready) {
        failAttempt(error);
        return;
    }
    qCInfo(lcRouteros).noquote() << "connection to router" << m_config.name << "lost:" << error.detail;
    const Error lost = error.code == ErrorCode::Fatal || error.code == ErrorCode::Protocol
        ? error
        : RouterErrors::connectionLost(m_config.name, error.detail);
    m_lastError = lost;
    m_notBefore = now();  // a session that worked: try again at once, then back off
    teardown(lost);
    emit disconnected(lost);
    scheduleReconnect();
}

void ApiConnection::teardown(const Error &error)
{
    ++m_generation;
    teardownSocket();
    m_connectTimer.stop();
    m_livenessTimer.stop();
    m_deadlineTimer.stop();
    m_probeInFlight = false;
    m_parser.reset();
    m_replyBytes = 0;
    QHash<quint32, PendingCommand> pending = m_pending.takeAll();
    if (!m_destroying)
        setState(State::Disconnected);
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        PendingCommand &p = it.value();
        if (p.isStream) {
            if (p.stream)
                p.stream->finish(p.cancelling ? Result<void>() : Result<void>(error));
        } else if (p.handler) {
            p.handler(error);
        }
    }
}

void ApiConnection::teardownSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void ApiConnection::scheduleReconnect()
{
    if (m_destroying || m_closed || !m_config.autoReconnect || m_state != State::Disconnected)
        return;
    m_reconnectTimer.start(static_cast<int>(std::max<qint64>(0, m_notBefore - now())));
}

void ApiConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ApiConnection::onSocketError()
{
    // failAttempt() becomes loseSession() when the session was up.
    failAttempt(RouterErrors::fromSocket(m_config, m_socket->error(), m_socket->errorString(), isReady()));
}

void ApiConnection::onSocketDisconnected()
{
    failAttempt(RouterErrors::fromSocket(m_config, QAbstractSocket::RemoteHostClosedError,
                                         QStringLiteral("the router closed the connection"), isReady()));
}

// --- replies ----------------------------------------------------------------

void ApiConnection::onReadyRead()
{
    m_lastRx = now();
    const quint64 generation = m_generation;
    // In slices: the parser never holds more than one slice beyond a word.
    while (generation == m_generation && m_socket && m_socket->bytesAvailable() > 0) {
        m_parser.feed(m_socket->read(kReadSliceBytes));
        Sentence sentence;
        while (generation == m_generation && m_parser.next(sentence))
            dispatch(sentence);
        if (generation == m_generation && m_parser.hasError()) {
            failAttempt(RouterErrors::protocol(m_config.name, m_parser.errorString()));
            return;
        }
    }
}

void ApiConnection::dispatch(const Sentence &sentence)
{
    if (lcRouterosWire().isDebugEnabled())
        qCDebug(lcRouterosWire) << m_config.name << ">>" << Command::describe(sentence.words());
    const Sentence::Type type = sentence.type();
    if (type == Sentence::Type::Fatal) {
        failAttempt(RouterErrors::fatal(m_config.name, sentence.fatalReason()));
        return;
    }
    bool ok = false;
    const quint32 tag = sentence.tag().toUInt(&ok);
    if (!ok)
        return;  // untagged: the !done of our own /cancel, nothing waits for it
    if (m_pending.isAbandoned(tag)) {
        if (type == Sentence::Type::Done)
            m_pending.forgetAbandoned(tag);
        return;
    }
    PendingCommand *command = m_pending.find(tag);
    if (!command)
        return;
    switch (type) {
    case Sentence::Type::Re:
        if (command->isStream) {
            QPointer<ApiStream> stream = command->stream;  // the slot may submit, cancel or delete
            if (stream)
                stream->deliver(sentence);
        } else {
            const qint64 bytes = m_parser.lastSentenceBytes() + sentence.words().size() * kWordOverheadBytes;
            command->replyBytes += bytes;
            m_replyBytes += bytes;
            if (m_replyBytes > kMaxReplyBytes || command->reply.items.size() >= kMaxReplyItems) {
                failAttempt(RouterErrors::protocol(m_config.name,
                    QStringLiteral("the router sent more than %1 MiB or %2 items of replies at once")
                        .arg(kMaxReplyBytes / (1024 * 1024)).arg(kMaxReplyItems)));
                return;
            }
            command->reply.items.append(sentence);
        }
        break;
    case Sentence::Type::Empty:
        command->reply.empty = true;  // 7.18+: no data; the !done still follows
        break;
    case Sentence::Type::Trap:
        command->trap = sentence.attribute("message");
        if (const auto category = sentence.rawAttribute("category"))
            command->trapCategory = category->toInt();
        break;
    case Sentence::Type::Done:
        command->reply.ret = sentence.attribute("ret");
        m_replyBytes -= command->replyBytes;
        complete(*m_pending.take(tag));
        break;
    default:
        qCDebug(lcRouteros) << "ignoring unknown reply" << sentence.first() << "from" << m_config.name;
        break;
    }
}

void ApiConnection::complete(PendingCommand pending)
{
    const QString path = text(pending.path);
    if (pending.isStream) {
        Result<void> result;
        if (pending.trap && !pending.cancelling)
            result = RouterErrors::trap(m_config.name, path, *pending.trap, pending.trapCategory);
        if (pending.stream)
            pending.stream->finish(result);
        return;
    }
    if (pending.trap)
        pending.handler(RouterErrors::trap(m_config.name, path, *pending.trap, pending.trapCategory));
    else
        pending.handler(Result<Reply>(std::move(pending.reply)));
}

// --- timers -----------------------------------------------------------------

void ApiConnection::armDeadlineTimer()
{
    const auto next = m_pending.nextDeadline();
    if (!next) {
        m_deadlineTimer.stop();
        return;
    }
    const int wait = static_cast<int>(std::max<qint64>(0, *next - now()));
    // Restarting a timer per command is costly when thousands are in flight:
    // only move it when the earliest deadline got earlier.
    if (!m_deadlineTimer.isActive() || wait < m_deadlineTimer.remainingTime())
        m_deadlineTimer.start(wait);
}

void ApiConnection::onDeadline()
{
    const quint64 generation = m_generation;
    for (auto &[tag, pending] : m_pending.takeExpired(now())) {
        m_replyBytes -= pending.replyBytes;
        Error error = RouterErrors::commandTimeout(m_config.name, text(pending.path), pending.timeoutMs);
        if (!pending.sent) {
            if (m_lastError)
                error = *m_lastError;  // it never left: say why the router was not reachable
        } else if (m_socket && generation == m_generation) {
            m_pending.abandon(tag);
            m_socket->write(cancelSentence(tag));
        }
        pending.handler(error);
    }
    armDeadlineTimer();
}

void ApiConnection::onLivenessTick()
{
    if (m_state != State::Ready || m_pending.streams() == 0 || m_probeInFlight
        || now() - m_lastRx < m_config.livenessIntervalMs)
        return;
    m_probeInFlight = true;
    const quint64 generation = m_generation;
    submit(Command(u"/system/identity/print"), [this, generation](const Result<Reply> &result) {
        if (generation != m_generation)
            return;
        m_probeInFlight = false;
        if (!result && result.error().code == ErrorCode::Timeout)
            loseSession(RouterErrors::connectionLost(m_config.name, QStringLiteral("no answer to the liveness probe")));
    }, CommandOptions{m_config.livenessIntervalMs, WhenDown::FailFast});
}

} // namespace lango::routeros
