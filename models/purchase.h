#pragma once

#include <QString>

#include <optional>

namespace lango::models {

// One STK Push and what came of it. pending -> paid -> active -> expired, or
// pending -> failed. A late success may still turn failed into paid (money
// moved); nothing turns paid back.
enum class PurchaseState { Pending, Paid, Active, Failed, Expired };

struct Purchase
{
    qint64 id = 0;
    qint64 packageId = 0;
    qint64 routerId = 0;
    qint64 customerId = 0;
    qint64 grantId = 0;
    QString phone;              // 2547XXXXXXXX
    QString mac;
    QString ip;
    qint64 amountCents = 0;
    PurchaseState state = PurchaseState::Pending;
    QString source = QStringLiteral("portal");   // portal, desk, c2b
    QString checkoutRequestId;
    QString merchantRequestId;
    QString mpesaReceipt;
    qint64 paidCents = 0;
    QString resultCode;
    QString resultDesc;
    int queryAttempts = 0;
    qint64 nextQueryAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 paidAt = 0;
    qint64 onlineAt = 0;
    QString publicId;           // the portal's handle: unguessable
    QString language;           // the customer's on the portal: en, sw, or '' (the office's default)
    // A success callback is believed once STK Query confirms it: empty
    // (nothing to confirm), "unconfirmed", "confirmed" or "refuted".
    QString confirmState;
    qint64 confirmNextAt = 0;
    int confirmAttempts = 0;

    static QString stateKey(PurchaseState state);
    static std::optional<PurchaseState> stateFromKey(const QString &key);
};

// Who may be online, on which router, until when, under which hotspot user.
enum class GrantState { Pending, Active, Expired, Revoked };

struct Grant
{
    qint64 id = 0;
    qint64 routerId = 0;
    qint64 packageId = 0;
    qint64 customerId = 0;
    qint64 voucherId = 0;
    QString username;
    QString passwordSealed;
    QString mac;
    QString ip;
    GrantState state = GrantState::Pending;
    qint64 startsAt = 0;
    qint64 expiresAt = 0;
    qint64 provisionedAt = 0;
    qint64 endedAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Pending or active (its time may be up all the same).
    bool isLive() const { return state == GrantState::Pending || state == GrantState::Active; }
    static QString stateKey(GrantState state);
    static std::optional<GrantState> stateFromKey(const QString &key);
};

// Something staff must act on: never silence (DESIGN.md, Invariants).
struct Problem
{
    qint64 id = 0;
    QString kind;            // unknown_callback, amount_mismatch, paid_after_failure, provisioning_failed, ...
    qint64 purchaseId = 0;
    qint64 c2bPaymentId = 0;
    qint64 routerId = 0;
    QString message;         // a sentence for staff
    QString detail;
    qint64 createdAt = 0;
    qint64 resolvedAt = 0;
    QString resolvedBy;
    QString resolutionNote;
};

} // namespace lango::models
