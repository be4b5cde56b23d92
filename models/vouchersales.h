#pragma once

#include "models/clock.h"
#include "models/database.h"

#include <QDate>

namespace lango::models {

struct SellerSales
{
    qint64 sellerId = 0;       // 0 = sold with no staff login
    QString sellerName;
    int count = 0;
    qint64 cents = 0;
};

struct DaySales
{
    QDate day;                 // in the office's time zone (the offset given)
    int count = 0;
    qint64 cents = 0;
};

// Voucher sales by seller and by day, for sellers' settlements and the
// dashboard. A sale is a voucher marked sold; its value is the batch price.
class VoucherSales final
{
public:
    VoucherSales(const Database &db, const Clock &clock);

    // Sales with from <= sold_at < to (UTC epoch seconds).
    [[nodiscard]] Result<QList<SellerSales>> bySeller(qint64 from, qint64 to) const;
    // One row per day with sales; days start at local midnight, local =
    // UTC + utcOffsetSeconds (Kenya: +3 h). sellerId 0 = every seller.
    [[nodiscard]] Result<QList<DaySales>> byDay(qint64 from, qint64 to, int utcOffsetSeconds, qint64 sellerId = 0) const;
    // Today's sales (local day) of one seller, or everybody's with 0.
    [[nodiscard]] Result<DaySales> today(int utcOffsetSeconds, qint64 sellerId = 0) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
