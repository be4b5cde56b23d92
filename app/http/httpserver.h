#pragma once

#include "app/core/error.h"
#include "app/http/clientaddress.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

class QTcpServer;

namespace lango::app::http {

class HttpConnection;
class HttpRouter;

// An HTTP/1.1 server on QTcpServer whose every resource is bounded, for a
// server that faces the internet: the head of a request (16 KB), its body
// (each route's own limit, judged before reading it), the time a client has
// to send a request (10 s), the bytes buffered per connection, and the
// number of connections (past it the stalest waiting client is dropped, so
// slow clients cannot lock out real ones). Keep-alive and pipelining work;
// one request per connection is with a handler at a time.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    struct Options
    {
        QString name = QStringLiteral("http");   // in log lines: "public", "admin"
        qsizetype maxHeadBytes = 16 * 1024;
        int requestTimeoutMs = 10 * 1000;         // to send a whole request, and to read an answer
        int maxConnections = 1024;
        QList<ClientAddress::Subnet> trustedProxies;
    };

    struct Stats
    {
        quint64 requests = 0;
        quint64 refused = 0;     // answered 4xx/5xx by the server itself (too large, malformed, slow)
        quint64 evicted = 0;     // connections dropped to make room
    };

    HttpServer(const HttpRouter &router, Options options, QObject *parent = nullptr);
    ~HttpServer() override;

    [[nodiscard]] Result<quint16> listen(const QHostAddress &address, quint16 port);
    void close();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    [[nodiscard]] const Stats &stats() const { return m_stats; }
    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] const HttpRouter &router() const { return m_router; }

private:
    friend class HttpConnection;
    [[nodiscard]] qint64 nowMs() const { return m_clock.elapsed(); }
    void acceptConnections();
    void sweep();
    void forget(HttpConnection *connection);
    bool makeRoom();

    const HttpRouter &m_router;
    Options m_options;
    QTcpServer *m_listener = nullptr;
    quint16 m_port = 0;
    QSet<HttpConnection *> m_connections;
    QTimer m_sweep;
    QElapsedTimer m_clock;
    Stats m_stats;
};

} // namespace lango::app::http
