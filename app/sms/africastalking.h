#pragma once

#include "app/sms/smsprovider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

class QNetworkAccessManager;

namespace lango::app::sms {

// Africa's Talking's SMS API: POST {base}/version1/messaging, form-encoded
// username, to, message and from, the key in the apiKey header; JSON back
// with SMSMessageData.Recipients[] (statusCode 100-102 taken; 4xx, 5xx not).
class AfricasTalking final : public SmsProvider
{
    Q_DECLARE_TR_FUNCTIONS(AfricasTalking)

public:
    struct Config
    {
        QUrl baseUrl;          // sandboxUrl(), productionUrl() or an emulator's
        QString username;      // the app's user name ("sandbox" in the sandbox)
        QString apiKey;
        QString senderId;      // optional alphanumeric sender or short code
        int timeoutMs = 15000;
    };
    static QUrl sandboxUrl() { return QUrl(QStringLiteral("https://api.sandbox.africastalking.com")); }
    static QUrl productionUrl() { return QUrl(QStringLiteral("https://api.africastalking.com")); }

    explicit AfricasTalking(Config config, QNetworkAccessManager *manager = nullptr);
    ~AfricasTalking() override;

    QString name() const override { return QStringLiteral("africastalking"); }
    QFuture<Result<SmsAccepted>> send(const QString &phone, const QString &text) override;

    // The account's balance as the provider words it ("KES 1234.50"): GET
    // /version1/user. For the desk's Settings › SMS.
    QFuture<Result<QString>> balance();
    [[nodiscard]] static Result<QString> interpretBalance(int httpStatus, const QByteArray &body);

    // The provider's answer for one recipient, as a result (for tests too).
    [[nodiscard]] static Result<SmsAccepted> interpret(int httpStatus, const QByteArray &body);

private:
    Config m_config;
    QNetworkAccessManager *m_manager;
    bool m_ownsManager;
};

} // namespace lango::app::sms
