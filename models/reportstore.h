#pragma once

#include "common/kenyatime.h"
#include "models/clock.h"
#include "models/database.h"

#include <QHash>
#include <QList>

namespace lango::models {

// Money received in one hour or one day of Kenyan time: M-Pesa payments
// and vouchers sold (at the batch price, when marked sold).
struct RevenueBucket
{
    qint64 start = 0;     // UTC epoch seconds of the bucket's first second
    qint64 cents = 0;     // M-Pesa
    int payments = 0;
    qint64 voucherCents = 0;
    int vouchers = 0;

    qint64 totalCents() const { return cents + voucherCents; }
};

// The office at a glance, for the dashboard.
struct OfficeFigures
{
    qint64 revenueTodayCents = 0;        // M-Pesa
    int paymentsToday = 0;
    qint64 voucherSalesTodayCents = 0;   // vouchers marked sold today, at their batch price
    int voucherSalesToday = 0;

    qint64 totalTodayCents() const { return revenueTodayCents + voucherSalesTodayCents; }
    int activeCustomers = 0;             // live grants
    QHash<QString, int> purchasesToday;  // by state key, purchases started today
    int openProblems = 0;
    int textsToday = 0;                  // texts to customers written today
    int textsFailedToday = 0;            // of those, refused or not delivered
};

// Read-only reports over purchases, voucher sales and grants. Buckets follow Kenyan time
// (UTC+3, no daylight saving) and are computed in SQL that SQLite and
// PostgreSQL both accept: integer division of epoch seconds.
class ReportStore final
{
public:
    static constexpr qint64 kKenyaOffset = kKenyaUtcOffsetSeconds;

    ReportStore(const Database &db, const Clock &clock);

    // The UTC epoch second at which the Kenyan day holding `utc` began.
    static qint64 kenyanDayStart(qint64 utc);

    [[nodiscard]] Result<OfficeFigures> figures() const;
    // 24 buckets, one per hour of today, empty hours included.
    [[nodiscard]] Result<QList<RevenueBucket>> revenueByHour() const;
    // `days` buckets ending with today, empty days included.
    [[nodiscard]] Result<QList<RevenueBucket>> revenueByDay(int days = 30) const;

private:
    Result<QList<RevenueBucket>> buckets(qint64 from, int count, qint64 width) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace lango::models
