#include "app/billing/billingservice.h"

#include "app/sms/smssender.h"
#include "app/sms/smstext.h"

#include "app/billing/customertext.h"
#include "app/billing/hotspotpresence.h"
#include "app/billing/paybillsale.h"
#include "app/billing/purchasereference.h"
#include "app/logging.h"
#include "app/mpesa/apperror.h"
#include "app/mpesa/c2bpayment.h"
#include "app/mpesa/darajaclient.h"
#include "app/mpesa/phonenumber.h"
#include "app/mpesa/stkcallback.h"
#include "app/office.h"
#include "models/secretbox.h"
#include "models/units.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QPromise>
#include <QRegularExpression>

#include <limits>

namespace lango::app {

namespace {

// Safaricom's own query answers a few seconds after its callback.
constexpr qint64 kFirstConfirmationDelaySeconds = 3;
// A desk's sale waits this long at most for the server to send its prompt.
constexpr qint64 kQueuedPushFreshSeconds = 120;

template <typename T>
QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

Error badField(const QString &field, const QString &message)
{
    return Error{ErrorCode::BadInput, message, field};
}

} // namespace

BillingService::BillingService(Office &office, mpesa::DarajaClient *daraja, Options options, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_daraja(daraja)
    , m_options(std::move(options))
    , m_gate(m_options.gate)
{
}

Result<QList<models::Package>> BillingService::packagesFor(const QString &routerName) const
{
    auto router = m_office.routers.byName(routerName);
    if (!router || !router->enabled)
        return Error{ErrorCode::NotFound, tr("This hotspot is not set up in Lango: there is no router \"%1\".").arg(routerName), {}};
    auto packages = m_office.packages.forRouter(router->id);
    if (!packages)
        return fromModels(packages.error());
    return *packages;
}

Result<PurchaseRequest> BillingService::checked(const PurchaseRequest &request, qint64 *routerId, models::Package *package) const
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

QFuture<Result<PurchaseStarted>> BillingService::startPurchase(const PurchaseRequest &input)
{
    qint64 routerId = 0;
    models::Package package;
    auto request = checked(input, &routerId, &package);
    if (!request)
        return ready<Result<PurchaseStarted>>(request.error());
    const bool relay = !m_daraja && m_options.relayDeskPushes && request->source == QLatin1String("desk");
    if (!m_daraja && !relay)
        return ready<Result<PurchaseStarted>>(Error{ErrorCode::Unavailable,
                                                   tr("M-Pesa payments are not set up yet. Ask the office for a voucher."), {}});
    if (auto admitted = admit(*request); !admitted)
        return ready<Result<PurchaseStarted>>(admitted.error());
    if (relay)
        return queueForServer(*request, routerId, package);
    if (request->source != QLatin1String("portal"))
        return startAdmitted(*request, routerId, package);
    // Only a device the hotspot sees may make Lango send a PIN prompt.
    if (!m_presence)
        return ready<Result<PurchaseStarted>>(Error{ErrorCode::Unavailable, tr("Payments from the portal are not available here."), {}});
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

Error BillingService::tooMany(int waitSeconds)
{
    Error limited{ErrorCode::RateLimited, tr("Too many payment requests right now. Try again in %n second(s).", nullptr, waitSeconds), {}};
    limited.retryAfterSeconds = waitSeconds;
    return limited;
}

Result<void> BillingService::admit(const PurchaseRequest &request)
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

QFuture<Result<PurchaseStarted>> BillingService::startAdmitted(const PurchaseRequest &input, qint64 routerId, const models::Package &package)
{
    const PurchaseRequest *request = &input;
    auto live = m_office.grants.activeForDevice(routerId, request->mac);
    if (!live)
        return ready<Result<PurchaseStarted>>(fromModels(live.error()));
    // No expiry in the answer: whoever asks may not be the device.
    if (live->has_value() && !request->extend)
        return ready<Result<PurchaseStarted>>(Error{ErrorCode::Conflict,
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
        return ready<Result<PurchaseStarted>>(fromModels(begun.error()));
    auto created = m_office.purchases.create(purchase);
    if (!created)
        return ready<Result<PurchaseStarted>>(fromModels(created.error()));
    if (auto audited = auditPrompt(request->source, request->who, *created, package); !audited)
        return ready<Result<PurchaseStarted>>(audited.error());
    if (auto committed = tx.commit(); !committed)
        return ready<Result<PurchaseStarted>>(fromModels(committed.error()));
    const models::Purchase saved = *created;
    qCInfo(lcApp).noquote() << "purchase" << saved.id << "started:" << package.name << "for"
                            << mpesa::PhoneNumber::mask(saved.phone) << "router" << request->router;

    return sendPush(saved, package);
}

Result<void> BillingService::auditPrompt(const QString &source, const models::AuditEntry &who, const models::Purchase &purchase,
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

QFuture<Result<PurchaseStarted>> BillingService::queueForServer(const PurchaseRequest &request, qint64 routerId,
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
        return ready<Result<PurchaseStarted>>(fromModels(begun.error()));
    auto created = m_office.purchases.create(purchase);
    if (!created)
        return ready<Result<PurchaseStarted>>(fromModels(created.error()));
    auto job = m_office.jobs.enqueue(QStringLiteral("stk_push"), routerId, 0, QJsonObject{{QStringLiteral("purchase_id"), created->id}},
                                     0, 1);
    if (!job)
        return ready<Result<PurchaseStarted>>(fromModels(job.error()));
    if (auto audited = auditPrompt(request.source, request.who, *created, package); !audited)
        return ready<Result<PurchaseStarted>>(audited.error());
    if (auto committed = tx.commit(); !committed)
        return ready<Result<PurchaseStarted>>(fromModels(committed.error()));
    qCInfo(lcApp).noquote() << "purchase" << created->id << "queued for the office server to send its M-Pesa prompt";
    Q_EMIT purchaseChanged(created->id);
    return ready<Result<PurchaseStarted>>(PurchaseStarted{created->id, created->publicId, QStringLiteral("pending"), {}});
}

QFuture<Result<void>> BillingService::sendQueuedPush(const models::Job &job)
{
    const qint64 purchaseId = job.payload.value(QStringLiteral("purchase_id")).toInteger();
    auto purchase = m_office.purchases.byId(purchaseId);
    if (!purchase)
        return ready<Result<void>>(fromModels(purchase.error()));
    if (purchase->state != models::PurchaseState::Pending || !purchase->checkoutRequestId.isEmpty())
        return ready<Result<void>>({});   // sent already, or decided otherwise
    // Whatever stops the prompt here, the desk's sale ends as failed, not pending.
    auto notSent = [this, purchaseId](const QString &code, const Error &why) {
        (void)m_office.purchases.markFailed(purchaseId, code, why.message);
        Q_EMIT purchaseChanged(purchaseId);
        return ready<Result<void>>(why);
    };
    // A prompt long after the sale would surprise a customer who left.
    if (m_office.clock().now() - purchase->createdAt > kQueuedPushFreshSeconds) {
        (void)m_office.purchases.markFailed(purchaseId, QStringLiteral("not_sent"),
                                            QStringLiteral("The office server did not send the M-Pesa prompt in time"));
        Q_EMIT purchaseChanged(purchaseId);
        return ready<Result<void>>({});
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

QFuture<Result<PurchaseStarted>> BillingService::sendPush(const models::Purchase &saved, const models::Package &package)
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
            Q_EMIT purchaseChanged(saved.id);
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
            recordProblem(QStringLiteral("checkout_not_stored"), saved.id,
                          tr("A payment request was sent but could not be recorded; check M-Pesa for %1.").arg(pushed->checkoutRequestId),
                          stored.error().detail);
        }
        applyParked(pushed->checkoutRequestId);   // a callback may have beaten us here
        Q_EMIT purchaseChanged(saved.id);
        promise->addResult(PurchaseStarted{saved.id, saved.publicId, QStringLiteral("pending"), pushed->checkoutRequestId});
        promise->finish();
    });
    return promise->future();
}

Result<StkOutcome> BillingService::handleStkCallback(const QByteArray &body)
{
    return handleStkCallbacks({body}).first();
}

QList<Result<StkOutcome>> BillingService::handleStkCallbacks(const QList<QByteArray> &bodies)
{
    CallbackBatch batch = applyStkCallbacks(bodies);
    announce(batch);
    return batch.outcomes;
}

BillingService::CallbackBatch BillingService::applyStkCallbacks(const QList<QByteArray> &bodies) const
{
    CallbackBatch batch;
    QList<StkResult> results;
    for (const QByteArray &body : bodies) {
        auto parsed = mpesa::StkCallback::parse(body);
        if (!parsed) {
            batch.outcomes << Result<StkOutcome>(Error{ErrorCode::BadInput, parsed.error().message, parsed.error().detail});
            results << StkResult{};
        } else {
            batch.outcomes << Result<StkOutcome>(StkOutcome::Parked);
            results << StkResult{parsed->checkoutRequestId, parsed->resultCode, parsed->resultDesc, parsed->amountCents, parsed->receipt, false};
        }
        batch.decided << Decided{};
    }
    // Callbacks that arrive together share one durable commit (one fsync for
    // the lot), each in its own savepoint so one bad one spoils no other.
    // Each body is kept in the transaction that applies it; if applying
    // fails it is still kept on its own, so nothing M-Pesa said is lost.
    {
        models::Transaction all(m_office.db());
        auto begun = all.begin();
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            Result<StkOutcome> &outcome = batch.outcomes[i];
            Decided &decided = batch.decided[i];
            const StkResult &result = results.at(i);
            if (!outcome)
                continue;
            if (!begun) {
                outcome = fromModels(begun.error());
                continue;
            }
            models::Transaction one(m_office.db());
            if (auto savepoint = one.begin(); !savepoint) {
                outcome = fromModels(savepoint.error());
                continue;
            }
            auto known = m_office.purchases.byCheckoutId(result.checkoutRequestId);
            const bool parked = !known && known.error().code == models::ErrorCode::NotFound;
            if (!known && !parked) {
                outcome = fromModels(known.error());
                continue;
            }
            auto logged = m_office.callbacks.record(QStringLiteral("stk"), result.checkoutRequestId, QString::fromUtf8(bodies.at(i)),
                                                    parked ? QStringLiteral("parked") : QStringLiteral("applied"));
            if (!logged)
                outcome = fromModels(logged.error());
            if (logged && !parked)
                outcome = applyInTransaction(result, decided, *known);
            if (outcome && !one.commit())
                outcome = Error{ErrorCode::Unavailable, tr("The payment could not be recorded."), {}};
            if (!outcome)
                decided = {};
            else if (parked)
                decided.parked = result.checkoutRequestId;
        }
        if (begun) {
            if (auto committed = all.commit(); !committed) {
                for (qsizetype i = 0; i < bodies.size(); ++i) {
                    if (batch.outcomes.at(i))
                        batch.outcomes[i] = fromModels(committed.error());
                    batch.decided[i] = {};
                }
            }
        }
    }
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const Result<StkOutcome> &outcome = batch.outcomes.at(i);
        if (outcome.ok()) {
            batch.decided[i].outcome = *outcome;
            batch.decided[i].viaQuery = results.at(i).viaQuery;
        } else if (!results.at(i).checkoutRequestId.isEmpty()) {
            (void)m_office.callbacks.record(QStringLiteral("stk"), results.at(i).checkoutRequestId, QString::fromUtf8(bodies.at(i)),
                                            QStringLiteral("error: ") + outcome.error().message);
        }
    }
    return batch;
}

void BillingService::announce(const CallbackBatch &batch)
{
    for (const Decided &decided : batch.decided) {
        if (!decided.outcome)
            continue;
        if (!decided.parked.isEmpty())
            qCInfo(lcApp).noquote() << "callback for unknown" << decided.parked << "parked";
        announce(decided);
    }
}

void BillingService::applyParked(const QString &checkoutRequestId)
{
    auto parked = m_office.callbacks.parked(checkoutRequestId);
    if (!parked)
        return;
    for (const auto &entry : *parked) {
        auto parsed = mpesa::StkCallback::parse(entry.body.toUtf8());
        if (!parsed)
            continue;
        StkResult result{parsed->checkoutRequestId, parsed->resultCode, parsed->resultDesc, parsed->amountCents, parsed->receipt, false};
        if (applyStkResult(result))
            (void)m_office.callbacks.setOutcome(entry.id, QStringLiteral("applied"));
    }
}

Result<StkOutcome> BillingService::applyStkResult(const StkResult &result)
{
    Decided decided;
    Result<StkOutcome> outcome;
    {
        models::Transaction tx(m_office.db());
        if (auto begun = tx.begin(); !begun)
            return fromModels(begun.error());
        outcome = applyInTransaction(result, decided);
        if (!outcome)
            return outcome;
        if (auto committed = tx.commit(); !committed)
            return fromModels(committed.error());
    }
    decided.outcome = *outcome;
    decided.viaQuery = result.viaQuery;
    announce(decided);
    return outcome;
}

void BillingService::announce(const Decided &decided)
{
    // Only after the commit: the provisioner must see what was decided.
    for (const qint64 id : decided.changedPurchases)
        Q_EMIT purchaseChanged(id);
    for (const QString &problem : decided.problems)
        Q_EMIT problemRecorded(problem);
    if (decided.outcome)
        Q_EMIT stkApplied(*decided.outcome, decided.viaQuery);
    for (const models::Job &job : decided.claimed)
        Q_EMIT jobClaimed(job);
}

Result<StkOutcome> BillingService::applyInTransaction(const StkResult &result, Decided &decided,
                                                      std::optional<models::Purchase> known) const
{
    // Runs inside the caller's transaction; a nested one (a savepoint)
    // lets a refused receipt undo only this purchase's change.
    models::Transaction tx(m_office.db());
    if (auto begun = tx.begin(); !begun)
        return fromModels(begun.error());
    auto purchase = known ? models::Result<models::Purchase>(*known) : m_office.purchases.byCheckoutId(result.checkoutRequestId);
    if (!purchase)
        return purchase.error().code == models::ErrorCode::NotFound ? Result<StkOutcome>(StkOutcome::Parked)
                                                                     : Result<StkOutcome>(fromModels(purchase.error()));
    const qint64 purchaseId = purchase->id;
    const bool paid = result.resultCode == QLatin1String("0");
    StkOutcome outcome = StkOutcome::Duplicate;

    if (!paid) {
        auto failed = m_office.purchases.markFailed(purchaseId, result.resultCode, result.resultDesc);
        if (!failed)
            return fromModels(failed.error());
        outcome = *failed ? StkOutcome::Failed : StkOutcome::Duplicate;
        if (*failed)
            qCInfo(lcApp).noquote() << "purchase" << purchaseId << "not paid:" << result.resultCode << result.resultDesc;
    } else if (purchase->confirmState == QLatin1String("refuted")) {
        // Access was taken back because M-Pesa did not confirm a success;
        // another success now is not believed on its word either: staff check.
        if (!result.receipt.isEmpty() && result.receipt != purchase->mpesaReceipt) {
            recordProblem(decided, QStringLiteral("paid_after_revocation"), purchaseId,
                          tr("Purchase %1 had its access taken back (payment not confirmed), then M-Pesa reported receipt %2 for it. "
                             "Check the statement; give access by hand if it is real.").arg(purchaseId).arg(result.receipt), {});
            outcome = StkOutcome::Problem;
        }
    } else if (purchase->state == models::PurchaseState::Pending || purchase->state == models::PurchaseState::Failed) {
        const qint64 amount = result.amountCents ? result.amountCents : purchase->amountCents;
        // A callback's word is checked with M-Pesa (STK Query) before it
        // counts; the customer goes online meanwhile.
        const qint64 confirmAt = result.viaPaybill ? models::PurchaseStore::kNoConfirmation
                                 : result.viaQuery  ? 0
                                                    : m_office.clock().now() + kFirstConfirmationDelaySeconds;
        auto marked = m_office.purchases.markPaid(purchaseId, result.receipt, amount, result.resultCode, result.resultDesc, confirmAt);
        if (!marked) {
            if (marked.error().code != models::ErrorCode::Conflict)
                return fromModels(marked.error());
            // The receipt already paid another purchase: money cannot move twice.
            tx.rollback();
            recordProblem(decided, QStringLiteral("receipt_reused"), purchaseId,
                          tr("M-Pesa receipt %1 was reported for two purchases; check the statement.").arg(result.receipt), {});
            return StkOutcome::Problem;
        }
        if (*marked) {
            auto package = m_office.packages.terms(purchase->packageId);
            if (!package)
                return fromModels(package.error());
            if (purchase->state == models::PurchaseState::Failed && !result.viaPaybill) {
                // The customer may have paid again or left: staff must know.
                models::Problem late;
                late.kind = QStringLiteral("paid_after_failure");
                late.purchaseId = purchaseId;
                late.routerId = purchase->routerId;
                late.message = tr("Purchase %1 was marked failed (%2) but M-Pesa then confirmed payment (receipt %3); "
                                  "access was given. Check the customer did not pay twice.")
                                   .arg(purchaseId).arg(purchase->resultCode, result.receipt);
                if (auto recorded = m_office.problems.record(late); !recorded)
                    return fromModels(recorded.error());
                decided.problems << late.message;
                (void)m_office.audit.record({0, 0, 0, QStringLiteral("system"), QStringLiteral("payment.late"), QStringLiteral("purchase"),
                                             purchaseId, tr("paid after it was marked failed (%1)").arg(purchase->resultCode)});
            }
            if (amount < purchase->amountCents) {
                // Too little moved: record it for staff instead of selling time cheaply.
                models::Problem problem;
                problem.kind = QStringLiteral("amount_mismatch");
                problem.purchaseId = purchaseId;
                problem.routerId = purchase->routerId;
                problem.message = tr("Purchase %1 was paid %2 but costs %3: no access was given. Refund or give access by hand.")
                                      .arg(purchaseId).arg(models::Units::formatMoney(amount), models::Units::formatMoney(purchase->amountCents));
                problem.detail = result.receipt;
                if (auto recorded = m_office.problems.record(problem); !recorded)
                    return fromModels(recorded.error());
                decided.problems << problem.message;
                qCWarning(lcApp).noquote() << "purchase" << purchaseId << "router" << purchase->routerId << "underpaid:" << amount
                                           << "cents of" << purchase->amountCents << "receipt" << result.receipt;
                outcome = StkOutcome::Problem;
            } else {
                bool extended = false;
                auto grant = grantAccess(*purchase, *package, &extended, decided.claimed);
                if (!grant)
                    return grant.error();
                outcome = extended ? StkOutcome::Extended : StkOutcome::Paid;
                if (m_texts.receipts)
                    queueReceipt(*purchase, *package, *grant, result.receipt, amount);
                qCInfo(lcApp).noquote() << "purchase" << purchaseId << "paid, receipt" << (result.receipt.isEmpty() ? QStringLiteral("-") : result.receipt)
                                        << "grant" << *grant << (extended ? "extended" : "created") << "router" << purchase->routerId
                                        << (result.viaQuery ? "(confirmed by STK Query)" : "");
                if (amount > purchase->amountCents) {
                    models::Problem problem;
                    problem.kind = QStringLiteral("overpaid");
                    problem.purchaseId = purchaseId;
                    problem.message = tr("Purchase %1 was paid %2 but costs %3: access was given; consider a refund.")
                                          .arg(purchaseId).arg(models::Units::formatMoney(amount), models::Units::formatMoney(purchase->amountCents));
                    if (m_office.problems.record(problem))
                        decided.problems << problem.message;
                }
            }
            (void)m_office.audit.record({0, 0, 0, QStringLiteral("system"), QStringLiteral("payment.received"), QStringLiteral("purchase"),
                                         purchaseId, tr("%1 from %2, receipt %3%4").arg(models::Units::formatMoney(amount),
                                             mpesa::PhoneNumber::mask(purchase->phone), result.receipt.isEmpty() ? tr("(by query)") : result.receipt,
                                             result.viaQuery ? tr(", confirmed by STK Query") : QString())});
        }
    } else if (!result.receipt.isEmpty() && purchase->mpesaReceipt.isEmpty()) {
        // Paid already on STK Query's word, which carries no receipt: the
        // callback that follows brings it.
        auto filled = m_office.purchases.fillReceipt(purchaseId, result.receipt);
        if (!filled) {
            if (filled.error().code != models::ErrorCode::Conflict)
                return fromModels(filled.error());
            tx.rollback();
            recordProblem(decided, QStringLiteral("receipt_reused"), purchaseId,
                          tr("M-Pesa receipt %1 was reported for two purchases; check the statement.").arg(result.receipt), {});
            return StkOutcome::Problem;
        }
    } else if (!result.receipt.isEmpty() && !purchase->mpesaReceipt.isEmpty() && result.receipt != purchase->mpesaReceipt) {
        recordProblem(decided, QStringLiteral("double_payment"), purchaseId,
                      tr("Purchase %1 was paid twice (receipts %2 and %3). Refund one of them.")
                          .arg(purchaseId).arg(purchase->mpesaReceipt, result.receipt), {});
        outcome = StkOutcome::Problem;
    }
    if (auto committed = tx.commit(); !committed)
        return fromModels(committed.error());
    if (outcome != StkOutcome::Duplicate)
        decided.changedPurchases << purchaseId;   // announced after the caller's commit
    return outcome;
}

void BillingService::queueReceipt(const models::Purchase &purchase, const models::Package &package, qint64 grantId,
                                  const QString &receipt, qint64 amountCents) const
{
    auto grant = m_office.grants.byId(grantId);
    if (!grant)
        return;
    sms::SmsText::Receipt text;
    text.language = purchase.language.isEmpty() ? m_texts.language : purchase.language;
    text.office = m_office.settings.value(QStringLiteral("office.name")).valueOr(QString());
    text.amountCents = amountCents;
    text.mpesaReceipt = receipt;
    text.packageName = package.name;
    text.expiresAt = grant->expiresAt;
    text.now = m_office.clock().now();
    auto queued = sms::SmsSender::queue(m_office, QStringLiteral("receipt"), QStringLiteral("purchase:%1").arg(purchase.id), purchase.phone,
                                        sms::SmsText::receipt(text));
    if (!queued)
        qCWarning(lcApp).noquote() << "purchase" << purchase.id << "receipt text not queued:" << queued.error().message;
}

Result<qint64> BillingService::grantAccess(const models::Purchase &purchase, const models::Package &package, bool *extended,
                                           QList<models::Job> &claimed) const
{
    const qint64 now = m_office.clock().now();
    // A paying device that is still online gets more time on the same
    // hotspot user, not a second account. A sale without a device (at the
    // desk, by phone number) extends that customer's access; a purchase
    // from another device must not, or the device that paid could not log
    // in to a user bound to the first one.
    auto live = m_office.grants.activeForDevice(purchase.routerId, purchase.mac);
    if (live && !live->has_value() && purchase.mac.isEmpty())
        live = m_office.grants.activeForCustomer(purchase.routerId, purchase.customerId);
    if (!live)
        return fromModels(live.error());
    qint64 grantId = 0;
    if (live->has_value()) {
        // One statement: another payment or another server's expiry may be
        // at the same grant right now.
        auto extendedTo = m_office.grants.extendLive((*live)->id, package.durationSeconds, package.id);
        if (!extendedTo)
            return fromModels(extendedTo.error());
        if (extendedTo->has_value()) {
            grantId = (*live)->id;
            *extended = true;
        }
    }
    if (grantId == 0) {   // none live (or it ended just now): a grant of its own
        models::Grant grant;
        grant.routerId = purchase.routerId;
        grant.packageId = package.id;
        grant.customerId = purchase.customerId;
        grant.mac = purchase.mac;
        grant.ip = purchase.ip;
        grant.state = models::GrantState::Pending;
        grant.startsAt = now;
        grant.expiresAt = now + package.durationSeconds;
        auto sealed = m_office.box().seal(models::SecureRandom::readable(8));
        if (!sealed)
            return fromModels(sealed.error());
        grant.passwordSealed = *sealed;
        for (int attempt = 0; attempt < 5 && grantId == 0; ++attempt) {
            grant.username = QStringLiteral("m") + models::SecureRandom::readable(7);
            auto created = m_office.grants.create(grant);
            if (created)
                grantId = *created;
            else if (created.error().code != models::ErrorCode::Conflict)
                return fromModels(created.error());
        }
        if (grantId == 0)
            return Error{ErrorCode::Internal, tr("Could not find a free hotspot user name."), {}};
    }
    if (auto attached = m_office.purchases.attachGrant(purchase.id, grantId); !attached)
        return fromModels(attached.error());
    auto job = m_office.jobs.enqueueClaimed(QStringLiteral("provision"), purchase.routerId, grantId, m_options.worker,
                                            QJsonObject{{QStringLiteral("purchase_id"), purchase.id},
                                                        {QStringLiteral("paid_ms"), m_office.clock().nowMs()}});
    if (!job)
        return fromModels(job.error());
    claimed << *job;
    return grantId;
}

Result<bool> BillingService::validateC2b(const QByteArray &body)
{
    auto payment = mpesa::C2bPayment::parse(body);
    if (!payment)
        return Error{ErrorCode::BadInput, payment.error().message, payment.error().detail};
    (void)m_office.callbacks.record(QStringLiteral("c2b_validation"), payment->transId, QString::fromUtf8(body), QStringLiteral("checked"));
    if (PaybillSale::phoneIn(payment->billRefNumber))
        return PaybillSale::wouldSell(m_office, *payment, paybillTexts());
    const auto referenced = PurchaseReference::parse(payment->billRefNumber);
    if (!referenced)
        return false;
    auto purchase = m_office.purchases.byId(*referenced);
    if (!purchase)
        return false;
    return payment->amountCents >= purchase->amountCents
           && (purchase->state == models::PurchaseState::Pending || purchase->state == models::PurchaseState::Failed);
}

PaybillSale::Texts BillingService::paybillTexts() const
{
    return PaybillSale::Texts{m_texts.enabled, m_texts.language};
}

Result<StkOutcome> BillingService::confirmC2b(const QByteArray &body)
{
    auto payment = mpesa::C2bPayment::parse(body);
    if (!payment)
        return Error{ErrorCode::BadInput, payment.error().message, payment.error().detail};
    auto logged = m_office.callbacks.record(QStringLiteral("c2b_confirmation"), payment->transId, QString::fromUtf8(body),
                                            QStringLiteral("received"));
    if (!logged)
        return fromModels(logged.error());
    qint64 purchaseId = 0;
    if (const auto referenced = PurchaseReference::parse(payment->billRefNumber)) {
        if (auto purchase = m_office.purchases.byId(*referenced))
            purchaseId = purchase->id;
    }
    models::PurchaseStore::C2bRecord record{payment->transId, payment->transactionType, payment->transactionTime, payment->amountCents,
                                            payment->businessShortCode, payment->billRefRaw, payment->msisdn, payment->firstName, purchaseId};
    // The payment, its problem or its purchase's grant and router job are
    // one transaction: if any part fails, nothing is kept and Safaricom's
    // retry of this confirmation finds no "duplicate" to stop at.
    Decided decided;
    StkResult result;
    Result<StkOutcome> outcome;
    {
        models::Transaction tx(m_office.db());
        if (auto begun = tx.begin(); !begun)
            return fromModels(begun.error());
        auto recorded = m_office.purchases.recordC2b(record);
        if (!recorded)
            return fromModels(recorded.error());
        if (*recorded == 0)
            return StkOutcome::Duplicate;   // this TransID came before
        if (!purchaseId) {
            if (const auto phone = PaybillSale::phoneIn(payment->billRefNumber)) {
                // A voucher bought from any phone: the account is the phone for the code.
                auto sale = PaybillSale::sell(m_office, *payment, *phone, *recorded, paybillTexts(), m_options.worker);
                if (!sale)
                    return sale.error();
                if (auto committed = tx.commit(); !committed)
                    return fromModels(committed.error());
                if (sale->push)
                    Q_EMIT jobClaimed(*sale->push);
                if (!sale->problem.isEmpty()) {
                    qCWarning(lcApp).noquote() << "paybill payment" << payment->transId << ":" << sale->problem;
                    Q_EMIT problemRecorded(sale->problem);
                    return StkOutcome::Problem;
                }
                return StkOutcome::Paid;
            }
            models::Problem problem;
            problem.kind = QStringLiteral("c2b_unmatched");
            problem.c2bPaymentId = *recorded;
            problem.message = tr("A paybill payment of %1 (receipt %2, account \"%3\") matches no purchase. Give access by hand or refund.")
                                  .arg(models::Units::formatMoney(payment->amountCents), payment->transId, payment->billRefRaw);
            if (auto noted = m_office.problems.record(problem); !noted)
                return fromModels(noted.error());
            // M-Pesa's number for the payer is masked on current API
            // versions; when it is a real one, they hear what happens.
            if (auto payer = mpesa::PhoneNumber::parse(payment->msisdn))
                PaybillSale::tellPayer(m_office, *payment, payer->msisdn(), paybillTexts());
            if (auto committed = tx.commit(); !committed)
                return fromModels(committed.error());
            qCWarning(lcApp).noquote() << "paybill payment" << payment->transId << "account" << payment->billRefRaw << "matches no purchase";
            Q_EMIT problemRecorded(problem.message);
            return StkOutcome::Problem;
        }
        // Paid by hand at the paybill: the same path as an STK success.
        auto purchase = m_office.purchases.byId(purchaseId);
        if (!purchase)
            return fromModels(purchase.error());
        if (purchase->checkoutRequestId.isEmpty()) {
            const QString synthetic = QStringLiteral("c2b:") + payment->transId;
            if (auto set = m_office.purchases.setCheckout(purchaseId, synthetic, {}, 0); !set)
                return fromModels(set.error());
            purchase->checkoutRequestId = synthetic;
        }
        result = StkResult{purchase->checkoutRequestId, QStringLiteral("0"), QStringLiteral("Paid at the paybill"),
                           payment->amountCents, payment->transId, false, true};
        outcome = applyInTransaction(result, decided);
        if (outcome) {
            if (auto committed = tx.commit(); !committed)
                outcome = fromModels(committed.error());
        }
        if (!outcome)
            return outcome;
    }
    decided.outcome = *outcome;
    decided.viaQuery = result.viaQuery;
    announce(decided);
    return outcome;
}

Result<PurchaseStatus> BillingService::status(const QString &publicId, const QString &language) const
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

Result<bool> BillingService::revokeUnconfirmed(qint64 purchaseId, const QString &resultCode, const QString &why)
{
    QString message;
    qint64 grantId = 0;
    {
        models::Transaction tx(m_office.db());
        if (auto begun = tx.begin(); !begun)
            return fromModels(begun.error());
        auto purchase = m_office.purchases.byId(purchaseId);
        if (!purchase)
            return fromModels(purchase.error());
        auto refuted = m_office.purchases.markRefuted(purchaseId, resultCode, why);
        if (!refuted)
            return fromModels(refuted.error());
        if (!*refuted)
            return false;   // confirmed or revoked meanwhile
        grantId = purchase->grantId;
        if (grantId) {
            // Take back what this payment gave: the whole grant when it made
            // it, its package's time when it extended one paid for otherwise.
            auto others = m_office.purchases.otherPaidForGrant(grantId, purchaseId);
            auto package = m_office.packages.byId(purchase->packageId);
            auto grant = m_office.grants.byId(grantId);
            if (!others || !package || !grant)
                return fromModels(!others ? others.error() : !package ? package.error() : grant.error());
            // A voucher's or another payment's time stays: only this payment's goes.
            const bool extendedOther = *others > 0 || grant->voucherId != 0;
            const qint64 seconds = extendedOther ? package->durationSeconds : std::numeric_limits<qint32>::max();
            if (auto shortened = m_office.grants.shorten(grantId, seconds); !shortened)
                return fromModels(shortened.error());
        }
        models::Problem problem;
        problem.kind = QStringLiteral("unconfirmed_payment");
        problem.purchaseId = purchaseId;
        problem.routerId = purchase->routerId;
        problem.message = tr("Purchase %1 was reported paid (receipt %2) but M-Pesa did not confirm it: %3. Access was taken back. "
                             "If the customer really paid, check the M-Pesa statement and give access by hand.")
                              .arg(purchaseId).arg(purchase->mpesaReceipt.isEmpty() ? tr("none") : purchase->mpesaReceipt, why);
        problem.detail = resultCode;
        if (auto recorded = m_office.problems.record(problem); !recorded)
            return fromModels(recorded.error());
        if (auto audited = m_office.audit.record({0, 0, 0, QStringLiteral("system"), QStringLiteral("payment.revoked"),
                                                  QStringLiteral("purchase"), purchaseId, why});
            !audited)
            return fromModels(audited.error());
        if (auto committed = tx.commit(); !committed)
            return fromModels(committed.error());
        message = problem.message;
    }
    qCWarning(lcApp).noquote() << "purchase" << purchaseId << "grant" << grantId << "revoked: M-Pesa did not confirm the payment:" << why;
    Q_EMIT purchaseChanged(purchaseId);   // expiry takes the user off the router now
    Q_EMIT problemRecorded(message);
    return true;
}

void BillingService::recordProblem(Decided &decided, const QString &kind, qint64 purchaseId, const QString &message,
                                   const QString &detail) const
{
    recordProblemNow(kind, purchaseId, message, detail);
    decided.problems << message;
}

void BillingService::recordProblem(const QString &kind, qint64 purchaseId, const QString &message, const QString &detail)
{
    recordProblemNow(kind, purchaseId, message, detail);
    Q_EMIT problemRecorded(message);
}

void BillingService::recordProblemNow(const QString &kind, qint64 purchaseId, const QString &message, const QString &detail) const
{
    models::Problem problem;
    problem.kind = kind;
    problem.purchaseId = purchaseId;
    problem.message = message;
    problem.detail = detail;
    if (auto recorded = m_office.problems.record(problem); !recorded)
        qCCritical(lcApp).noquote() << "cannot record problem:" << message << recorded.error().detail;
    qCWarning(lcApp).noquote() << "problem" << kind << "purchase" << purchaseId << ":" << message;
}

} // namespace lango::app
