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

} // namespace lango::models
