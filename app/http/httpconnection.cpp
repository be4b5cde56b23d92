#include "app/http/httpconnection.h"

#include "app/http/httpmessage.h"
#include "app/http/httpresponder.h"
#include "app/http/httprouter.h"
#include "app/http/httpserver.h"

#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace lango::app::http {

namespace {

constexpr qint64 kReadChunkBytes = 16 * 1024;
// After refusing a request the answer goes out, then our side of the
// connection is shut (the client reads the answer, then the end), and what
// the client still sends is read and dropped for a while: closing with its
// bytes unread would send a reset, which can destroy the answer before the
// client reads it. Bounded in time and bytes, so refusing costs little.
constexpr qint64 kDrainBytes = 64 * 1024 * 1024;
constexpr qint64 kLingerMs = 2000;

void shutSending(QTcpSocket *socket)
{
    const auto descriptor = socket->socketDescriptor();
    if (descriptor == -1)
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(descriptor), SD_SEND);
#else
    ::shutdown(int(descriptor), SHUT_WR);
#endif
}

QString errorKey(int code)
{
    switch (code) {
    case status::RequestTimeout: return QStringLiteral("request_timeout");
    case status::PayloadTooLarge: return QStringLiteral("too_large");
    case status::HeaderFieldsTooLarge: return QStringLiteral("header_too_large");
    case status::NotImplemented: return QStringLiteral("not_implemented");
    case status::VersionNotSupported: return QStringLiteral("version_not_supported");
    default: return QStringLiteral("bad_request");
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer &server)
    : QObject(&server)
    , m_socket(socket)
    , m_server(server)
    , m_parser(HttpRequestParser::Limits{server.options().maxHeadBytes, 100, 1024, 4 * 1024},
               [&server](const HttpHead &head) { return server.router().bodyLimit(head); })
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_waitingSinceMs = m_lastWriteMs = m_server.nowMs();
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        m_lastWriteMs = m_server.nowMs();
        if (m_closing) {
            drainAndClose();
            return;
        }
        if (!m_handling && m_socket->bytesToWrite() <= kWriteBacklogBytes)
            readRequests();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::abort);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError || m_socket->bytesAvailable() == 0)
            abort();
    });
    QMetaObject::invokeMethod(this, &HttpConnection::readRequests, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    m_server.forget(this);
    deleteLater();
}

void HttpConnection::write(const QByteArray &bytes)
{
    if (!m_socket)
        return;
    if (m_socket->bytesToWrite() == 0)
        m_lastWriteMs = m_server.nowMs();
    m_socket->write(bytes);
}

void HttpConnection::readRequests()
{
    if (!m_socket)
        return;
    if (m_closing) {
        drainAndClose();
        return;
    }
    if (m_ending) {
        m_socket->readAll();   // after its last request, nothing more is read
        return;
    }
    if (m_handling || m_socket->bytesToWrite() > kWriteBacklogBytes)
        return;   // resumes after the answer, or once the client reads
    while (true) {
        if (m_pending.isEmpty()) {
            if (m_socket->bytesAvailable() <= 0)
                return;
            m_pending = m_socket->read(kReadChunkBytes);
            if (m_pending.isEmpty())
                return;
        }
        const qsizetype used = m_parser.feed(m_pending);
        m_pending.remove(0, used);
        switch (m_parser.state()) {
        case HttpRequestParser::State::Failed:
            refuse(m_parser.errorStatus(), m_parser.errorReason());
            return;
        case HttpRequestParser::State::Complete:
            dispatch();
            return;
        case HttpRequestParser::State::Body:
            if (m_parser.head().expectContinue && !m_sentContinue) {
                m_sentContinue = true;
                write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            }
            break;
        case HttpRequestParser::State::Head:
            break;
        }
    }
}

void HttpConnection::dispatch()
{
    const HttpHead &head = m_parser.head();
    HttpRequest request;
    request.method = head.method;
    request.rawPath = head.path();
    request.path = QUrl::fromPercentEncoding(request.rawPath);
    request.query = QUrlQuery(QString::fromUtf8(head.query()));
    request.fields = head.fields;
    request.body = m_parser.takeBody();
    request.peer = m_socket->peerAddress();
    request.client = ClientAddress::resolve(request.peer, head.combinedField("x-forwarded-for"), m_server.options().trustedProxies);
    m_keepAlive = head.keepAlive;
    m_handling = true;
    ++m_serial;
    ++m_server.m_stats.requests;
    m_server.router().dispatch(request, HttpResponder(QPointer<HttpConnection>(this), m_serial));
}

void HttpConnection::respond(quint64 serial, const HttpResponse &response)
{
    if (!m_socket || !m_handling || serial != m_serial)
        return;
    m_handling = false;
    write(response.serialize(m_keepAlive));
    m_parser.reset();
    m_sentContinue = false;
    m_waitingSinceMs = m_server.nowMs();
    if (!m_keepAlive) {
        // The client said this was its last request: what it sent after it
        // is not run.
        m_ending = true;
        m_pending.clear();
        m_socket->disconnectFromHost();
        return;
    }
    // The next pipelined request, after this one's answer is on its way.
    QMetaObject::invokeMethod(this, &HttpConnection::readRequests, Qt::QueuedConnection);
}

void HttpConnection::refuse(int code, const QString &reason)
{
    ++m_server.m_stats.refused;
    HttpResponse response = HttpResponse::json(QJsonObject{{QStringLiteral("error"), errorKey(code)},
                                                           {QStringLiteral("message"), reason}},
                                               code);
    write(response.serialize(false));
    m_closing = true;
    m_waitingSinceMs = m_server.nowMs();
    m_pending.clear();
    m_parser.reset();
    drainAndClose();
}

void HttpConnection::drainAndClose()
{
    while (m_socket && m_drained < kDrainBytes && m_socket->bytesAvailable() > 0)
        m_drained += m_socket->read(kReadChunkBytes).size();
    if (!m_socket || m_socket->bytesToWrite() > 0)
        return;
    if (!m_shutSending) {
        m_shutSending = true;
        shutSending(m_socket);
    }
    if (m_drained >= kDrainBytes)
        abort();   // the client keeps sending after its answer: enough
}

void HttpConnection::checkTimeouts(qint64 nowMs)
{
    if (!m_socket)
        return;
    const qint64 timeout = m_server.options().requestTimeoutMs;
    if (m_closing || m_ending) {
        if (nowMs - m_waitingSinceMs > (m_ending ? m_server.options().requestTimeoutMs : kLingerMs))
            abort();
        return;
    }
    if (m_socket->bytesToWrite() > 0 && nowMs - m_lastWriteMs > timeout) {
        abort();   // the client does not read its answers
        return;
    }
    if (m_handling || nowMs - m_waitingSinceMs <= timeout)
        return;
    if (m_parser.started() || !m_pending.isEmpty())
        refuse(status::RequestTimeout, QStringLiteral("The request did not arrive within %1 s.").arg(timeout / 1000));
    else
        abort();   // idle keep-alive connection
}

} // namespace lango::app::http
