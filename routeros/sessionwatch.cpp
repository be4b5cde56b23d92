#include "routeros/sessionwatch.h"

#include "routeros/apiconnection.h"
#include "routeros/apistream.h"

namespace lango::routeros {

SessionWatch::SessionWatch(ApiConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    if (m_connection) {
        connect(m_connection, &ApiConnection::ready, this, [this] {
            if (m_running && !m_stream)
                begin();
        });
    }
}

void SessionWatch::start()
{
    if (m_running)
        return;
    m_running = true;
    begin();
}

void SessionWatch::stop()
{
    m_running = false;
    ++m_round;
    if (m_stream) {
        m_stream->cancel();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
}

void SessionWatch::begin()
{
    if (!m_connection)
        return;
    const quint64 round = ++m_round;
    m_haveSnapshot = false;
    m_early.clear();
    // Listen first, then print: on one connection the router answers in
    // order, so nothing falls between the two.
    m_stream = m_connection->stream(Command(u"/ip/hotspot/active/listen"), this);
    connect(m_stream, &ApiStream::itemReceived, this, &SessionWatch::onItem);
    connect(m_stream, &ApiStream::finished, this, [this, round](const Result<void> &result) {
        if (round != m_round)
            return;
        if (m_stream)
            m_stream->deleteLater();
        m_stream = nullptr;
        if (!result)
            emit interrupted(result.error());
        // A lost connection restarts us from ready(); a trap with the
        // connection up would only repeat, so stay stopped then.
        if (m_running && m_connection && m_connection->isReady())
            m_running = false;
    });
    m_connection->submit(Command(u"/ip/hotspot/active/print"), [this, round](const Result<Reply> &reply) {
        if (round != m_round)
            return;
        if (!reply) {
            emit interrupted(reply.error());
            return;
        }
        m_sessions.clear();
        QList<ActiveSession> list;
        for (const Sentence &s : reply->items) {
            const ActiveSession session = ActiveSession::fromSentence(s);
            m_sessions.insert(session.id, session);
            list.append(session);
        }
        m_haveSnapshot = true;
        const QList<Sentence> early = std::move(m_early);
        m_early.clear();
        for (const Sentence &s : early)
            apply(s);
        emit snapshotReady(m_sessions.values());
    });
}

void SessionWatch::onItem(const Sentence &item)
{
    if (!m_haveSnapshot)
        m_early.append(item);
    else
        apply(item);
}

void SessionWatch::apply(const Sentence &item)
{
    const QString id = item.attribute(".id");
    if (item.attribute(".dead") == QLatin1String("yes") || item.attribute(".dead") == QLatin1String("true")) {
        const auto it = m_sessions.constFind(id);
        if (it != m_sessions.cend()) {
            const ActiveSession gone = *it;
            m_sessions.remove(id);
            if (m_haveSnapshot)
                emit sessionRemoved(gone);
        }
        return;
    }
    const ActiveSession session = ActiveSession::fromSentence(item);
    m_sessions.insert(id, session);
    emit sessionChanged(session);
}

} // namespace lango::routeros
