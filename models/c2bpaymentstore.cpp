#include "models/c2bpaymentstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

C2bPaymentStore::C2bPaymentStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<C2bPaymentRow>> C2bPaymentStore::list(const C2bFilter &filter) const
{
    const QString phone = filter.phone.trimmed();
    auto q = m_db.exec(QStringLiteral(
        "SELECT c.id, c.trans_id, c.trans_type, COALESCE(c.trans_time, 0), c.amount_cents, c.short_code, c.bill_ref, c.msisdn,"
        " c.first_name, COALESCE(c.purchase_id, 0), c.state, c.received_at, COALESCE(c.voucher_id, 0), COALESCE(v.code, '')"
        " FROM c2b_payments c LEFT JOIN vouchers v ON v.id = c.voucher_id"
        " WHERE c.received_at >= ? AND (? = 0 OR c.received_at < ?) AND (? = '' OR c.msisdn LIKE ? OR c.bill_ref LIKE ?)"
        " AND (? = '' OR c.state = ?) ORDER BY c.id DESC LIMIT ?"),
        {filter.from, filter.to, filter.to, phone, QStringLiteral("%") + phone + QStringLiteral("%"),
         QStringLiteral("%") + phone + QStringLiteral("%"), filter.state, filter.state, filter.limit});
    if (!q)
        return q.error();
    QList<C2bPaymentRow> rows;
    while (q->next()) {
        C2bPaymentRow r;
        r.id = q->value(0).toLongLong();
        r.transId = q->value(1).toString();
        r.transType = q->value(2).toString();
        r.transTime = q->value(3).toLongLong();
        r.amountCents = q->value(4).toLongLong();
        r.shortCode = q->value(5).toString();
        r.billRef = q->value(6).toString();
        r.msisdn = q->value(7).toString();
        r.firstName = q->value(8).toString();
        r.purchaseId = q->value(9).toLongLong();
        r.state = q->value(10).toString();
        r.receivedAt = q->value(11).toLongLong();
        r.voucherId = q->value(12).toLongLong();
        r.voucherCode = q->value(13).toString();
        rows << r;
    }
    return rows;
}

Result<qint64> C2bPaymentStore::record(const C2bPaymentRow &r) const
{
    auto q = m_db.exec(QStringLiteral(
        "INSERT INTO c2b_payments (trans_id, trans_type, trans_time, amount_cents, short_code, bill_ref, msisdn, first_name,"
        " purchase_id, state, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (trans_id) DO NOTHING RETURNING id"),
        {r.transId, r.transType, r.transTime ? QVariant(r.transTime) : QVariant(QMetaType::fromType<qint64>()), r.amountCents,
         r.shortCode, r.billRef, r.msisdn, r.firstName,
         r.purchaseId ? QVariant(r.purchaseId) : QVariant(QMetaType::fromType<qint64>()),
         r.purchaseId ? QStringLiteral("matched") : QStringLiteral("unmatched"), m_clock.now()});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<void> C2bPaymentStore::attachVoucher(qint64 c2bPaymentId, qint64 voucherId) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE c2b_payments SET voucher_id = ?, state = 'matched' WHERE id = ?"), {voucherId, c2bPaymentId});
    if (!q)
        return q.error();
    return {};
}

} // namespace lango::models
