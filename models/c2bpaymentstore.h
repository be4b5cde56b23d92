#pragma once

#include "models/clock.h"
#include "models/database.h"

namespace lango::models {

// A payment a customer made at the paybill or till from their own M-Pesa
// menu (C2B), as recorded when Safaricom confirmed it.
struct C2bPaymentRow
{
    qint64 id = 0;
    QString transId;          // the M-Pesa receipt
    QString transType;
    qint64 transTime = 0;
    qint64 amountCents = 0;
    QString shortCode;
    QString billRef;          // what the customer typed as account number
    QString msisdn;           // often masked by Safaricom
    QString firstName;
    qint64 purchaseId = 0;    // 0 = matched no purchase
    qint64 voucherId = 0;     // a voucher bought at the paybill (account = the phone it was texted to)
    QString voucherCode;
    QString state;            // matched, unmatched
    qint64 receivedAt = 0;
};

struct C2bFilter
{
    qint64 from = 0;          // received_at >= from
    qint64 to = 0;            // received_at < to (0 = no bound)
    QString phone;            // part of the number
    QString state;            // matched, unmatched, or empty for both
    int limit = 1000;
};

// The c2b_payments table: each payment recorded once per M-Pesa receipt,
// the voucher a payment bought, and the list Payments › Paybill shows.
class C2bPaymentStore final
{
public:
    C2bPaymentStore(const Database &db, const Clock &clock);

    // A C2B confirmation (id, voucher and state are set here): returns its
    // id, or 0 when this TransID was recorded before. Matched when it names
    // a purchase.
    [[nodiscard]] Result<qint64> record(const C2bPaymentRow &payment) const;
    // The voucher a paybill payment bought (the payment is then matched).
    [[nodiscard]] Result<void> attachVoucher(qint64 c2bPaymentId, qint64 voucherId) const;

    [[nodiscard]] Result<QList<C2bPaymentRow>> list(const C2bFilter &filter) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
