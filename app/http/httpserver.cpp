#include "app/http/httpserver.h"

#include "app/http/httpconnection.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace lango::app::http {

HttpServer::HttpServer(const HttpRouter &router, Options options, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_options(std::move(options))
{
    m_clock.start();
    m_sweep.setInterval(500);
    connect(&m_sweep, &QTimer::timeout, this, &HttpServer::sweep);
}

HttpServer::~HttpServer()
{
    close();
}

Result<quint16> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_listener = new QTcpServer(this);
    connect(m_listener, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
    if (!m_listener->listen(address, port)) {
        const QString reason = m_listener->errorString();
        delete std::exchange(m_listener, nullptr);
        return Error{ErrorCode::Unavailable,
                     tr("Cannot listen on %1:%2 (%3). Another program may use the port, or the address is not on this machine.")
                         .arg(address.toString()).arg(port).arg(reason),
                     reason};
    }
    m_port = m_listener->serverPort();
    m_sweep.start();
    return m_port;
}

void HttpServer::close()
{
    m_sweep.stop();
    if (m_listener)
        delete std::exchange(m_listener, nullptr);
    const auto connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        if (m_connections.size() >= m_options.maxConnections && !makeRoom()) {
            ++m_stats.refused;
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(new HttpConnection(socket, *this));
    }
}

bool HttpServer::makeRoom()
{
    // The connection that has kept us waiting longest goes: slow clients
    // cannot fill the server and lock real ones out.
    HttpConnection *stalest = nullptr;
    for (HttpConnection *connection : std::as_const(m_connections)) {
        if (!connection->isHandling() && (!stalest || connection->waitingSinceMs() < stalest->waitingSinceMs()))
            stalest = connection;
    }
    if (!stalest)
        return false;
    ++m_stats.evicted;
    stalest->abort();
    return true;
}

void HttpServer::forget(HttpConnection *connection)
{
    m_connections.remove(connection);
}

void HttpServer::sweep()
{
    const qint64 now = nowMs();
    const auto connections = m_connections;   // checks may close some
    for (HttpConnection *connection : connections) {
        if (m_connections.contains(connection))
            connection->checkTimeouts(now);
    }
}

} // namespace lango::app::http
