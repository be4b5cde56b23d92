#pragma once

// A TCP relay that adds latency: what a client sends reaches the target
// `delayMs` later (answers come back at once), so every round trip to the
// target takes that much longer, as with a database on another machine.
// Runs on a thread of its own so a busy caller does not add more. For
// benchmarks where `tc netem` is not available (no sch_netem in the kernel).

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <memory>

namespace lango::testing {

class LatencyRelay final : public QObject
{
public:
    LatencyRelay(quint16 targetPort, int delayMs) : m_targetPort(targetPort), m_delayMs(delayMs)
    {
        m_clock.start();
        m_server.listen(QHostAddress::LocalHost, 0);
        m_port = m_server.serverPort();
        connect(&m_server, &QTcpServer::newConnection, this, &LatencyRelay::accept);
        m_server.moveToThread(&m_thread);
        moveToThread(&m_thread);
        m_thread.start();
    }
    ~LatencyRelay() override
    {
        // Sockets are closed on the thread they live on.
        QMetaObject::invokeMethod(this, [this] {
            m_server.close();
            qDeleteAll(findChildren<Pair *>(QString(), Qt::FindDirectChildrenOnly));
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }

private:
    struct Pair : QObject
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *target = nullptr;
        QQueue<std::pair<qint64, QByteArray>> delayed;   // due time (ns), bytes
        QTimer timer;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *pair = new Pair;
            pair->setParent(this);
            pair->client = client;
            client->setParent(pair);
            pair->target = new QTcpSocket(pair);
            pair->target->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            pair->timer.setSingleShot(true);
            pair->timer.setTimerType(Qt::PreciseTimer);
            connect(&pair->timer, &QTimer::timeout, pair, [this, pair] { release(pair); });
            connect(client, &QTcpSocket::readyRead, pair, [this, pair] {
                pair->delayed.enqueue({m_clock.nsecsElapsed() + qint64(m_delayMs) * 1000000, pair->client->readAll()});
                if (!pair->timer.isActive())
                    release(pair);
            });
            connect(pair->target, &QTcpSocket::connected, pair, [this, pair] { release(pair); });
            connect(pair->target, &QTcpSocket::readyRead, pair, [pair] { pair->client->write(pair->target->readAll()); });
            connect(client, &QTcpSocket::disconnected, pair, [pair] { pair->target->disconnectFromHost(); pair->deleteLater(); });
            connect(pair->target, &QTcpSocket::disconnected, pair, [pair] { pair->client->disconnectFromHost(); });
            pair->target->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
    }

    // Passes on what is due and sleeps until the next is.
    void release(Pair *pair)
    {
        if (pair->target->state() != QAbstractSocket::ConnectedState)
            return;   // sent once connected
        const qint64 now = m_clock.nsecsElapsed();
        while (!pair->delayed.isEmpty() && pair->delayed.head().first <= now)
            pair->target->write(pair->delayed.dequeue().second);
        if (!pair->delayed.isEmpty())
            pair->timer.start(int(std::max<qint64>(1, (pair->delayed.head().first - now + 999999) / 1000000)));
    }

    QThread m_thread;
    QTcpServer m_server;
    QElapsedTimer m_clock;
    quint16 m_targetPort;
    quint16 m_port = 0;
    int m_delayMs;
};

} // namespace lango::testing
