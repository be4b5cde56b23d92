#include "app/sms/africastalking.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

namespace lango::app::sms {

namespace {

constexpr qint64 kMaxAnswerBytes = 64 * 1024;

} // namespace

AfricasTalking::AfricasTalking(Config config, QNetworkAccessManager *manager)
    : m_config(std::move(config))
    , m_manager(manager ? manager : new QNetworkAccessManager)
    , m_ownsManager(manager == nullptr)
{
}

AfricasTalking::~AfricasTalking()
{
    if (m_ownsManager)
        delete m_manager;
}

Result<SmsAccepted> AfricasTalking::interpret(int httpStatus, const QByteArray &body)
{
    if (httpStatus == 401 || httpStatus == 403)
        return Error{ErrorCode::Unauthorized,
                     tr("Africa's Talking refused the user name or API key (HTTP %1): check [sms] username and sms_api_key on the server.").arg(httpStatus), {}};
    if (httpStatus >= 500 || httpStatus == 0)
        return Error{ErrorCode::Unavailable, tr("Africa's Talking did not take the message (HTTP %1); it is tried again.").arg(httpStatus),
                     QString::fromUtf8(body.left(300))};
    const QJsonObject data = QJsonDocument::fromJson(body).object().value(QStringLiteral("SMSMessageData")).toObject();
    const QJsonArray recipients = data.value(QStringLiteral("Recipients")).toArray();
    if (httpStatus < 200 || httpStatus >= 300 || recipients.isEmpty()) {
        // A 2xx without recipients names the problem in Message ("InvalidSenderId", …).
        const QString said = data.value(QStringLiteral("Message")).toString(QString::fromUtf8(body.left(200)));
        return Error{ErrorCode::BadInput, tr("Africa's Talking did not take the message: %1").arg(said), {}};
    }
    const QJsonObject recipient = recipients.first().toObject();
    const int code = recipient.value(QStringLiteral("statusCode")).toInt();
    const QString status = recipient.value(QStringLiteral("status")).toString();
    if (code >= 100 && code <= 102)
        return SmsAccepted{recipient.value(QStringLiteral("messageId")).toString(), recipient.value(QStringLiteral("cost")).toString()};
    // 405 no balance and 5xx gateway trouble may pass; the rest will not.
    const bool mayPass = code == 405 || code >= 500;
    return Error{mayPass ? ErrorCode::Unavailable : ErrorCode::BadInput,
                 mayPass ? tr("Africa's Talking could not send it yet (%1, %2); it is tried again.").arg(status).arg(code)
                         : tr("Africa's Talking refused the message (%1, %2).").arg(status).arg(code),
                 {}};
}

QFuture<Result<SmsAccepted>> AfricasTalking::send(const QString &phone, const QString &text)
{
    auto promise = std::make_shared<QPromise<Result<SmsAccepted>>>();
    promise->start();
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + QStringLiteral("/version1/messaging"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("apiKey", m_config.apiKey.toUtf8());
    request.setTransferTimeout(m_config.timeoutMs);
    // Form-encoded by hand: every value percent-encoded, so '+', '&', '%'
    // and spaces in a text arrive as typed.
    QByteArray body;
    const auto field = [&body](const char *name, const QString &value) {
        if (!body.isEmpty())
            body += '&';
        body += name;
        body += '=';
        body += QUrl::toPercentEncoding(value);
    };
    field("username", m_config.username);
    field("to", phone.startsWith(QLatin1Char('+')) ? phone : QLatin1Char('+') + phone);
    field("message", text);
    if (!m_config.senderId.isEmpty())
        field("from", m_config.senderId);
    QNetworkReply *reply = m_manager->post(request, body);
    auto uploaded = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [uploaded](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total)
            *uploaded = true;
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxAnswerBytes)
            reply->abort();   // an answer this large is not Africa's Talking's
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise, uploaded] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0 && *uploaded) {
            // The text left; whether Africa's Talking took it is unknown.
            promise->addResult(Error{ErrorCode::Upstream,
                                     tr("Africa's Talking did not answer after the message was handed over (%1); it may or may not "
                                        "have been sent, so it is not sent again.").arg(reply->errorString()), {}});
        } else if (status == 0) {
            promise->addResult(Error{ErrorCode::Unavailable,
                                     tr("Africa's Talking could not be reached (%1); the message is tried again.").arg(reply->errorString()), {}});
        } else {
            promise->addResult(interpret(status, reply->read(kMaxAnswerBytes)));
        }
        promise->finish();
    });
    return promise->future();
}

Result<QString> AfricasTalking::interpretBalance(int httpStatus, const QByteArray &body)
{
    if (httpStatus == 401 || httpStatus == 403)
        return Error{ErrorCode::Unauthorized, tr("Africa's Talking refused the user name or API key (HTTP %1).").arg(httpStatus), {}};
    const QString balance = QJsonDocument::fromJson(body).object().value(QStringLiteral("UserData")).toObject()
                                .value(QStringLiteral("balance")).toString();
    if (httpStatus < 200 || httpStatus >= 300 || balance.isEmpty())
        return Error{ErrorCode::Unavailable, tr("Africa's Talking did not say the balance (HTTP %1).").arg(httpStatus),
                     QString::fromUtf8(body.left(200))};
    return balance.left(40);
}

QFuture<Result<QString>> AfricasTalking::balance()
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + QStringLiteral("/version1/user"));
    url.setQuery(QStringLiteral("username=") + QString::fromLatin1(QUrl::toPercentEncoding(m_config.username)));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("apiKey", m_config.apiKey.toUtf8());
    request.setTransferTimeout(m_config.timeoutMs);
    QNetworkReply *reply = m_manager->get(request);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxAnswerBytes)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        promise->addResult(status == 0 ? Result<QString>(Error{ErrorCode::Unavailable,
                                                               tr("Africa's Talking could not be reached (%1).").arg(reply->errorString()), {}})
                                       : interpretBalance(status, reply->read(kMaxAnswerBytes)));
        promise->finish();
    });
    return promise->future();
}

} // namespace lango::app::sms
