#include "app/server/billinghttp.h"

#include "app/billing/billingservice.h"
#include "app/server/metrics.h"
#include "app/billing/portalrequest.h"
#include "app/http/httprouter.h"
#include "app/server/httpjson.h"
#include "app/core/jsonviews.h"
#include "app/core/logging.h"
#include "app/billing/callbackcommitter.h"
#include "app/mpesa/callbackreply.h"
#include "app/core/office.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

namespace lango::app {

namespace {

using http::HttpRequest;
using http::HttpResponder;
using http::HttpResponse;
namespace status = http::status;

// Metrics read the database: a scrape storm re-reads it at most this often.
constexpr qint64 kMetricsCacheMs = 2000;

// The portal page is served by the router (another origin): the portal API
// answers any origin. It holds nothing a browser's cookies could unlock.
const QByteArray kAllowOrigin = "Access-Control-Allow-Origin";

HttpResponse withCors(HttpResponse response)
{
    response.setField(kAllowOrigin, "*");
    return response;
}

HttpResponse portalError(const Error &e)
{
    return withCors(HttpJson::error(e));
}

HttpResponse notFound()
{
    return HttpJson::error(Error{ErrorCode::NotFound, QStringLiteral("No such route."), {}});
}

QString languageOf(const HttpRequest &request)
{
    const QString asked = request.query.queryItemValue(QStringLiteral("lang"));
    if (!asked.isEmpty())
        return asked.left(8);
    return QString::fromLatin1(request.field("accept-language")).left(2);
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

HttpResponse callbackAccepted(const QJsonObject &reply)
{
    return HttpResponse(status::Ok, QByteArrayLiteral("application/json"), mpesa::CallbackReply::toBytes(reply));
}

} // namespace

BillingHttp::BillingHttp(BillingService &billing, Metrics &metrics, Office &office, RouterDirectory *routers, Options options,
                         QObject *parent)
    : QObject(parent)
    , m_billing(billing)
    , m_metrics(metrics)
    , m_office(office)
    , m_routers(routers)
    , m_options(std::move(options))
    , m_committer(m_options.writer ? std::make_unique<CallbackCommitter>(billing, *m_options.writer)
                                   : std::make_unique<CallbackCommitter>(billing, CallbackCommitter::lanesFor(office.db())))
{
}

BillingHttp::~BillingHttp() = default;   // the committer commits and answers what it holds

void BillingHttp::answerCallback(HttpResponder &responder, const Result<StkOutcome> &outcome)
{
    if (!outcome) {
        m_metrics.countCallback(outcome.error().code == ErrorCode::BadInput ? QStringLiteral("bad_request") : QStringLiteral("error"));
        qCWarning(lcApp).noquote() << "STK callback refused:" << outcome.error().message << outcome.error().detail;
        responder.send(HttpJson::error(outcome.error()));
        return;
    }
    m_metrics.countCallback(outcomeKey(*outcome));
    responder.send(HttpResponse::json(mpesa::CallbackReply::accepted()));
}

bool BillingHttp::tokenMatches(const QString &candidate) const
{
    return sameSecret(candidate, m_options.callbackToken);
}

bool BillingHttp::sameSecret(const QString &candidate, const QString &secret)
{
    // Constant time: how much of a guess is right must not show in timing.
    const QByteArray a = candidate.toUtf8();
    const QByteArray b = secret.toUtf8();
    if (b.isEmpty() || a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

bool BillingHttp::callbackAllowed(const HttpRequest &request, const QString &token, const char *kind)
{
    const bool sourceOk = m_options.callbackSources.isEmpty() || http::ClientAddress::contains(m_options.callbackSources, request.client);
    const bool tokenOk = tokenMatches(token);
    if (sourceOk && tokenOk)
        return true;
    m_metrics.countCallback(tokenOk ? QStringLiteral("wrong_source") : QStringLiteral("wrong_token"));
    quint64 suppressed = 0;
    if (m_refusedLog.allow(&suppressed))
        qCWarning(lcApp).noquote() << kind << "callback refused (" << (tokenOk ? "address not in [mpesa] callback_sources" : "wrong token")
                                   << ") from" << request.client.toString()
                                   << (suppressed ? QStringLiteral("; %1 more refused in the last minute").arg(suppressed) : QString());
    return false;
}

HttpResponse BillingHttp::metricsPage()
{
    if (!m_metricsAge.isValid() || m_metricsAge.elapsed() > kMetricsCacheMs) {
        m_metricsText = m_metrics.render(m_office, m_routers);
        m_metricsAge.start();
    }
    return HttpResponse(status::Ok, QByteArrayLiteral("text/plain; version=0.0.4"), m_metricsText.toUtf8());
}

void BillingHttp::registerRoutes(http::HttpRouter &publicRoutes, http::HttpRouter &adminRoutes)
{
    publicRoutes.route("GET", QStringLiteral("/api/portal/packages"), [this](const HttpRequest &request, const QStringList &) {
        const QString router = request.query.queryItemValue(QStringLiteral("router"));
        if (router.isEmpty())
            return portalError(Error{ErrorCode::BadInput, tr("Say which hotspot: ?router=NAME."), QStringLiteral("router")});
        auto packages = m_billing.packagesFor(router);
        if (!packages)
            return portalError(packages.error());
        QJsonArray list;
        for (const auto &p : *packages)
            list.append(JsonViews::portalPackage(p));
        return withCors(HttpResponse::json(list));
    });

    auto preflight = [](const HttpRequest &, const QStringList &) {
        HttpResponse response(status::NoContent);
        response.setField(kAllowOrigin, "*");
        response.setField("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        response.setField("Access-Control-Allow-Headers", "Content-Type");
        response.setField("Access-Control-Max-Age", "86400");
        return response;
    };
    publicRoutes.route("OPTIONS", QStringLiteral("/api/portal/purchases"), preflight);
    publicRoutes.route("OPTIONS", QStringLiteral("/api/portal/packages"), preflight);

    publicRoutes.routeAsync("POST", QStringLiteral("/api/portal/purchases"),
                            [this](const HttpRequest &request, const QStringList &, HttpResponder &&responder) {
        auto purchase = PortalRequest::parsePurchase(request.body);
        if (!purchase) {
            responder.send(portalError(purchase.error()));
            return;
        }
        purchase->clientAddress = request.client.toString();
        auto reply = std::make_shared<HttpResponder>(std::move(responder));
        m_billing.startPurchase(*purchase).then(this, [reply](Result<PurchaseStarted> started) {
            if (!started) {
                reply->send(portalError(started.error()));
                return;
            }
            reply->send(withCors(HttpResponse::json(
                QJsonObject{{QStringLiteral("purchase_id"), started->publicId}, {QStringLiteral("status"), started->status},
                            {QStringLiteral("checkout_request_id"), started->checkoutRequestId}},
                status::Created)));
        });
    }, PortalRequest::kMaxBytes);

    publicRoutes.route("GET", QStringLiteral("/api/portal/purchases/<arg>"), [this](const HttpRequest &request, const QStringList &args) {
        auto status = m_billing.status(args.at(0), languageOf(request));
        if (!status)
            return portalError(status.error());
        QJsonObject body{{QStringLiteral("status"), status->status}, {QStringLiteral("message"), status->message},
                         {QStringLiteral("expires_at"), status->expiresAt ? QJsonValue(status->expiresAt) : QJsonValue()},
                         {QStringLiteral("result_code"), status->resultCode}};
        body.insert(QStringLiteral("username"), status->username.isEmpty() ? QJsonValue() : QJsonValue(status->username));
        body.insert(QStringLiteral("password"), status->password.isEmpty() ? QJsonValue() : QJsonValue(status->password));
        return withCors(HttpResponse::json(body));
    });

    publicRoutes.routeAsync("POST", QStringLiteral("/pay/stk/<arg>"),
                            [this](const HttpRequest &request, const QStringList &args, HttpResponder &&responder) {
        if (!callbackAllowed(request, args.at(0), "STK")) {
            responder.send(notFound());
            return;
        }
        // Committed with the callbacks that arrive together (one durable
        // commit for the group); answered once its payment is durable.
        auto held = std::make_shared<HttpResponder>(std::move(responder));
        m_committer->submit(request.body, [this, held](const Result<StkOutcome> &outcome) { answerCallback(*held, outcome); });
    }, kCallbackBodyBytes);

    publicRoutes.route("POST", QStringLiteral("/pay/c2b/validation/<arg>"), [this](const HttpRequest &request, const QStringList &args) {
        if (!callbackAllowed(request, args.at(0), "C2B validation"))
            return notFound();
        auto accepted = m_billing.validateC2b(request.body);
        if (!accepted)
            return HttpJson::error(accepted.error());
        return callbackAccepted(*accepted ? mpesa::CallbackReply::validationAccepted()
                                          : mpesa::CallbackReply::validationRejected(
                                                mpesa::CallbackReply::C2bRejection::InvalidAccountNumber));
    }, kCallbackBodyBytes);

    publicRoutes.route("POST", QStringLiteral("/pay/c2b/confirmation/<arg>"), [this](const HttpRequest &request, const QStringList &args) {
        if (!callbackAllowed(request, args.at(0), "C2B confirmation"))
            return notFound();
        auto outcome = m_billing.confirmC2b(request.body);
        if (!outcome)
            return HttpJson::error(outcome.error());
        m_metrics.countCallback(QStringLiteral("c2b_") + outcomeKey(*outcome));
        return callbackAccepted(mpesa::CallbackReply::accepted());
    }, kCallbackBodyBytes);

    if (m_options.deliveryReport) {
        // Africa's Talking's delivery reports: form fields id, status,
        // failureReason. A token of its own guards it (it is typed into the
        // provider's dashboard; M-Pesa's callback token stays secret), not
        // callback_sources, which are Safaricom's addresses.
        publicRoutes.route("POST", QStringLiteral("/sms/dlr/<arg>"), [this](const HttpRequest &request, const QStringList &args) {
            if (!sameSecret(args.at(0), m_options.deliveryReportToken))
                return notFound();
            const QUrlQuery form(QString::fromUtf8(request.body));
            const QString id = form.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
            const QString status = form.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
            const QString reason = form.queryItemValue(QStringLiteral("failureReason"), QUrl::FullyDecoded);
            if (id.isEmpty() || id.size() > 128 || status.isEmpty() || status.size() > 64)
                return HttpJson::error(Error{ErrorCode::BadInput, tr("A delivery report needs id and status."), QStringLiteral("id")});
            auto recorded = m_options.deliveryReport(id, status, reason.left(200));
            if (!recorded)
                return HttpJson::error(recorded.error());
            return HttpResponse::json(QJsonObject{{QStringLiteral("recorded"), *recorded}});
        }, 4096);
    }

    adminRoutes.route("GET", QStringLiteral("/metrics"), [this](const HttpRequest &, const QStringList &) { return metricsPage(); });
}

} // namespace lango::app
