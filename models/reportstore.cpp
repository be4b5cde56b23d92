#include "models/reportstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

namespace {

// Money counts once paid: paid, active and expired purchases. paid_cents is
// what M-Pesa said arrived; a query-confirmed payment leaves it 0.
const QString kPaid = QStringLiteral("state IN ('paid', 'active', 'expired') AND paid_at IS NOT NULL");
const QString kReceived = QStringLiteral("CASE WHEN COALESCE(paid_cents, 0) > 0 THEN paid_cents ELSE amount_cents END");

} // namespace

ReportStore::ReportStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

qint64 ReportStore::kenyanDayStart(qint64 utc)
{
    const qint64 local = utc + kKenyaOffset;
    return local - (local % 86400) - kKenyaOffset;
}

Result<OfficeFigures> ReportStore::figures() const
{
    const qint64 today = kenyanDayStart(m_clock.now());
    OfficeFigures figures;
    auto revenue = m_db.exec(QStringLiteral("SELECT CAST(COALESCE(SUM(%1), 0) AS BIGINT), COUNT(*) FROM purchases WHERE %2 AND paid_at >= ?")
                                 .arg(kReceived, kPaid), {today});
    if (!revenue)
        return revenue.error();
    if (revenue->next()) {
        figures.revenueTodayCents = revenue->value(0).toLongLong();
        figures.paymentsToday = revenue->value(1).toInt();
    }
    auto vouchers = m_db.exec(QStringLiteral("SELECT CAST(COALESCE(SUM(b.price_cents), 0) AS BIGINT), COUNT(*)"
                                             " FROM vouchers v JOIN voucher_batches b ON b.id = v.batch_id WHERE v.sold_at >= ?"),
                              {today});
    if (!vouchers)
        return vouchers.error();
    if (vouchers->next()) {
        figures.voucherSalesTodayCents = vouchers->value(0).toLongLong();
        figures.voucherSalesToday = vouchers->value(1).toInt();
    }
    auto live = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM grants WHERE ended_at IS NULL AND state = 'active'"));
    if (!live)
        return live.error();
    figures.activeCustomers = live->next() ? live->value(0).toInt() : 0;
    auto states = m_db.exec(QStringLiteral("SELECT state, COUNT(*) FROM purchases WHERE created_at >= ? GROUP BY state"), {today});
    if (!states)
        return states.error();
    while (states->next())
        figures.purchasesToday.insert(states->value(0).toString(), states->value(1).toInt());
    auto problems = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM problems WHERE resolved_at IS NULL"));
    if (!problems)
        return problems.error();
    figures.openProblems = problems->next() ? problems->value(0).toInt() : 0;
    problems->finish();
    auto texts = m_db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), 0)"
                                          " FROM sms_messages WHERE created_at >= ?"), {today});
    if (!texts)
        return texts.error();
    if (texts->next()) {
        figures.textsToday = texts->value(0).toInt();
        figures.textsFailedToday = texts->value(1).toInt();
    }
    return figures;
}

Result<QList<RevenueBucket>> ReportStore::revenueByHour() const
{
    return buckets(kenyanDayStart(m_clock.now()), 24, 3600);
}

Result<QList<RevenueBucket>> ReportStore::revenueByDay(int days) const
{
    return buckets(kenyanDayStart(m_clock.now()) - qint64(days - 1) * 86400, days, 86400);
}

Result<QList<RevenueBucket>> ReportStore::buckets(qint64 from, int count, qint64 width) const
{
    // The offset and width are constants of this file, never input.
    const qint64 shifted = from + kKenyaOffset;
    auto q = m_db.exec(QStringLiteral("SELECT (paid_at + %1) / %2 AS bucket, CAST(SUM(%3) AS BIGINT), COUNT(*) FROM purchases"
                                      " WHERE %4 AND paid_at >= ? AND paid_at < ? GROUP BY (paid_at + %1) / %2")
                           .arg(kKenyaOffset).arg(width).arg(kReceived, kPaid),
                       {from, from + count * width});
    if (!q)
        return q.error();
    QList<RevenueBucket> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i)
        result << RevenueBucket{from + i * width, 0, 0};
    while (q->next()) {
        const qint64 index = q->value(0).toLongLong() - shifted / width;
        if (index < 0 || index >= count)
            continue;
        result[int(index)].cents = q->value(1).toLongLong();
        result[int(index)].payments = q->value(2).toInt();
    }
    // Vouchers count when sold, at their batch's price.
    auto sold = m_db.exec(QStringLiteral("SELECT (v.sold_at + %1) / %2 AS bucket, CAST(SUM(b.price_cents) AS BIGINT), COUNT(*)"
                                         " FROM vouchers v JOIN voucher_batches b ON b.id = v.batch_id"
                                         " WHERE v.sold_at >= ? AND v.sold_at < ? GROUP BY (v.sold_at + %1) / %2")
                              .arg(kKenyaOffset).arg(width),
                          {from, from + count * width});
    if (!sold)
        return sold.error();
    while (sold->next()) {
        const qint64 index = sold->value(0).toLongLong() - shifted / width;
        if (index < 0 || index >= count)
            continue;
        result[int(index)].voucherCents = sold->value(1).toLongLong();
        result[int(index)].vouchers = sold->value(2).toInt();
    }
    return result;
}

} // namespace lango::models
