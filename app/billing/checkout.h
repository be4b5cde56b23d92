#pragma once

#include "app/billing/billingtypes.h"
#include "app/billing/purchasegate.h"
#include "app/core/error.h"
#include "models/jobqueue.h"
#include "models/package.h"
#include "models/purchase.h"

#include <QFuture>
#include <QObject>

namespace lango::app::mpesa {
class DarajaClient;
}

namespace lango::app {

class HotspotPresence;
class Office;
class PaymentLedger;

// The start of every purchase: what a router sells, checking a request
// (fields, limits, a device the hotspot sees), recording the purchase and
// sending its STK Push, or queueing a desk's sale for the server that holds
// M-Pesa; and what the portal shows while it waits.
class Checkout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Checkout)

public:
    struct Options
    {
        qint64 reconcileAfterSeconds = 60;   // first STK Query when no callback came
        int phoneLimit = 3;                  // purchases per phone per window
        int macLimit = 5;                    // purchases per device per window
        qint64 limitWindowSeconds = 120;
        PurchaseGate::Limits gate;           // prompts per client address, hotspot and server
        // A desk of a shared office without M-Pesa of its own: its sales
        // are queued for the server, which alone holds the callback token.
        bool relayDeskPushes = false;
    };

    Checkout(Office &office, PaymentLedger &ledger, mpesa::DarajaClient *daraja, Options options, QObject *parent = nullptr);

    void setDaraja(mpesa::DarajaClient *daraja) { m_daraja = daraja; }
    // Required for purchases from the portal: only a device the hotspot
    // sees may start one.
    void setPresence(HotspotPresence *presence) { m_presence = presence; }

    // Validates, records the purchase, sends the STK Push. A 4xx-style error
    // names the field that is wrong; nothing is recorded for bad input.
    [[nodiscard]] QFuture<Result<PurchaseStarted>> startPurchase(const PurchaseRequest &request);
    // On the server: sends the prompt of a sale a desk queued (job "stk_push").
    [[nodiscard]] QFuture<Result<void>> sendQueuedPush(const models::Job &job);

    [[nodiscard]] Result<PurchaseStatus> status(const QString &publicId, const QString &language) const;
    [[nodiscard]] Result<QList<models::Package>> packagesFor(const QString &routerName) const;

private:
    Result<PurchaseRequest> checked(const PurchaseRequest &request, qint64 *routerId, models::Package *package) const;
    Result<void> admit(const PurchaseRequest &request);
    static Error tooMany(int waitSeconds);
    QFuture<Result<PurchaseStarted>> startAdmitted(const PurchaseRequest &request, qint64 routerId, const models::Package &package);
    Result<void> auditPrompt(const QString &source, const models::AuditEntry &who, const models::Purchase &purchase,
                             const models::Package &package);
    QFuture<Result<PurchaseStarted>> queueForServer(const PurchaseRequest &request, qint64 routerId, const models::Package &package);
    QFuture<Result<PurchaseStarted>> sendPush(const models::Purchase &purchase, const models::Package &package);
    void changed(qint64 purchaseId);

    Office &m_office;
    PaymentLedger &m_ledger;
    mpesa::DarajaClient *m_daraja = nullptr;   // owned by the engine; null when M-Pesa is not set up
    HotspotPresence *m_presence = nullptr;
    Options m_options;
    PurchaseGate m_gate;
};

} // namespace lango::app
