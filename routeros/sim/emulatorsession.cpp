#include "routeros/sim/emulatorsession.h"

#include "routeros/loginhandshake.h"
#include "routeros/sim/routeremulator.h"
#include "routeros/wordcodec.h"

#include <QPointer>
#include <QTcpSocket>

namespace lango::routeros::sim {

EmulatorSession::EmulatorSession(QTcpSocket *socket, RouterEmulator *emulator)
    : QObject(emulator), m_socket(socket), m_emulator(emulator), m_random(emulator->options().seed)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_clock.start();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_flushTimer, &QTimer::timeout, this, &EmulatorSession::flushDue);
    connect(m_socket, &QTcpSocket::readyRead, this, &EmulatorSession::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &EmulatorSession::closed);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &EmulatorSession::onReadyRead, Qt::QueuedConnection);
}

EmulatorSession::~EmulatorSession() = default;

void EmulatorSession::abort()
{
    m_outbox.clear();
    m_socket->abort();
}

void EmulatorSession::onReadyRead()
{
    m_parser.feed(m_socket->readAll());
    Sentence sentence;
    while (m_parser.next(sentence))
        handle(sentence);
    if (m_parser.hasError())
        abort();  // a router drops a client that sends garbage
}

void EmulatorSession::handle(const Sentence &sentence)
{
    const QByteArray tag = sentence.tag();
    const QByteArray path = sentence.first();
    m_emulator->countCommand(Sentence::decode(path));
    if (path == "/login") {
        handleLogin(sentence, tag);
        return;
    }
    if (!m_loggedIn) {
        send({MenuDispatcher::trap(QStringLiteral("not logged in")), MenuDispatcher::done()}, tag);
        return;
    }
    if (path == "/cancel") {
        handleCancel(sentence, tag);
        return;
    }
    if (path == "/quit") {
        sendFatal(QStringLiteral("session terminated on request"));
        return;
    }
    if (m_emulator->isStalled(path)) {
        m_stalled.insert(tag);  // never answered until /cancel
        return;
    }
    if (path == "/tool/fetch") {   // downloads take a while: answered when done
        QPointer<EmulatorSession> self(this);
        m_emulator->fetchTool().run(sentence, [self, tag](const QList<Words> &reply) {
            if (self)
                self->send(reply, tag);
        });
        return;
    }
    DispatchOutcome outcome = m_emulator->dispatcher().execute(sentence);
    if (m_emulator->takeLostReply(path)) {
        abort();   // done, but the answer is lost with the connection
        return;
    }
    if (outcome.kind == DispatchOutcome::Kind::Stream)
        m_streams.insert(tag, Subscription{outcome.menu, QueryMatcher(outcome.queries), outcome.proplist});
    send(outcome.sentences, tag);
}

void EmulatorSession::handleLogin(const Sentence &sentence, const QByteArray &tag)
{
    const RouterEmulator::Options &options = m_emulator->options();
    bool ok = false;
    if (options.legacyLogin) {
        if (!sentence.hasAttribute("response")) {
            // Pre-6.43: any /login without a response gets a challenge.
            m_challenge.resize(16);
            for (char &c : m_challenge)
                c = static_cast<char>(m_random.bounded(256));
            send({MenuDispatcher::done(QString::fromLatin1(m_challenge.toHex()))}, tag);
            return;
        }
        const QByteArray expected = LoginHandshake::response(options.password, QString::fromLatin1(m_challenge.toHex()));
        ok = !m_challenge.isEmpty() && sentence.attribute("name") == options.user
            && sentence.rawAttribute("response").value_or(QByteArray()) == expected;
    } else {
        ok = sentence.attribute("name") == options.user && sentence.attribute("password") == options.password;
    }
    if (ok) {
        m_loggedIn = true;
        send({MenuDispatcher::done()}, tag);
    } else {
        send({MenuDispatcher::trap(QStringLiteral("invalid user name or password (6)")), MenuDispatcher::done()}, tag);
    }
}

void EmulatorSession::handleCancel(const Sentence &sentence, const QByteArray &tag)
{
    const auto cancelOne = [this](const QByteArray &target) {
        if (m_streams.remove(target) || m_stalled.remove(target))
            send({MenuDispatcher::trap(QStringLiteral("interrupted"), 2), MenuDispatcher::done()}, target);
    };
    if (const auto target = sentence.rawAttribute("tag")) {
        cancelOne(*target);
    } else {
        const QList<QByteArray> all = m_streams.keys() + m_stalled.values();
        for (const QByteArray &t : all)
            cancelOne(t);
    }
    send({MenuDispatcher::done()}, tag);
}

void EmulatorSession::notifyChange(const QString &menu, quint32 id, bool removed)
{
    for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it) {
        if (it->menu != menu)
            continue;
        if (auto item = m_emulator->dispatcher().streamItem(menu, id, removed, it->matcher, it->proplist))
            send({*item}, it.key());
    }
}

void EmulatorSession::sendFatal(const QString &reason)
{
    send({Words{QByteArrayLiteral("!fatal"), reason.toUtf8()}}, {});
    m_closeWhenFlushed = true;
    if (m_outbox.empty())
        m_socket->disconnectFromHost();
}

void EmulatorSession::send(const QList<Words> &sentences, const QByteArray &tag)
{
    if (sentences.isEmpty())
        return;
    QByteArray bytes;
    const QByteArray tagWord = tag.isEmpty() ? QByteArray() : QByteArrayLiteral(".tag=") + tag;
    for (const Words &words : sentences) {
        for (const QByteArray &w : words)
            WordCodec::appendWord(bytes, w);
        if (!tagWord.isEmpty())
            WordCodec::appendWord(bytes, tagWord);
        bytes.append('\0');
    }
    const RouterEmulator::Options &options = m_emulator->options();
    const int latency =
        options.latencyMs + (options.jitterMs > 0 ? static_cast<int>(m_random.bounded(options.jitterMs + 1)) : 0);
    if (latency <= 0 && m_outbox.empty()) {
        m_socket->write(bytes);
        return;
    }
    m_outbox.emplace(m_clock.elapsed() + latency, std::move(bytes));
    armFlush();
}

void EmulatorSession::armFlush()
{
    if (m_outbox.empty())
        return;
    const int wait = static_cast<int>(std::max<qint64>(0, m_outbox.begin()->first - m_clock.elapsed()));
    if (!m_flushTimer.isActive() || wait < m_flushTimer.remainingTime())
        m_flushTimer.start(wait);
}

void EmulatorSession::flushDue()
{
    const qint64 now = m_clock.elapsed();
    QByteArray batch;
    while (!m_outbox.empty() && m_outbox.begin()->first <= now) {
        batch.append(m_outbox.begin()->second);
        m_outbox.erase(m_outbox.begin());
    }
    if (!batch.isEmpty())
        m_socket->write(batch);
    if (m_outbox.empty() && m_closeWhenFlushed)
        m_socket->disconnectFromHost();
    armFlush();
}

} // namespace lango::routeros::sim
