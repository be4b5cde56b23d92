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
        "SELECT id, trans_id, trans_type, COALESCE(trans_time, 0), amount_cents, short_code, bill_ref, msisdn, first_name,"
        " COALESCE(purchase_id, 0), state, received_at FROM c2b_payments"
        " WHERE received_at >= ? AND (? = 0 OR received_at < ?) AND (? = '' OR msisdn LIKE ?) AND (? = '' OR state = ?)"
        " ORDER BY id DESC LIMIT ?"),
        {filter.from, filter.to, filter.to, phone, QStringLiteral("%") + phone + QStringLiteral("%"), filter.state, filter.state,
         filter.limit});
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
        rows << r;
    }
    return rows;
}

} // namespace lango::models
