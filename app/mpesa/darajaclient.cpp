#include "app/mpesa/darajaclient.h"

#include "app/mpesa/darajajson.h"
#include "app/mpesa/darajatransport.h"
#include "app/mpesa/logging.h"
#include "app/mpesa/phonenumber.h"

#include <QJsonDocument>
#include <QPromise>
#include <QTimer>

namespace lango::app::mpesa {

namespace {

constexpr qint64 MaxAmountKes = 250000;  // per transaction (daraja.md 4)

template <typename T>
QFuture<Result<T>> ready(const Result<T> &result)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(result);
    promise.finish();
    return promise.future();
}

// A promise shared by the continuation that fulfils it.
template <typename T>
std::shared_ptr<QPromise<Result<T>>> startPromise()
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    return promise;
}

template <typename T>
void fulfil(QPromise<Result<T>> &promise, const Result<T> &result)
{
    promise.addResult(result);
    promise.finish();
}

QString text(const QJsonObject &json, const char *key)
{
    return DarajaJson::text(json.value(QLatin1String(key))).value_or(QString());
}

bool isPrintableAscii(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

struct DarajaClient::Call final
{
    ApiCall api = ApiCall::StkPush;
    QString path;
    std::function<QJsonObject()> body;  // built per attempt: a fresh timestamp each time
    std::function<void(const Result<QJsonObject> &)> done;
    bool retries = false;               // back-off on transient failures (never for pushes)
    int attempt = 0;
    bool tokenRetried = false;
};

DarajaClient::DarajaClient(DarajaConfig config, QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_configState(m_config.validate()),
      m_transport(new DarajaTransport(manager, this)),
      m_tokens(new TokenProvider(m_transport, this))
{
    m_tokens->setEndpoint(m_config.apiBaseUrl(), m_config.consumerKey, m_config.consumerSecret);
    m_tokens->setRetryPolicy(m_retry);
}

DarajaClient::~DarajaClient() = default;

void DarajaClient::setClock(Clock clock)
{
    m_clock = clock;
    m_tokens->setClock(std::move(clock));
}

void DarajaClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retry = policy;
    m_tokens->setRetryPolicy(policy);
}

void DarajaClient::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_transport->setTimeout(timeout);
}

int DarajaClient::tokenFetchCount() const
{
    return m_tokens->fetchCount();
}

void DarajaClient::dropToken()
{
    m_tokens->clear();
}

QString DarajaClient::stkPassword(const QString &shortcode, const QString &passkey, const QString &timestamp)
{
    return QString::fromLatin1((shortcode + passkey + timestamp).toUtf8().toBase64());
}

QFuture<Result<AccessToken>> DarajaClient::accessToken()
{
    if (!m_configState)
        return ready<AccessToken>(m_configState.error());
    auto promise = startPromise<AccessToken>();
    m_tokens->request([promise](const Result<AccessToken> &token) { fulfil(*promise, token); });
    return promise->future();
}

Result<QJsonObject> DarajaClient::stkPushBody(const StkPushRequest &request, const QString &timestamp) const
{
    if (!m_configState)
        return m_configState.error();
    auto phone = PhoneNumber::parse(request.phone);
    if (!phone)
        return phone.error();
    if (request.amountKes < 1 || request.amountKes > MaxAmountKes)
        return Error::invalid(tr("The amount must be a whole number of shillings from 1 to 250,000."),
                              QStringLiteral("amount %1").arg(request.amountKes));
    const QString reference = request.accountReference.trimmed();
    if (reference.isEmpty() || reference.size() > 12 || !isPrintableAscii(reference))
        return Error::invalid(tr("The account reference must be 1 to 12 plain characters; it is shown on the "
                                 "customer's M-Pesa prompt."),
                              QStringLiteral("AccountReference of %1 characters").arg(reference.size()));
    const QString description = request.description.trimmed().isEmpty() ? QStringLiteral("WiFi")
                                                                         : request.description.trimmed();
    if (description.size() > 13 || !isPrintableAscii(description))
        return Error::invalid(tr("The payment description must be at most 13 plain characters."),
                              QStringLiteral("TransactionDesc of %1 characters").arg(description.size()));
    const QUrl callback = request.callbackUrl.isEmpty() ? m_config.callbackUrl : request.callbackUrl;
    if (callback.isEmpty())
        return Error::config(tr("[mpesa] callback_url is missing: M-Pesa needs an address to send the result to."),
                             QStringLiteral("no CallBackURL"));
    const QString problem = DarajaConfig::urlProblem(
        callback, m_config.environment == DarajaConfig::Environment::Production);
    if (!problem.isEmpty())
        return Error::config(tr("The M-Pesa callback address %1").arg(problem),
                             QStringLiteral("CallBackURL refused"));  // never log it: it holds the token

    return QJsonObject{
        {QStringLiteral("BusinessShortCode"), m_config.shortcode},
        {QStringLiteral("Password"), stkPassword(m_config.shortcode, m_config.passkey, timestamp)},
        {QStringLiteral("Timestamp"), timestamp},
        {QStringLiteral("TransactionType"), m_config.transactionType()},
        {QStringLiteral("Amount"), request.amountKes},
        {QStringLiteral("PartyA"), phone->msisdn()},
        {QStringLiteral("PartyB"), m_config.partyB()},
        {QStringLiteral("PhoneNumber"), phone->msisdn()},
        {QStringLiteral("CallBackURL"), callback.toString(QUrl::FullyEncoded)},
        {QStringLiteral("AccountReference"), reference},
        {QStringLiteral("TransactionDesc"), description},
    };
}

QFuture<Result<StkPushResponse>> DarajaClient::stkPush(const StkPushRequest &request)
{
    auto checked = stkPushBody(request, EatTime::timestamp(m_clock()));
    if (!checked) {
        qCInfo(lcMpesa).noquote() << "STK push refused before sending:" << checked.error().detail;
        return ready<StkPushResponse>(checked.error());
    }
    const QString msisdn = checked->value(QLatin1String("PhoneNumber")).toString();
    const QString masked = PhoneNumber::mask(msisdn);
    auto promise = startPromise<StkPushResponse>();
    auto call = std::make_shared<Call>();
    call->api = ApiCall::StkPush;
    call->path = QStringLiteral("/mpesa/stkpush/v1/processrequest");
    call->body = [this, base = *checked] {
        // One timestamp per request body, used for both fields (daraja.md 10.2).
        QJsonObject body = base;
        const QString timestamp = EatTime::timestamp(m_clock());
        body.insert(QStringLiteral("Timestamp"), timestamp);
        body.insert(QStringLiteral("Password"), stkPassword(m_config.shortcode, m_config.passkey, timestamp));
        return body;
    };
    call->done = [promise, msisdn, masked](const Result<QJsonObject> &answer) {
        if (!answer) {
            qCWarning(lcMpesa).noquote() << "STK push to" << masked << "failed:" << answer.error().detail;
            fulfil<StkPushResponse>(*promise, answer.error());
            return;
        }
        StkPushResponse r;
        r.merchantRequestId = text(*answer, "MerchantRequestID");
        r.checkoutRequestId = text(*answer, "CheckoutRequestID");
        r.responseCode = text(*answer, "ResponseCode");
        r.responseDescription = text(*answer, "ResponseDescription");
        r.customerMessage = text(*answer, "CustomerMessage");
        r.msisdn = msisdn;
        if (r.responseCode != QLatin1String("0")) {
            Error e = Error::fromHttp(ApiCall::StkPush, 200, QJsonDocument(*answer).toJson(QJsonDocument::Compact));
            e.code = ErrorCode::Rejected;
            e.message = tr("M-Pesa did not accept the payment prompt: %1").arg(r.responseDescription);
            fulfil<StkPushResponse>(*promise, e);
            return;
        }
        if (r.checkoutRequestId.isEmpty()) {
            fulfil<StkPushResponse>(*promise,
                                    Error::badResponse(ApiCall::StkPush, QStringLiteral("no CheckoutRequestID")));
            return;
        }
        qCInfo(lcMpesa).noquote() << "STK push to" << masked << "queued, checkout" << r.checkoutRequestId;
        fulfil<StkPushResponse>(*promise, r);
    };
    execute(call);
    return promise->future();
}

QFuture<Result<StkQueryResult>> DarajaClient::stkQuery(const QString &checkoutRequestId)
{
    if (!m_configState)
        return ready<StkQueryResult>(m_configState.error());
    const QString id = checkoutRequestId.trimmed();
    if (id.isEmpty() || id.size() > 64 || !isPrintableAscii(id))
        return ready<StkQueryResult>(Error::invalid(tr("The M-Pesa checkout request id is missing or malformed.")));
    auto promise = startPromise<StkQueryResult>();
    auto call = std::make_shared<Call>();
    call->api = ApiCall::StkQuery;
    call->path = QStringLiteral("/mpesa/stkpushquery/v1/query");
    call->retries = true;
    call->body = [this, id] {
        const QString timestamp = EatTime::timestamp(m_clock());
        return QJsonObject{
            {QStringLiteral("BusinessShortCode"), m_config.shortcode},
            {QStringLiteral("Password"), stkPassword(m_config.shortcode, m_config.passkey, timestamp)},
            {QStringLiteral("Timestamp"), timestamp},
            {QStringLiteral("CheckoutRequestID"), id},
        };
    };
    call->done = [promise, id](const Result<QJsonObject> &answer) {
        StkQueryResult r;
        r.checkoutRequestId = id;
        if (!answer) {
            // "The transaction is being processed" is an answer, not a failure.
            if (answer.error().code == ErrorCode::Pending)
                fulfil<StkQueryResult>(*promise, r);
            else
                fulfil<StkQueryResult>(*promise, answer.error());
            return;
        }
        r.merchantRequestId = text(*answer, "MerchantRequestID");
        r.resultCode = text(*answer, "ResultCode");
        r.resultDesc = text(*answer, "ResultDesc");
        // Developers report ResultCode 4999 "still under processing" with HTTP
        // 200 [unsure]; a missing ResultCode decides nothing either.
        if (!r.resultCode.isEmpty() && r.resultCode != QLatin1String("4999"))
            r.state = StkQueryResult::State::Completed;
        else
            r.resultCode.clear();
        fulfil<StkQueryResult>(*promise, r);
    };
    execute(call);
    return promise->future();
}

QFuture<Result<C2bRegisterResponse>> DarajaClient::registerC2bUrls(const C2bRegistration &registration)
{
    if (!m_configState)
        return ready<C2bRegisterResponse>(m_configState.error());
    const bool https = m_config.environment == DarajaConfig::Environment::Production;
    const QUrl confirmation = registration.confirmationUrl.isEmpty() ? m_config.c2bConfirmationUrl
                                                                     : registration.confirmationUrl;
    const QUrl validation = registration.validationUrl.isEmpty() ? m_config.c2bValidationUrl
                                                                 : registration.validationUrl;
    for (const auto &[url, key] : {std::pair(confirmation, QStringLiteral("c2b_confirmation_url")),
                                   std::pair(validation, QStringLiteral("c2b_validation_url"))}) {
        if (url.isEmpty())
            return ready<C2bRegisterResponse>(Error::config(tr("[mpesa] %1 is missing.").arg(key)));
        if (const QString problem = DarajaConfig::urlProblem(url, https); !problem.isEmpty())
            return ready<C2bRegisterResponse>(Error::config(tr("[mpesa] %1 %2").arg(key, problem)));
    }
    const QString shortcode = registration.shortcode.isEmpty() ? m_config.shortcode : registration.shortcode;
    const QJsonObject body{
        {QStringLiteral("ShortCode"), shortcode},
        {QStringLiteral("ResponseType"), registration.responseType == C2bRegistration::ResponseType::Cancelled
                                             ? QStringLiteral("Cancelled") : QStringLiteral("Completed")},
        {QStringLiteral("ConfirmationURL"), confirmation.toString(QUrl::FullyEncoded)},
        {QStringLiteral("ValidationURL"), validation.toString(QUrl::FullyEncoded)},
    };
    auto promise = startPromise<C2bRegisterResponse>();
    auto call = std::make_shared<Call>();
    call->api = ApiCall::RegisterC2b;
    call->path = registration.version == C2bRegistration::Version::V1 ? QStringLiteral("/mpesa/c2b/v1/registerurl")
                                                                      : QStringLiteral("/mpesa/c2b/v2/registerurl");
    call->retries = true;
    call->body = [body] { return body; };
    call->done = [promise](const Result<QJsonObject> &answer) {
        if (!answer) {
            fulfil<C2bRegisterResponse>(*promise, answer.error());
            return;
        }
        C2bRegisterResponse r;
        // Safaricom's field name really is misspelt "Coversation".
        r.originatorConversationId = text(*answer, "OriginatorCoversationID");
        if (r.originatorConversationId.isEmpty())
            r.originatorConversationId = text(*answer, "OriginatorConversationID");
        r.responseCode = text(*answer, "ResponseCode");
        r.responseDescription = text(*answer, "ResponseDescription");
        if (!r.responseCode.isEmpty() && r.responseCode != QLatin1String("0")) {
            Error e = Error::badResponse(ApiCall::RegisterC2b, r.responseDescription);
            e.code = ErrorCode::Rejected;
            fulfil<C2bRegisterResponse>(*promise, e);
            return;
        }
        fulfil<C2bRegisterResponse>(*promise, r);
    };
    execute(call);
    return promise->future();
}

void DarajaClient::execute(const std::shared_ptr<Call> &call)
{
    m_tokens->request([this, call](const Result<AccessToken> &token) {
        if (!token) {
            call->done(token.error());
            return;
        }
        send(call, token->value);
    });
}

void DarajaClient::send(const std::shared_ptr<Call> &call, const QString &token)
{
    ++call->attempt;
    const QUrl url = m_config.apiBaseUrl().resolved(QUrl(call->path));
    const QByteArray json = QJsonDocument(call->body()).toJson(QJsonDocument::Compact);
    m_transport->post(url, QByteArrayLiteral("Bearer ") + token.toUtf8(), json,
                      [this, call, token](const HttpAnswer &answer) {
        Result<QJsonObject> result = answer.toResult(call->api, m_transport->timeoutSeconds());
        if (!result) {
            const Error &error = result.error();
            // The request never reached M-Pesa: safe to resend, once, even a push.
            if (error.isInvalidToken() && !call->tokenRetried) {
                call->tokenRetried = true;
                m_tokens->invalidate(token);
                execute(call);
                return;
            }
            if (call->retries && error.isTransient() && call->attempt < m_retry.maxAttempts) {
                const auto delay = m_retry.delayAfter(call->attempt);
                qCInfo(lcMpesa).noquote() << call->path << "failed:" << error.detail << "- retrying in"
                                          << delay.count() << "ms";
                QTimer::singleShot(delay, this, [this, call] { execute(call); });
                return;
            }
        }
        call->done(result);
    });
}

} // namespace lango::app::mpesa
