#include "app/sms/sim/smsemulator.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace lango::app::sms {

namespace {

constexpr qint64 kCentsPerPart = 80;

QString randomId()
{
    static const QString alphabet = QStringLiteral("abcdef0123456789");
    QString id = QStringLiteral("ATXid_");
    for (int i = 0; i < 32; ++i)
        id += alphabet.at(int(QRandomGenerator::global()->bounded(alphabet.size())));
    return id;
}

QJsonObject recipient(int code, const QString &status, const QString &number, const QString &cost, const QString &id)
{
    return QJsonObject{{QStringLiteral("statusCode"), code}, {QStringLiteral("number"), number}, {QStringLiteral("status"), status},
                       {QStringLiteral("cost"), cost}, {QStringLiteral("messageId"), id}};
}

} // namespace

SmsEmulator::SmsEmulator(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
    for (int i = 0; i < 64; ++i)
        m_apiKey += QStringLiteral("0123456789abcdef").at(int(QRandomGenerator::global()->bounded(16)));
    m_server->route(QStringLiteral("/version1/messaging"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handle(request, std::move(responder));
                    });
    // The account's balance, as Africa's Talking's user endpoint tells it.
    m_server->route(QStringLiteral("/version1/user"), QHttpServerRequest::Method::Get,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        if (QString::fromUtf8(request.value("apiKey")) != m_apiKey
                            || QUrlQuery(request.url()).queryItemValue(QStringLiteral("username")) != username()) {
                            responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                                       QStringLiteral("The supplied authentication is invalid")}}),
                                            QHttpServerResponder::StatusCode::Unauthorized);
                            return;
                        }
                        const QString balance = QStringLiteral("KES %1.%2").arg(m_balanceCents / 100).arg(m_balanceCents % 100, 2, 10, QLatin1Char('0'));
                        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("UserData"),
                                                                   QJsonObject{{QStringLiteral("balance"), balance}}}}),
                                        QHttpServerResponder::StatusCode::Ok);
                    });
}

SmsEmulator::~SmsEmulator() = default;

quint16 SmsEmulator::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = m_server->listen(address, port);
    return m_port;
}

QUrl SmsEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

void SmsEmulator::setDeliveryReports(const QUrl &url, std::chrono::milliseconds delay)
{
    m_reportUrl = url;
    m_reportDelay = delay;
}

void SmsEmulator::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    int status = 201;
    QJsonObject answer;
    const QUrlQuery form(QString::fromUtf8(request.body()));
    if (m_failCount > 0) {
        --m_failCount;
        status = m_failStatus;
        answer = QJsonObject{{QStringLiteral("error"), QStringLiteral("The gateway is not available")}};
    } else if (QString::fromUtf8(request.value("apiKey")) != m_apiKey
               || form.queryItemValue(QStringLiteral("username")) != username()) {
        status = 401;
        answer = QJsonObject{{QStringLiteral("error"), QStringLiteral("The supplied authentication is invalid")}};
    } else {
        const QString text = form.queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded);
        const QStringList numbers = form.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const int parts = qMax(1, int((text.size() + 152) / 153));   // 160 alone, 153 each when split
        QJsonArray recipients;
        static const QRegularExpression kenyan(QStringLiteral("^\\+254(7|1)\\d{8}$"));
        for (QString number : numbers) {
            number = number.trimmed();
            if (!kenyan.match(number).hasMatch()) {
                recipients.append(recipient(403, QStringLiteral("InvalidPhoneNumber"), number, QStringLiteral("0"), QStringLiteral("None")));
            } else if (m_balanceCents < kCentsPerPart * parts) {
                recipients.append(recipient(405, QStringLiteral("InsufficientBalance"), number, QStringLiteral("0"), QStringLiteral("None")));
            } else {
                m_balanceCents -= kCentsPerPart * parts;
                const Sent sent{randomId(), number, text, form.queryItemValue(QStringLiteral("from"))};
                const QString cost = QStringLiteral("KES %1.%2000").arg(kCentsPerPart * parts / 100).arg(kCentsPerPart * parts % 100, 2, 10, QLatin1Char('0'));
                recipients.append(recipient(101, QStringLiteral("Success"), number, cost, sent.messageId));
                m_outbox << sent;
                emit messageSent(sent);
                report(sent);
            }
        }
        answer = QJsonObject{{QStringLiteral("SMSMessageData"),
                              QJsonObject{{QStringLiteral("Message"), QStringLiteral("Sent to %1/%2").arg(std::count_if(
                                               recipients.cbegin(), recipients.cend(),
                                               [](const QJsonValue &r) { return r.toObject().value(QStringLiteral("statusCode")).toInt() == 101; }))
                                               .arg(recipients.size())},
                                          {QStringLiteral("Recipients"), recipients}}}};
    }
    const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
    if (m_responseDelay.count() <= 0) {
        responder.write(QJsonDocument(answer), code);
        return;
    }
    auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = later->socket();
    QTimer::singleShot(m_responseDelay, this, [later, socket, answer, code] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            later->write(QJsonDocument(answer), code);
    });
}

void SmsEmulator::report(const Sent &sent)
{
    if (!m_reportUrl.isValid() || QRandomGenerator::global()->generateDouble() < m_dropShare)
        return;
    const bool failed = QRandomGenerator::global()->generateDouble() < m_failShare;
    QTimer::singleShot(m_reportDelay, this, [this, sent, failed] {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("id"), sent.messageId);
        form.addQueryItem(QStringLiteral("status"), failed ? QStringLiteral("Failed") : QStringLiteral("Success"));
        form.addQueryItem(QStringLiteral("phoneNumber"), sent.to);
        form.addQueryItem(QStringLiteral("networkCode"), QStringLiteral("63902"));
        form.addQueryItem(QStringLiteral("retryCount"), QStringLiteral("0"));
        if (failed)
            form.addQueryItem(QStringLiteral("failureReason"), QStringLiteral("DeliveryFailure"));
        QNetworkRequest request(m_reportUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8().replace('+', "%2B"));
        connect(reply, &QNetworkReply::finished, this, [this, reply, id = sent.messageId] {
            reply->deleteLater();
            emit reportDelivered(id, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        });
    });
}

} // namespace lango::app::sms
