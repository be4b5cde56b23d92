#include "models/vouchersales.h"

#include <QSqlQuery>
#include <QVariant>

namespace lango::models {

namespace {
constexpr qint64 kDay = 86400;
} // namespace

VoucherSales::VoucherSales(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<SellerSales>> VoucherSales::bySeller(qint64 from, qint64 to) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT COALESCE(v.sold_by, 0), COALESCE(NULLIF(s.display_name, ''), s.username, ''), COUNT(*), SUM(b.price_cents)"
        " FROM vouchers v JOIN voucher_batches b ON b.id = v.batch_id LEFT JOIN staff s ON s.id = v.sold_by"
        " WHERE v.sold_at >= ? AND v.sold_at < ?"
        " GROUP BY v.sold_by, s.display_name, s.username ORDER BY SUM(b.price_cents) DESC"), {from, to});
    if (!q)
        return q.error();
    QList<SellerSales> rows;
    while (q->next())
        rows << SellerSales{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toLongLong()};
    return rows;
}

Result<QList<DaySales>> VoucherSales::byDay(qint64 from, qint64 to, int utcOffsetSeconds, qint64 sellerId) const
{
    // Integer day numbers work alike in both dialects: (t + offset) / 86400
    // is exact for the positive epoch times stored here.
    auto q = m_db.exec(QStringLiteral(
        "SELECT (v.sold_at + ?) / 86400, COUNT(*), SUM(b.price_cents)"
        " FROM vouchers v JOIN voucher_batches b ON b.id = v.batch_id"
        " WHERE v.sold_at >= ? AND v.sold_at < ? AND (? = 0 OR v.sold_by = ?)"
        " GROUP BY 1 ORDER BY 1"),
        {qint64(utcOffsetSeconds), from, to, sellerId, sellerId});
    if (!q)
        return q.error();
    QList<DaySales> rows;
    const QDate epoch(1970, 1, 1);
    while (q->next())
        rows << DaySales{epoch.addDays(q->value(0).toLongLong()), q->value(1).toInt(), q->value(2).toLongLong()};
    return rows;
}

Result<DaySales> VoucherSales::today(int utcOffsetSeconds, qint64 sellerId) const
{
    const qint64 now = m_clock.now();
    const qint64 dayStart = (now + utcOffsetSeconds) / kDay * kDay - utcOffsetSeconds;
    auto rows = byDay(dayStart, dayStart + kDay, utcOffsetSeconds, sellerId);
    if (!rows)
        return rows.error();
    DaySales total;
    total.day = QDate(1970, 1, 1).addDays((now + utcOffsetSeconds) / kDay);
    for (const DaySales &row : *rows) {
        total.count += row.count;
        total.cents += row.cents;
    }
    return total;
}

} // namespace lango::models
