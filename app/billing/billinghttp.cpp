#include "app/billing/billinghttp.h"

#include "app/billing/billingservice.h"
#include "app/billing/metrics.h"
#include "app/httpjson.h"
#include "app/jsonviews.h"
#include "app/logging.h"
#include "app/mpesa/callbackreply.h"
#include "app/office.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

namespace lango::app {

namespace {

using Status = QHttpServerResponder::StatusCode;

// The portal page is served by the router (another origin): the portal API
// answers any origin. It holds nothing a browser's cookies could unlock.
const QByteArray kAllowOrigin = "Access-Control-Allow-Origin";

QHttpServerResponse withCors(QHttpServerResponse response)
{
    response.setHeader(kAllowOrigin, "*");
    return response;
}

QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok)
{
    return withCors(QHttpServerResponse(body, status));
}

QHttpServerResponse error(const Error &e)
{
    QJsonObject body = HttpJson::errorBody(e);
    if (e.code == ErrorCode::BadInput && !e.detail.isEmpty())
        body.insert(QStringLiteral("field"), e.detail);   // the field that is wrong
    if (e.code == ErrorCode::Conflict && !e.detail.isEmpty())
        body.insert(QStringLiteral("error"), e.detail);   // e.g. already_active
    return json(body, HttpJson::statusFor(e.code));
}

QString languageOf(const QHttpServerRequest &request)
{
    const QString asked = request.query().queryItemValue(QStringLiteral("lang"));
    if (!asked.isEmpty())
        return asked;
    return QString::fromLatin1(request.value("Accept-Language")).left(2);
}

QString outcomeKey(StkOutcome outcome)
{
    switch (outcome) {
    case StkOutcome::Paid: return QStringLiteral("paid");
    case StkOutcome::Extended: return QStringLiteral("extended");
    case StkOutcome::Failed: return QStringLiteral("failed");
    case StkOutcome::Duplicate: return QStringLiteral("duplicate");
    case StkOutcome::Parked: return QStringLiteral("unknown");
    case StkOutcome::Problem: return QStringLiteral("problem");
    }
    return QStringLiteral("other");
}

} // namespace

BillingHttp::BillingHttp(BillingService &billing, Metrics &metrics, Office &office, RouterDirectory *routers, QString callbackToken,
                         QObject *parent)
    : QObject(parent)
    , m_billing(billing)
    , m_metrics(metrics)
    , m_office(office)
    , m_routers(routers)
    , m_callbackToken(std::move(callbackToken))
{
}

BillingHttp::~BillingHttp()
{
    // Stopping with callbacks received but not yet committed: apply and
    // answer them now rather than drop a payment M-Pesa already sent.
    if (!m_pendingCallbacks.isEmpty())
        flushCallbacks();
}

void BillingHttp::flushCallbacks()
{
    const auto pending = std::exchange(m_pendingCallbacks, {});
    QList<QByteArray> bodies;
    for (const auto &callback : pending)
        bodies << callback.body;
    const auto outcomes = m_billing.handleStkCallbacks(bodies);
    for (int i = 0; i < pending.size(); ++i) {
        const Result<StkOutcome> &outcome = outcomes.at(i);
        QHttpServerResponder &responder = *pending.at(i).responder;
        if (!outcome) {
            m_metrics.countCallback(outcome.error().code == ErrorCode::BadInput ? QStringLiteral("bad_request") : QStringLiteral("error"));
            qCWarning(lcApp).noquote() << "STK callback refused:" << outcome.error().message << outcome.error().detail;
            responder.write(QJsonDocument(HttpJson::errorBody(outcome.error())), HttpJson::statusFor(outcome.error().code));
            continue;
        }
        m_metrics.countCallback(outcomeKey(*outcome));
        responder.write(QJsonDocument(mpesa::CallbackReply::accepted()), Status::Ok);
    }
}

bool BillingHttp::tokenMatches(const QString &candidate) const
{
    // Constant time: how much of a guess is right must not show in timing.
    const QByteArray a = candidate.toUtf8();
    const QByteArray b = m_callbackToken.toUtf8();
    if (b.isEmpty() || a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

void BillingHttp::registerRoutes(QHttpServer &http)
{
    http.route(QStringLiteral("/api/portal/packages"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
        const QString router = request.query().queryItemValue(QStringLiteral("router"));
        if (router.isEmpty())
            return error(Error{ErrorCode::BadInput, tr("Say which hotspot: ?router=NAME."), QStringLiteral("router")});
        auto packages = m_billing.packagesFor(router);
        if (!packages)
            return error(packages.error());
        QJsonArray list;
        for (const auto &p : *packages)
            list.append(JsonViews::portalPackage(p));
        return withCors(QHttpServerResponse(list));
    });

    auto preflight = [](const QHttpServerRequest &) {
        QHttpServerResponse response(Status::NoContent);
        response.setHeader(kAllowOrigin, "*");
        response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Content-Type");
        response.setHeader("Access-Control-Max-Age", "86400");
        return response;
    };
    http.route(QStringLiteral("/api/portal/purchases"), QHttpServerRequest::Method::Options, preflight);
    http.route(QStringLiteral("/api/portal/packages"), QHttpServerRequest::Method::Options, preflight);

    http.route(QStringLiteral("/api/portal/purchases"), QHttpServerRequest::Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        auto reply = std::make_shared<QHttpServerResponder>(std::move(responder));
        auto answer = [reply](const QJsonObject &body, Status status) {
            reply->write(QJsonDocument(body), {{kAllowOrigin, "*"}}, status);
        };
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        if (request.body().size() > 16 * 1024 || parseError.error != QJsonParseError::NoError || !document.isObject()) {
            answer(HttpJson::errorBody(Error{ErrorCode::BadInput, tr("The request is not valid JSON."), {}}), Status::BadRequest);
            return;
        }
        const QJsonObject body = document.object();
        auto text = [&body](const char *key) {
            const QJsonValue value = body.value(QLatin1String(key));
            return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
        };
        PurchaseRequest purchase{text("package_id"), text("phone"), text("mac"), text("ip"), text("router"),
                                 body.value(QStringLiteral("extend")).toBool(), QStringLiteral("portal")};
        m_billing.startPurchase(purchase).then(this, [answer](Result<PurchaseStarted> started) {
            if (!started) {
                QJsonObject errorBody = HttpJson::errorBody(started.error());
                if (started.error().code == ErrorCode::BadInput && !started.error().detail.isEmpty())
                    errorBody.insert(QStringLiteral("field"), started.error().detail);
                if (started.error().code == ErrorCode::Conflict && !started.error().detail.isEmpty())
                    errorBody.insert(QStringLiteral("error"), started.error().detail);
                answer(errorBody, HttpJson::statusFor(started.error().code));
                return;
            }
            answer(QJsonObject{{QStringLiteral("purchase_id"), started->publicId}, {QStringLiteral("status"), started->status},
                               {QStringLiteral("checkout_request_id"), started->checkoutRequestId}},
                   Status::Created);
        });
    });

    http.route(QStringLiteral("/api/portal/purchases/<arg>"), QHttpServerRequest::Method::Get,
               [this](const QString &publicId, const QHttpServerRequest &request) {
        auto status = m_billing.status(publicId, languageOf(request));
        if (!status)
            return error(status.error());
        QJsonObject body{{QStringLiteral("status"), status->status}, {QStringLiteral("message"), status->message},
                         {QStringLiteral("expires_at"), status->expiresAt ? QJsonValue(status->expiresAt) : QJsonValue()},
                         {QStringLiteral("result_code"), status->resultCode}};
        body.insert(QStringLiteral("username"), status->username.isEmpty() ? QJsonValue() : QJsonValue(status->username));
        body.insert(QStringLiteral("password"), status->password.isEmpty() ? QJsonValue() : QJsonValue(status->password));
        return json(body);
    });

    http.route(QStringLiteral("/pay/stk/<arg>"), QHttpServerRequest::Method::Post,
               [this](const QString &token, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (!tokenMatches(token)) {
            m_metrics.countCallback(QStringLiteral("wrong_token"));
            qCWarning(lcApp).noquote() << "STK callback with a wrong token from" << request.remoteAddress().toString();
            responder.write(QJsonDocument(HttpJson::errorBody(Error{ErrorCode::NotFound, QStringLiteral("No such route."), {}})),
                            Status::NotFound);
            return;
        }
        // Callbacks that arrive in the same pass of the event loop are
        // committed together (one fsync); each is answered once its payment
        // is durable.
        m_pendingCallbacks.append({request.body(), std::make_shared<QHttpServerResponder>(std::move(responder))});
        if (m_pendingCallbacks.size() == 1)
            QMetaObject::invokeMethod(this, &BillingHttp::flushCallbacks, Qt::QueuedConnection);
    });

    http.route(QStringLiteral("/pay/c2b/validation/<arg>"), QHttpServerRequest::Method::Post,
               [this](const QString &token, const QHttpServerRequest &request) {
        if (!tokenMatches(token))
            return HttpJson::error(Error{ErrorCode::NotFound, QStringLiteral("No such route."), {}});
        auto accepted = m_billing.validateC2b(request.body());
        if (!accepted)
            return HttpJson::error(accepted.error());
        const QJsonObject reply = *accepted ? mpesa::CallbackReply::validationAccepted()
                                            : mpesa::CallbackReply::validationRejected(
                                                  mpesa::CallbackReply::C2bRejection::InvalidAccountNumber);
        return QHttpServerResponse(QByteArrayLiteral("application/json"), mpesa::CallbackReply::toBytes(reply));
    });

    http.route(QStringLiteral("/pay/c2b/confirmation/<arg>"), QHttpServerRequest::Method::Post,
               [this](const QString &token, const QHttpServerRequest &request) {
        if (!tokenMatches(token))
            return HttpJson::error(Error{ErrorCode::NotFound, QStringLiteral("No such route."), {}});
        auto outcome = m_billing.confirmC2b(request.body());
        if (!outcome)
            return HttpJson::error(outcome.error());
        m_metrics.countCallback(QStringLiteral("c2b_") + outcomeKey(*outcome));
        return QHttpServerResponse(QByteArrayLiteral("application/json"), mpesa::CallbackReply::toBytes(mpesa::CallbackReply::accepted()));
    });

    http.route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"), m_metrics.render(m_office, m_routers).toUtf8());
    });
}

} // namespace lango::app
