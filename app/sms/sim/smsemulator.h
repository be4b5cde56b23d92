#pragma once

#include <QHostAddress>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace lango::app::sms {

// Africa's Talking's SMS API on localhost, for tests, `lango sim sms` and
// the demo: POST /version1/messaging with the same form, header and JSON
// answers (101 Success, 403 InvalidPhoneNumber, 405 InsufficientBalance,
// 401 for a wrong key), and delivery reports POSTed to a callback URL
// after a delay, like the real one's; a share of messages can fail to
// deliver or get no report at all.
class SmsEmulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmsEmulator)

public:
    struct Sent
    {
        QString messageId;
        QString to;            // +2547XXXXXXXX
        QString text;
        QString from;
    };

    explicit SmsEmulator(QObject *parent = nullptr);
    ~SmsEmulator() override;

    [[nodiscard]] quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] QUrl baseUrl() const;
    QString username() const { return QStringLiteral("sandbox"); }
    QString apiKey() const { return m_apiKey; }

    void setBalanceCents(qint64 cents) { m_balanceCents = cents; }     // KES 0.80 a part
    qint64 balanceCents() const { return m_balanceCents; }
    void setDeliveryReports(const QUrl &url, std::chrono::milliseconds delay = std::chrono::milliseconds(500));
    void setFailShare(double share) { m_failShare = share; }          // reported Failed
    void setDropShare(double share) { m_dropShare = share; }          // no report at all
    // The next `count` requests get this HTTP status and no message is taken.
    void failNext(int count, int httpStatus) { m_failCount = count; m_failStatus = httpStatus; }
    // Answers this much later (a slow provider; the client's timeout).
    void setResponseDelay(std::chrono::milliseconds delay) { m_responseDelay = delay; }

    const QList<Sent> &outbox() const { return m_outbox; }

signals:
    void messageSent(const lango::app::sms::SmsEmulator::Sent &message);
    void reportDelivered(const QString &messageId, int httpStatus);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void report(const Sent &sent);

    std::unique_ptr<QHttpServer> m_server;
    QNetworkAccessManager m_network;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_apiKey;
    qint64 m_balanceCents = 100000;   // KES 1,000
    QUrl m_reportUrl;
    std::chrono::milliseconds m_reportDelay{500};
    std::chrono::milliseconds m_responseDelay{0};
    double m_failShare = 0;
    double m_dropShare = 0;
    int m_failCount = 0;
    int m_failStatus = 500;
    QList<Sent> m_outbox;
};

} // namespace lango::app::sms
