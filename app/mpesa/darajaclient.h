#pragma once

#include "app/mpesa/darajaconfig.h"
#include "app/mpesa/eattime.h"
#include "app/mpesa/error.h"
#include "app/mpesa/retrypolicy.h"
#include "app/mpesa/tokenprovider.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace lango::app::mpesa {

class DarajaTransport;

struct StkPushRequest final
{
    QString phone;             // any form PhoneNumber::parse accepts
    qint64 amountKes = 0;      // whole shillings, 1..250000
    QString accountReference;  // 1..12 characters, shown on the prompt
    QString description;       // TransactionDesc, up to 13 characters; empty: "WiFi"
    QUrl callbackUrl;          // empty: the config's callback URL
};

struct StkPushResponse final
{
    QString merchantRequestId;
    QString checkoutRequestId;  // key for the callback and STK Query
    QString responseCode;       // "0": the prompt was queued. Nobody has paid yet.
    QString responseDescription;
    QString customerMessage;
    QString msisdn;             // the normalised number the prompt went to
};

struct StkQueryResult final
{
    enum class State { Pending, Completed };
    State state = State::Pending;
    QString resultCode;         // text, only when Completed: "0", "1032", ...
    QString resultDesc;
    QString merchantRequestId;
    QString checkoutRequestId;

    [[nodiscard]] bool isPaid() const { return state == State::Completed && resultCode == QLatin1String("0"); }
};

struct C2bRegistration final
{
    enum class Version { V1, V2 };              // v1: MSISDN hashed; v2: masked
    enum class ResponseType { Completed, Cancelled };
    Version version = Version::V2;
    ResponseType responseType = ResponseType::Completed;  // if validation cannot be reached
    QString shortcode;          // empty: the config's shortcode
    QUrl confirmationUrl;       // empty: the config's
    QUrl validationUrl;         // empty: the config's
};

struct C2bRegisterResponse final
{
    QString originatorConversationId;
    QString responseCode;
    QString responseDescription;
};

// Asynchronous Daraja client (daraja.md): OAuth token cache, STK Push, STK
// Query and C2B URL registration. Each call returns a future that always
// finishes with a value or a typed Error; nothing blocks. An STK Push is sent
// at most once per call (plus one resend when Daraja refused the token, as
// the first never reached M-Pesa); token, query and registration retry
// transient failures with back-off.
class DarajaClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DarajaClient)

public:
    // `manager` may be shared; without one the client owns its own. An
    // invalid config is kept and reported by every call.
    explicit DarajaClient(DarajaConfig config, QNetworkAccessManager *manager = nullptr,
                          QObject *parent = nullptr);
    ~DarajaClient() override;

    const DarajaConfig &config() const { return m_config; }
    void setClock(Clock clock);
    void setRetryPolicy(const RetryPolicy &policy);
    void setRequestTimeout(std::chrono::milliseconds timeout);

    [[nodiscard]] QFuture<Result<AccessToken>> accessToken();
    [[nodiscard]] QFuture<Result<StkPushResponse>> stkPush(const StkPushRequest &request);
    [[nodiscard]] QFuture<Result<StkQueryResult>> stkQuery(const QString &checkoutRequestId);
    [[nodiscard]] QFuture<Result<C2bRegisterResponse>> registerC2bUrls(const C2bRegistration &registration = {});

    // The checked JSON body of a push at `timestamp` (same checks as stkPush).
    [[nodiscard]] Result<QJsonObject> stkPushBody(const StkPushRequest &request, const QString &timestamp) const;
    // base64(shortcode + passkey + timestamp), the STK Password.
    [[nodiscard]] static QString stkPassword(const QString &shortcode, const QString &passkey,
                                             const QString &timestamp);

    int tokenFetchCount() const;  // OAuth requests sent so far (for tests)
    void dropToken();             // forget the cached token

private:
    struct Call;
    void execute(const std::shared_ptr<Call> &call);
    void send(const std::shared_ptr<Call> &call, const QString &token);

    DarajaConfig m_config;
    Result<void> m_configState;
    Clock m_clock = EatTime::systemClock();
    RetryPolicy m_retry;
    DarajaTransport *m_transport;
    TokenProvider *m_tokens;
};

} // namespace lango::app::mpesa
