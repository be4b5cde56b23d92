#pragma once

#include "app/billing/billingtypes.h"
#include "app/billing/paybillsale.h"
#include "app/billing/purchasegate.h"
#include "app/error.h"
#include "models/jobqueue.h"
#include "models/package.h"
#include "models/purchase.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace lango::app::mpesa {
class DarajaClient;
}

namespace lango::app {

class HotspotPresence;
class Office;

// The money path: starts purchases (an STK Push each), applies M-Pesa's
// answers exactly once, and decides who gets access. Every decision that
// needs router work writes its job in the same transaction (outbox), born
// claimed by this process's provisioner so a payment reaches the router
// without waiting for a poll.
class BillingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingService)

public:
    struct Options
    {
        qint64 reconcileAfterSeconds = 60;   // first STK Query when no callback came
        QString worker;                      // this process's provisioner
        int phoneLimit = 3;                  // purchases per phone per window
        int macLimit = 5;                    // purchases per device per window
        qint64 limitWindowSeconds = 120;
        PurchaseGate::Limits gate;           // prompts per client address, hotspot and server
        // A desk of a shared office without M-Pesa of its own: its sales
        // are queued for the server, which alone holds the callback token.
        bool relayDeskPushes = false;
    };

    BillingService(Office &office, mpesa::DarajaClient *daraja, Options options, QObject *parent = nullptr);

    void setDaraja(mpesa::DarajaClient *daraja) { m_daraja = daraja; }
    // Texts to customers ([sms]), written in the payment's own transaction
    // and sent by an "sms" job: a receipt to each paying customer, and the
    // code of a voucher bought at the paybill.
    struct Texts
    {
        bool enabled = false;      // an SMS provider is set up
        bool receipts = false;
        QString language = QStringLiteral("en");   // when the customer's is not known
    };
    void setTexts(Texts texts) { m_texts = texts; }
    // Required for purchases from the portal: only a device the hotspot
    // sees may start one.
    void setPresence(HotspotPresence *presence) { m_presence = presence; }

    // Validates, records the purchase, sends the STK Push. A 4xx-style error
    // names the field that is wrong; nothing is recorded for bad input.
    [[nodiscard]] QFuture<Result<PurchaseStarted>> startPurchase(const PurchaseRequest &request);
    // On the server: sends the prompt of a sale a desk queued (job "stk_push").
    [[nodiscard]] QFuture<Result<void>> sendQueuedPush(const models::Job &job);

    // The one place a callback or a query's answer changes a purchase.
    [[nodiscard]] Result<StkOutcome> applyStkResult(const StkResult &result);
    // Parses and records an STK callback body, then applies it.
    [[nodiscard]] Result<StkOutcome> handleStkCallback(const QByteArray &body);
    // Several callbacks that arrived together, in one transaction (one
    // durable commit), each applied on its own; outcomes in the same order.
    [[nodiscard]] QList<Result<StkOutcome>> handleStkCallbacks(const QList<QByteArray> &bodies);

    // What applying one payment decided, for the rest of the app to hear
    // only once the transaction that decided it committed.
    struct Decided
    {
        std::optional<StkOutcome> outcome;
        bool viaQuery = false;
        QString parked;                       // a callback for a purchase not known yet
        QList<qint64> changedPurchases;
        QStringList problems;
        QList<models::Job> claimed;           // router jobs born claimed by this process
    };
    struct CallbackBatch
    {
        QList<Result<StkOutcome>> outcomes;   // one per body, in order
        QList<Decided> decided;
    };
    // handleStkCallbacks in two halves: the database work, which any thread
    // may do on its own connection (it emits nothing), then, on this
    // object's thread after the commit, telling the app what was decided.
    [[nodiscard]] CallbackBatch applyStkCallbacks(const QList<QByteArray> &bodies) const;
    void announce(const CallbackBatch &batch);
    // C2B: validation accepts what Lango can match; confirmation pays it.
    [[nodiscard]] Result<bool> validateC2b(const QByteArray &body);
    [[nodiscard]] Result<StkOutcome> confirmC2b(const QByteArray &body);

    // A success M-Pesa did not confirm (STK Query said otherwise, or
    // nothing in time): the purchase fails, its grant's time is taken back
    // (expiry then removes the user, kicks its sessions and cookies), staff
    // get a problem. False when it was confirmed or revoked meanwhile.
    [[nodiscard]] Result<bool> revokeUnconfirmed(qint64 purchaseId, const QString &resultCode, const QString &why);

    [[nodiscard]] Result<PurchaseStatus> status(const QString &publicId, const QString &language) const;
    [[nodiscard]] Result<QList<models::Package>> packagesFor(const QString &routerName) const;

Q_SIGNALS:
    // A job this process claimed at birth: the provisioner runs it now.
    void jobClaimed(const lango::models::Job &job);
    void purchaseChanged(qint64 purchaseId);
    void problemRecorded(const QString &message);
    void stkApplied(lango::app::StkOutcome outcome, bool viaQuery);

private:
    // In the payment's transaction; a failure is logged, never undoes the payment.
    void queueReceipt(const models::Purchase &purchase, const models::Package &package, qint64 grantId, const QString &receipt,
                      qint64 amountCents) const;
    PaybillSale::Texts paybillTexts() const;
    Result<PurchaseRequest> checked(const PurchaseRequest &request, qint64 *routerId, models::Package *package) const;
    Result<void> admit(const PurchaseRequest &request);
    static Error tooMany(int waitSeconds);
    QFuture<Result<PurchaseStarted>> startAdmitted(const PurchaseRequest &request, qint64 routerId, const models::Package &package);
    Result<void> auditPrompt(const QString &source, const models::AuditEntry &who, const models::Purchase &purchase,
                             const models::Package &package);
    QFuture<Result<PurchaseStarted>> queueForServer(const PurchaseRequest &request, qint64 routerId, const models::Package &package);
    QFuture<Result<PurchaseStarted>> sendPush(const models::Purchase &purchase, const models::Package &package);
    // known: the purchase as the caller just read it in the same transaction.
    Result<StkOutcome> applyInTransaction(const StkResult &result, Decided &decided,
                                          std::optional<models::Purchase> known = std::nullopt) const;
    Result<qint64> grantAccess(const models::Purchase &purchase, const models::Package &package, bool *extended,
                               QList<models::Job> &claimed) const;
    void applyParked(const QString &checkoutRequestId);
    void announce(const Decided &decided);
    // Records a problem for staff; told now, or with `decided` after its commit.
    void recordProblem(const QString &kind, qint64 purchaseId, const QString &message, const QString &detail);
    void recordProblem(Decided &decided, const QString &kind, qint64 purchaseId, const QString &message, const QString &detail) const;
    void recordProblemNow(const QString &kind, qint64 purchaseId, const QString &message, const QString &detail) const;

    Office &m_office;
    mpesa::DarajaClient *m_daraja = nullptr;   // owned by the engine; null when M-Pesa is not set up
    Texts m_texts;
    HotspotPresence *m_presence = nullptr;
    Options m_options;
    PurchaseGate m_gate;
};

} // namespace lango::app
