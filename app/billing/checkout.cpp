#include "app/billing/checkout.h"

#include "app/billing/customertext.h"
#include "app/billing/hotspotpresence.h"
#include "app/billing/paymentledger.h"
#include "app/billing/purchasereference.h"
#include "app/core/await.h"
#include "app/core/logging.h"
#include "app/core/office.h"
#include "app/mpesa/apperror.h"
#include "app/mpesa/darajaclient.h"
#include "app/mpesa/phonenumber.h"
#include "models/kinds.h"
#include "models/units.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QPromise>
#include <QRegularExpression>

namespace lango::app {

namespace {

// A desk's sale waits this long at most for the server to send its prompt.
constexpr qint64 kQueuedPushFreshSeconds = 120;

Error badField(const QString &field, const QString &message)
{
    return Error{ErrorCode::BadInput, message, field};
}

} // namespace

Checkout::Checkout(Office &office, PaymentLedger &ledger, mpesa::DarajaClient *daraja, Options options, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_ledger(ledger)
    , m_daraja(daraja)
    , m_options(std::move(options))
    , m_gate(m_options.gate)
{
}

void Checkout::changed(qint64 purchaseId)
{
    PaymentLedger::Decided decided;
    decided.changedPurchases << purchaseId;
    m_ledger.announce(decided);
}

Result<QList<models::Package>> Checkout::packagesFor(const QString &routerName) const
{
    auto router = m_office.routers.byName(routerName);
    if (!router || !router->enabled)
        return Error{ErrorCode::NotFound, tr("This hotspot is not set up in Lango: there is no router \"%1\".").arg(routerName), {}};
    auto packages = m_office.packages.forRouter(router->id);
    if (!packages)
        return fromModels(packages.error());
    return *packages;
}

Result<PurchaseRequest> Checkout::checked(const PurchaseRequest &request, qint64 *routerId, models::Package *package) const
{
    PurchaseRequest clean = request;
    bool ok = false;
    const qint64 packageId = request.packageId.toLongLong(&ok);
    if (!ok || packageId <= 0)
        return badField(QStringLiteral("package_id"), tr("Choose a package."));
    auto phone = mpesa::PhoneNumber::parse(request.phone);
    if (!phone)
        return badField(QStringLiteral("phone"), phone.error().message);
    clean.phone = phone->msisdn();
    // The portal always knows the device; a sale at the desk may not (the
    // customer logs in later with the user name and password).
    const bool deviceOptional = request.source == QLatin1String("desk") && request.mac.trimmed().isEmpty()
                                && request.ip.trimmed().isEmpty();
    static const QRegularExpression macPattern(QStringLiteral("^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$"));
    if (!deviceOptional) {
        if (!macPattern.match(request.mac.trimmed()).hasMatch())
            return badField(QStringLiteral("mac"), tr("The device's MAC address is missing or wrong; open this page from the WiFi login page."));
        clean.mac = request.mac.trimmed().toUpper().replace(QLatin1Char('-'), QLatin1Char(':'));
        QHostAddress ip;
        if (!ip.setAddress(request.ip.trimmed()) || ip.protocol() != QAbstractSocket::IPv4Protocol)
            return badField(QStringLiteral("ip"), tr("The device's IP address is missing or wrong; open this page from the WiFi login page."));
        clean.ip = ip.toString();
    }
    auto router = m_office.routers.byName(request.router.trimmed());
    if (!router || !router->enabled)
        return badField(QStringLiteral("router"), tr("This hotspot is not set up in Lango."));
    auto found = m_office.packages.byId(packageId);
    if (!found || found->retired || !found->soldOn(router->id))
        return badField(QStringLiteral("package_id"), tr("That package is not sold here. Choose another one."));
    *routerId = router->id;
    *package = *found;
    return clean;
}

QFuture<Result<PurchaseStarted>> Checkout::startPurchase(const PurchaseRequest &input)
{
    qint64 routerId = 0;
    models::Package package;
    auto request = checked(input, &routerId, &package);
    if (!request)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(request.error());
    const bool relay = !m_daraja && m_options.relayDeskPushes && request->source == QLatin1String("desk");
    if (!m_daraja && !relay)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(Error{ErrorCode::Unavailable,
                                                   tr("M-Pesa payments are not set up yet. Ask the office for a voucher."), {}});
    if (auto admitted = admit(*request); !admitted)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(admitted.error());
    if (relay)
        return queueForServer(*request, routerId, package);
    if (request->source != QLatin1String("portal"))
        return startAdmitted(*request, routerId, package);
    // Only a device the hotspot sees may make Lango send a PIN prompt.
    if (!m_presence)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(Error{ErrorCode::Unavailable, tr("Payments from the portal are not available here."), {}});
    auto promise = std::make_shared<QPromise<Result<PurchaseStarted>>>();
    promise->start();
    const PurchaseRequest clean = *request;
    m_presence->isOnHotspot(routerId, clean.mac, clean.ip).then(this, [this, clean, routerId, package, promise](Result<bool> present) {
        auto finish = [promise](Result<PurchaseStarted> result) {
            promise->addResult(std::move(result));
            promise->finish();
        };
        if (!present) {
            finish(present.error());
            return;
        }
        if (!*present) {
            qCInfo(lcApp).noquote() << "purchase refused: device" << clean.mac << clean.ip << "is not on the hotspot of router"
                                    << clean.router << "(client" << clean.clientAddress << ")";
            finish(Error{ErrorCode::Unauthorized,
                         tr("This phone is not connected to the hotspot. Join the WiFi, then open this page from its login page."),
                         {}});
            return;
        }
        // A real device: now it counts against the hotspot's and the server's limits.
        if (const int wait = m_gate.admitShared(clean.router, m_office.clock().nowMs()); wait > 0) {
            finish(tooMany(wait));
            return;
        }
        startAdmitted(clean, routerId, package).then(this, [finish](Result<PurchaseStarted> started) { finish(std::move(started)); });
    });
    return promise->future();
}

Error Checkout::tooMany(int waitSeconds)
{
    Error limited{ErrorCode::RateLimited, tr("Too many payment requests right now. Try again in %n second(s).", nullptr, waitSeconds), {}};
    limited.retryAfterSeconds = waitSeconds;
    return limited;
}

Result<void> Checkout::admit(const PurchaseRequest &request)
{
    // Every attempt counts, whatever its answer (an "already online" too):
    // the limits are what stops a flood, not the outcome.
    if (request.source == QLatin1String("portal")) {
        if (const int wait = m_gate.admitClient(request.clientAddress, m_office.clock().nowMs()); wait > 0)
            return tooMany(wait);
    }
    // A phone or a device may start only a few purchases per window.
    const qint64 since = m_office.clock().now() - m_options.limitWindowSeconds;
    auto byPhone = m_office.purchases.countSince(QStringLiteral("phone"), request.phone, since);
    auto byMac = request.mac.isEmpty() ? models::Result<int>(0)
                                       : m_office.purchases.countSince(QStringLiteral("mac"), request.mac, since);
    if (!byPhone || !byMac)
        return fromModels(!byPhone ? byPhone.error() : byMac.error());
    if (*byPhone >= m_options.phoneLimit || *byMac >= m_options.macLimit) {
        Error limited{ErrorCode::RateLimited, tr("Too many payment attempts. Wait two minutes, then try again."), {}};
        limited.retryAfterSeconds = int(m_options.limitWindowSeconds);
        return limited;
    }
    return {};
}

QFuture<Result<PurchaseStarted>> Checkout::startAdmitted(const PurchaseRequest &input, qint64 routerId, const models::Package &package)
{
    const PurchaseRequest *request = &input;
    auto live = m_office.grants.activeForDevice(routerId, request->mac);
    if (!live)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(fromModels(live.error()));
    // No expiry in the answer: whoever asks may not be the device.
    if (live->has_value() && !request->extend)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(Error{ErrorCode::Conflict,
            tr("This device is already online. Use \"Buy more time\" to add time."), QStringLiteral("already_active")});

    models::Purchase purchase;
    purchase.packageId = package.id;
    purchase.routerId = routerId;
    purchase.phone = request->phone;
    purchase.mac = request->mac;
    purchase.ip = request->ip;
    purchase.amountCents = package.priceCents;
    purchase.source = request->source;
    purchase.language = request->language;
    // A prompt sent from a desk is a staff action: recorded with the purchase.
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(fromModels(begun.error()));
    auto created = m_office.purchases.create(purchase);
    if (!created)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(fromModels(created.error()));
    if (auto audited = auditPrompt(request->source, request->who, *created, package); !audited)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(audited.error());
    if (auto committed = tx.commit(); !committed)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(fromModels(committed.error()));
    const models::Purchase saved = *created;
    qCInfo(lcApp).noquote() << "purchase" << saved.id << "started:" << package.name << "for"
                            << mpesa::PhoneNumber::mask(saved.phone) << "router" << request->router;

    return sendPush(saved, package);
}

Result<void> Checkout::auditPrompt(const QString &source, const models::AuditEntry &who, const models::Purchase &purchase,
                                         const models::Package &package)
{
    if (source != QLatin1String("desk"))
        return {};
    models::AuditEntry entry = who;
    if (entry.actor.isEmpty())
        entry.actor = QStringLiteral("desk");
    entry.action = QStringLiteral("payment.prompt");
    entry.entity = QStringLiteral("purchase");
    entry.entityId = purchase.id;
    entry.detail = tr("M-Pesa prompt for %1 (%2) to %3").arg(package.name, models::Units::formatMoney(purchase.amountCents),
                                                           mpesa::PhoneNumber::mask(purchase.phone));
    if (auto recorded = m_office.audit.record(entry); !recorded)
        return fromModels(recorded.error());
    return {};
}

QFuture<Result<PurchaseStarted>> Checkout::queueForServer(const PurchaseRequest &request, qint64 routerId,
                                                                const models::Package &package)
{
    // This desk holds no callback token (only the server does): the
    // purchase and a job for the server go in one transaction; the server
    // sends the prompt, and the desk follows the purchase like any other.
    models::Purchase purchase;
    purchase.packageId = package.id;
    purchase.routerId = routerId;
    purchase.phone = request.phone;
    purchase.amountCents = package.priceCents;
    purchase.source = request.source;
    purchase.language = request.language;
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(fromModels(begun.error()));
    auto created = m_office.purchases.create(purchase);
    if (!created)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(fromModels(created.error()));
    auto job = m_office.jobs.enqueue(models::JobKind::StkPush, routerId, 0, QJsonObject{{QStringLiteral("purchase_id"), created->id}},
                                     0, 1);
    if (!job)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(fromModels(job.error()));
    if (auto audited = auditPrompt(request.source, request.who, *created, package); !audited)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(audited.error());
    if (auto committed = tx.commit(); !committed)
        return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(fromModels(committed.error()));
    qCInfo(lcApp).noquote() << "purchase" << created->id << "queued for the office server to send its M-Pesa prompt";
    changed(created->id);
    return QtFuture::makeReadyFuture<Result<PurchaseStarted>>(PurchaseStarted{created->id, created->publicId, QStringLiteral("pending"), {}});
}

QFuture<Result<void>> Checkout::sendQueuedPush(const models::Job &job)
{
    const qint64 purchaseId = job.payload.value(QStringLiteral("purchase_id")).toInteger();
    auto purchase = m_office.purchases.byId(purchaseId);
    if (!purchase)
        return QtFuture::makeReadyFuture<Result<void>>(fromModels(purchase.error()));
    if (purchase->state != models::PurchaseState::Pending || !purchase->checkoutRequestId.isEmpty())
        return QtFuture::makeReadyFuture<Result<void>>({});   // sent already, or decided otherwise
    // Whatever stops the prompt here, the desk's sale ends as failed, not pending.
    auto notSent = [this, purchaseId](const QString &code, const Error &why) {
        (void)m_office.purchases.markFailed(purchaseId, code, why.message);
        changed(purchaseId);
        return QtFuture::makeReadyFuture<Result<void>>(why);
    };
    // A prompt long after the sale would surprise a customer who left.
    if (m_office.clock().now() - purchase->createdAt > kQueuedPushFreshSeconds) {
        (void)m_office.purchases.markFailed(purchaseId, QStringLiteral("not_sent"),
                                            QStringLiteral("The office server did not send the M-Pesa prompt in time"));
        changed(purchaseId);
        return QtFuture::makeReadyFuture<Result<void>>({});
    }
    auto package = m_office.packages.byId(purchase->packageId);
    if (!package)
        return notSent(QStringLiteral("not_sent"), fromModels(package.error()));
    if (!m_daraja)
        return notSent(QStringLiteral("not_set_up"), Error{ErrorCode::Unavailable, tr("M-Pesa is not set up on this server."), {}});
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    sendPush(*purchase, *package).then(this, [promise](Result<PurchaseStarted> sent) {
        // A refused prompt is recorded on the purchase; the job is done either way.
        promise->addResult(Result<void>());
        promise->finish();
        Q_UNUSED(sent);
    });
    return promise->future();
}

QFuture<Result<PurchaseStarted>> Checkout::sendPush(const models::Purchase &saved, const models::Package &package)
{
    mpesa::StkPushRequest push;
    push.phone = saved.phone;
    push.amountKes = saved.amountCents / 100;
    push.accountReference = PurchaseReference::of(saved.id);
    push.description = package.name.left(13);
    auto promise = std::make_shared<QPromise<Result<PurchaseStarted>>>();
    promise->start();
    m_daraja->stkPush(push).then(this, [this, saved, promise](mpesa::Result<mpesa::StkPushResponse> pushed) {
        if (!pushed) {
            const auto &error = pushed.error();
            qCWarning(lcApp).noquote() << "purchase" << saved.id << "STK Push failed:" << error.message << error.detail;
            (void)m_office.purchases.markFailed(saved.id, error.errorCode.isEmpty() ? error.codeName() : error.errorCode,
                                                error.errorMessage.isEmpty() ? error.message : error.errorMessage);
            changed(saved.id);
            Error failure = mpesa::toAppError(error);
            if (error.errorMessage.contains(QLatin1String("lock subscriber"), Qt::CaseInsensitive)) {
                failure.code = ErrorCode::RateLimited;
                failure.message = tr("Your phone already has an M-Pesa request open. Close it, then try again in a minute.");
            } else if (error.retryable || error.code == mpesa::ErrorCode::Busy) {
                failure.message = tr("M-Pesa is busy right now. Try again in a minute.");
            } else {
                failure.message = tr("M-Pesa did not accept the payment request: %1").arg(error.message);
            }
            promise->addResult(failure);
            promise->finish();
            return;
        }
        const qint64 firstQuery = m_office.clock().now() + m_options.reconcileAfterSeconds;
        if (auto stored = m_office.purchases.setCheckout(saved.id, pushed->checkoutRequestId, pushed->merchantRequestId, firstQuery);
            !stored) {
            // The push went out; the reconciler will not see it, so staff must.
            m_ledger.recordProblem(models::ProblemKind::CheckoutNotStored, saved.id,
                          tr("A payment request was sent but could not be recorded; check M-Pesa for %1.").arg(pushed->checkoutRequestId),
                          stored.error().detail);
        }
        m_ledger.applyParked(pushed->checkoutRequestId);   // a callback may have beaten us here
        changed(saved.id);
        promise->addResult(PurchaseStarted{saved.id, saved.publicId, QStringLiteral("pending"), pushed->checkoutRequestId});
        promise->finish();
    });
    return promise->future();
}

Result<PurchaseStatus> Checkout::status(const QString &publicId, const QString &language) const
{
    auto purchase = m_office.purchases.byPublicId(publicId);
    if (!purchase)
        return Error{ErrorCode::NotFound, tr("There is no such purchase."), {}};
    PurchaseStatus status;
    status.status = models::Purchase::stateKey(purchase->state);
    status.resultCode = purchase->resultCode;
    if (purchase->grantId) {
        if (auto grant = m_office.grants.byId(purchase->grantId)) {
            status.expiresAt = grant->expiresAt;
            if (purchase->state == models::PurchaseState::Active) {
                status.username = grant->username;
                status.password = m_office.box().open(grant->passwordSealed).valueOr(QString());
            }
        }
    }
    status.message = purchase->state == models::PurchaseState::Paid && purchase->grantId == 0
        ? CustomerText::paymentHeld(language)   // paid without access: the amount was wrong
        : CustomerText::purchaseMessage(purchase->state, purchase->resultCode, status.expiresAt, language);
    return status;
}

} // namespace lango::app
