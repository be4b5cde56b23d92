#include "app/mpesa/darajatransport.h"

#include "app/mpesa/darajajson.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace lango::app::mpesa {

namespace {

constexpr qint64 MaxAnswerBytes = 1024 * 1024;

// Errors raised before a single byte of the request could leave.
bool surelyNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

QNetworkRequest jsonRequest(const QUrl &url, const QByteArray &authorization)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    return request;
}

} // namespace

Result<QJsonObject> HttpAnswer::toResult(ApiCall call, int timeoutSeconds) const
{
    if (timedOut)
        return Error::timeout(call, timeoutSeconds);
    if (status == 0)
        return Error::network(call, networkError, mayHaveArrived);
    if (status < 200 || status > 299)
        return Error::fromHttp(call, status, body);
    auto json = DarajaJson::parseObject(body, QStringLiteral("answer"));
    if (!json)
        return Error::badResponse(call, QStringLiteral("HTTP %1, %2").arg(status).arg(json.error().detail));
    return json;
}

DarajaTransport::DarajaTransport(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager ? manager : new QNetworkAccessManager(this))
{
}

int DarajaTransport::timeoutSeconds() const
{
    return static_cast<int>((m_timeout.count() + 999) / 1000);
}

void DarajaTransport::get(const QUrl &url, const QByteArray &authorization, Handler handler)
{
    QNetworkRequest request = jsonRequest(url, authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    watch(m_manager->get(request), std::move(handler));
}

void DarajaTransport::post(const QUrl &url, const QByteArray &authorization, const QByteArray &json,
                           Handler handler)
{
    watch(m_manager->post(jsonRequest(url, authorization), json), std::move(handler));
}

void DarajaTransport::watch(QNetworkReply *reply, Handler handler)
{
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);
    // A hostile or broken peer must not fill memory.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxAnswerBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, timedOut, handler = std::move(handler)] {
        HttpAnswer answer;
        answer.timedOut = *timedOut;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!answer.timedOut && answer.status != 0)
            answer.body = reply->readAll().left(MaxAnswerBytes);
        if (answer.status == 0) {
            answer.networkError = reply->errorString();
            answer.mayHaveArrived = !surelyNotSent(reply->error());
        }
        reply->deleteLater();
        handler(answer);
    });
}

} // namespace lango::app::mpesa
