#pragma once

// A small synchronous HTTP helper for tests (a test may wait; a GUI may not).

#include <QElapsedTimer>
#include <QHash>
#include <QEventLoop>
#include <QFuture>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTimer>

namespace lango::testing {

struct HttpResult
{
    int status = 0;   // 0 = no answer
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;   // names in lower case
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

inline HttpResult httpRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, int timeoutMs = 10000,
                              const QByteArray &contentType = "application/json",
                              const QList<std::pair<QByteArray, QByteArray>> &fields = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    for (const auto &[name, value] : fields)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

inline HttpResult httpGet(const QUrl &url, int timeoutMs = 10000) { return httpRequest("GET", url, {}, timeoutMs); }
inline HttpResult httpPost(const QUrl &url, const QByteArray &body, int timeoutMs = 10000) { return httpRequest("POST", url, body, timeoutMs); }

// Waits for a future in a test (never in product code on the GUI thread).
template <typename T>
T awaitFuture(QFuture<T> future, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return future.result();
}

// A TCP port free right now on localhost.
inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace lango::testing
