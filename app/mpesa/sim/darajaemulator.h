#pragma once

#include "app/mpesa/darajaconfig.h"
#include "app/mpesa/eattime.h"
#include "app/mpesa/sim/emulatedc2b.h"
#include "app/mpesa/stkoutcome.h"
#include "app/mpesa/stkpushvalidator.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace lango::app::mpesa {

class DarajaTransport;

// Daraja on localhost, for tests, `lango sim daraja` and `--demo`: the same
// paths, JSON, checks and errors as Safaricom's API (daraja.md), with
// scripted customers. Routes:
//   GET  /oauth/v1/generate?grant_type=client_credentials   (Basic auth)
//   POST /mpesa/stkpush/v1/processrequest                    (Bearer)
//   POST /mpesa/stkpushquery/v1/query
//   POST /mpesa/c2b/v1/registerurl, /mpesa/c2b/v2/registerurl
//   POST /mpesa/c2b/v1/simulate,    /mpesa/c2b/v2/simulate
// After an accepted push, the outcome for the phone decides what the
// callback says, when it is POSTed, and whether it is lost or doubled.
class DarajaEmulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DarajaEmulator)

public:
    struct Credentials final
    {
        QString consumerKey;
        QString consumerSecret;
        QString passkey;       // shared by the paybill and the till's store number
        QString paybill;       // CustomerPayBillOnline
        QString storeNumber;   // BusinessShortCode of the till (CustomerBuyGoodsOnline)
        QString tillNumber;    // PartyB for buy goods
    };

    explicit DarajaEmulator(QObject *parent = nullptr);
    explicit DarajaEmulator(const Credentials &credentials, QObject *parent = nullptr);
    ~DarajaEmulator() override;

    // Fixed, documented values (safe to print: they only open the emulator).
    [[nodiscard]] static Credentials defaultCredentials();
    // Random key, secret and passkey, for an emulator reachable by others.
    [[nodiscard]] static Credentials generatedCredentials();

    // Listens on address:port (0 = any free port); returns the port, 0 on failure.
    [[nodiscard]] quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] QUrl baseUrl() const;
    const Credentials &credentials() const { return m_credentials; }
    // A client config for this emulator (environment custom).
    [[nodiscard]] DarajaConfig clientConfig(DarajaConfig::Type type = DarajaConfig::Type::Paybill,
                                            const QUrl &callbackUrl = {}) const;

    void setClock(Clock clock);
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }   // default 3599
    void setExpiresInAsNumber(bool number) { m_expiresInAsNumber = number; }  // like the docs' sample
    void setNewTokenRevokesOld(bool revokes) { m_newTokenRevokesOld = revokes; }  // [unsure] live behaviour
    void revokeTokens();                                  // every token becomes "Invalid Access Token"
    void setResponseDelay(std::chrono::milliseconds delay) { m_responseDelay = delay; }  // a slow Daraja
    void setCallbackTimeout(std::chrono::milliseconds timeout);  // default 8 s
    void setC2bRegisterOnce(bool once);                   // production's one-time registration

    // Outcome of pushes: per phone (any accepted form), then the picker, then the default.
    void setOutcome(const StkOutcome &outcome) { m_defaultOutcome = outcome; }
    void setOutcomeFor(const QString &phone, const StkOutcome &outcome);
    void setOutcomePicker(std::function<StkOutcome(const QString &msisdn, qint64 amountKes)> picker);
    void clearOutcomes();

    // The customer answers now instead of after the outcome's delay (tests, demo).
    void finishNow(const QString &checkoutRequestId) { finishPush(checkoutRequestId); }

    // The next `times` requests to `path` fail with this error (before any check).
    void failNext(const QString &path, int httpStatus, const QString &errorCode, const QString &errorMessage,
                  int times = 1);

    // A customer pays from the M-Pesa menu; returns the TransID, or empty
    // when no C2B URLs are registered for the shortcode.
    QString simulateC2bPayment(const C2bSimulation &payment);
    [[nodiscard]] std::optional<EmulatedC2b::Registration> c2bRegistration(const QString &shortcode) const;

    int tokenRequestCount() const { return m_tokenRequests; }
    int stkPushRequestCount() const { return m_pushRequests; }
    int stkPushCount() const { return m_pushesAccepted; }
    int stkQueryCount() const { return m_queries; }
    QJsonObject lastStkPushRequest() const { return m_lastPush; }

signals:
    void stkPushAccepted(const QString &checkoutRequestId, const QString &msisdn, qint64 amountKes);
    // The customer's answer is final (whether or not a callback is then sent).
    void stkResultKnown(const QString &checkoutRequestId, const QString &resultCode);
    // A callback was POSTed and the endpoint answered `httpStatus` with `answer`.
    void callbackDelivered(const QString &checkoutRequestId, int httpStatus, const QByteArray &answer);
    void callbackFailed(const QString &checkoutRequestId, const QString &error);
    void callbackLost(const QString &checkoutRequestId);
    void c2bCallbackDelivered(const QString &transId, const QString &stage, int httpStatus, const QByteArray &answer);
    void c2bCallbackFailed(const QString &transId, const QString &stage, const QString &error);

private:
    struct Reply;
    struct Push final
    {
        QString checkoutRequestId;
        QString merchantRequestId;
        QString msisdn;
        qint64 amountKes = 0;
        QUrl callbackUrl;
        StkOutcome outcome;
        QString receipt;
        QString transactionDate;  // EAT, set when the result is known
        bool final = false;
    };

    void setUpRoutes();
    void answer(QHttpServerResponder &&responder, const Reply &reply);
    Reply handleToken(const QHttpServerRequest &request);
    Reply handlePush(const QHttpServerRequest &request);
    Reply handleQuery(const QHttpServerRequest &request);
    Reply handleRegister(const QHttpServerRequest &request, int version);
    Reply handleSimulate(const QHttpServerRequest &request);
    // Checks the Bearer token and the JSON body; the fault, if any.
    std::optional<Reply> checkCall(const QHttpServerRequest &request, bool c2b, QJsonObject &body) const;
    std::optional<Reply> injectedFault(const QString &path);
    void finishPush(const QString &checkoutRequestId);
    void sendCallback(const QString &checkoutRequestId, int copy);
    StkOutcome outcomeFor(const QString &msisdn, qint64 amountKes) const;
    QString uniqueReceipt();
    StkPushValidator::Accounts accounts() const;

    Credentials m_credentials;
    QHttpServer *m_server;
    DarajaTransport *m_callbacks;
    EmulatedC2b *m_c2b;
    QHostAddress m_address;
    quint16 m_port = 0;
    Clock m_clock = EatTime::systemClock();
    int m_tokenLifetime = 3599;
    bool m_expiresInAsNumber = false;
    bool m_newTokenRevokesOld = false;
    std::chrono::milliseconds m_responseDelay{0};
    QHash<QString, QDateTime> m_tokens;  // token -> expiry (UTC)
    StkOutcome m_defaultOutcome;
    QHash<QString, StkOutcome> m_outcomes;  // msisdn -> outcome
    std::function<StkOutcome(const QString &, qint64)> m_picker;
    QHash<QString, QList<DarajaFault>> m_faults;  // path -> queued faults
    QHash<QString, Push> m_pushes;         // CheckoutRequestID -> push
    QHash<QString, QString> m_lockedPhones;  // msisdn -> CheckoutRequestID still pending
    QSet<QString> m_receipts;
    QJsonObject m_lastPush;
    int m_tokenRequests = 0;
    int m_pushRequests = 0;
    int m_pushesAccepted = 0;
    int m_queries = 0;
    quint64 m_sequence = 0;
};

} // namespace lango::app::mpesa
