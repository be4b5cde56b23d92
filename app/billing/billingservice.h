#pragma once

#include "app/billing/billingtypes.h"
#include "app/billing/checkout.h"
#include "app/billing/paybillpayments.h"
#include "app/billing/paymentledger.h"
#include "app/core/error.h"
#include "models/jobqueue.h"
#include "models/package.h"

#include <QFuture>
#include <QObject>

namespace lango::app {

class HotspotPresence;
class Office;

// The money path, in three parts with one job each: Checkout starts
// purchases (an STK Push each) and reports their status, PaymentLedger
// applies M-Pesa's answers exactly once and decides who gets access,
// PaybillPayments takes payments made at the paybill. This is their one
// front for the engine, the HTTP routes and the desk; its signals are the
// ledger's, heard only after the transaction that decided them committed.
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
    using Decided = PaymentLedger::Decided;
    using CallbackBatch = PaymentLedger::CallbackBatch;

    BillingService(Office &office, mpesa::DarajaClient *daraja, Options options, QObject *parent = nullptr);

    void setDaraja(mpesa::DarajaClient *daraja) { m_checkout.setDaraja(daraja); }
    // Texts to customers ([sms]), written in the payment's own transaction
    // and sent by an "sms" job: a receipt to each paying customer, and the
    // code of a voucher bought at the paybill.
    struct Texts
    {
        bool enabled = false;      // an SMS provider is set up
        bool receipts = false;
        QString language = QStringLiteral("en");   // when the customer's is not known
    };
    void setTexts(const Texts &texts);
    // Required for purchases from the portal: only a device the hotspot
    // sees may start one.
    void setPresence(HotspotPresence *presence) { m_checkout.setPresence(presence); }

    Checkout &checkout() { return m_checkout; }
    PaymentLedger &ledger() { return m_ledger; }
    PaybillPayments &paybill() { return m_paybill; }

    // Checkout
    [[nodiscard]] QFuture<Result<PurchaseStarted>> startPurchase(const PurchaseRequest &request)
    {
        return m_checkout.startPurchase(request);
    }
    [[nodiscard]] QFuture<Result<void>> sendQueuedPush(const models::Job &job) { return m_checkout.sendQueuedPush(job); }
    [[nodiscard]] Result<PurchaseStatus> status(const QString &publicId, const QString &language) const
    {
        return m_checkout.status(publicId, language);
    }
    [[nodiscard]] Result<QList<models::Package>> packagesFor(const QString &routerName) const
    {
        return m_checkout.packagesFor(routerName);
    }

    // Ledger
    [[nodiscard]] Result<StkOutcome> applyStkResult(const StkResult &result) { return m_ledger.applyStkResult(result); }
    [[nodiscard]] Result<StkOutcome> handleStkCallback(const QByteArray &body) { return m_ledger.handleStkCallback(body); }
    [[nodiscard]] QList<Result<StkOutcome>> handleStkCallbacks(const QList<QByteArray> &bodies)
    {
        return m_ledger.handleStkCallbacks(bodies);
    }
    [[nodiscard]] CallbackBatch applyStkCallbacks(const QList<QByteArray> &bodies) const { return m_ledger.applyStkCallbacks(bodies); }
    [[nodiscard]] bool prepareForGroups(qsizetype mostCallbacks) const { return m_ledger.prepareForGroups(mostCallbacks); }
    void announce(const CallbackBatch &batch) { m_ledger.announce(batch); }
    [[nodiscard]] Result<bool> revokeUnconfirmed(qint64 purchaseId, const QString &resultCode, const QString &why)
    {
        return m_ledger.revokeUnconfirmed(purchaseId, resultCode, why);
    }

    // Paybill (C2B)
    [[nodiscard]] Result<bool> validateC2b(const QByteArray &body) { return m_paybill.validate(body); }
    [[nodiscard]] Result<StkOutcome> confirmC2b(const QByteArray &body) { return m_paybill.confirm(body); }

Q_SIGNALS:
    // A job this process claimed at birth: the provisioner runs it now.
    void jobClaimed(const lango::models::Job &job);
    void purchaseChanged(qint64 purchaseId);
    void problemRecorded(const QString &message);
    void stkApplied(lango::app::StkOutcome outcome, bool viaQuery);

private:
    PaymentLedger m_ledger;
    Checkout m_checkout;
    PaybillPayments m_paybill;
};

} // namespace lango::app
