#include "app/mpesa/sim/darajaemulator.h"

#include "app/mpesa/darajajson.h"
#include "app/mpesa/darajatransport.h"
#include "app/mpesa/logging.h"
#include "app/mpesa/phonenumber.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace lango::app::mpesa {

namespace {

const QString TokenPath = QStringLiteral("/oauth/v1/generate");
const QString PushPath = QStringLiteral("/mpesa/stkpush/v1/processrequest");
const QString QueryPath = QStringLiteral("/mpesa/stkpushquery/v1/query");

QString randomText(int length, QStringView alphabet)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(QRandomGenerator::global()->bounded(static_cast<int>(alphabet.size()))));
    return out;
}

const QString Alnum = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
const QString Upper = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

QByteArray header(const QHttpServerRequest &request, const char *name)
{
    for (const auto &h : request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

struct DarajaEmulator::Reply final
{
    int status = 200;
    QJsonObject json;

    Reply() = default;
    Reply(int s, QJsonObject j) : status(s), json(std::move(j)) {}
    Reply(const DarajaFault &fault)  // implicit: handlers return faults as replies
        : status(fault.httpStatus), json(fault.toJson(QUuid::createUuid().toString(QUuid::WithoutBraces))) {}
};

DarajaEmulator::DarajaEmulator(QObject *parent) : DarajaEmulator(defaultCredentials(), parent) {}

DarajaEmulator::DarajaEmulator(const Credentials &credentials, QObject *parent)
    : QObject(parent),
      m_credentials(credentials),
      m_server(new QHttpServer(this)),
      m_callbacks(new DarajaTransport(nullptr, this)),
      m_c2b(new EmulatedC2b(m_callbacks, [this] { return uniqueReceipt(); }, this))
{
    m_callbacks->setTimeout(std::chrono::seconds(8));  // M-Pesa waits about 8 s (daraja.md 8)
    m_defaultOutcome = StkOutcome::paid();
    connect(m_c2b, &EmulatedC2b::callbackDelivered, this, &DarajaEmulator::c2bCallbackDelivered);
    connect(m_c2b, &EmulatedC2b::callbackFailed, this, &DarajaEmulator::c2bCallbackFailed);
    setUpRoutes();
}

DarajaEmulator::~DarajaEmulator() = default;

DarajaEmulator::Credentials DarajaEmulator::defaultCredentials()
{
    // The passkey is the one Safaricom publishes for sandbox paybill 174379.
    return {QStringLiteral("lango-emulator-key"), QStringLiteral("lango-emulator-secret"),
            QStringLiteral("bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"),
            QStringLiteral("174379"), QStringLiteral("174380"), QStringLiteral("174381")};
}

DarajaEmulator::Credentials DarajaEmulator::generatedCredentials()
{
    Credentials c = defaultCredentials();
    c.consumerKey = randomText(32, Alnum);
    c.consumerSecret = randomText(32, Alnum);
    c.passkey = randomText(64, QStringLiteral("0123456789abcdef"));
    return c;
}

quint16 DarajaEmulator::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_server->listen(address, port);
    m_address = address;
    if (m_port == 0)
        qCWarning(lcMpesaSim) << "the Daraja emulator could not listen on" << address.toString() << port;
    return m_port;
}

QUrl DarajaEmulator::baseUrl() const
{
    const bool any = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4
        || m_address == QHostAddress::AnyIPv6 || m_address.isNull();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(any ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    return url;
}

DarajaConfig DarajaEmulator::clientConfig(DarajaConfig::Type type, const QUrl &callbackUrl) const
{
    DarajaConfig c;
    c.environment = DarajaConfig::Environment::Custom;
    c.baseUrl = baseUrl();
    c.type = type;
    c.shortcode = type == DarajaConfig::Type::Till ? m_credentials.storeNumber : m_credentials.paybill;
    c.tillNumber = type == DarajaConfig::Type::Till ? m_credentials.tillNumber : QString();
    c.consumerKey = m_credentials.consumerKey;
    c.consumerSecret = m_credentials.consumerSecret;
    c.passkey = m_credentials.passkey;
    c.callbackUrl = callbackUrl;
    return c;
}

void DarajaEmulator::setClock(Clock clock)
{
    m_clock = clock;
    m_c2b->setClock(std::move(clock));
}

void DarajaEmulator::revokeTokens()
{
    m_tokens.clear();
}

void DarajaEmulator::setCallbackTimeout(std::chrono::milliseconds timeout)
{
    m_callbacks->setTimeout(timeout);
}

void DarajaEmulator::setC2bRegisterOnce(bool once)
{
    m_c2b->setRegisterOnce(once);
}

void DarajaEmulator::setOutcomeFor(const QString &phone, const StkOutcome &outcome)
{
    const auto parsed = PhoneNumber::parse(phone);
    m_outcomes.insert(parsed ? parsed->msisdn() : phone, outcome);
}

void DarajaEmulator::setOutcomePicker(std::function<StkOutcome(const QString &, qint64)> picker)
{
    m_picker = std::move(picker);
}

void DarajaEmulator::clearOutcomes()
{
    m_outcomes.clear();
    m_picker = nullptr;
    m_defaultOutcome = StkOutcome::paid();
}

void DarajaEmulator::failNext(const QString &path, int httpStatus, const QString &errorCode,
                              const QString &errorMessage, int times)
{
    for (int i = 0; i < times; ++i)
        m_faults[path].append(DarajaFault{httpStatus, errorCode, errorMessage});
}

StkPushValidator::Accounts DarajaEmulator::accounts() const
{
    return {{m_credentials.paybill, {m_credentials.paybill, DarajaConfig::Type::Paybill, m_credentials.passkey, {}}},
            {m_credentials.storeNumber, {m_credentials.storeNumber, DarajaConfig::Type::Till, m_credentials.passkey,
                                         m_credentials.tillNumber}}};
}

StkOutcome DarajaEmulator::outcomeFor(const QString &msisdn, qint64 amountKes) const
{
    if (const auto it = m_outcomes.constFind(msisdn); it != m_outcomes.cend())
        return *it;
    return m_picker ? m_picker(msisdn, amountKes) : m_defaultOutcome;
}

QString DarajaEmulator::uniqueReceipt()
{
    QString receipt;
    do
        receipt = QStringLiteral("S") + randomText(9, Upper);
    while (m_receipts.contains(receipt));
    m_receipts.insert(receipt);
    return receipt;
}

void DarajaEmulator::setUpRoutes()
{
    using Method = QHttpServerRequest::Method;
    const auto route = [this](const QString &path, Method method, auto handler) {
        m_server->route(path, method, [this, handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            answer(std::move(responder), handler(request));
        });
    };
    route(TokenPath, Method::Get, [this](const QHttpServerRequest &r) { return handleToken(r); });
    route(PushPath, Method::Post, [this](const QHttpServerRequest &r) { return handlePush(r); });
    route(QueryPath, Method::Post, [this](const QHttpServerRequest &r) { return handleQuery(r); });
    for (int version : {1, 2}) {
        route(QStringLiteral("/mpesa/c2b/v%1/registerurl").arg(version), Method::Post,
              [this, version](const QHttpServerRequest &r) { return handleRegister(r, version); });
        route(QStringLiteral("/mpesa/c2b/v%1/simulate").arg(version), Method::Post,
              [this](const QHttpServerRequest &r) { return handleSimulate(r); });
    }
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString path = request.url().path();
        const bool known = path == TokenPath || path == PushPath || path == QueryPath
            || path.startsWith(QLatin1String("/mpesa/c2b/"));
        answer(std::move(responder),
               known ? Reply(DarajaFault{405, QStringLiteral("405.001"), QStringLiteral("Method Not Allowed")})
                     : Reply(DarajaFault{404, QStringLiteral("404.001.01"), QStringLiteral("Resource not found")}));
    });
}

void DarajaEmulator::answer(QHttpServerResponder &&responder, const Reply &reply)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    if (m_responseDelay.count() <= 0) {
        responder.write(QJsonDocument(reply.json), status);
        return;
    }
    // Answer later without blocking; the client may have gone by then.
    auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = later->socket();
    QTimer::singleShot(m_responseDelay, this, [later, socket, reply, status] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            later->write(QJsonDocument(reply.json), status);
    });
}

std::optional<DarajaEmulator::Reply> DarajaEmulator::injectedFault(const QString &path)
{
    auto it = m_faults.find(path);
    if (it == m_faults.end() || it->isEmpty())
        return std::nullopt;
    return Reply(it->takeFirst());
}

std::optional<DarajaEmulator::Reply> DarajaEmulator::checkCall(const QHttpServerRequest &request, bool c2b,
                                                               QJsonObject &body) const
{
    const QByteArray authorization = header(request, "Authorization");
    if (!authorization.startsWith("Bearer "))
        return Reply(DarajaFault{404, QStringLiteral("404.001.04"), QStringLiteral("Invalid Authenticator Header")});
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto expiry = m_tokens.constFind(token);
    if (expiry == m_tokens.cend() || *expiry <= m_clock()) {
        // The STK page documents 404.001.03, the C2B page 400.003.01 (daraja.md 2).
        return c2b ? Reply(DarajaFault{400, QStringLiteral("400.003.01"), QStringLiteral("Invalid Access Token")})
                   : Reply(DarajaFault{404, QStringLiteral("404.001.03"), QStringLiteral("Invalid Access Token")});
    }
    // Without a JSON content type Daraja famously blames the shortcode (daraja.md 1).
    if (!header(request, "Content-Type").contains("application/json"))
        return Reply(DarajaFault::invalidField(c2b ? QStringLiteral("ShortCode") : QStringLiteral("BusinessShortCode")));
    auto parsed = DarajaJson::parseObject(request.body(), QStringLiteral("request"));
    if (!parsed)
        return Reply(DarajaFault{400, QStringLiteral("400.002.05"), QStringLiteral("Invalid Request Payload")});
    body = *parsed;
    return std::nullopt;
}

DarajaEmulator::Reply DarajaEmulator::handleToken(const QHttpServerRequest &request)
{
    ++m_tokenRequests;
    if (auto fault = injectedFault(TokenPath))
        return *fault;
    if (QUrlQuery(request.url()).queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return DarajaFault{400, QStringLiteral("400.008.02"), QStringLiteral("Invalid grant type passed")};
    const QByteArray expected = "Basic "
        + (m_credentials.consumerKey + QLatin1Char(':') + m_credentials.consumerSecret).toUtf8().toBase64();
    if (header(request, "Authorization") != expected)
        return DarajaFault{400, QStringLiteral("400.008.01"), QStringLiteral("Invalid authentication type passed")};
    const QDateTime now = m_clock();
    if (m_newTokenRevokesOld)
        m_tokens.clear();
    m_tokens.removeIf([&now](const auto &entry) { return entry.value() <= now; });
    const QString token = randomText(28, Alnum);
    m_tokens.insert(token, now.addSecs(m_tokenLifetime));
    // expires_in as a string, like the live API (the docs show a number).
    return Reply(200, {{QStringLiteral("access_token"), token},
                       {QStringLiteral("expires_in"), m_expiresInAsNumber ? QJsonValue(m_tokenLifetime)
                                                                          : QJsonValue(QString::number(m_tokenLifetime))}});
}

DarajaEmulator::Reply DarajaEmulator::handlePush(const QHttpServerRequest &request)
{
    ++m_pushRequests;
    if (auto fault = injectedFault(PushPath))
        return *fault;
    QJsonObject body;
    if (auto fault = checkCall(request, false, body))
        return *fault;
    m_lastPush = body;
    auto checked = StkPushValidator::checkPush(body, accounts(), m_clock());
    if (!checked)
        return checked.error();
    if (m_lockedPhones.contains(checked->phone))
        return DarajaFault{500, QStringLiteral("500.001.1001"),
                           QStringLiteral("Unable to lock subscriber, a transaction is already in process for "
                                          "the current subscriber")};

    Push push;
    const QString sequence = QString::number(++m_sequence).rightJustified(9, QLatin1Char('0'));
    push.checkoutRequestId = QStringLiteral("ws_CO_")
        + m_clock().toOffsetFromUtc(EatTime::OffsetSeconds).toString(QStringLiteral("ddMMyyyyHHmmsszzz")) + sequence;
    const QString uuid = QUuid::createUuid().toString(QUuid::Id128);
    push.merchantRequestId = QStringLiteral("%1-%2-%3-%4").arg(uuid.left(4), uuid.mid(4, 4), uuid.mid(8, 4), sequence);
    push.msisdn = checked->phone;
    push.amountKes = checked->amountKes;
    push.callbackUrl = checked->callbackUrl;
    push.outcome = outcomeFor(push.msisdn, push.amountKes);
    if (!checked->deferredFailure.isEmpty()) {
        push.outcome.resultCode = checked->deferredFailure;
        push.outcome.resultDesc.clear();
    }
    if (push.outcome.isPaid())
        push.receipt = uniqueReceipt();
    m_pushes.insert(push.checkoutRequestId, push);
    m_lockedPhones.insert(push.msisdn, push.checkoutRequestId);
    ++m_pushesAccepted;
    const QString id = push.checkoutRequestId;
    QTimer::singleShot(push.outcome.delay, this, [this, id] { finishPush(id); });
    qCInfo(lcMpesaSim).noquote() << "STK push" << id << "to" << PhoneNumber::mask(push.msisdn) << "will end with"
                                 << push.outcome.resultCode;
    emit stkPushAccepted(id, push.msisdn, push.amountKes);
    const QString accepted = QStringLiteral("Success. Request accepted for processing");
    return Reply(200, {{QStringLiteral("MerchantRequestID"), push.merchantRequestId},
                       {QStringLiteral("CheckoutRequestID"), id},
                       {QStringLiteral("ResponseCode"), QStringLiteral("0")},
                       {QStringLiteral("ResponseDescription"), accepted},
                       {QStringLiteral("CustomerMessage"), accepted}});
}

void DarajaEmulator::finishPush(const QString &checkoutRequestId)
{
    const auto it = m_pushes.find(checkoutRequestId);
    if (it == m_pushes.end() || it->final)  // finished early by finishNow()
        return;
    it->final = true;
    it->transactionDate = EatTime::timestamp(m_clock());  // the same in a duplicate
    if (m_lockedPhones.value(it->msisdn) == checkoutRequestId)
        m_lockedPhones.remove(it->msisdn);
    emit stkResultKnown(checkoutRequestId, it->outcome.resultCode);
    if (it->outcome.lostCallback) {
        qCInfo(lcMpesaSim).noquote() << "STK callback for" << checkoutRequestId << "lost on purpose";
        emit callbackLost(checkoutRequestId);
        return;
    }
    sendCallback(checkoutRequestId, 1);
}

void DarajaEmulator::sendCallback(const QString &checkoutRequestId, int copy)
{
    const Push &push = m_pushes[checkoutRequestId];
    const QByteArray body = push.outcome.callbackBody(push.merchantRequestId, checkoutRequestId, push.amountKes,
                                                      push.receipt, push.msisdn, push.transactionDate);
    m_callbacks->post(push.callbackUrl, {}, body, [this, checkoutRequestId, copy](const HttpAnswer &answer) {
        if (answer.status == 0)
            emit callbackFailed(checkoutRequestId, answer.timedOut ? QStringLiteral("timeout") : answer.networkError);
        else
            emit callbackDelivered(checkoutRequestId, answer.status, answer.body);
        const auto it = m_pushes.constFind(checkoutRequestId);
        if (copy == 1 && it != m_pushes.cend() && it->outcome.duplicateCallback)
            sendCallback(checkoutRequestId, 2);
    });
}

DarajaEmulator::Reply DarajaEmulator::handleQuery(const QHttpServerRequest &request)
{
    ++m_queries;
    if (auto fault = injectedFault(QueryPath))
        return *fault;
    QJsonObject body;
    if (auto fault = checkCall(request, false, body))
        return *fault;
    auto account = StkPushValidator::checkCredentials(body, accounts(), m_clock());
    if (!account)
        return account.error();
    const QString id = body.value(QLatin1String("CheckoutRequestID")).toString();
    const auto push = m_pushes.constFind(id);
    if (push == m_pushes.cend())
        return DarajaFault::invalidField(QStringLiteral("CheckoutRequestID"));
    if (!push->final)
        return DarajaFault{500, QStringLiteral("500.001.1001"), QStringLiteral("The transaction is being processed")};
    // ResultCode is a string here, unlike in the callback (daraja.md 7).
    return Reply(200, {{QStringLiteral("ResponseCode"), QStringLiteral("0")},
                       {QStringLiteral("ResponseDescription"),
                        QStringLiteral("The service request has been accepted successsfully")},
                       {QStringLiteral("MerchantRequestID"), push->merchantRequestId},
                       {QStringLiteral("CheckoutRequestID"), id},
                       {QStringLiteral("ResultCode"), push->outcome.resultCode},
                       {QStringLiteral("ResultDesc"), push->outcome.description()}});
}

DarajaEmulator::Reply DarajaEmulator::handleRegister(const QHttpServerRequest &request, int version)
{
    const QString path = request.url().path();
    if (auto fault = injectedFault(path))
        return *fault;
    QJsonObject body;
    if (auto fault = checkCall(request, true, body))
        return *fault;
    auto registered = m_c2b->registerUrls(body, version, accounts());
    if (!registered)
        return registered.error();
    return Reply(200, *registered);
}

DarajaEmulator::Reply DarajaEmulator::handleSimulate(const QHttpServerRequest &request)
{
    QJsonObject body;
    if (auto fault = checkCall(request, true, body))
        return *fault;
    C2bSimulation payment;
    payment.shortcode = DarajaJson::text(body.value(QLatin1String("ShortCode"))).value_or(QString());
    const QString command = body.value(QLatin1String("CommandID")).toString();
    if (command != QLatin1String("CustomerPayBillOnline") && command != QLatin1String("CustomerBuyGoodsOnline"))
        return DarajaFault::invalidField(QStringLiteral("CommandID"));
    bool ok = false;
    payment.amountKes = DarajaJson::text(body.value(QLatin1String("Amount"))).value_or(QString()).toLongLong(&ok);
    if (!ok || payment.amountKes < 1 || payment.amountKes > StkPushValidator::MaxAmountKes)
        return DarajaFault::invalidField(QStringLiteral("Amount"));
    payment.msisdn = DarajaJson::text(body.value(QLatin1String("Msisdn"))).value_or(QString());
    if (!PhoneNumber::parse(payment.msisdn))
        return DarajaFault::invalidField(QStringLiteral("Msisdn"));
    payment.billRefNumber = body.value(QLatin1String("BillRefNumber")).toString();
    if (simulateC2bPayment(payment).isEmpty())
        return DarajaFault::invalidField(QStringLiteral("ShortCode"));
    return Reply(200, {{QStringLiteral("OriginatorCoversationID"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("ResponseCode"), QStringLiteral("0")},
                       {QStringLiteral("ResponseDescription"), QStringLiteral("Accept the service request successfully.")}});
}

QString DarajaEmulator::simulateC2bPayment(const C2bSimulation &payment)
{
    const StkPushValidator::Accounts all = accounts();
    if (payment.shortcode.isEmpty())
        return m_c2b->simulate(payment, all.value(m_credentials.paybill));
    for (const EmulatedShortcode &account : all) {
        if (account.shortcode == payment.shortcode || account.tillNumber == payment.shortcode)
            return m_c2b->simulate(payment, account);
    }
    return {};
}

std::optional<EmulatedC2b::Registration> DarajaEmulator::c2bRegistration(const QString &shortcode) const
{
    return m_c2b->registration(shortcode);
}

} // namespace lango::app::mpesa
