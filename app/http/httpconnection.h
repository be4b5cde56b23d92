#pragma once

#include "app/http/httprequestparser.h"

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace lango::app::http {

class HttpServer;
struct HttpResponse;

// One client's TCP connection: reads requests through the bounded parser,
// hands each complete one to the router, writes the answers in order.
// Memory stays bounded: Qt buffers at most kReadBufferBytes from the socket,
// the parser refuses heads and bodies past their limits, and a client that
// does not read its answers is not given the next one.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    static constexpr qint64 kReadBufferBytes = 64 * 1024;
    static constexpr qint64 kWriteBacklogBytes = 256 * 1024;

    HttpConnection(QTcpSocket *socket, HttpServer &server);
    ~HttpConnection() override;

    // From a responder: the answer to request `serial`.
    void respond(quint64 serial, const HttpResponse &response);
    // Closes what overstayed; called by the server's sweep.
    void checkTimeouts(qint64 nowMs);
    // Whether a handler is working on a request (such a connection is not
    // dropped to make room).
    [[nodiscard]] bool isHandling() const { return m_handling; }
    // Since when this connection waits for a client that owes us bytes.
    [[nodiscard]] qint64 waitingSinceMs() const { return m_waitingSinceMs; }
    void abort();

private:
    void readRequests();
    void dispatch();
    void refuse(int status, const QString &reason);
    void drainAndClose();
    void write(const QByteArray &bytes);

    QTcpSocket *m_socket;
    HttpServer &m_server;
    HttpRequestParser m_parser;
    QByteArray m_pending;          // bytes of the next pipelined request, read but not parsed
    quint64 m_serial = 0;          // the request with a handler now
    bool m_handling = false;
    bool m_keepAlive = true;
    bool m_closing = false;   // refused: dropping what the client still sends, then closing
    bool m_ending = false;    // answered its last request: closing once the answer is out
    bool m_sentContinue = false;
    qint64 m_waitingSinceMs = 0;   // start of the current wait for the client
    qint64 m_lastWriteMs = 0;
    qint64 m_drained = 0;
    bool m_shutSending = false;   // refused and answered: our side of the connection is shut
};

} // namespace lango::app::http
