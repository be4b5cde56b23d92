#pragma once

#include "models/auditlog.h"

#include <QString>

namespace lango::app {

// What the portal (or a desk) asks for: a package, paid from a phone, for a
// device on a router. Values arrive as text and are checked by the service.
struct PurchaseRequest
{
    QString packageId;
    QString phone;
    QString mac;
    QString ip;
    QString router;
    bool extend = false;          // "buy more time": add to the device's live grant
    QString source = QStringLiteral("portal");
    QString language;             // the customer's, for their texts: en, sw, or '' (the office's default)
    QString clientAddress;        // who asked over HTTP (the portal); empty at a desk
    models::AuditEntry who;       // at a desk: the person sending the prompt (audited with the purchase)
};

struct PurchaseStarted
{
    qint64 id = 0;
    QString publicId;             // the portal's purchase_id
    QString status;               // "pending"
    QString checkoutRequestId;
};

// A final word from M-Pesa about one STK Push: a callback, or an STK Query.
struct StkResult
{
    QString checkoutRequestId;
    QString resultCode;           // "0" = paid
    QString resultDesc;
    qint64 amountCents = 0;       // 0 when unknown (a query does not say)
    QString receipt;              // empty when unknown (a query does not say)
    bool viaQuery = false;
    bool viaPaybill = false;      // paid by hand at the paybill (C2B), maybe after a failed push
};

enum class StkOutcome {
    Paid,          // recorded, grant created and router work queued
    Extended,      // recorded, the device's live grant extended
    Failed,        // the customer was not charged; recorded
    Duplicate,     // seen before: nothing changed
    Parked,        // unknown CheckoutRequestID: kept to match later
    Problem,       // recorded for staff (amount mismatch, double payment)
};

// What the portal shows while it polls a purchase.
struct PurchaseStatus
{
    QString status;               // pending, paid, active, failed, expired
    QString message;              // for the customer, in their language
    QString username;             // only once active
    QString password;
    qint64 expiresAt = 0;
    QString resultCode;
};

} // namespace lango::app
