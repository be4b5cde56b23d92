#pragma once

// Shared helpers for the M-Pesa tests: a tiny Lango-side callback server,
// raw HTTP against the emulator, and waiting on futures without fixed sleeps.

#include "app/mpesa/callbackreply.h"

#include <QFuture>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <memory>

namespace lango::test {

constexpr int AwaitMs = 10000;

// The value of a future once it finished (processing events meanwhile), or
// a default value (for Result: an Internal error) when it did not in time.
template <typename T>
T await(const QFuture<T> &future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, AwaitMs))
        return T{};
    return future.result();
}

// What Lango's headless server does with Daraja's callbacks, reduced to
// recording them and answering like Lango.
class CallbackReceiver final
{
public:
    CallbackReceiver()
    {
        using Method = QHttpServerRequest::Method;
        using app::mpesa::CallbackReply;
        m_server->route(QStringLiteral("/pay/stk/testtoken"), Method::Post, [this](const QHttpServerRequest &r) {
            stk.append(r.body());
            return QHttpServerResponse(CallbackReply::accepted());
        });
        m_server->route(QStringLiteral("/pay/c2b/validation/testtoken"), Method::Post,
                        [this](const QHttpServerRequest &r) {
            validation.append(r.body());
            return QHttpServerResponse(validationReply);
        });
        m_server->route(QStringLiteral("/pay/c2b/confirmation/testtoken"), Method::Post,
                        [this](const QHttpServerRequest &r) {
            confirmation.append(r.body());
            return QHttpServerResponse(CallbackReply::accepted());
        });
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_port; }
    QUrl stkUrl() const { return url(QStringLiteral("/pay/stk/testtoken")); }
    QUrl validationUrl() const { return url(QStringLiteral("/pay/c2b/validation/testtoken")); }
    QUrl confirmationUrl() const { return url(QStringLiteral("/pay/c2b/confirmation/testtoken")); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    QList<QByteArray> stk;
    QList<QByteArray> validation;
    QList<QByteArray> confirmation;
    QJsonObject validationReply = app::mpesa::CallbackReply::validationAccepted();

private:
    std::unique_ptr<QHttpServer> m_server = std::make_unique<QHttpServer>();
    quint16 m_port = 0;
};

struct RawAnswer
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
};

// Plain HTTP, to see exactly what the emulator answers.
class RawHttp final
{
public:
    RawAnswer get(const QUrl &url, const QByteArray &authorization = {})
    {
        return wait(m_manager.get(request(url, authorization, {})));
    }

    RawAnswer post(const QUrl &url, const QByteArray &body, const QByteArray &authorization = {},
                   const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        return wait(m_manager.post(request(url, authorization, contentType), body));
    }

    RawAnswer post(const QUrl &url, const QJsonObject &body, const QByteArray &authorization = {})
    {
        return post(url, QJsonDocument(body).toJson(QJsonDocument::Compact), authorization);
    }

private:
    static QNetworkRequest request(const QUrl &url, const QByteArray &authorization, const QByteArray &contentType)
    {
        QNetworkRequest r(url);
        if (!authorization.isEmpty())
            r.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
        if (!contentType.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return r;
    }

    static RawAnswer wait(QNetworkReply *reply)
    {
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, AwaitMs))
            reply->abort();  // finishes it, as an error
        RawAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        reply->deleteLater();
        return answer;
    }

    QNetworkAccessManager m_manager;
};

} // namespace lango::test
